#pragma once
// Helpers for the rendering tests: external readers (xmllint, the Mermaid parser,
// networkx) run as processes, and small string utilities.

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/support.hpp"

namespace toc::test {

inline std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + needle.size())) ++n;
    return n;
}

inline bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

/// xmllint --noout FILE: well-formed XML (exit 0).
inline ProcessResult xmllint(const std::vector<std::string>& args) {
    std::vector<std::string> argv{"/usr/bin/env", "xmllint"};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
}

inline std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
    return s;
}

inline bool mermaid_installed() {
    return std::filesystem::exists(source_path("tests/tools/node/node_modules/mermaid/package.json")) &&
           std::filesystem::exists(source_path("tests/tools/node/node_modules/jsdom/package.json"));
}

/// The real Mermaid parser on one file: one JSON line (see tests/tools/node/mermaid-parse.mjs).
inline ProcessResult mermaid_parse(const std::string& file) {
    return run_process({"/usr/bin/env", "node", source_path("tests/tools/node/mermaid-parse.mjs"), file});
}

/// networkx's read_graphml on one file, printed as JSON (tests/tools/graphml-read.py).
inline ProcessResult networkx_read(const std::string& file) {
    return run_process({"/usr/bin/python3", source_path("tests/tools/graphml-read.py"), file});
}

/// The model files shipped in models/.
inline std::vector<std::string> seed_models() {
    std::vector<std::string> out;
    const auto dir = std::filesystem::path(source_path("models"));
    if (!std::filesystem::exists(dir)) return out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".yaml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace toc::test
