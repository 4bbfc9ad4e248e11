// Reader: the model's top level and every kind of item.

#include <sstream>

#include "reader.hpp"
#include "toc/load/format_keys.hpp"

namespace toc::yaml_detail {

namespace {

/// The id written in a map, if any, to name the item in messages before it is read.
std::string peek_id(const YDocument& doc, NodeIndex map) {
    if (map == no_node) return {};
    const YNode* n = &doc.nodes[map];
    if (n->type == YNode::Type::alias && n->target != no_node) n = &doc.nodes[n->target];
    if (n->type != YNode::Type::map) return {};
    for (std::size_t k = 0; k + 1 < n->children.size(); k += 2) {
        const YNode& key = doc.nodes[n->children[k]];
        const YNode& value = doc.nodes[n->children[k + 1]];
        if (key.type == YNode::Type::scalar && key.value == "id" && value.type == YNode::Type::scalar)
            return value.value.size() > 200 ? value.value.substr(0, 200) + "…" : value.value;
    }
    return {};
}

}  // namespace

void Reader::read_model(Model& m) {
    const NodeIndex root = doc_.root;
    m.location = {file_, 1, 1};
    const YNode* r = deref(root);
    if (!r || r->type == YNode::Type::null) {
        error(loader_code::missing_required, {file_, 1, 1}, "the file holds no model; a model needs at least 'toc: 1', 'id' and 'title'");
        return;
    }
    if (r->type != YNode::Type::map) {
        error(loader_code::wrong_type, loc(root), "a model is a mapping of keys (toc, id, title, outcomes, ...); this file holds " +
                                       std::string(r->type == YNode::Type::scalar ? "a single text" : type_name(*r)));
        return;
    }

    // The version comes first: a file of another version is not read further.
    bool has_version = false, has_id = false, has_title = false;
    for (std::size_t k = 0; k + 1 < r->children.size(); k += 2) {
        const YNode& key = doc_.nodes[r->children[k]];
        if (key.type != YNode::Type::scalar || key.value != "toc") continue;
        has_version = true;
        const NodeIndex v = r->children[k + 1];
        const YNode* vn = deref(v);
        if (!vn) return;
        if (vn->type == YNode::Type::scalar && vn->plain) {
            if (vn->value == "1") break;
            auto num = read_number(v, "toc");
            if (num) {
                error(loader_code::unsupported_version, loc(v), "this file is written for format version " + vn->value +
                                            "; this release of toc reads version 1");
            }
            return;
        }
        if (vn->type == YNode::Type::scalar)
            error(loader_code::wrong_type, loc(v), "'toc' must be the number 1, without quotes; found the text '" + vn->value + "'");
        else
            wrong_type(v, "the format version, the number 1", "toc");
        return;
    }
    if (!has_version)
        error(loader_code::missing_required, loc(root), "the model has no 'toc' key; add 'toc: 1' (the format version) as its first line");

    for_each_entry(root, "the model", format_keys::top_level(), &m.extensions, [&](std::string_view key, NodeIndex v, const SourceLocation&) {
        if (key == "toc") return;
        if (key == "id") {
            m.id = read_id(v, "model");
            has_id = true;
        } else if (key == "title") {
            m.title = read_required_text(v, "title");
            has_title = true;
        } else if (key == "summary") m.summary = read_text(v, "summary");
        else if (key == "owner") m.owner = read_text(v, "owner");
        else if (key == "funder") m.funder = read_text(v, "funder");
        else if (key == "languages") {
            for_each_item(v, key, [&](NodeIndex item) {
                auto tag = read_string(item, "languages");
                if (!tag) return;
                if (!valid_language_tag(*tag)) {
                    error(loader_code::invalid_value, loc(item), "'" + shorten(*tag) + "' is not a language tag; use tags such as sv or en");
                    return;
                }
                for (const auto& seen : m.languages)
                    if (seen == *tag) {
                        error(loader_code::invalid_value, loc(item), "the language '" + *tag + "' is listed twice");
                        return;
                    }
                m.languages.push_back(*tag);
            });
        }
        else if (key == "period") m.period = read_period(v, {});
        else if (key == "version") {
            const YNode* n = deref(v);
            if (n && n->type == YNode::Type::scalar) m.version = n->value;
            else if (n) wrong_type(v, "text or a number", "version");
        } else if (key == "date") m.date = read_date(v, "date");
        else if (key == "stage") m.stage = read_enum<ProgramStage>(v, key, {});
        else if (key == "sources") read_list<Source>(v, key, m, &Reader::read_source);
        else if (key == "sites") read_list<Site>(v, key, m, &Reader::read_site);
        else if (key == "actors") read_list<Actor>(v, key, m, &Reader::read_actor);
        else if (key == "mechanisms") read_list<Mechanism>(v, key, m, &Reader::read_mechanism);
        else if (key == "assumptions") read_list<Assumption>(v, key, m, &Reader::read_assumption);
        else if (key == "principles") read_list<Principle>(v, key, m, &Reader::read_principle);
        else if (key == "indicators") read_list<Indicator>(v, key, m, &Reader::read_indicator);
        else if (key == "questions") read_list<Question>(v, key, m, &Reader::read_question);
        else if (key == "recommendations") read_list<Recommendation>(v, key, m, &Reader::read_recommendation);
        else if (key == "diagram") read_diagram(v, m);
        else if (key == "checks") read_checks(v, m);
        else {
            for (Kind kind : element_kinds) {
                if (list_key(kind) != key) continue;
                for_each_item(v, key, [&](NodeIndex item) { read_element(item, kind, m); });
            }
        }
    });
    if (!has_id) error(loader_code::missing_required, loc(root), "the model has no 'id'; add e.g. 'id: my_program'");
    if (!has_title) error(loader_code::missing_required, loc(root), "the model has no 'title'; add the program's name as 'title'");
}

template <class T>
void Reader::read_list(NodeIndex i, std::string_view key, Model& m, void (Reader::*read_one)(NodeIndex, Model&)) {
    for_each_item(i, key, [&](NodeIndex item) { (this->*read_one)(item, m); });
}

void Reader::read_element(NodeIndex i, Kind kind, Model& m) {
    const std::string kind_name(to_string(kind));
    const std::string subject = peek_id(doc_, i);
    const std::string context = with_article(kind_name) + (subject.empty() ? "" : " ('" + subject + "')");
    Element e;
    e.kind = kind;
    e.location = loc(i);
    bool has_id = false, has_label = false, has_horizon = false;
    std::vector<std::pair<LinkType, NodeIndex>> links;
    const bool is_map = for_each_entry(i, context, format_keys::element(kind), &e.extensions,
        [&](std::string_view key, NodeIndex v, const SourceLocation& key_loc) {
            e.key_locations.emplace_back(std::string(key), key_loc);
            if (key == "id") {
                e.id = read_id(v, kind_name);
                has_id = true;
            } else if (key == "label") {
                e.label = read_required_text(v, "label", subject);
                has_label = true;
            } else if (key == "description") e.description = read_text(v, key, subject);
            else if (key == "level") e.level = read_enum<Level>(v, key, subject);
            else if (key == "actors") e.actors = read_refs(v, key, subject);
            else if (key == "sites") e.sites = read_refs(v, key, subject);
            else if (key == "sources") e.sources = read_citations(v, subject);
            else if (key == "assumptions") e.assumptions = read_refs(v, key, subject);
            else if (key == "evaluated") { if (auto b = read_bool(v, key, subject)) e.evaluated = *b; }
            else if (key == "code") { if (auto c = read_string(v, key, subject)) e.code = *c; }
            else if (key == "part_of") e.part_of = read_ref(v, key, subject);
            else if (key == "overview") e.overview = read_bool(v, key, subject);
            else if (key == "leads_to") links.emplace_back(LinkType::leads_to, v);
            else if (key == "enables") links.emplace_back(LinkType::enables, v);
            else if (key == "hinders") links.emplace_back(LinkType::hinders, v);
            else if (key == "feedback") links.emplace_back(LinkType::feedback, v);
            else if (key == "status") {
                if (kind == Kind::activity) e.activity_status = read_enum<ActivityStatus>(v, key, subject);
                else e.result_status = read_enum<ResultStatus>(v, key, subject);
            } else if (key == "status_by_site") {
                const YNode* n = deref(v);
                if (!n) return;
                if (n->type != YNode::Type::map) {
                    wrong_type(v, "a mapping from site to status", key, subject);
                    return;
                }
                for (std::size_t k = 0; k + 1 < n->children.size(); k += 2) {
                    Ref site = read_ref(n->children[k], "status_by_site", subject);
                    auto status = read_enum<ResultStatus>(n->children[k + 1], "status_by_site", subject);
                    if (!site.empty() && status) e.status_by_site.push_back({std::move(site), *status});
                }
            } else if (key == "horizon") {
                e.horizon = read_enum<Horizon>(v, key, subject);
                has_horizon = true;
            } else if (key == "combine") e.combine = read_enum<Combine>(v, key, subject);
            else if (key == "uses") e.uses = read_refs(v, key, subject);
            else if (key == "principles") e.principles = read_refs(v, key, subject);
            else if (key == "addresses") e.addresses = read_refs(v, key, subject);
            else if (key == "replaced_by") e.replaced_by = read_ref(v, key, subject);
            else if (key == "role") e.role = read_enum<ProblemRole>(v, key, subject);
        }, subject, format_keys::element_specific());
    if (!is_map) return;
    if (!has_id) error(loader_code::missing_required, e.location, with_article(kind_name) + " needs an 'id'", subject);
    if (!has_label) error(loader_code::missing_required, e.location, context + " needs a 'label'", subject);
    if (kind == Kind::outcome && !has_horizon)
        error(loader_code::missing_required, e.location, context + " needs a 'horizon': short, intermediate or long", subject);
    // Links are read once the element's id is known: it is their source.
    for (const auto& [type, node] : links) read_links(node, type, e, m);
    m.elements.push_back(std::move(e));
}

void Reader::read_links(NodeIndex i, LinkType type, Element& e, Model& m) {
    const std::string key(to_string(type));
    const YNode* n = deref(i);
    if (!n) return;
    if (n->type == YNode::Type::scalar) {
        wrong_type(i, "a list of ids or links", key, e.id);
        return;
    }
    for_each_item(i, key, [&](NodeIndex item) {
        const YNode* it = deref(item);
        if (!it) return;
        Link l;
        l.type = type;
        l.from = Ref(e.id, e.location);
        l.location = loc(item);
        if (it->type == YNode::Type::scalar) {
            l.to = Ref(it->value, loc(item));
            e.links.push_back(std::move(l));
            return;
        }
        if (it->type != YNode::Type::map) {
            wrong_type(item, "an id or a link {to: ..., via: ..., ...}", key, e.id);
            return;
        }
        bool has_to = false;
        const std::string context = "a '" + key + "' link of '" + e.id + "'";
        NodeIndex assumptions = no_node;
        for_each_entry(item, context, format_keys::link(),
                       &l.extensions, [&](std::string_view k, NodeIndex v, const SourceLocation&) {
                           if (k == "to") {
                               l.to = read_ref(v, "to", e.id);
                               has_to = !l.to.empty();
                           } else if (k == "id") l.id = read_id(v, "link");
                           else if (k == "via") l.via = read_refs(v, k, e.id);
                           else if (k == "assumptions") assumptions = v;
                           else if (k == "rationale") l.rationale = read_text(v, k, e.id);
                           else if (k == "evidence") l.evidence = read_enum<Evidence>(v, k, e.id);
                           else if (k == "evidence_note") l.evidence_note = read_text(v, k, e.id);
                           else if (k == "confidence") l.confidence = read_confidence(v, e.id);
                           else if (k == "sources") l.sources = read_citations(v, e.id);
                           else if (k == "description") l.description = read_text(v, k, e.id);
                       }, e.id);
        if (!has_to) {
            error(loader_code::missing_required, l.location, context + " needs 'to' (the id of its target)", e.id);
            return;
        }
        if (assumptions != no_node) {
            // Ids first, then each inline assumption, named after the link (docs/format.md).
            const YNode* an = deref(assumptions);
            if (an && an->type == YNode::Type::sequence) {
                const std::string stem = !l.id.empty() ? l.id
                                       : type == LinkType::leads_to ? e.id + "." + l.to.id
                                                                    : e.id + "." + key + "." + l.to.id;
                std::size_t inline_count = 0;
                for_each_item(assumptions, "assumptions", [&](NodeIndex a) {
                    const YNode* entry = deref(a);
                    if (entry && entry->type == YNode::Type::map)
                        l.assumptions.push_back(read_inline_assumption(a, stem + ".a" + std::to_string(++inline_count), e.id, m));
                    else
                        l.assumptions.push_back(read_ref(a, "assumptions", e.id));
                }, e.id);
            } else {
                l.assumptions = read_refs(assumptions, "assumptions", e.id);
            }
        }
        e.links.push_back(std::move(l));
    }, e.id);
}

template <class T, class Extra>
void Reader::read_item(NodeIndex i, std::string_view kind_word, const std::vector<std::string_view>& keys,
                       std::string_view required, std::vector<T>& list, const Extra& extra) {
    const std::string subject = peek_id(doc_, i);
    const std::string context = with_article(kind_word) + (subject.empty() ? "" : " ('" + subject + "')");
    T item;
    item.location = loc(i);
    bool has_id = false, has_required = false;
    const bool is_map = for_each_entry(i, context, keys, &item.extensions,
        [&](std::string_view key, NodeIndex v, const SourceLocation& key_loc) {
            if (key == "id") {
                item.id = read_id(v, kind_word);
                has_id = true;
            } else if (key == "description") {
                item.description = read_text(v, key, subject);
            } else if (key == "sources") {
                item.sources = read_citations(v, subject);
            } else {
                has_required = has_required || key == required;
                extra(key, v, key_loc, item, subject);
            }
        }, subject);
    if (!is_map) return;
    if (!has_id) error(loader_code::missing_required, item.location, with_article(kind_word) + " needs an 'id'", subject);
    if (!has_required) error(loader_code::missing_required, item.location, context + " needs '" + std::string(required) + "'", subject);
    list.push_back(std::move(item));
}

void Reader::read_mechanism(NodeIndex i, Model& m) {
    read_item(i, "mechanism", format_keys::item(Kind::mechanism), "label", m.mechanisms,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Mechanism& item, const std::string& subject) {
                  if (key == "label") item.label = read_required_text(v, key, subject);
                  else if (key == "contexts") item.contexts = read_refs(v, key, subject);
                  else if (key == "status") item.status = read_enum<MechanismStatus>(v, key, subject);
              });
}

void Reader::read_assumption(NodeIndex i, Model& m) {
    read_item(i, "assumption", format_keys::item(Kind::assumption), "text", m.assumptions,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Assumption& item, const std::string& subject) {
                  read_assumption_key(key, v, item, subject);
              });
}

void Reader::read_assumption_key(std::string_view key, NodeIndex v, Assumption& a, std::string_view subject) {
    if (key == "text") a.text = read_required_text(v, key, subject);
    else if (key == "type") a.type = read_enum<AssumptionType>(v, key, subject);
    else if (key == "risk") a.risk = read_enum<Risk>(v, key, subject);
    else if (key == "status") a.status = read_enum<AssumptionStatus>(v, key, subject);
    else if (key == "evidence") a.evidence = read_text(v, key, subject);
    else if (key == "code") { if (auto s = read_string(v, key, subject)) a.code = *s; }
}

Ref Reader::read_inline_assumption(NodeIndex i, const std::string& generated_id, std::string_view subject, Model& m) {
    Assumption a;
    a.location = loc(i);
    a.written_on_link = true;
    bool has_text = false;
    const std::string context = "an assumption written on a link of '" + std::string(subject) + "'";
    for_each_entry(i, context, format_keys::item(Kind::assumption), &a.extensions, [&](std::string_view key, NodeIndex v, const SourceLocation&) {
                       if (key == "id") a.id = read_id(v, "assumption");
                       else if (key == "description") a.description = read_text(v, key, subject);
                       else if (key == "sources") a.sources = read_citations(v, subject);
                       else {
                           has_text = has_text || key == "text";
                           read_assumption_key(key, v, a, subject);
                       }
                   }, subject);
    if (!has_text) error(loader_code::missing_required, a.location, context + " needs 'text'", subject);
    if (a.id.empty()) a.id = generated_id;
    Ref ref(a.id, a.location);
    m.assumptions.push_back(std::move(a));
    return ref;
}

void Reader::read_principle(NodeIndex i, Model& m) {
    read_item(i, "principle", format_keys::item(Kind::principle), "label", m.principles,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Principle& item, const std::string& subject) {
                  item.label = read_required_text(v, key, subject);
              });
}

void Reader::read_actor(NodeIndex i, Model& m) {
    read_item(i, "actor", format_keys::item(Kind::actor), "label", m.actors,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Actor& item, const std::string& subject) {
                  if (key == "label") item.label = read_required_text(v, key, subject);
                  else if (key == "role") item.role = read_enum<ActorRole>(v, key, subject);
                  else if (key == "level") item.level = read_enum<Level>(v, key, subject);
                  else if (key == "part_of") item.part_of = read_ref(v, key, subject);
              });
}

void Reader::read_site(NodeIndex i, Model& m) {
    read_item(i, "site", format_keys::item(Kind::site), "label", m.sites,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Site& item, const std::string& subject) {
                  item.label = read_required_text(v, key, subject);
              });
}

void Reader::read_source(NodeIndex i, Model& m) {
    read_item(i, "source", format_keys::item(Kind::source), "title", m.sources,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Source& item, const std::string& subject) {
                  if (key == "title") item.title = read_required_text(v, key, subject);
                  else if (key == "author") item.author = read_text(v, key, subject);
                  else if (key == "year") {
                      item.year = read_int(v, key, subject);
                      if (item.year && (*item.year < 1000 || *item.year > 9999)) {
                          error(loader_code::invalid_value, loc(v), "'year' must be a year of four digits; found " + std::to_string(*item.year),
                                subject);
                          item.year.reset();
                      }
                  }
                  else if (key == "url") { if (auto s = read_string(v, key, subject)) item.url = *s; }
                  else if (key == "publisher") item.publisher = read_text(v, key, subject);
                  else if (key == "type") item.type = read_text(v, key, subject);
              });
}

void Reader::read_question(NodeIndex i, Model& m) {
    read_item(i, "question", format_keys::item(Kind::question), "text", m.questions,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Question& item, const std::string& subject) {
                  if (key == "text") item.text = read_required_text(v, key, subject);
                  else if (key == "about") item.about = read_refs(v, key, subject);
                  else if (key == "methods") item.methods = read_strings(v, key, subject);
                  else if (key == "criteria") {
                      // A list, or one criterion written on its own.
                      const YNode* n = deref(v);
                      auto add = [&](NodeIndex x) {
                          if (auto c = read_enum<DacCriterion>(x, key, subject)) item.criteria.push_back(*c);
                      };
                      if (n && n->type == YNode::Type::scalar && !n->value.empty()) add(v);
                      else for_each_item(v, key, add, subject);
                  }
                  else if (key == "status") item.status = read_enum<QuestionStatus>(v, key, subject);
                  else if (key == "finding") item.finding = read_text(v, key, subject);
              });
}

void Reader::read_recommendation(NodeIndex i, Model& m) {
    read_item(i, "recommendation", format_keys::item(Kind::recommendation), "text", m.recommendations,
              [&](std::string_view key, NodeIndex v, const SourceLocation&, Recommendation& item, const std::string& subject) {
                  if (key == "text") item.text = read_required_text(v, key, subject);
                  else if (key == "about") item.about = read_refs(v, key, subject);
                  else if (key == "addressed_to") item.addressed_to = read_refs(v, key, subject);
              });
}

void Reader::read_indicator(NodeIndex i, Model& m) {
    read_item(i, "indicator", format_keys::item(Kind::indicator), "label", m.indicators,
              [&](std::string_view key, NodeIndex v, const SourceLocation& key_loc, Indicator& item,
                  const std::string& subject) {
                  item.key_locations.emplace_back(std::string(key), key_loc);
                  if (key == "label") item.label = read_required_text(v, key, subject);
                  else if (key == "measures") {
                      const YNode* n = deref(v);
                      if (n && n->type == YNode::Type::scalar) item.measures.push_back(read_ref(v, key, subject));
                      else item.measures = read_refs(v, key, subject);
                  } else if (key == "unit") item.unit = read_enum<Unit>(v, key, subject);
                  else if (key == "currency") { if (auto s = read_string(v, key, subject)) item.currency = *s; }
                  else if (key == "direction") item.direction = read_enum<Direction>(v, key, subject);
                  else if (key == "population") item.population = read_text(v, key, subject);
                  else if (key == "threshold") item.threshold = read_text(v, key, subject);
                  else if (key == "source") item.source = read_text(v, key, subject);
                  else if (key == "frequency") item.frequency = read_text(v, key, subject);
                  else if (key == "controllable") item.controllable = read_bool(v, key, subject);
                  else if (key == "baseline") {
                      item.baseline_location = key_loc;
                      const YNode* n = deref(v);
                      if (n && n->type == YNode::Type::sequence) {
                          for_each_item(v, key, [&](NodeIndex b) {
                              item.baseline.push_back(read_measurement(b, "a baseline", false, subject));
                          }, subject);
                      } else if (n) {
                          item.baseline.push_back(read_measurement(v, "a baseline", false, subject));
                      }
                  } else if (key == "targets") {
                      for_each_item(v, key, [&](NodeIndex t) {
                          item.targets.push_back(read_measurement(t, "a target", false, subject));
                      }, subject);
                  } else if (key == "measurements") {
                      for_each_item(v, key, [&](NodeIndex t) {
                          item.measurements.push_back(read_measurement(t, "a measurement", true, subject));
                      }, subject);
                  }
              });
}

Measurement Reader::read_measurement(NodeIndex i, std::string_view what, bool date_required, std::string_view subject) {
    Measurement r;
    r.location = loc(i);
    const std::string context = std::string(what) + (subject.empty() ? "" : " of '" + std::string(subject) + "'");
    bool has_value = false, has_date = false;
    std::size_t value_errors_before = 0;
    NodeIndex value_node = no_node;
    const bool is_map = for_each_entry(i, context, format_keys::measurement(), &r.extensions, [&](std::string_view key, NodeIndex v, const SourceLocation& key_loc) {
            r.key_locations.emplace_back(std::string(key), key_loc);
            if (key == "date") { r.date = read_date(v, key, subject); has_date = true; }
            else if (key == "value") {
                has_value = true;
                value_errors_before = out_.size();
                value_node = v;
                const YNode* n = deref(v);
                if (!n) return;
                if (n->type == YNode::Type::map) {  // localized text, for unit text
                    r.text_value = read_text(v, key, subject);
                    return;
                }
                if (n->type != YNode::Type::scalar) {
                    wrong_type(v, "a number (or text, for unit text)", key, subject);
                    return;
                }
                if (n->plain) {
                    // a number when it reads as one; text is kept for the checks to judge (unit text)
                    const auto before = out_.size();
                    auto num = read_number(v, key, subject);
                    if (num) {
                        r.value = num;
                    } else if (out_.size() > before && out_.back().code == loader_code::invalid_value.code) {
                        return;  // non-finite: already reported
                    } else {
                        out_.resize(before);
                        r.text_value = Text(n->value);
                    }
                } else {
                    r.text_value = Text(n->value);
                }
            } else if (key == "value_max") r.value_max = read_number(v, key, subject);
            else if (key == "group") r.group = read_text(v, key, subject);
            else if (key == "period") r.period = read_period(v, subject); else if (key == "site") r.site = read_ref(v, key, subject);
            else if (key == "numerator") r.numerator = read_number(v, key, subject);
            else if (key == "denominator") r.denominator = read_number(v, key, subject);
            else if (key == "n") r.n = read_number(v, key, subject);
            else if (key == "eligible") r.eligible = read_number(v, key, subject);
            else if (key == "source") r.source = read_text(v, key, subject);
            else if (key == "note") r.note = read_text(v, key, subject);
            else if (key == "distribution") {
                const YNode* n = deref(v);
                if (!n) return;
                if (n->type != YNode::Type::map) {
                    wrong_type(v, "a mapping from answer to count", key, subject);
                    return;
                }
                for (std::size_t k = 0; k + 1 < n->children.size(); k += 2) {
                    const YNode* answer = deref(n->children[k]);
                    if (!answer) return;
                    if (answer->type != YNode::Type::scalar) {
                        wrong_type(n->children[k], "text", "distribution answer", subject);
                        continue;
                    }
                    if (auto count = read_number(n->children[k + 1], "distribution." + answer->value, subject)) {
                        if (!count->is_integer()) {
                            error(loader_code::invalid_value, loc(n->children[k + 1]),
                                  "a distribution counts answers: '" + shorten(answer->value) + "' has " + count->text +
                                      ", not a whole number",
                                  subject);
                            continue;
                        }
                        r.distribution.push_back({answer->value, *count, loc(n->children[k])});
                    }
                }
            }
        }, subject);
    if (!is_map) return r;
    if (date_required && !has_date)
        error(loader_code::missing_required, r.location, context + " needs a 'date' (YYYY, YYYY-MM or YYYY-MM-DD)", subject);
    if (!has_value && r.distribution.empty())
        error(loader_code::missing_required, r.location, context + " needs a 'value'", subject);
    // `value:` with nothing, "" or {} says no value at all: not silently accepted
    if (has_value && !r.value && r.text_value.empty() && out_.size() == value_errors_before)
        error(loader_code::missing_required, loc(value_node), context + " has an empty 'value'; give the figure, or leave the key out",
              subject);
    if (r.value_max && !r.value)
        error(loader_code::missing_required, r.location_of("value_max"), context + " has 'value_max' but no numeric 'value' (the lower end)",
              subject);
    if (r.value_max && r.value && r.value_max->value < r.value->value)
        error(loader_code::invalid_value, r.location_of("value_max"),
              context + ": 'value_max' (" + r.value_max->text + ") is below 'value' (" + r.value->text +
                  "); a range is written value: LOW, value_max: HIGH",
              subject);
    return r;
}

std::optional<Period> Reader::read_period(NodeIndex i, std::string_view subject) {
    Period p;
    p.location = loc(i);
    if (!for_each_entry(i, "the period", format_keys::period(), nullptr, [&](std::string_view key, NodeIndex v, const SourceLocation&) {
            if (key == "from") p.from = read_date(v, key, subject);
            else p.to = read_date(v, key, subject);
        }, subject))
        return std::nullopt;
    if (p.from && p.to && p.from->first_day() > p.to->last_day())
        error(loader_code::invalid_value, p.location, "the period ends (" + p.to->str() + ") before it begins (" + p.from->str() + ")",
              subject);
    return p;
}

void Reader::read_diagram(NodeIndex i, Model& m) {
    m.diagram.location = loc(i);
    static const format_keys::Keys shows{"mechanisms", "assumptions", "indicators", "contexts", "barriers", "problems", "actors"};
    for_each_entry(i, "the diagram hints", format_keys::diagram(), nullptr,
                   [&](std::string_view key, NodeIndex v, const SourceLocation&) {
                       if (key == "direction") m.diagram.direction = read_enum<DiagramDirection>(v, key);
                       else if (key == "group_by") m.diagram.group_by = read_enum<GroupBy>(v, key);
                       else {
                           for_each_item(v, key, [&](NodeIndex s) {
                               auto word = read_string(s, "show");
                               if (!word) return;
                               bool ok = false;
                               for (auto w : shows) ok = ok || w == *word;
                               if (ok) m.diagram.show.push_back(*word);
                               else
                                   error(loader_code::invalid_value, loc(s), "'" + *word + "' cannot be shown; 'show' takes mechanisms, "
                                                           "assumptions, indicators, contexts, barriers, problems or actors");
                           });
                       }
                   });
}

void Reader::read_checks(NodeIndex i, Model& m) {
    m.checks.location = loc(i);
    for_each_entry(i, "the check settings", format_keys::checks(), nullptr,
                   [&](std::string_view key, NodeIndex v, const SourceLocation&) {
                       if (key == "disable") m.checks.disable = read_refs(v, key, {});
                       else if (key == "enable") m.checks.enable = read_refs(v, key, {});
                       else if (key == "ceiling") m.checks.ceiling = read_enum<Ceiling>(v, key);
                       else {
                           const YNode* n = deref(v);
                           if (!n) return;
                           if (n->type != YNode::Type::map) {
                               wrong_type(v, "a mapping from rule to severity", key);
                               return;
                           }
                           for (std::size_t k = 0; k + 1 < n->children.size(); k += 2) {
                               auto rule = read_string(n->children[k], "severity");
                               auto level = read_string(n->children[k + 1], "severity");
                               if (!rule || !level) continue;
                               CheckSettings::SeverityOverride o{*rule, parse_severity(*level), loc(n->children[k])};
                               if (!o.severity && *level != "off") {
                                   error(loader_code::invalid_value, loc(n->children[k + 1]),
                                         "'" + *level + "' is not a severity; use error, warning, note or off");
                                   continue;
                               }
                               m.checks.severity.push_back(std::move(o));
                           }
                       }
                   });
}

}  // namespace toc::yaml_detail
