// Completion: ids in reference positions (only of the kinds the key accepts),
// enumeration values after their key, and the keys the format defines where a
// key is being written. Works on the editor's text as it is, broken or not;
// ids come from the last analysis whose YAML parsed.

#include <optional>
#include <vector>

#include "protocol.hpp"
#include "toc/load/format_keys.hpp"

namespace toc::lsp {

namespace {

using Names = std::vector<std::string_view>;

template <class E>
Names names_of() {
    return Names(EnumSpelling<E>::names.begin(), EnumSpelling<E>::names.end());
}

/// The keys of the format in each place of a model (toc/load/format_keys.hpp,
/// the loader's own list): `section` is the top-level list, `parent` the key
/// of the map being written inside an item (a link, a measurement), if any.
const Names& keys_for(std::string_view section, std::string_view parent) {
    static const Names none;
    if (parent == "leads_to" || parent == "enables" || parent == "hinders" || parent == "feedback")
        return format_keys::link();
    if (parent == "baseline" || parent == "targets" || parent == "measurements") return format_keys::measurement();
    if (parent == "sources") return format_keys::citation();
    if (const auto k = format_keys::kind_of_list(section))
        return is_element(*k) ? format_keys::element(*k) : format_keys::item(*k);
    if (section == "diagram") return format_keys::diagram();
    if (section == "checks") return format_keys::checks();
    if (section == "period") return format_keys::period();
    return none;
}

/// The values an enumeration key takes in a section, or nothing.
std::optional<Names> enum_values(std::string_view section, std::string_view key) {
    if (key == "horizon") return names_of<Horizon>();
    if (key == "criteria") return names_of<DacCriterion>();
    if (key == "stage") return names_of<ProgramStage>();
    if (key == "level") return names_of<Level>();
    if (key == "combine") return names_of<Combine>();
    if (key == "evidence" && section != "assumptions") return names_of<Evidence>();
    if (key == "risk") return names_of<Risk>();
    if (key == "unit") return names_of<Unit>();
    if (key == "group_by") return names_of<GroupBy>();
    if (key == "ceiling") return names_of<Ceiling>();
    if (key == "direction") return section == "diagram" ? names_of<DiagramDirection>() : names_of<Direction>();
    if (key == "evaluated" || key == "controllable") return Names{"true", "false"};
    if (key == "type" && section == "assumptions") return names_of<AssumptionType>();
    if (key == "role") {
        if (section == "actors") return names_of<ActorRole>();
        if (section == "problems") return names_of<ProblemRole>();
    }
    if (key == "status") {
        if (section == "outcomes" || section == "impacts" || section == "status_by_site") return names_of<ResultStatus>();
        if (section == "activities") return names_of<ActivityStatus>();
        if (section == "mechanisms") return names_of<MechanismStatus>();
        if (section == "assumptions") return names_of<AssumptionStatus>();
        if (section == "questions") return names_of<QuestionStatus>();
    }
    return std::nullopt;
}

std::size_t indent_of(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '-')) ++i;
    return i;
}

bool blank_or_comment(std::string_view line) {
    const std::size_t i = line.find_first_not_of(" \t");
    return i == std::string_view::npos || line[i] == '#';
}

/// The key a line starts (after its indentation and a list dash), or empty.
std::string_view leading_key(std::string_view line) {
    std::size_t i = indent_of(line);
    const std::size_t start = i;
    while (i < line.size() && (id_char(line[i]) && line[i] != '.')) ++i;
    if (i == start || i >= line.size() || line[i] != ':') return {};
    return line.substr(start, i - start);
}

/// The last `key:` on a line before `end` after which only a value (or a flow
/// list of values) is written; empty when there is none.
std::string_view value_key(std::string_view line) {
    for (std::size_t colon = line.rfind(':'); colon != std::string_view::npos && colon > 0;
         colon = colon == 0 ? std::string_view::npos : line.rfind(':', colon - 1)) {
        const std::string_view after = line.substr(colon + 1);
        if (!after.empty() && after[0] != ' ' && after[0] != '[') continue;  // a colon inside a value
        std::size_t k = colon;
        while (k > 0 && id_char(line[k - 1]) && line[k - 1] != '.') --k;
        if (k == colon) return {};
        for (char ch : after)
            if (ch == '{' || ch == '}' || ch == ']' || ch == '"' || ch == '\'' || ch == '#') return {};
        return line.substr(k, colon - k);
    }
    return {};
}

json item(std::string_view label, int kind, std::string detail, const LineTable& lines, std::size_t begin,
          std::size_t end, Encoding e) {
    json out = {{"label", label},
                {"kind", kind},
                {"textEdit", {{"range", range_json(lines, begin, end, e)}, {"newText", label}}}};
    if (!detail.empty()) out["detail"] = std::move(detail);
    return out;
}

}  // namespace

json completion(const Analysis& ids, std::string_view text, const LineTable& lines, Position at, const Context& c) {
    json items = json::array();
    const auto cursor = lines.offset(at, c.encoding);
    if (!cursor) return items;
    const std::size_t line_start = lines.line_start(at.line);
    const std::string_view before = text.substr(line_start, *cursor - line_start);
    // The word being typed.
    std::size_t word = before.size();
    while (word > 0 && id_char(before[word - 1])) --word;
    const std::size_t begin = line_start + word;
    const std::string_view head = before.substr(0, word);
    const std::size_t indent = indent_of(before);

    // Where the cursor is: the top-level section, and the key of the nearest
    // line above that opens the block the cursor's line is in.
    std::string_view section, parent;
    std::size_t parent_indent = indent;
    for (std::size_t l = at.line; l-- > 0;) {
        const std::string_view line = lines.line(l);
        if (blank_or_comment(line)) continue;
        const std::size_t ind = line.find_first_not_of(' ');
        const std::string_view key = leading_key(line);
        if (parent.empty() && ind < parent_indent && !key.empty() &&
            line.find_first_not_of(" \t", line.find(':') + 1) == std::string_view::npos) {
            parent = key;
        }
        if (ind < parent_indent) parent_indent = ind;
        if (ind == 0) {
            section = key;
            break;
        }
    }
    if (indent == 0 && head.find_first_not_of(' ') == std::string_view::npos) {
        for (auto k : format_keys::top_level()) items.push_back(item(k, 10, "", lines, begin, *cursor, c.encoding));
        return items;
    }

    // A value after `key:` on this line, or a list item under `key:` above.
    std::string_view key = value_key(head);
    const std::string_view trimmed = head.substr(0, head.find_last_not_of(' ') + 1);
    const bool list_item = !trimmed.empty() && trimmed.find_first_not_of(" -") == std::string_view::npos &&
                           trimmed.back() == '-';
    if (key.empty() && list_item) key = parent;
    if (key == "to") key = parent;
    if (!key.empty()) {
        const bool defining_list = key == section && indent > 0 && list_item;  // `sources:` at the top: new items
        if (auto rule = reference_rule(key); rule && !defining_list && !(key == "sources" && parent == section && parent == key)) {
            for (const auto& [id, entry] : ids.index().entries())
                if (rule->accepts(entry.kind))
                    items.push_back(item(id, 18,
                                         std::string(to_string(entry.kind)) + ": " + item_label(ids.model(), entry),
                                         lines, begin, *cursor, c.encoding));
            return items;
        }
        const std::string_view place = parent == "status_by_site" ? parent : section;
        if (auto values = enum_values(place, key)) {
            for (auto v : *values) items.push_back(item(v, 20, std::string(key), lines, begin, *cursor, c.encoding));
            return items;
        }
        if (!list_item) return items;
    }
    // A key being written.
    if (head.find(':') == std::string_view::npos) {
        const bool nested = !parent.empty() && parent != section;
        for (auto k : keys_for(section, nested ? parent : std::string_view{}))
            items.push_back(item(k, 10, "", lines, begin, *cursor, c.encoding));
    }
    return items;
}

}  // namespace toc::lsp
