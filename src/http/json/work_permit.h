// Codecs of China's work-permit points (domain/scholars/work_permit.h): what an assessment is
// asked about, and its result under each rule set that holds on its day. Thread-safety:
// stateless.
#pragma once

#include "domain/scholars/work_permit.h"
#include "http/json/codec.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::scholars::Degree> {
  using D = domain::scholars::Degree;
  static constexpr std::array values = {D::none, D::bachelor, D::master, D::doctorate};
};
template <>
struct EnumValues<domain::scholars::Factor> {
  using F = domain::scholars::Factor;
  static constexpr std::array values = {
      F::salary,        F::education, F::work_years,  F::months_in_china, F::chinese,
      F::work_location, F::age,       F::distinction, F::provincial_bonus};
};
template <>
struct EnumValues<domain::scholars::Category> {
  using C = domain::scholars::Category;
  static constexpr std::array values = {C::a, C::b, C::c};
};
template <>
struct EnumValues<domain::scholars::CategoryBasis> {
  using B = domain::scholars::CategoryBasis;
  static constexpr std::array values = {B::points, B::talent_criteria, B::degree_and_experience,
                                        B::below_thresholds};
};
template <>
struct EnumValues<domain::scholars::Evidence> {
  using E = domain::scholars::Evidence;
  static constexpr std::array values = {E::degree_verification, E::hsk_certificate,
                                        E::salary_contract};
};

template <>
struct Codec<domain::scholars::PointsInput>
    : Object<domain::scholars::PointsInput, Codec<domain::scholars::PointsInput>> {
  static constexpr std::string_view name = "WorkPermitCandidate";
  static constexpr auto fields() {
    using I = domain::scholars::PointsInput;
    return std::tuple{
        Field{"annual_salary_cny", &I::annual_salary_cny, kPlain, "paid by the employer in China"},
        Field{"degree", &I::degree, kPlain, "none, bachelor, master, doctorate"},
        Field{"work_years", &I::work_years, kPlain, "relevant work, whole years"},
        Field{"months_in_china_per_year", &I::months_in_china_per_year},
        Field{"hsk_level", &I::hsk_level, kPlain, "1 to 6 (HSK 2.0); 0: none"},
        Field{"chinese_taught_bachelor_or_higher", &I::chinese_taught_bachelor_or_higher},
        Field{"former_chinese_national", &I::former_chinese_national},
        Field{"date_of_birth", &I::date_of_birth, kPlain, "required: ISO date"},
        Field{"assessed_on", &I::assessed_on, kPlain,
              "ISO date: the tables holding that day apply (default: today)"},
        Field{"encouraged_region", &I::encouraged_region, kPlain,
              "western region, north-east old industrial base, poor county"},
        Field{"top_university_or_fortune_500", &I::top_university_or_fortune_500},
        Field{"patents", &I::patents},
        Field{"continuous_years_in_china", &I::continuous_years_in_china},
        Field{"provincial_bonus", &I::provincial_bonus, kPlain, "0 to 10, as the province grants"},
        Field{"a_by_talent_criteria", &I::a_by_talent_criteria, kPlain,
              "A without points: talent plans, recognised achievements, encouraged posts"},
        Field{"degree_verified", &I::degree_verified, kPlain, "evidence held"},
        Field{"hsk_certificate", &I::hsk_certificate, kPlain, "evidence held"},
        Field{"salary_evidence", &I::salary_evidence, kPlain, "evidence held: the contract"}};
  }
};

template <>
struct Codec<domain::scholars::ItemPoints>
    : Object<domain::scholars::ItemPoints, Codec<domain::scholars::ItemPoints>> {
  static constexpr std::string_view name = "WorkPermitItemPoints";
  static constexpr auto fields() {
    using P = domain::scholars::ItemPoints;
    return std::tuple{Field{"item", &P::factor},
                      Field{"name", &P::name},
                      Field{"name_zh", &P::name_zh},
                      Field{"points", &P::points},
                      Field{"max", &P::max},
                      Field{"basis", &P::basis, kPlain, "the input that gave them"}};
  }
};

template <>
struct Codec<domain::scholars::MissingEvidence>
    : Object<domain::scholars::MissingEvidence, Codec<domain::scholars::MissingEvidence>> {
  static constexpr std::string_view name = "WorkPermitMissingEvidence";
  static constexpr auto fields() {
    using M = domain::scholars::MissingEvidence;
    return std::tuple{Field{"evidence", &M::evidence}, Field{"item", &M::factor},
                      Field{"text", &M::text, kPlain, "in English; pages translate the code"}};
  }
};

template <>
struct Codec<domain::scholars::Assessment>
    : Object<domain::scholars::Assessment, Codec<domain::scholars::Assessment>> {
  static constexpr std::string_view name = "WorkPermitAssessment";
  static constexpr auto fields() {
    using A = domain::scholars::Assessment;
    return std::tuple{Field{"rule_set", &A::rule_set},
                      Field{"rule_set_name", &A::rule_set_name},
                      Field{"age", &A::age, kPlain, "whole years on the assessment day"},
                      Field{"total", &A::total},
                      Field{"category", &A::category},
                      Field{"basis", &A::basis},
                      Field{"why", &A::why},
                      Field{"items", &A::items},
                      Field{"missing", &A::missing, kPlain, "the evidence still missing"}};
  }
};

// The result under every set holding on the day, and the one applied.
struct PointsComparisonView {
  std::vector<domain::scholars::Assessment> assessments;
  std::string applied;  // the applied set's id
  std::string why;
};
template <>
struct Codec<PointsComparisonView> : Object<PointsComparisonView, Codec<PointsComparisonView>> {
  static constexpr std::string_view name = "WorkPermitPoints";
  static constexpr auto fields() {
    using P = PointsComparisonView;
    return std::tuple{Field{"assessments", &P::assessments, kPlain,
                            "one per points table holding on the day (the sources disagree)"},
                      Field{"applied", &P::applied, kPlain, "the id of the table applied"},
                      Field{"why", &P::why, kPlain, "why that table applied"}};
  }
};

}  // namespace orbis::http::json
