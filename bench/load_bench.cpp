// Loading, checking and drawing synthetic models of 100 to 30 000 items
// (bench/gen_model.py), each beside the floor: a bare yaml-cpp parse of the
// same file. docs/performance.md has the table; scripts/bench.sh makes it.
//
//   toc_load_bench [--benchmark_filter=...]    models from $TOC_BENCH_MODELS
//                                               (default: the build's bench-models/)
//   toc_load_bench --peak-yaml FILE | --peak-toc FILE
//                  parse FILE once (YAML::Load + visit, or toc load + check) and exit,
//                  for measuring peak memory with /usr/bin/time
//
// BM_yaml_load/N      YAML::Load(text) and a visit of every node (the floor the issue
//                     names: what any program that reads the file with yaml-cpp pays)
// BM_yaml_events/N    yaml-cpp's event parser with a handler that does nothing: the
//                     lowest floor, the parser toc's loader is built on
// BM_toc_load/N       toc::load_string(text)
// BM_toc_check/N      toc::check(model) on the loaded model
// BM_toc_load_check/N load + check, one after the other (what `toc check` does)
// BM_toc_to_dot/N     toc::to_dot(model)
// BM_toc_render/N     toc::render(model, svg) (Graphviz dot layout, in process)
// BM_dot_process/N    `dot -Tsvg FILE.dot -o /dev/null` on the same DOT, as a process
//                     (counter dot_cpu_ms: the dot process's CPU time per run)
//
// Render and dot are registered for the sizes in $TOC_BENCH_RENDER_SIZES
// (default "100 1000"): Graphviz's dot layout grows much faster than linearly.

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <toc/checks/check.hpp>
#include <toc/output/dot.hpp>
#include <toc/load/load.hpp>
#include <toc/render/render.hpp>

namespace {

namespace fs = std::filesystem;

struct Size {
    int elements = 0;
    std::string path, text, dot_path, dot;
    toc::Model model;
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t visit(const YAML::Node& n) {
    std::size_t k = 1;
    switch (n.Type()) {
        case YAML::NodeType::Scalar: return n.Scalar().size() + static_cast<std::size_t>(n.Mark().line);
        case YAML::NodeType::Sequence:
            for (const auto& c : n) k += visit(c);
            return k;
        case YAML::NodeType::Map:
            for (const auto& kv : n) k += visit(kv.first) + visit(kv.second);
            return k;
        default: return k;
    }
}

class NullHandler final : public YAML::EventHandler {
public:
    std::size_t events = 0;
    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& v) override {
        events += v.size();
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

/// Runs a program (no shell) and returns its CPU time (user + system) in seconds.
double run(const std::vector<std::string>& argv) {
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr)) _exit(126);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("process failed: " + argv[0]);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void set_counters(benchmark::State& state, const Size& s) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(s.text.size()));
    state.counters["elements"] = s.elements;
}

void BM_yaml_load(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        YAML::Node root = YAML::Load(s->text);
        benchmark::DoNotOptimize(visit(root));
    }
    set_counters(state, *s);
}
void BM_yaml_events(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        std::istringstream in(s->text);
        YAML::Parser parser(in);
        NullHandler h;
        while (parser.HandleNextDocument(h)) {}
        benchmark::DoNotOptimize(h.events);
    }
    set_counters(state, *s);
}
void BM_toc_load(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        auto r = toc::load_string(s->text, s->path);
        benchmark::DoNotOptimize(r.model.elements.data());
    }
    set_counters(state, *s);
}
void BM_toc_check(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        auto d = toc::check(s->model);
        benchmark::DoNotOptimize(d.data());
    }
    set_counters(state, *s);
}
void BM_toc_load_check(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        auto r = toc::load_string(s->text, s->path);
        auto d = toc::check(r.model);
        benchmark::DoNotOptimize(d.data());
    }
    set_counters(state, *s);
}
void BM_toc_to_dot(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        auto dot = toc::to_dot(s->model);
        benchmark::DoNotOptimize(dot.data());
    }
    set_counters(state, *s);
}
void BM_toc_render(benchmark::State& state, const Size* s) {
    for (auto _ : state) {
        auto r = toc::render(s->model, toc::ImageFormat::svg);
        if (!r.ok()) state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r.data.data());
    }
    set_counters(state, *s);
}
void BM_dot_process(benchmark::State& state, const Size* s) {
    double cpu = 0;
    for (auto _ : state) cpu += run({"dot", "-Tsvg", s->dot_path, "-o", "/dev/null"});
    set_counters(state, *s);
    // the benchmark's own CPU time is the parent's; the child's is this counter (ms per run)
    state.counters["dot_cpu_ms"] = benchmark::Counter(cpu * 1000.0, benchmark::Counter::kAvgIterations);
}

std::vector<int> sizes_from(const char* env, std::vector<int> fallback) {
    const char* v = std::getenv(env);
    if (!v) return fallback;
    std::vector<int> out;
    std::istringstream in(v);
    for (int n; in >> n;) out.push_back(n);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    // Peak-memory probes for scripts/bench.sh (run under /usr/bin/time): one
    // parse of FILE and nothing else.
    if (argc == 3 && std::string_view(argv[1]) == "--peak-yaml") {
        YAML::Node root = YAML::Load(read(argv[2]));
        return visit(root) == 0 ? 1 : 0;
    }
    if (argc == 3 && std::string_view(argv[1]) == "--peak-toc") {
        auto r = toc::load_string(read(argv[2]), argv[2]);
        auto d = toc::check(r.model);
        return r.ok() && !d.empty() ? 0 : 1;
    }
    const char* env_dir = std::getenv("TOC_BENCH_MODELS");
    const fs::path dir = env_dir ? fs::path(env_dir) : fs::path(TOC_BENCH_MODELS);
    const auto sizes = sizes_from("TOC_BENCH_SIZES", {100, 1000, 10000, 30000});
    const auto render_sizes = sizes_from("TOC_BENCH_RENDER_SIZES", {100, 1000});
    static std::map<int, Size> all;  // stable addresses for the registered benchmarks
    for (int n : sizes) {
        const fs::path p = dir / ("synthetic-" + std::to_string(n) + ".yaml");
        if (!fs::exists(p)) {
            std::fprintf(stderr, "toc_load_bench: %s is missing (bench/gen_model.py %d %s)\n", p.c_str(), n, p.c_str());
            return 2;
        }
        Size& s = all[n];
        s.elements = n;
        s.path = p.string();
        s.text = read(p);
        auto r = toc::load_string(s.text, s.path);
        if (!r.ok()) {
            std::fprintf(stderr, "toc_load_bench: %s does not load\n", s.path.c_str());
            return 2;
        }
        s.model = std::move(r.model);
        s.dot = toc::to_dot(s.model);
        s.dot_path = (dir / ("synthetic-" + std::to_string(n) + ".dot")).string();
        std::ofstream(s.dot_path) << s.dot;
    }
    auto reg = [](const char* name, auto fn, const Size& s) {
        benchmark::RegisterBenchmark((std::string(name) + "/" + std::to_string(s.elements)).c_str(), fn, &s)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    };
    for (const auto& [n, s] : all) {
        reg("BM_yaml_load", BM_yaml_load, s);
        reg("BM_yaml_events", BM_yaml_events, s);
        reg("BM_toc_load", BM_toc_load, s);
        reg("BM_toc_check", BM_toc_check, s);
        reg("BM_toc_load_check", BM_toc_load_check, s);
        reg("BM_toc_to_dot", BM_toc_to_dot, s);
    }
    for (const auto& [n, s] : all) {
        if (std::find(render_sizes.begin(), render_sizes.end(), n) == render_sizes.end()) continue;
        reg("BM_toc_render", BM_toc_render, s);
        reg("BM_dot_process", BM_dot_process, s);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
