// toc::import_string and toc::import_file: pick the importer, write the YAML.

#include <fstream>
#include <iterator>

#include "importer.hpp"
#include "toc/diagnostics/loader_codes.hpp"

namespace toc {

namespace {

ImportFormat guess_format(std::string_view text, const std::string& name) {
    auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".json") || ends_with(".JSON")) return ImportFormat::tocmaker;
    if (ends_with(".csv") || ends_with(".CSV") || ends_with(".txt")) return ImportFormat::csv;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{' ? ImportFormat::tocmaker : ImportFormat::csv;
    }
    return ImportFormat::csv;
}

}  // namespace

ImportResult import_string(std::string_view text, const std::string& name, const ImportOptions& options) {
    ImportResult r;
    import_detail::Sink sink(text, name, r.diagnostics);
    if (text.size() > max_import_bytes) {
        sink.error(import_code::syntax, sink.at(1, 1),
                   "the input holds " + std::to_string(text.size() >> 20) + " MiB; an import reads at most " +
                       std::to_string(max_import_bytes >> 20) + " MiB");
        return r;
    }
    std::vector<std::string> comments;
    const ImportFormat format = options.from.value_or(guess_format(text, name));
    Model m = format == ImportFormat::tocmaker ? import_detail::read_tocmaker(sink, options, comments)
                                               : import_detail::read_csv(sink, comments);
    if (sink.failed()) return r;
    r.elements = m.elements.size();
    for (const auto& e : m.elements) r.links += e.links.size();
    r.yaml = import_detail::write_yaml(m, comments);
    return r;
}

ImportResult import_file(const std::string& path, const ImportOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ImportResult r;
        r.diagnostics.push_back(loader_error(loader_code::io_error, {path, 0, 0}, "cannot open '" + path + "' to import it"));
        return r;
    }
    std::string text;
    char chunk[1 << 16];
    while (text.size() <= max_import_bytes && in.read(chunk, sizeof chunk).gcount() > 0)
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_import_bytes) {
        ImportResult r;
        r.diagnostics.push_back(loader_error(loader_code::io_error, {path, 0, 0},
                                             "'" + path + "' is larger than " + std::to_string(max_import_bytes >> 20) +
                                                 " MiB, more than an import reads"));
        return r;
    }
    return import_string(text, path, options);
}

}  // namespace toc
