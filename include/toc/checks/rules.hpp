#pragma once
// The built-in rules, TOC101–TOC406: one include and one registration line per
// rule, in code order. Adding a rule: its file under its family's folder, a
// line in each list below, two fixtures in tests/fixtures/checks/ and an entry
// in docs/checks.md.

#include "toc/checks/structure/illegal_link.hpp"
#include "toc/checks/structure/causal_cycle.hpp"
#include "toc/checks/structure/horizon_reversal.hpp"
#include "toc/checks/structure/leap.hpp"
#include "toc/checks/structure/isolated_element.hpp"
#include "toc/checks/structure/activity_leads_nowhere.hpp"
#include "toc/checks/structure/unreached_result.hpp"
#include "toc/checks/structure/unused_resource.hpp"
#include "toc/checks/structure/package_of_one.hpp"
#include "toc/checks/structure/single_point_of_failure.hpp"
#include "toc/checks/structure/output_not_produced.hpp"
#include "toc/checks/measurement/result_without_indicator.hpp"
#include "toc/checks/measurement/indicator_without_baseline.hpp"
#include "toc/checks/measurement/indicator_without_target.hpp"
#include "toc/checks/measurement/indicator_without_source.hpp"
#include "toc/checks/measurement/target_against_direction.hpp"
#include "toc/checks/measurement/measurement_arithmetic.hpp"
#include "toc/checks/measurement/distribution_sum.hpp"
#include "toc/checks/measurement/impossible_value.hpp"
#include "toc/checks/measurement/date_outside_period.hpp"
#include "toc/checks/measurement/controllable_above_ceiling.hpp"
#include "toc/checks/measurement/indicator_without_data.hpp"
#include "toc/checks/measurement/respondents_exceed_population.hpp"
#include "toc/checks/explanation/unexplained_link.hpp"
#include "toc/checks/explanation/mechanism_unused.hpp"
#include "toc/checks/explanation/mechanism_without_context.hpp"
#include "toc/checks/explanation/assumption_unused.hpp"
#include "toc/checks/explanation/untested_risk.hpp"
#include "toc/checks/explanation/refuted_assumption_in_use.hpp"
#include "toc/checks/explanation/principle_unused.hpp"
#include "toc/checks/coverage/cause_unaddressed.hpp"
#include "toc/checks/coverage/consequences_only.hpp"
#include "toc/checks/coverage/question_about_nothing.hpp"
#include "toc/checks/coverage/whose_change.hpp"
#include "toc/checks/coverage/activity_without_actor.hpp"
#include "toc/checks/coverage/no_problem_analysis.hpp"

namespace toc {

/// Every built-in rule, in code order. A new catalogue each call: there is no
/// global state to change.
[[nodiscard]] inline Catalogue default_catalogue() {
    Catalogue c;
    c.add(checks::illegal_link_rule());
    c.add(checks::causal_cycle_rule());
    c.add(checks::horizon_reversal_rule());
    c.add(checks::leap_rule());
    c.add(checks::isolated_element_rule());
    c.add(checks::activity_leads_nowhere_rule());
    c.add(checks::unreached_result_rule());
    c.add(checks::unused_resource_rule());
    c.add(checks::package_of_one_rule());
    c.add(checks::single_point_of_failure_rule());
    c.add(checks::output_not_produced_rule());
    c.add(checks::result_without_indicator_rule());
    c.add(checks::indicator_without_baseline_rule());
    c.add(checks::indicator_without_target_rule());
    c.add(checks::indicator_without_source_rule());
    c.add(checks::target_against_direction_rule());
    c.add(checks::measurement_arithmetic_rule());
    c.add(checks::distribution_sum_rule());
    c.add(checks::impossible_value_rule());
    c.add(checks::date_outside_period_rule());
    c.add(checks::controllable_above_ceiling_rule());
    c.add(checks::indicator_without_data_rule());
    c.add(checks::respondents_exceed_population_rule());
    c.add(checks::unexplained_link_rule());
    c.add(checks::mechanism_unused_rule());
    c.add(checks::mechanism_without_context_rule());
    c.add(checks::assumption_unused_rule());
    c.add(checks::untested_risk_rule());
    c.add(checks::refuted_assumption_in_use_rule());
    c.add(checks::principle_unused_rule());
    c.add(checks::cause_unaddressed_rule());
    c.add(checks::consequences_only_rule());
    c.add(checks::question_about_nothing_rule());
    c.add(checks::whose_change_rule());
    c.add(checks::activity_without_actor_rule());
    c.add(checks::no_problem_analysis_rule());
    return c;
}

}  // namespace toc
