#pragma once
// The theory-of-change model: plain value types for everything in the format
// (docs/format.md). Standard library only; every item keeps where it was written.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "toc/model/date.hpp"
#include "toc/diagnostics/diagnostic.hpp"
#include "toc/model/extension.hpp"
#include "toc/model/kind.hpp"
#include "toc/model/number.hpp"
#include "toc/diagnostics/source_location.hpp"
#include "toc/model/text.hpp"

namespace toc {

/// A reference to an item by id, with where the reference was written.
struct Ref {
    std::string id;
    SourceLocation location;

    Ref() = default;
    Ref(std::string i, SourceLocation loc = {}) : id(std::move(i)), location(std::move(loc)) {}
    Ref(const char* i) : id(i) {}
    [[nodiscard]] bool empty() const noexcept { return id.empty(); }
    friend bool operator==(const Ref& a, const Ref& b) { return a.id == b.id; }
};

/// A source cited by an item: `source_id` or `{source: id, locator: "p. 4"}`.
struct Citation {
    Ref source;
    std::string locator;
};

/// Keys every item may carry besides its own.
struct ItemBase {
    std::string id;
    Text description;
    std::vector<Citation> sources;
    std::vector<Extension> extensions;  ///< `x-` keys, in file order
    SourceLocation location;            ///< of the item (its `id` when written)
};

/// A causal or conditional link, written on its source element.
struct Link {
    LinkType type = LinkType::leads_to;
    std::string id;                  ///< optional: lets a question be about the link
    Ref from;                        ///< the source element (the element it is written on)
    Ref to;                          ///< target element, or a link id for enables/hinders
    std::vector<Ref> via;            ///< mechanisms
    std::vector<Ref> assumptions;    ///< ids, including those of the assumptions written inline on the link
    Text rationale;
    std::optional<Evidence> evidence;  ///< absent: unknown evidence (not `none`)
    /// How sure the author is that the link holds, 0–100 (`confidence: 70`, or
    /// `low` = 25, `medium` = 50, `high` = 75); absent: not said.
    std::optional<int> confidence;
    Text evidence_note;              ///< `evidence_note`: the evidence for the link, in words
    std::vector<Citation> sources;
    Text description;
    std::vector<Extension> extensions;
    SourceLocation location;         ///< of the link entry
};

/// A results-chain element: resource, activity, output, outcome, impact,
/// context, barrier or problem.
struct Element : ItemBase {
    Kind kind = Kind::outcome;
    Text label;
    std::optional<Level> level;
    std::vector<Ref> actors;
    std::vector<Ref> sites;
    std::vector<Link> links;         ///< outgoing links of every type, in file order
    std::vector<Ref> assumptions;
    bool evaluated = true;
    // how pictures show it (docs/format.md, "Pictures")
    std::string code;                ///< `code`: the author's short number for the box ("O3"); empty: numbered by stage
    Ref part_of;                     ///< `part_of`: the summary element it is folded into in the overview
    std::optional<bool> overview;    ///< `overview`: true keeps it in the overview, false folds it

    // outcome, impact
    std::optional<ResultStatus> result_status;  ///< `status` on outcomes and impacts
    struct SiteStatus {
        Ref site;
        ResultStatus status = ResultStatus::expected;
    };
    std::vector<SiteStatus> status_by_site;     ///< per-site findings (extension E9)
    std::optional<Combine> combine;
    // outcome
    std::optional<Horizon> horizon;
    // activity
    std::vector<Ref> uses;
    std::vector<Ref> principles;
    std::vector<Ref> addresses;
    std::optional<ActivityStatus> activity_status;  ///< `status` on activities
    Ref replaced_by;
    // problem
    std::optional<ProblemRole> role;

    /// Where each key was written (for diagnostics about one key), e.g. "horizon".
    std::vector<std::pair<std::string, SourceLocation>> key_locations;

    [[nodiscard]] SourceLocation location_of(std::string_view key) const {
        for (const auto& [k, loc] : key_locations) if (k == key) return loc;
        return location;
    }
};

struct Mechanism : ItemBase {
    Text label;
    std::vector<Ref> contexts;
    std::optional<MechanismStatus> status;
};

struct Assumption : ItemBase {
    Text text;
    std::optional<AssumptionType> type;
    std::optional<Risk> risk;
    std::optional<AssumptionStatus> status;
    Text evidence;
    std::string code;                ///< short mark drawings show instead of a number, e.g. "E"
    /// True when written inline in a link's `assumptions` (its id is then
    /// generated unless written; see docs/format.md).
    bool written_on_link = false;
};

/// The confidence the words `low`, `medium` and `high` stand for (0–100), or
/// nullopt for another word.
[[nodiscard]] constexpr std::optional<int> confidence_of_word(std::string_view word) noexcept {
    if (word == "low") return 25;
    if (word == "medium") return 50;
    if (word == "high") return 75;
    return std::nullopt;
}

/// The word for a confidence (0–100): below 34 `low`, below 67 `medium`, else `high`.
[[nodiscard]] constexpr std::string_view confidence_word(int confidence) noexcept {
    return confidence < 34 ? "low" : confidence < 67 ? "medium" : "high";
}

struct Principle : ItemBase {
    Text label;
};

struct Actor : ItemBase {
    Text label;
    std::optional<ActorRole> role;
    std::optional<Level> level;
    Ref part_of;
};

struct Site : ItemBase {
    Text label;
};

struct Source : ItemBase {
    Text title;
    Text author;
    std::optional<int> year;
    std::string url;
    Text publisher;
    Text type;
};

/// A span of time: the model's period, or the span a measurement covers.
struct Period {
    std::optional<Date> from;
    std::optional<Date> to;
    SourceLocation location;
};

/// A measured (or baseline, or target) value of an indicator.
struct Measurement {
    std::optional<Date> date;
    std::optional<Number> value;     ///< numeric value (the lower end when `value_max` is given)
    std::optional<Number> value_max; ///< upper end of a range printed as "90-100" (extension E7)
    Text text_value;                 ///< value for unit `text` (plain or localized), or text written where a number is due
    Ref site;
    Text group;                      ///< the subgroup, stratum or aspect the figure is about (extension E6)
    std::optional<Period> period;    ///< the span the figure covers (extension E8)
    std::optional<Number> numerator;
    std::optional<Number> denominator;
    std::optional<Number> n;         ///< respondents
    std::optional<Number> eligible;  ///< how many could have answered
    struct Category {
        std::string answer;
        Number count;
        SourceLocation location;
    };
    std::vector<Category> distribution;
    Text source;
    Text note;
    std::vector<Extension> extensions;
    SourceLocation location;
    /// Where each key was written, e.g. "value", "numerator".
    std::vector<std::pair<std::string, SourceLocation>> key_locations;

    [[nodiscard]] bool has_value() const noexcept { return value.has_value() || !text_value.empty(); }
    [[nodiscard]] SourceLocation location_of(std::string_view key) const {
        for (const auto& [k, loc] : key_locations) if (k == key) return loc;
        return location;
    }
};

struct Indicator : ItemBase {
    Text label;
    std::vector<Ref> measures;
    std::optional<Unit> unit;
    std::string currency;
    std::optional<Direction> direction;
    Text population;
    /// The success criterion for one member of the population (ActKnowledge's
    /// fourth part of an indicator): "in work for at least six months".
    Text threshold;
    Text source;                     ///< means of verification
    Text frequency;
    std::optional<bool> controllable;
    std::vector<Measurement> baseline;  ///< one entry, or one per site (extension E1)
    std::vector<Measurement> targets;
    std::vector<Measurement> measurements;
    SourceLocation baseline_location;   ///< of the `baseline` key, when written
    /// Where each key was written, e.g. "controllable".
    std::vector<std::pair<std::string, SourceLocation>> key_locations;

    [[nodiscard]] SourceLocation location_of(std::string_view key) const {
        for (const auto& [k, loc] : key_locations) if (k == key) return loc;
        return location;
    }
};

struct Question : ItemBase {
    Text text;
    std::vector<Ref> about;
    std::vector<std::string> methods;
    std::vector<DacCriterion> criteria;  ///< the DAC criteria it serves, as written
    std::optional<QuestionStatus> status;
    Text finding;
};

struct Recommendation : ItemBase {
    Text text;
    std::vector<Ref> about;
    std::vector<Ref> addressed_to;
};

struct DiagramHints {
    std::optional<DiagramDirection> direction;
    std::optional<GroupBy> group_by;
    std::vector<std::string> show;
    SourceLocation location;
};

/// The model's own check settings (`checks:`).
struct CheckSettings {
    std::vector<Ref> disable;        ///< codes or names; Ref keeps where each was written
    std::vector<Ref> enable;
    struct SeverityOverride {
        std::string rule;            ///< code or name
        std::optional<Severity> severity;  ///< nullopt: `off`
        SourceLocation location;
    };
    std::vector<SeverityOverride> severity;
    std::optional<Ceiling> ceiling;
    SourceLocation location;
};

struct Model {
    int format_version = 1;
    std::string id;
    Text title;
    Text summary;
    Text owner;
    Text funder;
    std::vector<std::string> languages;
    std::optional<Period> period;
    std::string version;
    std::optional<Date> date;
    std::optional<ProgramStage> stage;  ///< `stage:` design, implementation, evaluation or closed

    std::vector<Source> sources;
    std::vector<Site> sites;
    std::vector<Actor> actors;
    std::vector<Element> elements;   ///< every results-chain element, in file order
    std::vector<Mechanism> mechanisms;
    std::vector<Assumption> assumptions;
    std::vector<Principle> principles;
    std::vector<Indicator> indicators;
    std::vector<Question> questions;
    std::vector<Recommendation> recommendations;
    DiagramHints diagram;
    CheckSettings checks;
    std::vector<Extension> extensions;

    SourceLocation location;         ///< of the document (file, 1, 1)

    /// The first element with this id, or nullptr.
    [[nodiscard]] const Element* find_element(std::string_view element_id) const {
        for (const auto& e : elements) if (e.id == element_id) return &e;
        return nullptr;
    }
    /// The elements of one kind, in file order.
    [[nodiscard]] std::vector<const Element*> elements_of(Kind k) const {
        std::vector<const Element*> out;
        for (const auto& e : elements) if (e.kind == k) out.push_back(&e);
        return out;
    }
    /// The language labels are drawn in by default: the first of `languages`.
    [[nodiscard]] std::string default_language() const {
        return languages.empty() ? std::string() : languages.front();
    }
};

}  // namespace toc
