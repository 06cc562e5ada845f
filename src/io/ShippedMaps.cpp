#include "io/ShippedMaps.h"

#include "core/MapReference.h"
#include "io/MapLoader.h"

#include <algorithm>
#include <memory>
#include <system_error>

namespace fs = std::filesystem;

namespace acq {

int describeShippedMaps(const DataPaths& paths, std::ostream& out, std::ostream& problems)
{
    const fs::path folder = paths.assetsDir / "maps";
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > 8 && name.ends_with(".map.xml"))
            files.push_back(it->path());
    }
    if (ec || files.empty()) {
        problems << folder.string() << ":0: no body maps found" << (ec ? ": " + ec.message() : std::string()) << '\n';
        return 1;
    }
    // By file name, so the page changes only when a map does.
    std::sort(files.begin(), files.end());
    std::vector<std::shared_ptr<const BodyMap>> loaded;
    std::vector<DescribedMap> described;
    int status = 0;
    for (const fs::path& file : files) {
        Diagnostics diag;
        auto map = loadBodyMap(fs::canonical(file, ec), paths.roots(), diag);
        for (const Diagnostic& d : diag.all())
            problems << d.format() << '\n';
        if (!map) {
            status = 1;
            continue;
        }
        described.push_back({std::string(kAssetsPrefix) + "maps/" + file.filename().string(), map.get()});
        loaded.push_back(std::move(map));
    }
    out << describeMaps(described);
    return status;
}

} // namespace acq
