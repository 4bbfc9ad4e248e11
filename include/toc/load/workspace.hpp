#pragma once
// The texts models are read from: files on disk, and in-memory texts that stand
// in for them (an editor's unsaved buffer, standard input), keyed by file name.
// Link with toc::yaml.
//
//     toc::Workspace ws;
//     ws.open("model.yaml", buffer_text);       // the editor's text wins over the disk
//     toc::LoadResult r = ws.load("model.yaml");
//     ws.close("model.yaml");                   // back to the file on disk
//
// Every location in r.diagnostics names the key ("model.yaml"), so a model that
// later spans several files reports each finding in its own file.

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "toc/diagnostics/diagnostic.hpp"
#include "toc/load/load.hpp"

namespace toc {

/// A text read from a file or a stream, or why it could not be read (a TOC000
/// io-error diagnostic naming the file).
struct SourceText {
    std::string name;
    std::string text;
    std::optional<Diagnostic> error;

    [[nodiscard]] bool ok() const noexcept { return !error.has_value(); }
};

/// Reads a whole file: at most max_input_bytes; a directory, a missing file or
/// an unreadable one is a TOC000 diagnostic, never an exception.
[[nodiscard]] SourceText read_source(const std::string& path);

/// Reads a whole stream (standard input, say); `name` is used in locations.
[[nodiscard]] SourceText read_source(std::istream& in, const std::string& name);

class Workspace {
public:
    /// Adds an in-memory text under `name`, or replaces the one there; from now
    /// on it stands in for the file of that name.
    void open(std::string name, std::string text) { open_[std::move(name)] = std::move(text); }

    /// Forgets the in-memory text of `name`; the file on disk counts again.
    void close(std::string_view name) {
        if (auto it = open_.find(name); it != open_.end()) open_.erase(it);
    }

    [[nodiscard]] bool is_open(std::string_view name) const { return open_.find(name) != open_.end(); }

    /// The text of `name`: the in-memory one when open, else the file's.
    [[nodiscard]] SourceText read(const std::string& name) const {
        if (auto it = open_.find(name); it != open_.end()) return {name, it->second, std::nullopt};
        return read_source(name);
    }

    /// Loads the model written in `name` (see read); locations name `name`.
    [[nodiscard]] LoadResult load(const std::string& name) const;

private:
    std::map<std::string, std::string, std::less<>> open_;
};

}  // namespace toc
