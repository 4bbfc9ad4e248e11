// Rendering speed: toc::render (Graphviz in process) against Graphviz's own
// `dot -Tsvg` on the same DOT, for every model in models/ and both views.
//
//   toc_render_bench [--benchmark_filter=...]
//
// BM_toc_render_dot      toc::render_dot(dot, svg): parse + layout + SVG, in process
// BM_toc_render_model    toc::render(model, svg): the same plus writing the DOT
// BM_dot_process         `dot -Tsvg FILE -o /dev/null` as a process (what a user of dot pays)
// BM_toc_process         `toc render MODEL.yaml --format svg -o /dev/null` as a process
//                        (loading the YAML, checking the model, writing the DOT, rendering)

#include <benchmark/benchmark.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <toc/output/dot.hpp>
#include <toc/load/load.hpp>
#include <toc/render/render.hpp>

namespace {

struct Case {
    std::string name;   // model + view
    std::string yaml;   // path
    toc::Model model;
    toc::DiagramOptions options;
    std::string dot;
    std::string dot_file;
};

std::vector<Case>& cases() {
    static std::vector<Case> all;
    return all;
}

void run(const std::vector<std::string>& argv) {
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("process failed: " + argv[0]);
}

void BM_toc_render_dot(benchmark::State& state, const Case* c) {
    for (auto _ : state) {
        auto r = toc::render_dot(c->dot, toc::ImageFormat::svg);
        if (!r.ok()) state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r.data.data());
    }
}
void BM_toc_render_model(benchmark::State& state, const Case* c) {
    for (auto _ : state) {
        auto r = toc::render(c->model, toc::ImageFormat::svg, c->options);
        if (!r.ok()) state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r.data.data());
    }
}
void BM_dot_process(benchmark::State& state, const Case* c) {
    for (auto _ : state) run({"dot", "-Tsvg", c->dot_file, "-o", "/dev/null"});
}
void BM_toc_process(benchmark::State& state, const Case* c) {
    const std::string view = c->options.view == toc::DiagramView::indicators ? "indicators" : "theory";
    for (auto _ : state) run({TOC_EXE, "render", c->yaml, "--view", view, "--format", "svg", "-o", "/dev/null"});
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    const fs::path tmp = fs::temp_directory_path() / ("toc-bench-" + std::to_string(getpid()));
    fs::create_directories(tmp);
    std::vector<fs::path> models;
    for (const auto& e : fs::directory_iterator(fs::path(TOC_SOURCE_DIR) / "models"))
        if (e.path().extension() == ".yaml") models.push_back(e.path());
    std::sort(models.begin(), models.end());
    auto& all = cases();
    all.reserve(models.size() * 2);
    for (const auto& path : models) {
        auto loaded = toc::load_file(path.string());
        if (!loaded.ok()) continue;
        for (auto view : {toc::DiagramView::theory, toc::DiagramView::indicators}) {
            Case c;
            c.name = path.stem().string() + (view == toc::DiagramView::theory ? "/theory" : "/indicators");
            c.yaml = path.string();
            c.model = loaded.model;
            c.options.view = view;
            c.dot = toc::to_dot(c.model, c.options);
            c.dot_file = (tmp / (path.stem().string() + (view == toc::DiagramView::theory ? "-t.dot" : "-i.dot"))).string();
            std::ofstream(c.dot_file) << c.dot;
            all.push_back(std::move(c));
        }
    }
    for (const auto& c : all) {
        benchmark::RegisterBenchmark(("toc_render_dot/" + c.name).c_str(), BM_toc_render_dot, &c)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("dot_process/" + c.name).c_str(), BM_dot_process, &c)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("toc_render_model/" + c.name).c_str(), BM_toc_render_model, &c)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("toc_process/" + c.name).c_str(), BM_toc_process, &c)->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    fs::remove_all(tmp);
}
