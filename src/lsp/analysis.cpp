#include "analysis.hpp"

#include <algorithm>

#include "toc/checks/check.hpp"
#include "toc/diagnostics/format.hpp"

namespace toc::lsp {

namespace {

/// Where the whole token `id` is first written at or after `from`, within
/// `limit` bytes; npos when it is not there.
std::size_t find_token(std::string_view text, std::string_view id, std::size_t from, std::size_t limit) {
    const std::string_view window = text.substr(0, std::min(text.size(), from + limit + id.size()));
    for (std::size_t at = window.find(id, from); at != std::string_view::npos; at = window.find(id, at + 1)) {
        const bool starts = at == 0 || !id_char(text[at - 1]);
        const bool ends = at + id.size() >= text.size() || !id_char(text[at + id.size()]);
        if (starts && ends) return at;
    }
    return std::string_view::npos;
}

}  // namespace

Analysis::Analysis(const Workspace& workspace, const std::string& name)
    : text_(workspace.read(name).text), lines_(text_), loaded_(workspace.load(name)), index_(loaded_.model) {
    diagnostics_ = loaded_.diagnostics;
    for (const auto& d : diagnostics_) parsed_ = parsed_ && d.code != loader_code::yaml_syntax.code && d.code != loader_code::io_error.code;
    if (loaded_.ok()) {
        auto findings = check(loaded_.model);
        diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(findings.begin()),
                            std::make_move_iterator(findings.end()));
    }
    sort_diagnostics(diagnostics_);
    find_occurrences();
}

void Analysis::find_occurrences() {
    constexpr std::size_t definition_window = 4096;  // the `id:` of an item is near where the item starts
    auto place = [&](const std::string& id, const SourceLocation& at, std::size_t window) -> std::optional<std::size_t> {
        if (id.empty()) return std::nullopt;
        const auto from = lines_.offset_of(at.line, at.column);
        if (!from) return std::nullopt;
        const std::size_t found = find_token(text_, id, *from, window);
        if (found == std::string_view::npos) return std::nullopt;
        return found;
    };
    auto define = [&](const std::string& id, Kind kind, const SourceLocation& at) {
        if (auto b = place(id, at, definition_window))
            occurrences_.push_back({*b, *b + id.size(), id, true, kind, nullptr});
    };
    const Model& m = loaded_.model;
    for (const auto& e : m.elements) {
        define(e.id, e.kind, e.location);
        for (const auto& l : e.links) define(l.id, Kind::link, l.location);
    }
    auto define_all = [&](const auto& items, Kind kind) {
        for (const auto& x : items) define(x.id, kind, x.location);
    };
    define_all(m.mechanisms, Kind::mechanism);
    define_all(m.assumptions, Kind::assumption);
    define_all(m.principles, Kind::principle);
    define_all(m.actors, Kind::actor);
    define_all(m.sites, Kind::site);
    define_all(m.sources, Kind::source);
    define_all(m.indicators, Kind::indicator);
    define_all(m.questions, Kind::question);
    define_all(m.recommendations, Kind::recommendation);

    references_ = collect_references(m);
    for (const auto& r : references_) {
        // A reference's location is its scalar (a quote may come first).
        if (auto b = place(r.ref->id, r.ref->location, r.ref->id.size() + 2)) {
            const auto* def = index_.find(r.ref->id);
            occurrences_.push_back({*b, *b + r.ref->id.size(), r.ref->id, false, def ? def->kind : Kind::outcome, &r});
        }
    }
    std::sort(occurrences_.begin(), occurrences_.end(),
              [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });
    // Two items may claim one place (a duplicate id found at the first one): keep one.
    occurrences_.erase(std::unique(occurrences_.begin(), occurrences_.end(),
                                   [](const Occurrence& a, const Occurrence& b) { return a.begin == b.begin; }),
                       occurrences_.end());
    for (std::size_t i = 0; i < occurrences_.size(); ++i)
        if (occurrences_[i].definition) definitions_.try_emplace(occurrences_[i].id, i);
}

const Occurrence* Analysis::occurrence_at(std::size_t offset) const {
    auto it = std::upper_bound(occurrences_.begin(), occurrences_.end(), offset,
                               [](std::size_t o, const Occurrence& x) { return o < x.begin; });
    if (it == occurrences_.begin()) return nullptr;
    --it;
    return offset <= it->end ? &*it : nullptr;
}

const Occurrence* Analysis::definition(std::string_view id) const {
    auto it = definitions_.find(id);
    return it == definitions_.end() ? nullptr : &occurrences_[it->second];
}

std::vector<const Occurrence*> Analysis::occurrences_of(std::string_view id) const {
    std::vector<const Occurrence*> out;
    for (const auto& o : occurrences_)
        if (o.id == id) out.push_back(&o);
    return out;
}

std::pair<std::size_t, std::size_t> Analysis::token_at(const SourceLocation& l) const {
    const auto begin = lines_.offset_of(l.line, l.column);
    if (!begin) return {0, 0};
    const std::string_view line = lines_.line(static_cast<std::size_t>(l.line) - 1);
    const std::size_t line_end = lines_.line_start(static_cast<std::size_t>(l.line) - 1) + line.size();
    // Every search stays on the location's line: a search to the end of the text
    // costs the whole document per finding (33 s for the 12 000 findings of a
    // 10 000-element model; docs/performance.md).
    const std::string_view upto_line_end = std::string_view(text_).substr(0, line_end);
    std::size_t end = *begin;
    if (end < line_end && (text_[end] == '"' || text_[end] == '\'')) {
        const std::size_t close = upto_line_end.find(text_[end], end + 1);
        end = close != std::string_view::npos ? close + 1 : line_end;
    } else {
        while (end < line_end && text_[end] != ',' && text_[end] != ']' && text_[end] != '}' && text_[end] != '#' &&
               !(text_[end] == ':' && (end + 1 == line_end || text_[end + 1] == ' ')))
            ++end;
        while (end > *begin && text_[end - 1] == ' ') --end;
        // A key (an item's `id:`, say): the range runs on over its value on this
        // line, so that the editor marks `id: listening` rather than `id`.
        if (end < line_end && text_[end] == ':' && end > *begin) {
            std::size_t value_end = line_end;
            const std::size_t hash = upto_line_end.find(" #", end);
            if (hash != std::string_view::npos) value_end = hash;
            while (value_end > end + 1 && text_[value_end - 1] == ' ') --value_end;
            end = value_end;
        }
    }
    return {*begin, end};
}

}  // namespace toc::lsp
