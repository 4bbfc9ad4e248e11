#pragma once
// Helpers shared by the test suites: fixture paths, running the `toc`
// executable as a process, finding diagnostics.

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <toc/diagnostics/diagnostic.hpp>

namespace toc::test {

inline std::string source_path(const std::string& relative) {
    return std::string(TOC_SOURCE_DIR) + "/" + relative;
}
inline std::string fixture(const std::string& relative) {
    return source_path("tests/fixtures/" + relative);
}
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// A fresh temporary directory, removed when the object goes away.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "toc-test-XXXXXX").string();
        path = mkdtemp(tmpl.data());
    }
    ~TempDir() { std::error_code ec; std::filesystem::remove_all(path, ec); }
    std::string write(const std::string& name, const std::string& content) const {
        auto p = path / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
};

struct ProcessResult {
    int status = -1;  ///< exit status, or 128+signal when killed by a signal
    std::string out;
    std::string err;
};

/// Runs a program (no shell) with arguments; captures stdout and stderr.
/// `memory_limit_mb` > 0 caps the child's address space (a program that would
/// exhaust memory then fails instead of taking the machine down). `stdin_path`,
/// when given, is opened as standard input instead of `stdin_text` (/dev/zero, say).
inline ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_text = {},
                                 long memory_limit_mb = 0, const std::string& stdin_path = {}) {
    TempDir tmp;
    const auto out_path = (tmp.path / "out").string();
    const auto err_path = (tmp.path / "err").string();
    const auto in_path = stdin_path.empty() ? tmp.write("in", stdin_text) : stdin_path;
    ProcessResult r;
    pid_t pid = fork();
    if (pid == 0) {
        FILE* in = std::freopen(in_path.c_str(), "rb", stdin);
        FILE* out = std::freopen(out_path.c_str(), "wb", stdout);
        FILE* err = std::freopen(err_path.c_str(), "wb", stderr);
        if (!in || !out || !err) _exit(127);
#if defined(__SANITIZE_ADDRESS__)
        memory_limit_mb = 0;  // AddressSanitizer reserves terabytes of address space for its shadow memory
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        memory_limit_mb = 0;
#endif
#endif
        if (memory_limit_mb > 0) {
            rlimit lim{};
            lim.rlim_cur = lim.rlim_max = static_cast<rlim_t>(memory_limit_mb) * 1024 * 1024;
            setrlimit(RLIMIT_AS, &lim);
        }
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    int wstatus = 0;
    waitpid(pid, &wstatus, 0);
    r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    r.out = read_file(out_path);
    r.err = read_file(err_path);
    return r;
}

/// Runs the built `toc` executable.
inline ProcessResult run_toc(std::vector<std::string> args, const std::string& stdin_text = {},
                             long memory_limit_mb = 0) {
    args.insert(args.begin(), TOC_EXE);
    return run_process(args, stdin_text, memory_limit_mb);
}

inline const Diagnostic* find_code(const std::vector<Diagnostic>& ds, const std::string& code) {
    for (const auto& d : ds) if (d.code == code) return &d;
    return nullptr;
}
inline std::vector<const Diagnostic*> all_with_code(const std::vector<Diagnostic>& ds, const std::string& code) {
    std::vector<const Diagnostic*> r;
    for (const auto& d : ds) if (d.code == code) r.push_back(&d);
    return r;
}
inline std::string describe(const std::vector<Diagnostic>& ds) {
    std::string s;
    for (const auto& d : ds)
        s += d.location.file + ":" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) +
             ": " + std::string(to_string(d.severity)) + ": " + d.message + " [" + d.code + " " + d.name + "] subject=" + d.subject + "\n";
    return s;
}

}  // namespace toc::test
