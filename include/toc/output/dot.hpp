#pragma once
// The program-theory diagram and the indicator map as Graphviz DOT text.
// Header-only (standard library and Boost headers): render the text with toc::render
// (include/toc/render/render.hpp) or with any Graphviz.
//
//   toc::DiagramOptions o;
//   o.view = toc::DiagramView::indicators;
//   std::string dot = toc::to_dot(model, o);
//
// The theory view draws the stages as columns (problems | resources | activities
// | outputs | short | intermediate | long-term outcomes | impacts), one shape and
// colour per kind (Okabe–Ito palette, safe for colour-blind readers), the title
// and a legend. leads_to is solid, enables dashed, hinders red with a blunt head,
// feedback dotted and curved back; incoming links of an outcome with `combine: all`
// meet in a small AND gate. Mechanisms are link labels or small nodes; assumptions
// numbered notes; contexts and barriers sit next to the links they act on.
//
// Every box carries its number (model/numbering.hpp: "S3", or the author's
// `code:`), the same in every view and output. The overview view
// (graph/overview.hpp) draws at most about 40 boxes and says what it folded.
// The title block gives the model's title, version, date and source file; with
// a page (output/page.hpp) the drawing is scaled down to fit it.
//
// With a focus, the diagram draws its neighbourhood (graph/neighbourhood.hpp)
// and marks the focus. Words come from words.hpp, colours from style.hpp.
//
// Every label is written as a Graphviz HTML-like label with & < > " ' escaped, so
// no label text can change the graph's structure or become markup.

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "toc/graph/indicator_status.hpp"
#include "toc/graph/neighbourhood.hpp"
#include "toc/graph/overview.hpp"
#include "toc/model/numbering.hpp"
#include "toc/output/page.hpp"
#include "toc/output/style.hpp"
#include "toc/output/tables.hpp"
#include "toc/output/words.hpp"
#include "toc/diagnostics/diagnostic.hpp"
#include "toc/detail/escape.hpp"
#include "toc/detail/utf8.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/stage.hpp"
#include "toc/model/model.hpp"
#include "toc/model/index.hpp"

namespace toc {

enum class DiagramView { theory, indicators, overview };
enum class MechanismDisplay { labels, nodes };

struct DiagramOptions {
    DiagramView view = DiagramView::theory;
    std::string lang;                          ///< label language; empty: the model's first language
    std::string focus;                         ///< draw only what leads to and from this element
    std::string highlight;                     ///< draw everything, the pathways through this element emphasised
    std::optional<int> depth;                  ///< steps from the focus; unset: no limit
    std::optional<DiagramDirection> direction; ///< unset: the model's hint, else LR
    std::optional<GroupBy> group_by;           ///< unset: the model's hint, else none
    std::optional<MechanismDisplay> mechanisms;  ///< unset: labels
    /// What to show besides the results chain. Unset: the model's `diagram.show` when
    /// written, else mechanisms, assumptions, contexts and barriers (theory view).
    std::optional<bool> show_mechanisms, show_assumptions, show_contexts, show_barriers,
        show_problems, show_indicators, show_actors;
    bool legend = true;
    bool title = true;
    bool numbers = true;                       ///< each box's number (model/numbering.hpp)
    std::string source;                        ///< the model's file, for the title block; empty: left out
    std::optional<Page> page;                  ///< scale the drawing down to fit this page
    std::size_t overview_boxes = 40;           ///< the overview's budget of boxes
    /// Findings drawn as numbered badges on what they concern, with a key (output/badges.hpp
    /// chooses them); badge n is findings[n-1]. Empty: none.
    std::vector<Diagnostic> findings;
    std::size_t findings_total = 0;            ///< how many findings there were in all (for the key)
    std::size_t wrap = 30;                     ///< wrap labels at about this many characters
    std::string font = "Helvetica,Arial,sans-serif";
};

/// What the overview left out, as a sentence for the picture and the command line:
/// "The overview draws 40 of 63 elements; folded away: 12 activities, 8 outputs. The theory view draws them all."
[[nodiscard]] inline std::string overview_note(const Overview& o, std::string_view lang) {
    const Words& w = words_for(lang);
    std::array<std::size_t, 8> count{};
    for (const Element* e : o.folded)
        if (is_element(e->kind)) ++count[static_cast<std::size_t>(e->kind)];
    std::string kinds;
    for (Kind k : {Kind::activity, Kind::output, Kind::outcome, Kind::impact, Kind::resource, Kind::context,
                   Kind::barrier, Kind::problem}) {
        const std::size_t c = count[static_cast<std::size_t>(k)];
        if (c == 0) continue;
        kinds += (kinds.empty() ? "" : ", ") + std::to_string(c) + " " +
                 std::string(c == 1 ? w.kinds[static_cast<std::size_t>(k)] : w.kinds_plural[static_cast<std::size_t>(k)]);
    }
    std::string s = std::string(w.overview_draws) + " " + std::to_string(o.model.elements.size()) + " " +
                    std::string(w.of) + " " + std::to_string(o.model.elements.size() + o.folded.size()) + " " +
                    std::string(w.elements);
    if (!kinds.empty()) s += "; " + std::string(w.folded_away) + ": " + kinds;
    return s + ". " + std::string(w.theory_draws_all);
}

/// The keys of the lanes `e` belongs in when a drawing is grouped by `g`, in its
/// own order and without repeats: its level, its actors or its sites. A
/// drawing places it once, in the first one's lane.
[[nodiscard]] inline std::vector<std::string> lane_keys(const Element& e, GroupBy g) {
    std::vector<std::string> keys;
    auto add = [&](std::string k) {
        if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
    };
    switch (g) {
        case GroupBy::none: break;
        case GroupBy::level:
            if (e.level) add(std::string(to_string(*e.level)));
            break;
        case GroupBy::actor:
            for (const auto& r : e.actors) add(r.id);
            break;
        case GroupBy::site:
            for (const auto& r : e.sites) add(r.id);
            break;
    }
    return keys;
}

/// When a drawing is to have lanes and no element has what they group by, a
/// sentence that says so (the drawing then has none); else empty. The overview
/// has lanes only when the command line asks for them.
[[nodiscard]] inline std::string lanes_note(const Model& model, const DiagramOptions& options) {
    std::optional<GroupBy> g = options.group_by;
    if (!g && options.view != DiagramView::overview) g = model.diagram.group_by;
    if (!g || *g == GroupBy::none) return {};
    for (const auto& e : model.elements)
        if (!lane_keys(e, *g).empty()) return {};
    const std::string_view key = *g == GroupBy::level ? "a level (level:)"
                                 : *g == GroupBy::actor ? "an actor (actors:)"
                                                        : "a site (sites:)";
    return std::string(options.group_by ? "--group-by " : "the model's diagram.group_by is ") +
           std::string(to_string(*g)) + ", but no element names " + std::string(key) +
           ": the drawing has no lanes";
}

namespace detail::dot {

// ---------------------------------------------------------------------------
// Text

/// Splits (clean) text into lines of about `width` characters: at line feeds, then
/// between words; a word longer than 1.5 × width is cut.
[[nodiscard]] inline std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    if (width == 0) width = 30;
    const std::size_t hard = width + width / 2;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view para = text.substr(start, end - start);
        std::string line;
        std::size_t i = 0;
        bool any = false;
        while (i < para.size()) {
            while (i < para.size() && para[i] == ' ') ++i;
            if (i >= para.size()) break;
            std::size_t j = para.find(' ', i);
            if (j == std::string_view::npos) j = para.size();
            std::string word(para.substr(i, j - i));
            i = j;
            while (columns(word) > hard) {  // cut an overlong word at a code point boundary
                if (!line.empty()) { lines.push_back(line); line.clear(); }
                std::size_t cut = 0, cols = 0;
                while (cut < word.size() && cols < width) {
                    ++cut;
                    while (cut < word.size() && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) ++cut;
                    ++cols;
                }
                lines.push_back(word.substr(0, cut));
                word.erase(0, cut);
            }
            if (word.empty()) continue;
            if (line.empty()) line = word;
            else if (columns(line) + 1 + columns(word) <= width) line += " " + word;
            else { lines.push_back(line); line = word; }
            any = true;
        }
        if (!line.empty() || !any) lines.push_back(line);
        if (end == text.size()) break;
        start = end + 1;
    }
    while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
    return lines;
}

/// Escapes (clean) text for a Graphviz HTML-like label.
[[nodiscard]] inline std::string html(std::string_view s) {
    std::string r;
    r.reserve(s.size() + 8);
    for (char c : s) {
        if (c == '\n') r += "<BR/>";
        // Graphviz expands \N, \G, \E … even in HTML labels; "\\" stands for one backslash.
        else if (c == '\\') r += "\\\\";
        else if (const std::string_view entity = markup_entity(c); !entity.empty()) r += entity;
        else r += c;
    }
    return r;
}

/// Any text as wrapped, escaped HTML-label lines joined by <BR/>.
[[nodiscard]] inline std::string html_wrapped(std::string_view text, std::size_t width,
                                              std::string_view align = {}) {
    std::string r;
    const std::string br = align.empty() ? "<BR/>" : "<BR ALIGN=\"" + std::string(align) + "\"/>";
    const auto lines = wrap(clean(text), width);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) r += br;
        r += html(lines[i]);
    }
    if (!align.empty()) r += br;
    return r;
}

/// A DOT quoted string for attribute values that are ours (colours, names).
[[nodiscard]] inline std::string dot_quoted(std::string_view s) {
    std::string r = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') r += '\\';
        if (c == '\n') { r += "\\n"; continue; }
        r += c;
    }
    return r + "\"";
}

[[nodiscard]] inline bool safe_id(std::string_view id) noexcept {
    if (id.empty() || !((id[0] >= 'A' && id[0] <= 'Z') || (id[0] >= 'a' && id[0] <= 'z'))) return false;
    for (char c : id)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.' || c == '-'))
            return false;
    return true;
}

// Words (words.hpp) and style (style.hpp) have their own homes; this name stays
// reachable here for code written against detail::dot.
using toc::status_fill;

// ---------------------------------------------------------------------------
// The writer

class Writer {
public:
    Writer(const Model& m, const DiagramOptions& o, const Overview* overview = nullptr)
        : model_(m), opt_(o), index_(m), numbers_(m), overview_(overview),
          lang_(o.lang.empty() ? m.default_language() : o.lang), w_(&words_for(lang_)) {
        resolve_options();
    }

    std::string run() {
        choose_elements();
        name_nodes();
        plan_lanes();
        plan_links();
        emit();
        return std::move(out_);
    }

private:
    struct Drawn {
        const Element* e = nullptr;
        std::size_t index = 0;       // in model.elements
        std::string name;            // DOT node name
        int stage = -1;
        std::string lane;            // its lane's key (lanes_); empty: the "other" lane
    };
    struct PlannedLink {
        const Element* from = nullptr;
        const Link* link = nullptr;
        std::size_t from_index = 0, link_index = 0;
        std::string tail, head;       // DOT names of the ends (head may be a junction or a gate)
        std::string junction;         // set when the link is drawn through a junction point
        bool backwards = false;
        bool flat = false;            // both ends in the same column
    };

    const Model& model_;
    const DiagramOptions& opt_;
    ModelIndex index_;
    ElementNumbers numbers_;
    const Overview* overview_;  // the overview this model is, or nullptr
    std::string lang_;
    const Words* w_;
    std::string out_;

    DiagramDirection direction_ = DiagramDirection::LR;
    GroupBy group_by_ = GroupBy::none;
    MechanismDisplay mech_display_ = MechanismDisplay::labels;
    bool show_mech_ = true, show_assumptions_ = true, show_contexts_ = true, show_barriers_ = true,
         show_problems_ = false, show_indicators_ = false, show_actors_ = false;

    std::vector<Drawn> drawn_;
    std::unordered_map<const Element*, std::size_t> drawn_of_;  // element -> index in drawn_
    std::vector<PlannedLink> links_;
    std::set<const Link*> junctioned_;
    std::unordered_map<const Link*, std::string> junction_of_;
    std::set<const Element*> gated_;  // outcomes/impacts drawn with an AND gate
    std::vector<const Indicator*> indicators_;
    std::vector<bool> highlighted_;  // by element index: on a pathway through the highlight; empty: no highlight

    /// Dimmed: not on a pathway through the highlighted element.
    [[nodiscard]] bool dimmed(const Element* e) const {
        if (highlighted_.empty() || !e) return false;
        return !highlighted_[static_cast<std::size_t>(e - model_.elements.data())];
    }
    static constexpr std::string_view dim_fill = "#F5F5F5", dim_line = "#D0D0D0", dim_text = "#9A9A9A";

    [[nodiscard]] std::string text(const Text& t) const { return t.in(lang_, model_.languages); }
    [[nodiscard]] bool theory() const { return opt_.view != DiagramView::indicators; }

    void resolve_options() {
        direction_ = opt_.direction.value_or(model_.diagram.direction.value_or(DiagramDirection::LR));
        group_by_ = opt_.group_by.value_or(model_.diagram.group_by.value_or(GroupBy::none));
        mech_display_ = opt_.mechanisms.value_or(MechanismDisplay::labels);
        const auto& show = model_.diagram.show;
        auto hinted = [&](std::string_view w, bool fallback) {
            if (show.empty()) return fallback;
            return std::find(show.begin(), show.end(), w) != show.end();
        };
        const bool t = theory();
        show_mech_ = opt_.show_mechanisms.value_or(t && hinted("mechanisms", true));
        show_assumptions_ = opt_.show_assumptions.value_or(t && hinted("assumptions", true));
        show_contexts_ = opt_.show_contexts.value_or(t && hinted("contexts", true));
        show_barriers_ = opt_.show_barriers.value_or(t && hinted("barriers", true));
        show_problems_ = opt_.show_problems.value_or(t && hinted("problems", false));
        show_actors_ = opt_.show_actors.value_or(hinted("actors", false));
        show_indicators_ = opt_.show_indicators.value_or(!t || hinted("indicators", false));
    }

    // Which elements are drawn --------------------------------------------------

    [[nodiscard]] bool kind_shown(const Element& e, const std::set<const Element*>& measured) const {
        switch (e.kind) {
            case Kind::context: return theory() ? show_contexts_ : measured.count(&e) > 0;
            case Kind::barrier: return theory() ? show_barriers_ : measured.count(&e) > 0;
            case Kind::problem: return theory() ? show_problems_ : measured.count(&e) > 0;
            case Kind::resource: return theory() || measured.count(&e) > 0;
            default: return true;
        }
    }

    void choose_elements() {
        std::set<const Element*> measured;
        for (const auto& ind : model_.indicators)
            for (const auto& r : ind.measures)
                if (const Element* e = index_.element(r.id)) measured.insert(e);

        std::vector<bool> keep(model_.elements.size(), false);
        for (std::size_t i = 0; i < model_.elements.size(); ++i)
            keep[i] = kind_shown(model_.elements[i], measured);

        if (!opt_.focus.empty()) {
            const ModelGraph graph(model_, index_);
            std::vector<ElementVertexId> focus;
            if (const auto f = graph.vertex(opt_.focus)) focus.push_back(*f);
            const std::vector<bool> in = neighbourhood(graph, focus, opt_.depth);
            for (std::size_t i = 0; i < keep.size(); ++i) keep[i] = keep[i] && in[i];
            for (const auto f : focus) keep[f] = true;
        }

        if (!opt_.highlight.empty()) {
            const ModelGraph graph(model_, index_);
            if (const auto h = graph.vertex(opt_.highlight)) highlighted_ = neighbourhood(graph, {*h});
        }

        for (std::size_t i = 0; i < model_.elements.size(); ++i) {
            if (!keep[i]) continue;
            Drawn d;
            d.e = &model_.elements[i];
            d.index = i;
            d.stage = stage_of(*d.e);
            drawn_of_[d.e] = drawn_.size();
            drawn_.push_back(std::move(d));
        }

        if (show_indicators_)
            for (const auto& ind : model_.indicators)
                for (const auto& r : ind.measures)
                    if (const Element* e = index_.element(r.id); e && drawn_of_.count(e)) {
                        indicators_.push_back(&ind);
                        break;
                    }
    }
    void name_nodes() {
        std::set<std::string> used;
        for (auto& d : drawn_) {
            d.name = safe_id(d.e->id) && !used.count(d.e->id) ? d.e->id : "_e" + std::to_string(d.index);
            used.insert(d.name);
            d.lane = lane_of(*d.e);
        }
    }

    [[nodiscard]] std::string lane_of(const Element& e) const {
        const auto keys = lane_keys(e, group_by_);
        return keys.empty() ? std::string() : keys.front();
    }

    /// Lanes: one full-width band per key, asked for in the order of the levels,
    /// or of the model's actors or sites, and last an "other" lane for the
    /// elements without the key (emit_lane_order). No key at all: no lanes (the
    /// command line says so, lanes_note).
    void plan_lanes() {
        if (group_by_ == GroupBy::none) return;
        auto rank = [&](const std::string& key) -> std::size_t {
            switch (group_by_) {
                case GroupBy::level:
                    return static_cast<std::size_t>(parse_enum<Level>(key).value_or(Level::system));
                case GroupBy::actor:
                    for (std::size_t i = 0; i < model_.actors.size(); ++i)
                        if (model_.actors[i].id == key) return i;
                    return model_.actors.size();
                case GroupBy::site:
                    for (std::size_t i = 0; i < model_.sites.size(); ++i)
                        if (model_.sites[i].id == key) return i;
                    return model_.sites.size();
                case GroupBy::none: break;
            }
            return 0;
        };
        bool other = false;
        for (const auto& d : drawn_) {
            if (d.lane.empty()) other = true;
            else if (std::find(lanes_.begin(), lanes_.end(), d.lane) == lanes_.end()) lanes_.push_back(d.lane);
        }
        if (lanes_.empty()) return;
        std::stable_sort(lanes_.begin(), lanes_.end(),
                         [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
        if (other) lanes_.emplace_back();
        lane_columns_ = used_stages();
    }
    std::vector<std::string> lanes_;  ///< the lanes' keys, top to bottom; "" is the "other" lane
    std::vector<int> lane_columns_;   ///< the stage columns every lane spans (used_stages)
    [[nodiscard]] static std::string lane_anchor(std::size_t lane, int stage) {
        return "_lane" + std::to_string(lane) + "_" + std::to_string(stage);
    }

    [[nodiscard]] std::string lane_label(const std::string& key) const {
        if (key.empty()) return std::string(w_->other);
        switch (group_by_) {
            case GroupBy::level:
                if (auto l = parse_enum<Level>(key)) return std::string(w_->levels[static_cast<std::size_t>(*l)]);
                return key;
            case GroupBy::actor:
                for (const auto& a : model_.actors) if (a.id == key) return text(a.label);
                return key;
            case GroupBy::site:
                for (const auto& s : model_.sites) if (s.id == key) return text(s.label);
                return key;
            case GroupBy::none: break;
        }
        return key;
    }

    [[nodiscard]] const Drawn* drawn(const Element* e) const {
        auto it = drawn_of_.find(e);
        return it == drawn_of_.end() ? nullptr : &drawn_[it->second];
    }

    // Which links are drawn, and through what ------------------------------------

    void plan_links() {
        // Links that something acts on (enables/hinders with a link as target) get a junction.
        std::set<const Link*> targeted;
        for (const auto& d : drawn_)
            for (const auto& l : d.e->links)
                if (l.type == LinkType::enables || l.type == LinkType::hinders)
                    if (const Link* t = index_.link(l.to.id)) targeted.insert(t);

        for (const auto& d : drawn_) {
            for (std::size_t li = 0; li < d.e->links.size(); ++li) {
                const Link& l = d.e->links[li];
                const Element* to = index_.element(l.to.id);
                if (!to || !drawn(to)) continue;
                const bool needs_junction =
                    targeted.count(&l) ||
                    (show_mech_ && mech_display_ == MechanismDisplay::nodes && !l.via.empty()) ||
                    (show_assumptions_ && !l.assumptions.empty());
                if (needs_junction) {
                    junctioned_.insert(&l);
                    junction_of_[&l] = "_j" + std::to_string(d.index) + "_" + std::to_string(li);
                }
                if (l.type == LinkType::leads_to && to->combine == Combine::all) gated_.insert(to);
            }
        }
        for (const auto& d : drawn_) {
            for (std::size_t li = 0; li < d.e->links.size(); ++li) {
                const Link& l = d.e->links[li];
                PlannedLink p;
                p.from = d.e;
                p.link = &l;
                p.from_index = d.index;
                p.link_index = li;
                p.tail = d.name;
                if (const Element* to = index_.element(l.to.id)) {
                    const Drawn* h = drawn(to);
                    if (!h) continue;
                    p.head = l.type == LinkType::leads_to && gated_.count(to) ? gate_name(*h) : h->name;
                    p.backwards = l.type == LinkType::feedback ||
                                  (d.stage >= 0 && h->stage >= 0 && h->stage < d.stage);
                    p.flat = !p.backwards && d.stage >= 0 && h->stage == d.stage;
                } else if (const Link* t = index_.link(l.to.id)) {
                    auto j = junction_of_.find(t);
                    if (j == junction_of_.end()) continue;  // the link acted on is not drawn
                    p.head = j->second;
                } else {
                    continue;
                }
                if (auto j = junction_of_.find(&l); j != junction_of_.end()) p.junction = j->second;
                links_.push_back(std::move(p));
            }
        }
    }

    [[nodiscard]] static std::string gate_name(const Drawn& d) { return "_and_" + d.name; }

    /// The element a link ends at (for a link acting on a link: that link's target).
    [[nodiscard]] const Element* link_target(const Link& l) const {
        if (const Element* e = index_.element(l.to.id)) return e;
        if (const Link* t = index_.link(l.to.id)) return index_.element(t->to.id);
        return nullptr;
    }

    /// The colour of an overview's link that stands for a path through folded elements.
    static constexpr std::string_view through_folded_color = "#8C8C8C";
    [[nodiscard]] bool through_folded(const PlannedLink& p) const {
        return overview_ && overview_->through_folded.count({p.from->id, p.link->to.id}) > 0;
    }

    // Emission ----------------------------------------------------------------

    void line(std::string_view s, int indent = 1) {
        out_.append(static_cast<std::size_t>(indent) * 2, ' ');
        out_ += s;
        out_ += '\n';
    }

    void emit() {
        const bool lr = direction_ == DiagramDirection::LR;
        line("digraph toc {", 0);
        // the overview is packed closer: it is made for one page, and at A4 its text must stay ≥ 8 pt
        const std::string_view spacing = overview_ ? "nodesep=0.16, ranksep=0.25" : "nodesep=0.22, ranksep=0.35";
        std::string g = "graph [rankdir=" + std::string(lr ? "LR" : "TB") +
                        ", newrank=true, compound=true, splines=true, " + std::string(spacing) +
                        ", pad=0.3, fontname=" + dot_quoted(opt_.font) + ", fontsize=12, labelloc=t, labeljust=l" +
                        ", outputorder=edgesfirst, bgcolor=\"white\"";
        std::string label = graph_label();
        if (!label.empty()) g += ", label=<" + label + ">";
        if (opt_.page) {
            const auto [w, h] = drawable(*opt_.page);
            g += ", size=" + dot_quoted(number(w) + "," + number(h));
        }
        line(g + "];");
        line("node [fontname=" + dot_quoted(opt_.font) +
             ", fontsize=" + number(box_text_pt) + ", penwidth=1.2, margin=\"0.14,0.07\", style=filled, fillcolor=\"#FFFFFF\"];");
        line("edge [fontname=" + dot_quoted(opt_.font) + ", fontsize=9, arrowsize=0.8, color=\"#333333\"];");

        emit_stage_headers();
        emit_nodes();
        emit_ranks();
        emit_links();
        emit_uses();
        if (theory()) {
            emit_mechanism_nodes();
            emit_assumptions();
        }
        if (show_indicators_) emit_indicator_edges();
        line("}", 0);
    }

    [[nodiscard]] std::vector<int> used_stages() const {
        std::set<int> s;
        for (const auto& d : drawn_) if (d.stage >= 0) s.insert(d.stage);
        return {s.begin(), s.end()};
    }

    void emit_stage_headers() {
        const auto stages = used_stages();
        if (stages.empty()) return;
        line("// stages, in order: one column each");
        // With lanes the headers are a band of their own, as a lane is: Graphviz
        // orders clusters, not a cluster against a lone node (emit_lane_order).
        if (!lanes_.empty()) line("subgraph \"cluster_stages\" {");
        if (!lanes_.empty()) line("graph [label=\"\", peripheries=0];", 2);
        for (int s : stages)
            line("\"_stage" + std::to_string(s) + "\" [shape=plaintext, style=\"\", fontsize=13, fontcolor=\"#444444\", label=<<B>" +
                     html_wrapped(w_->stages[static_cast<std::size_t>(s)], 18) + "</B>>];",
                 lanes_.empty() ? 1 : 2);
        if (!lanes_.empty()) line("}");
        std::string chain;
        for (int s : stages) chain += (chain.empty() ? "" : " -> ") + std::string("\"_stage") + std::to_string(s) + "\"";
        if (stages.size() > 1) line(chain + " [style=invis, weight=100];");
    }

    [[nodiscard]] std::string element_label(const Element& e) const {
        std::string s;
        if (overview_) {
            // one page: at most three lines; the theory view has the whole label
            std::vector<std::string> lines = wrap(clean(text(e.label).empty() ? e.id : text(e.label)), opt_.wrap);
            if (lines.size() > 3) {
                lines.resize(3);
                lines.back() += " …";
            }
            for (std::size_t i = 0; i < lines.size(); ++i) s += (i ? "<BR/>" : "") + html(lines[i]);
        } else {
            s = html_wrapped(text(e.label).empty() ? e.id : text(e.label), opt_.wrap);
        }
        if (const std::string b = badges(e.id); !b.empty()) s = b + "<BR/>" + s;
        if (opt_.numbers) s = "<B>" + html(numbers_.of(e)) + "</B>  " + s;
        std::vector<std::string> notes;
        if (overview_)
            if (auto it = overview_->members.find(e.id); it != overview_->members.end())
                notes.push_back("+" + std::to_string(it->second) + " " + std::string(w_->folded_inside));
        if (!overview_ && e.kind == Kind::activity && e.activity_status && *e.activity_status != ActivityStatus::planned &&
            *e.activity_status != ActivityStatus::ongoing)
            notes.emplace_back(w_->activity_status[static_cast<std::size_t>(*e.activity_status)]);
        if (e.result_status && *e.result_status != ResultStatus::expected) {
            // what the evaluation found: symbol and word in the status colour (never colour alone)
            const StatusMark mark = status_mark(*e.result_status);
            s += "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(mark.color) + "\"><B>" + std::string(mark.symbol) +
                 " " + html(w_->result_status[static_cast<std::size_t>(*e.result_status)]) + "</B></FONT>";
        }
        if (!e.evaluated) notes.emplace_back(w_->not_evaluated);
        if (!lanes_.empty()) {  // drawn once, in its first lane: the others named on the box
            const auto keys = lane_keys(e, group_by_);
            std::string also;
            for (std::size_t i = 1; i < keys.size(); ++i) also += (also.empty() ? "" : ", ") + lane_label(keys[i]);
            if (!also.empty())
                s += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\"><I>" +
                     html_wrapped(std::string(w_->also_in) + ": " + also, opt_.wrap + 6) + "</I></FONT>";
        }
        if (show_actors_ && !e.actors.empty()) {
            std::string who;
            for (const auto& r : e.actors) {
                std::string l = r.id;
                for (const auto& a : model_.actors) if (a.id == r.id) l = text(a.label);
                who += (who.empty() ? "" : ", ") + l;
            }
            s += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\"><I>" + html_wrapped(who, opt_.wrap + 6) + "</I></FONT>";
        }
        if (!notes.empty()) {
            std::string n;
            for (const auto& x : notes) n += (n.empty() ? "" : " · ") + x;
            s += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">[" + html(n) + "]</FONT>";
        }
        return s;
    }

    void emit_node(const Drawn& d, int indent) {
        const auto st = kind_style(*d.e);
        std::string style(st.style);
        const bool faded = !d.e->evaluated ||
                           (d.e->activity_status && (*d.e->activity_status == ActivityStatus::dropped ||
                                                     *d.e->activity_status == ActivityStatus::replaced ||
                                                     *d.e->activity_status == ActivityStatus::postponed));
        if (faded && style.find("dashed") == std::string::npos) style += ",dashed";
        const bool focus = !opt_.focus.empty() && d.e->id == opt_.focus;
        // a result the evaluation has a finding on has a thick border in its status colour
        const bool found = d.e->result_status && *d.e->result_status != ResultStatus::expected;
        const bool dim = dimmed(d.e);
        const bool highlight = !opt_.highlight.empty() && d.e->id == opt_.highlight;
        const std::string_view border = dim ? dim_line : found ? status_mark(*d.e->result_status).color : st.border;
        std::string a = dot_quoted(d.name) + " [id=" + dot_quoted(d.name) + ", shape=" + std::string(st.shape) +
                        ", style=" + dot_quoted(style) + ", fillcolor=" + dot_quoted(dim ? dim_fill : st.fill) +
                        ", color=" + dot_quoted(border) +
                        (focus || highlight ? ", penwidth=3" : found && !dim ? ", penwidth=2.4" : "");
        if (dim) a += ", fontcolor=" + dot_quoted(dim_text);
        if (d.e->kind == Kind::impact) a += ", peripheries=2";
        a += ", label=<" + element_label(*d.e) + ">];";
        line(a, indent);
        if (gated_.count(d.e))
            line(dot_quoted(gate_name(d)) + " [shape=circle, fixedsize=true, width=0.3, height=0.3, style=filled, "
                 "fillcolor=\"#FFFFFF\", color=\"#333333\", fontsize=10, label=<<B>&amp;</B>>];",
                 indent);
    }

    void emit_nodes() {
        line("// elements");
        // Lanes (lanes_): a cluster each, with an invisible anchor in every stage
        // column (emit_ranks chains them), so that it spans the whole width.
        for (std::size_t li = 0; li < lanes_.size(); ++li) {
            line("subgraph \"cluster_lane" + std::to_string(li) + "\" {");
            line("graph [label=<<B>" + html_wrapped(lane_label(lanes_[li]), 40) +
                     "</B>>, style=\"filled\", fillcolor=\"" + std::string(li % 2 ? "#FFFFFF" : "#F4F4F4") +
                     "\", color=\"#BBBBBB\", fontsize=12, labeljust=l];",
                 2);
            for (const auto& d : drawn_)
                if (d.lane == lanes_[li]) emit_node(d, 2);
            for (const Indicator* ind : indicators_)
                if (const Drawn* host = indicator_host(*ind); host && host->lane == lanes_[li]) emit_indicator(*ind, 2);
            for (const int stage : lane_columns_)
                line(dot_quoted(lane_anchor(li, stage)) +
                         " [shape=point, style=invis, width=0.01, height=0.01, fixedsize=true, label=\"\"];",
                     2);
            line("}");
        }
        if (lanes_.empty()) {
            for (const auto& d : drawn_) emit_node(d, 1);
            for (const Indicator* ind : indicators_)
                if (indicator_host(*ind)) emit_indicator(*ind, 1);
        }
        // junction points of links that something acts on
        for (const auto& p : links_)
            if (!p.junction.empty() && emitted_junctions_.insert(p.junction).second)
                line(dot_quoted(p.junction) + " [shape=point, width=0.07, height=0.07, style=filled, fillcolor=" +
                     dot_quoted(link_style(p.link->type).color) + ", color=" + dot_quoted(link_style(p.link->type).color) +
                     ", label=\"\"];");
    }
    std::set<std::string> emitted_junctions_;

    /// The boxes of each stage column, by lane (one group when there are no
    /// lanes): elements, and indicator cards in their result's stage and lane.
    using StageCells = std::map<int, std::vector<std::vector<std::string>>>;
    [[nodiscard]] StageCells stage_cells() const {
        StageCells cells;
        const std::size_t groups = std::max<std::size_t>(1, lanes_.size());
        auto lane_index = [&](const Drawn& d) {
            const auto it = std::find(lanes_.begin(), lanes_.end(), d.lane);
            return it == lanes_.end() ? std::size_t{0} : static_cast<std::size_t>(it - lanes_.begin());
        };
        auto add = [&](int stage, const Drawn& d, std::string name) {
            auto& c = cells[stage];
            c.resize(groups);
            c[lane_index(d)].push_back(std::move(name));
        };
        for (const auto& d : drawn_)
            if (d.stage >= 0) add(d.stage, d, d.name);
        for (const Indicator* ind : indicators_)
            if (const Drawn* host = indicator_host(*ind); host && host->stage >= 0)
                add(host->stage, *host, indicator_name(*ind));
        for (const int stage : lane_columns_) cells[stage].resize(groups);
        return cells;
    }

    void emit_ranks() {
        const StageCells cells = stage_cells();
        if (cells.empty()) return;
        line("// columns");
        const std::size_t row = row_length(cells);
        std::string last_row;  // the first node of the previous stage's last row, when it has several
        for (const auto& [stage, lanes] : cells) {
            // The header comes first in its column: invisible edges inside a rank order it.
            const std::string header = "\"_stage" + std::to_string(stage) + "\"";
            // A stage of more than `row` boxes in a lane is wrapped into rows, one
            // under the other: row r holds the r-th `row` boxes of every lane
            // (top to bottom only; row_length). The lanes' anchors go in the first.
            std::vector<std::vector<std::string>> rows(1);
            for (const auto& in_lane : lanes)
                for (std::size_t i = 0; i < in_lane.size(); ++i) {
                    const std::size_t r = i / row;
                    if (rows.size() <= r) rows.resize(r + 1);
                    rows[r].push_back(in_lane[i]);
                }
            if (std::find(lane_columns_.begin(), lane_columns_.end(), stage) != lane_columns_.end())
                for (std::size_t li = 0; li < lanes_.size(); ++li) rows.front().push_back(lane_anchor(li, stage));
            for (std::size_t r = 0; r < rows.size(); ++r) {
                std::string s = "{rank=same; " + (r == 0 ? header + ";" : std::string());
                for (const auto& n : rows[r]) s += " " + dot_quoted(n) + ";";
                line(s + "}");
                if (r == 0)
                    for (const auto& n : rows[r]) line(header + " -> " + dot_quoted(n) + " [style=invis];");
                else
                    line(dot_quoted(rows[r - 1].front()) + " -> " + dot_quoted(rows[r].front()) + " [style=invis];");
            }
            if (!last_row.empty())  // the next stage starts under the last row of a wrapped one
                line(dot_quoted(last_row) + " -> " + header + " [style=invis];");
            last_row = rows.size() > 1 && !rows.back().empty() ? rows.back().front() : std::string();
        }
        emit_lane_order();
    }

    /// How many boxes of one lane a stage's row holds: left to right, all of
    /// them; top to bottom, the most that keep the drawing within 2.5 times as
    /// wide as it is tall, for a box about 200 pt wide and a row about 110 pt
    /// tall with its gap (a lane is as wide as its widest row). The boxes
    /// outside the stages (contexts, barriers, assumption notes) sit in the
    /// rows too, beside what they concern: counted as spread over all rows.
    [[nodiscard]] std::size_t row_length(const StageCells& cells) const {
        std::size_t widest = 1;
        for (const auto& [stage, lanes] : cells)
            for (const auto& in_lane : lanes) widest = std::max(widest, in_lane.size());
        if (direction_ != DiagramDirection::TB) return widest;
        double outside = 0;
        for (const auto& d : drawn_) outside += d.stage < 0 ? 1 : 0;
        if (show_assumptions_)
            for (const auto& a : model_.assumptions) outside += assumption_targets(a).empty() ? 0 : 1;
        constexpr double box_width = 200, row_height = 110, widest_ratio = 2.0;
        for (std::size_t row = widest; row > 1; --row) {
            std::map<std::size_t, std::size_t> lane_width;  // lane → its widest row, in boxes
            double rows = 0;
            for (const auto& [stage, lanes] : cells) {
                std::size_t stage_rows = 1;
                for (std::size_t li = 0; li < lanes.size(); ++li) {
                    lane_width[li] = std::max(lane_width[li], std::min(row, lanes[li].size()));
                    stage_rows = std::max(stage_rows, (lanes[li].size() + row - 1) / row);
                }
                rows += static_cast<double>(stage_rows);
            }
            double boxes = outside / static_cast<double>(cells.size());
            for (const auto& [li, w] : lane_width) boxes += static_cast<double>(w);
            if (boxes * box_width <= widest_ratio * rows * row_height) return row;
        }
        return 1;
    }

    /// The headers' band above the lanes, and each lane straight across.
    /// Graphviz keeps no order between clusters that an invisible edge inside a
    /// column asks for; the order of one node's out-edges (ordering=out) holds
    /// better: a point left of the first column has an edge to the first
    /// column's header, then to each lane's anchor there, in lanes_' order. The
    /// headers stay on top (tested on every seed model); the lanes' order is
    /// Graphviz's own when it crosses fewer links. Each lane's anchors are
    /// chained across, so the lane runs straight.
    void emit_lane_order() {
        if (lanes_.empty() || lane_columns_.empty()) return;
        const int first = lane_columns_.front();
        line("\"_lanes\" [shape=point, style=invis, width=0.01, height=0.01, fixedsize=true, ordering=out, label=\"\"];");
        line("\"_lanes\" -> \"_stage" + std::to_string(first) + "\" [style=invis];");
        for (std::size_t li = 0; li < lanes_.size(); ++li)
            line("\"_lanes\" -> " + dot_quoted(lane_anchor(li, first)) + " [style=invis];");
        for (std::size_t li = 0; li < lanes_.size() && lane_columns_.size() > 1; ++li) {
            std::string chain;
            for (const int stage : lane_columns_) chain += (chain.empty() ? "" : " -> ") + dot_quoted(lane_anchor(li, stage));
            line(chain + " [style=invis, weight=50];");
        }
    }

    /// Mechanisms are numbered M1, M2 … in the order they are written; a link is
    /// labelled with its mechanisms' numbers and the title's key gives their text
    /// (a mechanism often explains many links: its text once keeps the diagram legible).
    [[nodiscard]] std::string mechanism_tag(const Ref& r) const {
        for (std::size_t i = 0; i < model_.mechanisms.size(); ++i)
            if (model_.mechanisms[i].id == r.id) return "M" + std::to_string(i + 1);
        return html(clean(r.id));
    }
    [[nodiscard]] std::string mechanism_label(const Link& l) const {
        std::string s;
        for (const auto& r : l.via) s += (s.empty() ? "" : ", ") + mechanism_tag(r);
        return s;
    }
    [[nodiscard]] std::string mechanism_key() const {
        if (!theory() || !show_mech_ || mech_display_ != MechanismDisplay::labels) return {};
        std::string rows;
        for (std::size_t i = 0; i < model_.mechanisms.size(); ++i) {
            const Mechanism& m = model_.mechanisms[i];
            bool used = false;
            for (const auto& p : links_)
                for (const auto& r : p.link->via) used = used || r.id == m.id;
            if (!used) continue;
            rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\"><I>M" + std::to_string(i + 1) +
                    "</I>  " + html_wrapped(text(m.label), 110) + "</FONT></TD></TR>";
        }
        if (rows.empty()) return {};
        return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\"><B>" +
               html(w_->mechanisms) + "</B></FONT></TD></TR>" + rows + "</TABLE>";
    }

    void emit_links() {
        if (links_.empty()) return;
        line("// links");
        for (const auto& p : links_) {
            const auto st = link_style(p.link->type);
            const bool through = through_folded(p);
            const bool dim = !highlighted_.empty() && (dimmed(p.from) || dimmed(link_target(*p.link)));
            const double width = through ? 1.0 : !highlighted_.empty() && !dim ? 2 * st.penwidth : st.penwidth;
            std::string common = "style=" + std::string(st.style) + ", color=" +
                                 dot_quoted(dim ? dim_line : through ? through_folded_color : st.color) +
                                 ", penwidth=" + number(width);
            if (p.backwards) common += ", constraint=false";
            if (p.link->type == LinkType::leads_to && !p.backwards) common += ", weight=2";
            std::string label;
            if (p.flat) common += ", minlen=0";
            const std::string link_badges = p.link->id.empty() ? std::string() : badges(p.link->id);
            // A flat edge gets an external label: Graphviz 2.4x frees the label node of a
            // labelled flat edge twice when the layout is freed.
            if (show_mech_ && mech_display_ == MechanismDisplay::labels && !p.link->via.empty())
                label = std::string(p.flat ? ", xlabel" : ", label") + "=<<I>" + mechanism_label(*p.link) +
                        "</I>" + (link_badges.empty() ? "" : " " + link_badges) + ">, fontcolor=\"#444444\"";
            else if (!link_badges.empty())
                label = std::string(p.flat ? ", xlabel" : ", label") + "=<" + link_badges + ">";
            std::string id;
            if (!p.link->id.empty()) {
                std::string name = "link-";
                if (safe_id(p.link->id)) name += p.link->id;
                else name.append(std::to_string(p.from_index)).append("_").append(std::to_string(p.link_index));
                id = ", id=" + dot_quoted(name);
            }
            const bool into_gate = p.head.rfind("_and_", 0) == 0;
            const std::string_view arrowhead = into_gate ? std::string_view("none") : std::string_view(st.arrowhead);
            auto edge = [&](const std::string& tail, const std::string& head, std::string_view arrow,
                            std::string_view first, std::string_view second) {
                std::string s = dot_quoted(tail);
                s.append(" -> ").append(dot_quoted(head)).append(" [").append(common).append(", arrowhead=");
                s.append(arrow).append(first).append(second).append("];");
                line(s);
            };
            if (p.junction.empty()) {
                edge(p.tail, p.head, arrowhead, label, id);
            } else {
                edge(p.tail, p.junction, "none", id, {});
                edge(p.junction, p.head, arrowhead, label, {});
            }
        }
        for (const auto* e : gated_)
            if (const Drawn* d = drawn(e))
                line(dot_quoted(gate_name(*d)) + " -> " + dot_quoted(d->name) + " [color=\"#333333\", penwidth=1.2, weight=2];");
    }

    void emit_uses() {
        bool first = true;
        for (const auto& d : drawn_) {
            if (d.e->kind != Kind::activity) continue;
            for (const auto& r : d.e->uses) {
                const Element* res = index_.element(r.id);
                const Drawn* rd = res ? drawn(res) : nullptr;
                if (!rd) continue;
                if (first) { line("// resources used by activities"); first = false; }
                line(dot_quoted(rd->name) + " -> " + dot_quoted(d.name) + " [color=\"" + std::string(uses_color) +
                     "\", penwidth=1.0, arrowsize=0.7];");
            }
        }
    }

    void emit_mechanism_nodes() {
        if (!show_mech_ || mech_display_ != MechanismDisplay::nodes) return;
        std::vector<std::pair<const Mechanism*, std::vector<std::string>>> mechs;
        for (const auto& p : links_) {
            for (const auto& r : p.link->via) {
                const Mechanism* m = nullptr;
                for (const auto& x : model_.mechanisms) if (x.id == r.id) m = &x;
                if (!m || p.junction.empty()) continue;
                auto it = std::find_if(mechs.begin(), mechs.end(), [&](auto& e) { return e.first == m; });
                if (it == mechs.end()) { mechs.push_back({m, {}}); it = std::prev(mechs.end()); }
                it->second.push_back(p.junction);
            }
        }
        if (mechs.empty()) return;
        line("// mechanisms");
        for (std::size_t i = 0; i < mechs.size(); ++i) {
            const Mechanism& m = *mechs[i].first;
            const std::string name = "_m" + std::to_string(i);
            line(dot_quoted(name) + " [shape=ellipse, style=\"filled,dashed\", fillcolor=\"#FFFFFF\", color=\"#666666\", "
                 "fontsize=9, margin=\"0.04,0.02\", label=<<I>" + html_wrapped(text(m.label), opt_.wrap) + "</I>>];");
            for (const auto& j : mechs[i].second)
                line(dot_quoted(name) + " -> " + dot_quoted(j) + " [style=dotted, color=\"#666666\", arrowhead=none, minlen=0];");
            for (const auto& c : m.contexts)
                if (const Element* ce = index_.element(c.id); ce && drawn(ce))
                    line(dot_quoted(drawn(ce)->name) + " -> " + dot_quoted(name) +
                         " [style=dashed, color=\"#0072B2\", arrowsize=0.6, constraint=false];");
        }
    }

    /// The boxes and link junctions an assumption's note is tied to; none: not drawn.
    [[nodiscard]] std::vector<std::string> assumption_targets(const Assumption& a) const {
        std::vector<std::string> targets;
        for (const auto& d : drawn_)
            for (const auto& r : d.e->assumptions)
                if (r.id == a.id) targets.push_back(d.name);
        for (const auto& p : links_)
            for (const auto& r : p.link->assumptions)
                if (r.id == a.id && !p.junction.empty() &&
                    std::find(targets.begin(), targets.end(), p.junction) == targets.end())
                    targets.push_back(p.junction);
        return targets;
    }

    void emit_assumptions() {
        if (!show_assumptions_) return;
        bool first = true;
        for (std::size_t i = 0; i < model_.assumptions.size(); ++i) {
            const Assumption& a = model_.assumptions[i];
            const std::vector<std::string> targets = assumption_targets(a);
            if (targets.empty()) continue;
            if (first) { line("// assumptions, numbered as written"); first = false; }
            const std::string name = "_a" + std::to_string(i + 1);
            std::string label = "<B>A" + std::to_string(i + 1) + "</B> " + badges(a.id) + " " +
                                html_wrapped(text(a.text), opt_.wrap);
            if (a.status) {
                const StatusMark mark = status_mark(*a.status);
                label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"" + std::string(mark.color) + "\"><B>" +
                         std::string(mark.symbol) + " " +
                         html(w_->assumption_status[static_cast<std::size_t>(*a.status)]) + "</B></FONT>";
            }
            if (a.risk)
                label += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#555555\">" + std::string(w_->risk) + ": " +
                         std::string(w_->risks[static_cast<std::size_t>(*a.risk)]) + "</FONT>";
            const bool high = a.risk == Risk::high;
            const bool refuted = a.status == AssumptionStatus::refuted;
            line(dot_quoted(name) + " [shape=note, style=" + dot_quoted(refuted ? "filled,dashed" : "filled") +
                 ", fillcolor=\"#FFF8DC\", color=" + dot_quoted(high || refuted ? "#D55E00" : "#B3A25B") + ", fontsize=9, margin=\"0.08,0.04\", label=<" + label + ">];");
            for (const auto& t : targets)
                line(dot_quoted(name) + " -> " + dot_quoted(t) + " [style=dotted, color=\"#A89A5A\", arrowhead=none, minlen=0];");
        }
    }

    // Indicators ------------------------------------------------------------------

    [[nodiscard]] const Drawn* indicator_host(const Indicator& ind) const {
        for (const auto& r : ind.measures)
            if (const Element* e = index_.element(r.id))
                if (const Drawn* d = drawn(e)) return d;
        return nullptr;
    }
    [[nodiscard]] std::string indicator_name(const Indicator& ind) const {
        const auto i = static_cast<std::size_t>(&ind - model_.indicators.data());
        return "_i" + std::to_string(i);
    }

    [[nodiscard]] std::string value_with_unit(const Indicator& ind, const Measurement* m) const {
        if (!m) return "–";
        std::string v = detail::indicator::value_text(*m);
        if (v.empty()) return "–";
        if (ind.unit && m->value) {
            switch (*ind.unit) {
                case Unit::percent: v = m->value->str() + " %" + v.substr(m->value->str().size()); break;
                case Unit::currency:
                    if (!ind.currency.empty()) v = m->value->str() + " " + ind.currency + v.substr(m->value->str().size());
                    break;
                case Unit::months: v = m->value->str() + " " + std::string(w_->months) + v.substr(m->value->str().size()); break;
                case Unit::days: v = m->value->str() + " " + std::string(w_->days) + v.substr(m->value->str().size()); break;
                case Unit::hours: v = m->value->str() + " " + std::string(w_->hours) + v.substr(m->value->str().size()); break;
                default: break;
            }
        }
        return v;
    }

    [[nodiscard]] std::string cell(std::string_view content, std::string_view extra = {}) const {
        return "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"" + std::string(extra) + ">" + std::string(content) + "</TD>";
    }

    void emit_indicator(const Indicator& ind, int indent) {
        const auto a = assess_indicator(ind, model_.sites);
        std::string t = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">";
        const bool with_site = a.sites.size() > 1 || (!a.sites.empty() && !a.sites.front().site.empty());
        const int cols = with_site ? 5 : 4;
        t += "<TR>" + cell("<B>" + html_wrapped(text(ind.label), opt_.wrap + 10) + "</B>",
                           " COLSPAN=\"" + std::to_string(cols) + "\"") + "</TR>";
        if (theory()) {
            // the theory view shows the indicator's name and its status only
            t += "<TR>" + cell("<FONT POINT-SIZE=\"9\">" + html(std::string(status_words(a.status, lang_))) + "</FONT>",
                               " COLSPAN=\"" + std::to_string(cols) + "\"") + "</TR>";
        } else {
            auto small = [](std::string_view s) { return "<FONT POINT-SIZE=\"9\">" + std::string(s) + "</FONT>"; };
            t += "<TR>";
            if (with_site) t += cell(small("<I>" + html(w_->site) + "</I>"));
            t += cell(small("<I>" + html(w_->baseline) + "</I>")) + cell(small("<I>" + html(w_->target) + "</I>")) +
                 cell(small("<I>" + html(w_->latest) + "</I>")) + cell(small("<I>Status</I>"));
            t += "</TR>";
            for (const auto& s : a.sites) {
                t += "<TR>";
                if (with_site) {
                    std::string site = s.site.empty() ? std::string(w_->all_sites) : s.site;
                    for (const auto& x : model_.sites) if (x.id == s.site) site = text(x.label);
                    t += cell(small(html_wrapped(site, 18)));
                }
                auto dated = [&](const Measurement* m) {
                    std::string v = html(clean(value_with_unit(ind, m)));
                    if (m && m->date) v += "<BR ALIGN=\"LEFT\"/><FONT COLOR=\"#555555\">" + m->date->str() + "</FONT>";
                    return small(v);
                };
                t += cell(dated(s.baseline)) + cell(dated(s.target)) + cell(dated(s.latest));
                t += cell(small("<B>" + html(std::string(status_words(s.status, lang_))) + "</B>"),
                          " BGCOLOR=\"" + std::string(status_fill(s.status)) + "\" BORDER=\"1\" COLOR=\"" +
                              std::string(status_border(s.status)) + "\"");
                t += "</TR>";
            }
            if (ind.controllable)
                t += "<TR>" + cell("<FONT POINT-SIZE=\"8\" COLOR=\"#444444\">" +
                                       std::string(*ind.controllable ? "◆ " : "◇ ") +
                                       html(*ind.controllable ? w_->controllable : w_->not_controllable) + "</FONT>",
                                   " COLSPAN=\"" + std::to_string(cols) + "\"") + "</TR>";
        }
        t += "</TABLE>";
        std::string style = "filled,rounded";
        if (ind.controllable == false) style += ",dashed";
        line(dot_quoted(indicator_name(ind)) + " [id=" + dot_quoted(safe_id(ind.id) ? "ind-" + ind.id : indicator_name(ind)) +
                 ", shape=box, style=" + dot_quoted(style) + ", fillcolor=" + dot_quoted(theory() ? "#FFFFFF" : status_fill(a.status)) +
                 ", color=" + dot_quoted(status_border(a.status)) + ", margin=\"0.06,0.04\", label=<" + t + ">];",
             indent);
    }

    void emit_indicator_edges() {
        if (indicators_.empty()) return;
        line("// indicators and what they measure");
        for (const Indicator* ind : indicators_) {
            const Drawn* host = indicator_host(*ind);
            for (const auto& r : ind->measures) {
                const Element* e = index_.element(r.id);
                const Drawn* d = e ? drawn(e) : nullptr;
                if (!d) continue;
                line(dot_quoted(d->name) + " -> " + dot_quoted(indicator_name(*ind)) +
                     " [style=dashed, color=\"#888888\", arrowhead=none" + (d == host ? "" : ", constraint=false") + "];");
            }
        }
    }

    // Title and legend ------------------------------------------------------------

    [[nodiscard]] std::string graph_label() const {
        std::string rows;
        if (opt_.title) {
            std::string title = text(model_.title);
            if (!theory()) title += (title.empty() ? "" : " — ") + std::string(w_->indicator_map);
            if (overview_) title += (title.empty() ? "" : " — ") + std::string(w_->overview);
            if (!opt_.focus.empty())
                if (const Element* f = index_.element(opt_.focus))
                    title += " — " + std::string(w_->focus) + ": " + text(f->label);
            if (!opt_.highlight.empty())
                if (const Element* h = index_.element(opt_.highlight))
                    title += " — " + std::string(w_->pathways_through) + " " + numbers_.of(*h) + " " + text(h->label);
            if (!title.empty())
                rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>" + html_wrapped(title, 80) +
                        "</B></FONT></TD></TR>";
            if (const std::string about = title_details(); !about.empty())
                rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#444444\">" + html(about) +
                        "</FONT></TD></TR>";
        }
        if (overview_ && !overview_->folded.empty())
            rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"#444444\">" +
                    html_wrapped(overview_note(*overview_, lang_), 110) + "</FONT></TD></TR>";
        if (opt_.legend) {
            const std::string l = legend();
            if (!l.empty()) rows += "<TR><TD ALIGN=\"LEFT\">" + l + "</TD></TR>";
        }
        if (const std::string k = mechanism_key(); !k.empty()) rows += "<TR><TD ALIGN=\"LEFT\">" + k + "</TD></TR>";
        if (const std::string k = findings_key(); !k.empty()) rows += "<TR><TD ALIGN=\"LEFT\">" + k + "</TD></TR>";
        if (rows.empty()) return {};
        return "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">" + rows + "</TABLE>";
    }

    /// "Version 2.1 · 2025-03-01 · models/spira.yaml": what the title block says besides the title.
    [[nodiscard]] std::string title_details() const {
        std::string s;
        auto add = [&](const std::string& x) {
            if (!x.empty()) s += (s.empty() ? "" : " · ") + x;
        };
        if (!model_.version.empty()) add(std::string(w_->version) + " " + clean(model_.version));
        if (model_.date) add(model_.date->str());
        add(clean(opt_.source));
        return s;
    }

    /// The mark and colour of a finding's badge, by severity.
    [[nodiscard]] static std::pair<std::string_view, std::string_view> badge_mark(Severity s) {
        switch (s) {
            case Severity::error: return {"✖", "#C04A00"};
            case Severity::warning: return {"▲", "#B07A00"};
            default: return {"●", "#0072B2"};
        }
    }
    [[nodiscard]] std::string badge(std::size_t i) const {
        const auto [mark, color] = badge_mark(opt_.findings[i].severity);
        return "<FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(color) + "\"><B>" + std::string(mark) +
               std::to_string(i + 1) + "</B></FONT>";
    }
    /// The badges of the findings about `id`, or "".
    [[nodiscard]] std::string badges(std::string_view id) const {
        std::string s;
        for (std::size_t i = 0; i < opt_.findings.size(); ++i)
            if (!id.empty() && opt_.findings[i].subject == id) s += (s.empty() ? "" : " ") + badge(i);
        return s;
    }
    /// Whether a finding's badge is somewhere on the picture.
    [[nodiscard]] bool badge_drawn(const Diagnostic& d) const {
        if (d.subject.empty()) return false;
        if (const Element* e = index_.element(d.subject)) return drawn(e) != nullptr;
        if (const Link* l = index_.link(d.subject))
            return std::any_of(links_.begin(), links_.end(), [&](const PlannedLink& p) { return p.link == l; });
        if (theory() && show_assumptions_)
            for (const auto& a : model_.assumptions)
                if (a.id == d.subject) return !assumption_targets(a).empty();
        return false;
    }
    [[nodiscard]] std::string findings_key() const {
        if (opt_.findings.empty()) return {};
        std::string rows;
        for (std::size_t i = 0; i < opt_.findings.size(); ++i) {
            const Diagnostic& d = opt_.findings[i];
            std::string where = d.code;
            if (!badge_drawn(d)) where += ", " + std::string(w_->not_on_picture);
            rows += "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\">" + badge(i) + "</TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                    "<FONT POINT-SIZE=\"9\">" + html_wrapped(d.message, 130) + " <I>(" + html(where) +
                    ")</I></FONT></TD></TR>";
        }
        std::string heading = std::string(w_->findings) + " (" + std::to_string(opt_.findings.size()) + " " +
                              std::string(w_->of) + " " + std::to_string(std::max(opt_.findings_total, opt_.findings.size())) +
                              "; " + std::string(w_->check_lists_all) + ")";
        return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\">"
               "<FONT POINT-SIZE=\"10\"><B>" + html(heading) + "</B></FONT></TD></TR>" + rows + "</TABLE>";
    }

    [[nodiscard]] std::string legend() const {
        std::string kinds, links;
        std::set<std::string> seen;
        for (const auto& d : drawn_) {
            const auto st = kind_style(*d.e);
            std::string name(w_->kinds[static_cast<std::size_t>(d.e->kind)]);
            if (d.e->kind == Kind::outcome)
                name += " (" + std::string(w_->horizons[static_cast<std::size_t>(effective_horizon(*d.e))]) + ")";
            if (!seen.insert(name).second) continue;
            if (opt_.numbers) name.insert(0, std::string(1, number_letter(*d.e)) + "  ");
            kinds += "<TD BGCOLOR=\"";
            kinds += st.fill;
            kinds += "\" COLOR=\"";
            kinds += st.border;
            kinds += "\" BORDER=\"1\"";
            if (std::string_view(st.style).find("rounded") != std::string_view::npos) kinds += " STYLE=\"rounded\"";
            kinds += "><FONT POINT-SIZE=\"9\">";
            kinds += html(name);
            kinds += "</FONT></TD>";
        }
        std::set<LinkType> types;
        for (const auto& p : links_) types.insert(p.link->type);
        auto link_cell = [&](std::string_view glyphs, std::string_view color, std::string_view what) {
            return "<TD><FONT POINT-SIZE=\"9\"><FONT COLOR=\"" + std::string(color) + "\">" + std::string(glyphs) +
                   "</FONT> " + html(what) + "</FONT></TD>";
        };
        if (types.count(LinkType::leads_to)) links += link_cell("——▶", link_style(LinkType::leads_to).color, w_->leads_to);
        if (types.count(LinkType::enables)) links += link_cell("- - ▶", link_style(LinkType::enables).color, w_->enables);
        if (types.count(LinkType::hinders)) links += link_cell("——⊣", link_style(LinkType::hinders).color, w_->hinders);
        if (types.count(LinkType::feedback)) links += link_cell("···▶", link_style(LinkType::feedback).color, w_->feedback);
        bool any_uses = false;
        for (const auto& d : drawn_)
            for (const auto& r : d.e->uses)
                if (const Element* e = index_.element(r.id); e && drawn(e)) any_uses = true;
        if (any_uses) links += link_cell("——▶", uses_color, w_->uses);
        if (overview_ && !overview_->through_folded.empty())
            links += link_cell("——▶", through_folded_color, w_->through_folded);
        if (!gated_.empty()) links += "<TD><FONT POINT-SIZE=\"9\"><B>(&amp;)</B> " + html(w_->all_needed) + "</FONT></TD>";
        if (theory() && show_assumptions_) {
            bool any = false;
            for (const auto& d : drawn_) any = any || !d.e->assumptions.empty();
            for (const auto& p : links_) any = any || (!p.link->assumptions.empty() && !p.junction.empty());
            if (any) links += "<TD><FONT POINT-SIZE=\"9\"><B>A1</B> " + html(w_->assumption) + "</FONT></TD>";
        }
        if (theory() && show_mech_) {
            bool any = false;
            for (const auto& p : links_) any = any || !p.link->via.empty();
            if (any)
                links += "<TD><FONT POINT-SIZE=\"9\"><I>" +
                         std::string(mech_display_ == MechanismDisplay::labels ? "M1 " : "") + html(w_->mechanism) +
                         "</I></FONT></TD>";
        }
        std::string statuses;
        std::set<ResultStatus> found;
        for (const auto& d : drawn_)
            if (d.e->result_status && *d.e->result_status != ResultStatus::expected) found.insert(*d.e->result_status);
        for (ResultStatus s : found) {
            const StatusMark mark = status_mark(s);
            statuses += "<TD BORDER=\"2\" COLOR=\"" + std::string(mark.color) + "\"><FONT POINT-SIZE=\"9\" COLOR=\"" +
                        std::string(mark.color) + "\"><B>" + std::string(mark.symbol) + " " +
                        html(w_->result_status[static_cast<std::size_t>(s)]) + "</B></FONT></TD>";
        }
        if (!theory() && !indicators_.empty()) {
            for (auto s : {IndicatorStatus::achieved, IndicatorStatus::on_track, IndicatorStatus::behind,
                           IndicatorStatus::no_data, IndicatorStatus::no_target})
                statuses += "<TD BGCOLOR=\"" + std::string(status_fill(s)) + "\" COLOR=\"" +
                            std::string(status_border(s)) + "\" BORDER=\"1\"><FONT POINT-SIZE=\"9\">" +
                            html(std::string(status_words(s, lang_))) + "</FONT></TD>";
            statuses += "<TD><FONT POINT-SIZE=\"9\">◆ " + html(w_->controllable) + "</FONT></TD>";
            statuses += "<TD><FONT POINT-SIZE=\"9\">◇ " + html(w_->not_controllable) + "</FONT></TD>";
        }
        std::string rows;
        auto row = [&](const std::string& cells) {
            if (!cells.empty())
                rows += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>" + cells +
                        "</TR></TABLE></TD></TR>";
        };
        row(kinds);
        row(links);
        row(statuses);
        if (rows.empty()) return {};
        return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + rows + "</TABLE>";
    }

    [[nodiscard]] static std::string number(double v) {
        std::string s = std::to_string(v);
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    }
};

}  // namespace detail::dot

/// An error in the options for this model (e.g. an unknown focus), or empty.
[[nodiscard]] inline std::string diagram_options_error(const Model& model, const DiagramOptions& options) {
    if (!options.highlight.empty() && !model.find_element(options.highlight))
        return "--highlight: no element has the id '" + options.highlight + "'";
    if (options.view == DiagramView::overview && !options.focus.empty())
        return "--focus is not for the overview, which draws the whole model on one page; leave out --view overview";
    if (!options.focus.empty() && !model.find_element(options.focus))
        return "--focus: no element has the id '" + options.focus + "'";
    if (options.depth && *options.depth < 0) return "--depth must be 0 or more";
    return {};
}

/// The diagram as Graphviz DOT text (UTF-8). Never throws for any model content.
[[nodiscard]] inline std::string to_dot(const Model& model, const DiagramOptions& options = {}) {
    if (options.view == DiagramView::overview) {
        const Overview o = overview(model, {options.overview_boxes});
        // one page: shorter lines, and lanes only when asked for on the command line
        DiagramOptions page = options;
        page.wrap = std::min<std::size_t>(options.wrap, 18);
        if (!page.group_by) page.group_by = GroupBy::none;
        return detail::dot::Writer(o.model, page, &o).run();
    }
    return detail::dot::Writer(model, options).run();
}

}  // namespace toc
