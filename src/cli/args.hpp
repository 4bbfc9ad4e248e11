#pragma once
// What the commands' argument definitions share: the words of a closed set of
// values, checked with a message that says what is allowed.

#include <initializer_list>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace toc::cli {

/// "a, b or c"
[[nodiscard]] inline std::string either(const std::vector<std::string>& words) {
    std::string s;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i) s += i + 1 == words.size() ? " or " : ", ";
        s += words[i];
    }
    return s;
}

/// Accepts one of `values`; otherwise "unknown WHAT 'x'; use a, b or c".
[[nodiscard]] inline CLI::Validator one_of(std::string what, std::vector<std::string> values) {
    CLI::Validator v(
        [what = std::move(what), values = std::move(values)](std::string& input) -> std::string {
            for (const auto& value : values)
                if (input == value) return {};
            return "unknown " + what + " '" + input + "'; use " + either(values);
        },
        "");
    return v;
}

/// The option's value as the help shows it: "text|json|sarif".
[[nodiscard]] inline std::string alternatives(const std::vector<std::string>& values) {
    std::string s;
    for (const auto& v : values) s += (s.empty() ? "" : "|") + v;
    return s;
}

/// The model files a command reads: positionals, and everything after `--`
/// (main.cpp); "-" is standard input.
inline void add_model_files(CLI::App& app, std::vector<std::string>& files, const std::string& help) {
    app.add_option("FILE", files, help + "; - for standard input")->type_name("");
}

}  // namespace toc::cli
