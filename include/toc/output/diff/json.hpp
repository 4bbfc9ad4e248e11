#pragma once
// A diff for tools (`toc diff --format json`): the versions' names, whether
// they differ, the model's own fields, every item that changed (with its
// fields, old and new, and flags), the findings introduced and fixed, and
// the counts. Stable keys; ids and spellings as in the file.

#include <ostream>

#include "toc/detail/json_writer.hpp"
#include "toc/output/diff/document.hpp"

namespace toc {

namespace detail::diff_json {

inline void fields(JsonWriter& j, const std::vector<FieldChange>& fs) {
    j.begin_array();
    for (const auto& f : fs) {
        j.begin_object().field("field", f.field).field("before", f.before).field("after", f.after);
        if (!f.flag.empty()) j.field("flag", f.flag);
        j.end_object();
    }
    j.end_array();
}

inline void findings(JsonWriter& j, const std::vector<Diagnostic>& ds) {
    j.begin_array();
    for (const auto& d : ds) {
        j.begin_object()
            .field("code", d.code)
            .field("name", d.name)
            .field("severity", to_string(d.severity))
            .field("subject", d.subject)
            .field("message", d.message)
            .field("file", d.location.file)
            .field("line", d.location.line)
            .field("column", d.location.column)
            .end_object();
    }
    j.end_array();
}

}  // namespace detail::diff_json

inline void write_diff_json(std::ostream& out, const DiffDocument& doc) {
    namespace dj = detail::diff_json;
    const VersionDiff& d = doc.diff;
    JsonWriter j(out);
    j.begin_object().field("old", doc.old_name).field("new", doc.new_name).field("changed", !d.empty());
    j.key("model");
    dj::fields(j, d.model.model);
    j.key("items").begin_array();
    for (const auto& c : d.model.items) {
        j.begin_object().field("change", to_string(c.change)).field("kind", to_string(c.kind)).field("id", c.id);
        if (c.change == Change::renamed) j.field("old_id", c.old_id);
        if (c.kind == Kind::link) j.field("from", c.from).field("to", c.to);
        if (const std::string l = doc.label(c); !l.empty()) j.field("label", l);
        if (c.flagged()) j.field("flagged", true);
        j.key("fields");
        dj::fields(j, c.fields);
        j.end_object();
    }
    j.end_array();
    j.key("findings").begin_object().key("introduced");
    dj::findings(j, d.findings.introduced);
    j.key("fixed");
    dj::findings(j, d.findings.fixed);
    j.end_object();
    const auto n = doc.counts();
    j.key("summary")
        .begin_object()
        .field("added", n[0])
        .field("removed", n[1])
        .field("changed", n[2])
        .field("renamed", n[3])
        .field("introduced", d.findings.introduced.size())
        .field("fixed", d.findings.fixed.size())
        .end_object();
    j.end_object();
    out << '\n';
}

}  // namespace toc
