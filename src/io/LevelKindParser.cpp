#include "io/LevelKindParser.h"

namespace acq {

bool LevelFileContext::once(const tinyxml2::XMLElement& el, std::map<std::string, int>& seen) const
{
    const auto [it, fresh] = seen.emplace(el.Name(), el.GetLineNum());
    if (!fresh)
        diag.error(file, el.GetLineNum(),
                   describeElement(el) + ": only one <" + el.Name() + "> is allowed (the first is at line " +
                       std::to_string(it->second) + ")");
    return fresh;
}

} // namespace acq
