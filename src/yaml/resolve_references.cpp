// Ids unique across the model (TOC006); every reference resolves (TOC007) to
// an item of the kind its key expects (TOC008).

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

#include "reader.hpp"
#include "toc/detail/suggest.hpp"
#include "toc/model/references.hpp"

namespace toc::yaml_detail {

using detail::nearest;

namespace {

struct Definition {
    Kind kind;
    SourceLocation location;
};

std::string where(const SourceLocation& l) {
    return "line " + std::to_string(l.line) + ", column " + std::to_string(l.column);
}

}  // namespace

void resolve_references(const Model& m, const SourceText& source, std::vector<Diagnostic>& out) {
    std::unordered_map<std::string_view, Definition> ids;
    ids.reserve(m.elements.size() * 2 + 64);
    auto define = [&](const std::string& id, Kind kind, const SourceLocation& loc) {
        if (id.empty()) return;
        auto [it, fresh] = ids.try_emplace(id, Definition{kind, loc});
        if (!fresh) {
            out.push_back(loader_error(loader_code::duplicate_id, loc,
                           "the id '" + id + "' is already used by " + with_article(to_string(it->second.kind)) +
                               " at " + where(it->second.location) + "; ids must be unique across the whole model",
                           id));
            out.back().related.push_back({it->second.location, "first defined here"});
        }
    };
    for (const auto& e : m.elements) {
        define(e.id, e.kind, e.location);
        for (const auto& l : e.links) define(l.id, Kind::link, l.location);
    }
    for (const auto& x : m.mechanisms) define(x.id, Kind::mechanism, x.location);
    for (const auto& x : m.assumptions) define(x.id, Kind::assumption, x.location);
    for (const auto& x : m.principles) define(x.id, Kind::principle, x.location);
    for (const auto& x : m.actors) define(x.id, Kind::actor, x.location);
    for (const auto& x : m.sites) define(x.id, Kind::site, x.location);
    for (const auto& x : m.sources) define(x.id, Kind::source, x.location);
    for (const auto& x : m.indicators) define(x.id, Kind::indicator, x.location);
    for (const auto& x : m.questions) define(x.id, Kind::question, x.location);
    for (const auto& x : m.recommendations) define(x.id, Kind::recommendation, x.location);

    // Suggestions compare against ids of the expected kinds; they cost a scan
    // of the ids each, so only the first misses of a file get one.
    std::size_t suggestions_left = 200;
    // Candidates in file order, so that of two equally near ids the one defined
    // first is suggested (the hash map's order would be arbitrary). Sorted at the
    // first miss only: a model whose references all resolve pays nothing.
    std::vector<std::pair<std::string_view, const Definition*>> in_file_order;
    auto ids_in_file_order = [&]() -> const auto& {
        if (in_file_order.empty()) {
            in_file_order.reserve(ids.size());
            for (const auto& [id, def] : ids) in_file_order.emplace_back(id, &def);
            std::sort(in_file_order.begin(), in_file_order.end(), [](const auto& a, const auto& b) {
                return std::tie(a.second->location.line, a.second->location.column, a.first) <
                       std::tie(b.second->location.line, b.second->location.column, b.first);
            });
        }
        return in_file_order;
    };
    for (const auto& p : collect_references(m)) {
        const Ref& r = *p.ref;
        auto it = ids.find(r.id);
        if (it == ids.end()) {
            std::string message = "'" + r.id + "' is not defined";
            std::string fix;
            if (suggestions_left > 0) {
                --suggestions_left;
                std::vector<std::string_view> candidates;
                for (const auto& [id, def] : ids_in_file_order())
                    if (p.rule.accepts(def->kind)) candidates.push_back(id);
                std::string near = nearest(r.id, candidates);
                fix = certain_nearest(r.id, candidates);  // only an id of a kind the key takes
                if (near.empty()) {
                    candidates.clear();
                    for (const auto& [id, def] : ids_in_file_order()) candidates.push_back(id);
                    near = nearest(r.id, candidates);
                }
                if (!near.empty()) message += "; did you mean '" + near + "'?";
                else message += "; '" + std::string(p.key) + "' expects " + std::string(p.rule.expectation);
            }
            out.push_back(loader_error(loader_code::unresolved_reference, r.location, message, std::string(p.owner)));
            if (!fix.empty())
                if (auto f = source.replace_scalar(r.location, r.id, fix)) out.back().fixes.push_back(std::move(*f));
            continue;
        }
        if (!p.rule.accepts(it->second.kind)) {
            out.push_back(loader_error(loader_code::wrong_reference_kind, r.location,
                           "'" + std::string(p.key) + "' expects " + std::string(p.rule.expectation) + "; '" + r.id +
                               "' is " + with_article(to_string(it->second.kind)),
                           std::string(p.owner)));
        }
    }
}

}  // namespace toc::yaml_detail
