// bench_frames: percentiles of the frame times in a FrameStats log, for bench/run.
//
//   bench_frames LOG SCENE [SKIP]
//       the frames that showed SCENE, less the first SKIP of them (entering the scene, waits):
//       count, p50, p99 and max in ms, of events+update+draw ("draw") and of that plus display()
//       ("frame"); and the first frame of the scene (it includes loading the scene).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1]; // nearest rank
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_frames LOG SCENE [SKIP]\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::fprintf(stderr, "bench_frames: cannot read %s\n", argv[1]);
        return 2;
    }
    const std::string scene = argv[2];
    const long skip = argc > 3 ? std::atol(argv[3]) : 0;
    std::vector<double> draw, frame;
    double first = -1.0;
    long seen = 0;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        std::string kind, name;
        long long toDisplay = 0, total = 0;
        if (!(words >> kind >> name >> toDisplay >> total) || kind != "frame" || name != scene)
            continue;
        if (seen++ == 0)
            first = static_cast<double>(total) / 1e6;
        if (seen <= skip)
            continue;
        draw.push_back(static_cast<double>(toDisplay) / 1e6);
        frame.push_back(static_cast<double>(total) / 1e6);
    }
    if (frame.empty()) {
        std::fprintf(stderr, "bench_frames: no %s frames in %s\n", scene.c_str(), argv[1]);
        return 1;
    }
    std::printf("frames %zu\n", frame.size());
    std::printf("draw_p50_ms %.3f\ndraw_p99_ms %.3f\n", percentile(draw, 0.5), percentile(draw, 0.99));
    std::printf("frame_p50_ms %.3f\nframe_p99_ms %.3f\nframe_max_ms %.3f\n", percentile(frame, 0.5),
                percentile(frame, 0.99), *std::max_element(frame.begin(), frame.end()));
    std::printf("scene_first_frame_ms %.3f\n", first);
    return 0;
}
