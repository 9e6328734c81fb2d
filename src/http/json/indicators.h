// Codecs of indicators (docs/indicators.md): an indicator's value for a year with its
// definition, the people behind a number, and the figures the office enters.
// Thread-safety: stateless.
#pragma once

#include <array>

#include "http/json/codec.h"
#include "service/indicators/indicators.h"
#include "store/indicators.h"

namespace orbis::http::json {

template <>
struct Codec<service::IndicatorView>
    : Object<service::IndicatorView, Codec<service::IndicatorView>> {
  static constexpr std::string_view name = "Indicator";
  static constexpr auto fields() {
    using I = service::IndicatorView;
    return std::tuple{
        Field{"id", &I::id},
        Field{"year", &I::year, kPlain, "the year the academic year begins in"},
        Field{"academic_year", &I::academic_year},
        Field{"name", &I::name},
        Field{"name_zh", &I::name_zh},
        Field{"definition", &I::definition},
        Field{"definition_zh", &I::definition_zh},
        Field{"source", &I::source, kPlain, "the published methodology it follows"},
        Field{"unit", &I::unit, kPlain, "ratio (0..1), count or index (0..1)"},
        Field{"value", &I::value, kPlain, "rounded to 4 places; null when there are no data"},
        Field{"numerator", &I::numerator},
        Field{"denominator", &I::denominator, kPlain, "null for counts and indexes"},
        Field{"missing", &I::missing, kPlain, "records left out for lack of data"},
        Field{"no_data", &I::no_data, kPlain, "why there is no value; empty when there is one"},
        Field{"no_data_zh", &I::no_data_zh},
        Field{"records", &I::records, kPlain,
              "whether /indicators/{id}/records lists the people counted"},
        Field{"target", &I::target, kPlain,
              "the office's target for the year, in the indicator's unit; null when none"}};
  }
};

template <>
struct Codec<service::IndicatorRecord::Person>
    : Object<service::IndicatorRecord::Person, Codec<service::IndicatorRecord::Person>> {
  static constexpr std::string_view name = "IndicatorPerson";
  static constexpr auto fields() {
    using P = service::IndicatorRecord::Person;
    return std::tuple{Field{"id", &P::id}, Field{"name", &P::name},
                      Field{"nationality", &P::nationality, kPlain, "ISO 3166-1 alpha-2"}};
  }
};

template <>
struct Codec<service::IndicatorRecord::Partner>
    : Object<service::IndicatorRecord::Partner, Codec<service::IndicatorRecord::Partner>> {
  static constexpr std::string_view name = "IndicatorPartner";
  static constexpr auto fields() {
    using P = service::IndicatorRecord::Partner;
    return std::tuple{Field{"id", &P::id}, Field{"name", &P::name}, Field{"country", &P::country}};
  }
};

template <>
struct Codec<service::IndicatorRecord>
    : Object<service::IndicatorRecord, Codec<service::IndicatorRecord>> {
  static constexpr std::string_view name = "IndicatorRecord";
  static constexpr auto fields() {
    using R = service::IndicatorRecord;
    return std::tuple{Field{"person", &R::person}, Field{"academic_year", &R::academic_year},
                      Field{"stays", &R::stays, kPlain, "the person's stays of the year"},
                      Field{"stay", &R::stay, kPlain, "the first of them"},
                      Field{"partner", &R::partner, kPlain, "the first stay's partner"}};
  }
};

template <>
struct Codec<service::PartnerBalance>
    : Object<service::PartnerBalance, Codec<service::PartnerBalance>> {
  static constexpr std::string_view name = "PartnerExchange";
  static constexpr auto fields() {
    using B = service::PartnerBalance;
    return std::tuple{
        Field{"partner", &B::partner},
        Field{"academic_year", &B::academic_year},
        Field{"outgoing_people", &B::outgoing_people, kPlain, "students who went to the partner"},
        Field{"outgoing_months", &B::outgoing_months, kPlain,
              "their stays' months (30 days each), to one decimal place"},
        Field{"incoming_people", &B::incoming_people, kPlain, "the partner's students who came"},
        Field{"incoming_months", &B::incoming_months},
        Field{"people_balance", &B::people_balance, kPlain, "incoming less outgoing students"},
        Field{"months_balance", &B::months_balance, kPlain, "incoming less outgoing months"}};
  }
};

template <>
struct Codec<service::AgreementBalance::Agreement>
    : Object<service::AgreementBalance::Agreement, Codec<service::AgreementBalance::Agreement>> {
  static constexpr std::string_view name = "BalanceAgreement";
  static constexpr auto fields() {
    using A = service::AgreementBalance::Agreement;
    return std::tuple{Field{"id", &A::id}, Field{"code", &A::code}, Field{"title", &A::title}};
  }
};

template <>
struct Codec<service::AgreementBalance>
    : Object<service::AgreementBalance, Codec<service::AgreementBalance>> {
  static constexpr std::string_view name = "AgreementExchange";
  static constexpr auto fields() {
    using B = service::AgreementBalance;
    return std::tuple{
        Field{"agreement", &B::agreement, kPlain,
              "the agreement the stays were under; null for stays under none"},
        Field{"partner", &B::partner},
        Field{"academic_year", &B::academic_year},
        Field{"outgoing_people", &B::outgoing_people, kPlain,
              "students who went to the partner under it"},
        Field{"outgoing_months", &B::outgoing_months, kPlain,
              "their stays' months (30 days each), to one decimal place"},
        Field{"incoming_people", &B::incoming_people, kPlain,
              "the partner's students who came under it"},
        Field{"incoming_months", &B::incoming_months},
        Field{"people_balance", &B::people_balance, kPlain, "incoming less outgoing students"},
        Field{"months_balance", &B::months_balance, kPlain, "incoming less outgoing months"}};
  }
};

template <>
struct EnumValues<service::PartnerGrouping> {
  using G = service::PartnerGrouping;
  static constexpr std::array values = {G::country, G::region, G::type};
};

template <>
struct Codec<service::PartnerGroup> : Object<service::PartnerGroup, Codec<service::PartnerGroup>> {
  static constexpr std::string_view name = "PartnerGroup";
  static constexpr auto fields() {
    using G = service::PartnerGroup;
    return std::tuple{
        Field{"group", &G::group, kPlain,
              "the country (ISO 3166-1 alpha-2), the UN M49 region or the institution type; "
              "empty for countries of no region"},
        Field{"name", &G::name},
        Field{"name_zh", &G::name_zh},
        Field{"region", &G::region, kPlain, "a country's UN M49 region; empty otherwise"},
        Field{"academic_year", &G::academic_year},
        Field{"partners", &G::partners, kPlain,
              "partner institutions of the agreements in force in the year"},
        Field{"agreements", &G::agreements, kPlain, "those agreements"},
        Field{"outgoing_people", &G::outgoing_people, kPlain,
              "students who went to the group's partners (stays begun in the year)"},
        Field{"incoming_people", &G::incoming_people, kPlain,
              "the group's partners' students who came"}};
  }
};

template <>
struct Codec<service::FundingGroup> : Object<service::FundingGroup, Codec<service::FundingGroup>> {
  static constexpr std::string_view name = "FundingGroup";
  static constexpr auto fields() {
    using F = service::FundingGroup;
    return std::tuple{
        Field{"direction", &F::direction, kPlain, "outgoing or incoming"},
        Field{"source", &F::source, kPlain, "scholarship, erasmus, csc, self, home or another"},
        Field{"scholarship", &F::scholarship, kNullIfEmpty, "a programme scholarship's code"},
        Field{"sponsor", &F::sponsor, kNullIfEmpty},
        Field{"academic_year", &F::academic_year},
        Field{"holders", &F::holders, kPlain, "students funded so, each once"},
        Field{"stays", &F::stays, kPlain, "their stays begun in the year"},
        Field{"amount", &F::amount, kNullIfEmpty,
              "the lines' amounts added up exactly, as a decimal; null when none names one"},
        Field{"currency", &F::currency, kNullIfEmpty, "ISO 4217"}};
  }
};

template <>
struct Codec<service::CertificationCount>
    : Object<service::CertificationCount, Codec<service::CertificationCount>> {
  static constexpr std::string_view name = "CertificationCount";
  static constexpr auto fields() {
    using C = service::CertificationCount;
    return std::tuple{
        Field{"key", &C::key, kNullIfEmpty,
              "an EQF level (\"6\"), a nationality (ISO 3166-1 alpha-2) or a language of "
              "instruction (ISO 639-1); null when not recorded"},
        Field{"name", &C::name, kNullIfEmpty, "its name, where Orbis has one"},
        Field{"name_zh", &C::name_zh, kNullIfEmpty}, Field{"students", &C::students}};
  }
};

template <>
struct Codec<service::CertificationYear>
    : Object<service::CertificationYear, Codec<service::CertificationYear>> {
  static constexpr std::string_view name = "CertificationYear";
  static constexpr auto fields() {
    using Y = service::CertificationYear;
    return std::tuple{
        Field{"year", &Y::year, kPlain, "the academic year, by the year it begins in"},
        Field{"academic_year", &Y::academic_year},
        Field{"students", &Y::students, kPlain,
              "incoming students with a stay begun in the year, each once"},
        Field{"levels", &Y::levels, kPlain, "those students by level of study, upwards"},
        Field{"nationalities", &Y::nationalities, kPlain,
              "by nationality, the most students first"},
        Field{"languages", &Y::languages, kPlain,
              "by the language of instruction of their first stay of the year, the most first"},
        Field{"scholarship_holders", &Y::scholarship_holders, kPlain,
              "those funded by a source other than themselves, each once"},
        Field{"scholarships", &Y::scholarships, kPlain,
              "their funding by source, scholarship, sponsor and currency"}};
  }
};

template <>
struct Codec<service::Certification>
    : Object<service::Certification, Codec<service::Certification>> {
  static constexpr std::string_view name = "Certification";
  static constexpr auto fields() {
    using C = service::Certification;
    return std::tuple{Field{"items", &C::items, kPlain, "the years asked for, oldest first"}};
  }
};

template <>
struct Codec<service::ProgrammeGroup>
    : Object<service::ProgrammeGroup, Codec<service::ProgrammeGroup>> {
  static constexpr std::string_view name = "ProgrammeGroup";
  static constexpr auto fields() {
    using P = service::ProgrammeGroup;
    return std::tuple{
        Field{"id", &P::id, kPlain, "the programme's"},
        Field{"code", &P::code},
        Field{"name", &P::name},
        Field{"name_zh", &P::name_zh},
        Field{"kind", &P::kind, kPlain,
              "semester_exchange, year_exchange, summer_school, winter_school, internship, "
              "research_visit, staff_exchange or joint_degree"},
        Field{"academic_year", &P::academic_year},
        Field{"outgoing_people", &P::outgoing_people, kPlain,
              "the university's students on it abroad (stays begun in the year), each once"},
        Field{"incoming_people", &P::incoming_people, kPlain,
              "students who came to the university on it"},
        Field{"stays", &P::stays, kPlain, "their stays begun in the year"}};
  }
};

template <>
struct Codec<service::NationalYear> : Object<service::NationalYear, Codec<service::NationalYear>> {
  static constexpr std::string_view name = "NationalYear";
  static constexpr auto fields() {
    using Y = service::NationalYear;
    return std::tuple{
        Field{"year", &Y::year, kPlain, "the academic year, by the year it begins in"},
        Field{"academic_year", &Y::academic_year},
        Field{"reference_year", &Y::reference_year, kPlain,
              "UNESCO's reference year for it, the year it ends in; null when not published"},
        Field{"inbound", &Y::inbound, kPlain,
              "students from abroad enrolled in the country's tertiary education; null when not "
              "published"},
        Field{"outbound", &Y::outbound, kPlain,
              "the country's students enrolled abroad (inbound less UNESCO's net flow); null "
              "when not published"},
        Field{"inbound_estimated", &Y::inbound_estimated, kPlain, "an estimate, not a count"},
        Field{"outbound_estimated", &Y::outbound_estimated, kPlain,
              "derived from an estimate, not a count"},
        Field{"outgoing_students", &Y::outgoing_students, kPlain,
              "the institution's students who began a stay abroad (outbound_students)"},
        Field{"incoming_students", &Y::incoming_students, kPlain,
              "partners' students who began a stay at the institution (inbound_exchange_students)"},
        Field{"outgoing_share", &Y::outgoing_share, kPlain,
              "outgoing_students ÷ outbound, to eight places; null without outbound"},
        Field{"incoming_share", &Y::incoming_share, kPlain,
              "incoming_students ÷ inbound, to eight places; null without inbound"}};
  }
};

template <>
struct Codec<service::NationalComparison>
    : Object<service::NationalComparison, Codec<service::NationalComparison>> {
  static constexpr std::string_view name = "NationalComparison";
  static constexpr auto fields() {
    using N = service::NationalComparison;
    return std::tuple{Field{"country", &N::country, kPlain, "ISO 3166-1 alpha-2"},
                      Field{"country_name", &N::country_name},
                      Field{"country_name_zh", &N::country_name_zh},
                      Field{"source", &N::source, kPlain, "where the country's figures come from"},
                      Field{"source_zh", &N::source_zh},
                      Field{"latest_year", &N::latest_year, kPlain,
                            "the newest academic year published for the country; null for none"},
                      Field{"items", &N::items, kPlain, "the years asked for, oldest first"}};
  }
};

template <>
struct Codec<service::SeatUse::Agreement>
    : Object<service::SeatUse::Agreement, Codec<service::SeatUse::Agreement>> {
  static constexpr std::string_view name = "SeatUseAgreement";
  static constexpr auto fields() {
    using A = service::SeatUse::Agreement;
    return std::tuple{Field{"id", &A::id}, Field{"code", &A::code}, Field{"title", &A::title}};
  }
};

template <>
struct Codec<service::SeatUse::Institution>
    : Object<service::SeatUse::Institution, Codec<service::SeatUse::Institution>> {
  static constexpr std::string_view name = "SeatUseInstitution";
  static constexpr auto fields() {
    using I = service::SeatUse::Institution;
    return std::tuple{Field{"id", &I::id}, Field{"name", &I::name}};
  }
};

template <>
struct Codec<service::SeatUse> : Object<service::SeatUse, Codec<service::SeatUse>> {
  static constexpr std::string_view name = "SeatUse";
  static constexpr auto fields() {
    using U = service::SeatUse;
    return std::tuple{
        Field{"condition_id", &U::condition_id},
        Field{"agreement", &U::agreement},
        Field{"sending", &U::sending},
        Field{"receiving", &U::receiving},
        Field{"direction", &U::direction, kPlain,
              "outgoing (the home institution sends), incoming or other"},
        Field{"mobility_type", &U::mobility_type},
        Field{"academic_year", &U::academic_year},
        Field{"seats", &U::seats, kPlain, "a year; 0 when the condition names none"},
        Field{"used", &U::used, kPlain, "stays under the condition that year, not cancelled"},
        Field{"free", &U::free},
        Field{"share", &U::share, kPlain, "used ÷ seats, 4 places; null when there are no seats"}};
  }
};

template <>
struct Codec<service::SeatTotalsView>
    : Object<service::SeatTotalsView, Codec<service::SeatTotalsView>> {
  static constexpr std::string_view name = "SeatTotals";
  static constexpr auto fields() {
    using T = service::SeatTotalsView;
    return std::tuple{
        Field{"academic_year", &T::academic_year},
        Field{"conditions", &T::conditions},
        Field{"seats", &T::seats},
        Field{"used", &T::used, kPlain, "each condition's use counted up to its seats"},
        Field{"over", &T::over, kPlain, "conditions with more stays than seats"},
        Field{"share", &T::share, kPlain, "used ÷ seats; null when there are no seats"}};
  }
};

template <>
struct Codec<store::IndicatorFigure>
    : Object<store::IndicatorFigure, Codec<store::IndicatorFigure>> {
  static constexpr std::string_view name = "IndicatorFigure";
  static constexpr auto fields() {
    using F = store::IndicatorFigure;
    return std::tuple{Field{"measure", &F::measure},
                      Field{"year", &F::year, kPlain, "the year the academic year begins in"},
                      Field{"org_unit", &F::org_unit, kPlain, "null: the whole institution"},
                      Field{"value", &F::value},
                      Field{"source", &F::source},
                      Field{"updated_at", &F::updated_at, kReadOnly},
                      Field{"updated_by", &F::updated_by, kReadOnly,
                            "who entered it; empty for readers who do not enter figures"}};
  }
};

template <>
struct Codec<service::FigureInput> : Object<service::FigureInput, Codec<service::FigureInput>> {
  static constexpr std::string_view name = "IndicatorFigureEntry";
  static constexpr auto fields() {
    using F = service::FigureInput;
    return std::tuple{
        Field{"measure", &F::measure, kPlain,
              "students_enrolled, graduates, academic_staff, international_students or "
              "international_academic_staff"},
        Field{"year", &F::year, kPlain, "the year the academic year begins in"},
        Field{"org_unit", &F::org_unit, kPlain, "null or left out: the whole institution"},
        Field{"value", &F::value, kPlain, "a headcount, 0 or more"},
        Field{"source", &F::source, kPlain, "where the figure comes from"}};
  }
};

template <>
struct Codec<store::IndicatorTarget>
    : Object<store::IndicatorTarget, Codec<store::IndicatorTarget>> {
  static constexpr std::string_view name = "IndicatorTarget";
  static constexpr auto fields() {
    using T = store::IndicatorTarget;
    return std::tuple{Field{"indicator", &T::indicator},
                      Field{"year", &T::year, kPlain, "the year the academic year begins in"},
                      Field{"org_unit", &T::org_unit, kPlain, "null: the whole institution"},
                      Field{"value", &T::value, kPlain, "in the indicator's unit"},
                      Field{"note", &T::note, kPlain, "why this number"},
                      Field{"updated_at", &T::updated_at, kReadOnly},
                      Field{"updated_by", &T::updated_by, kReadOnly,
                            "who set it; empty for readers who do not set targets"}};
  }
};

template <>
struct Codec<service::TargetInput> : Object<service::TargetInput, Codec<service::TargetInput>> {
  static constexpr std::string_view name = "IndicatorTargetEntry";
  static constexpr auto fields() {
    using T = service::TargetInput;
    return std::tuple{
        Field{"indicator", &T::indicator, kPlain, "an indicator's id (GET /indicators)"},
        Field{"year", &T::year, kPlain, "the year the academic year begins in"},
        Field{"org_unit", &T::org_unit, kPlain, "null or left out: the whole institution"},
        Field{"value", &T::value, kPlain,
              "in the indicator's unit: a share from 0 to 1 for a ratio or an index, a number "
              "of people for a count"},
        Field{"note", &T::note, kPlain, "why this number (optional)"}};
  }
};

}  // namespace orbis::http::json
