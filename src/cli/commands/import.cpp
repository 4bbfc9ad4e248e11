// `toc import FILE [--from tocmaker|csv] [--map 'Title=kind']... [-o OUT] [--force]`:
// a ToC-Maker JSON file or a CSV sheet (link list or logframe) as a toc model
// (docs/import.md). The YAML goes to OUT or standard output; problems go to
// standard error, located in the input. Nothing is written when the input has
// errors, and an existing OUT is kept unless --force.

#include <filesystem>
#include <fstream>
#include <ostream>

#include "../command.hpp"
#include "../args.hpp"
#include "toc/diagnostics/format.hpp"
#include "toc/load/import.hpp"

namespace toc::cli {

namespace {

class ImportCommand final : public Command {
public:
    std::string_view name() const override { return "import"; }
    std::string_view summary() const override {
        return "turn a ToC-Maker file or a spreadsheet (CSV link list or logframe) into a model";
    }
    std::string_view synopsis() const override { return "FILE [--from tocmaker|csv] [--map 'Title=kind'] [-o OUT] [--force]"; }

    void define(CLI::App& app) override {
        app.description(
            "Imports a theory of change written elsewhere: a ToC-Maker JSON document, or a spreadsheet saved as CSV "
            "(a link list with the columns from and to, or a logframe with level and narrative). Writes the model as "
            "YAML, with comments that name the source (docs/import.md). Exit status 1 when the input has errors "
            "(nothing is written), 2 when it cannot be read or OUT exists.");
        app.add_option("FILE", files_, "the file to import")->type_name("")->required();
        app.add_option("--from", from_, "the input's format (default: from FILE's extension)")
            ->type_name("tocmaker|csv")
            ->check(one_of("format", {"tocmaker", "csv"}));
        app.add_option("--map", maps_, "the kind a ToC-Maker section's nodes become, e.g. 'End Goal=impact' (repeatable)")
            ->type_name("'Title=kind'");
        app.add_option("-o,--output", output_, "write the model to OUT (default: standard output)")->type_name("OUT");
        app.add_flag("--force", force_, "write over OUT when it exists");
    }

    std::vector<std::string>* operands() override { return &files_; }

    int run(Streams io) override {
        if (files_.size() != 1) return usage_error(io, "import", "give exactly one FILE to import");
        ImportOptions options;
        if (!from_.empty()) options.from = parse_import_format(from_);
        for (const auto& m : maps_) {
            auto pair = parse_import_mapping(m);
            if (!pair) return usage_error(io, "import", "--map takes 'Section title=kind'; found '" + m + "'");
            options.map.push_back(std::move(*pair));
        }
        if (!output_.empty() && !force_ && std::filesystem::exists(output_)) {
            io.err << "toc import: " << output_ << " exists; nothing was written (use --force to write over it)\n";
            return 2;
        }
        const ImportResult r = import_file(files_.front(), options);
        write_text(io.err, r.diagnostics);
        for (const auto& d : r.diagnostics)
            if (d.code == "TOC000") return 2;
        if (!r.ok()) {
            io.err << "toc import: " << files_.front() << " was not imported; nothing was written\n";
            return 1;
        }
        if (output_.empty()) {
            io.out << r.yaml;
            io.out.flush();
            return io.out ? 0 : 2;
        }
        std::ofstream out(output_, std::ios::binary | std::ios::trunc);
        out << r.yaml;
        out.close();
        if (!out) {
            io.err << "toc import: could not write " << output_ << "\n";
            return 2;
        }
        io.err << "toc import: wrote " << output_ << " (" << r.elements << " elements, " << r.links << " links)\n";
        return 0;
    }

private:
    std::vector<std::string> files_;
    std::string from_;
    std::vector<std::string> maps_;
    std::string output_;
    bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_import_command() { return std::make_unique<ImportCommand>(); }

}  // namespace toc::cli
