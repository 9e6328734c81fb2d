// Codecs of calls for applications: a call and its offers as a reader sees them, and what a
// client sends to open or change a call or add an offer. Reading keeps the domain's rules
// (domain/mobility_json.h): a call's offers listed with the ids of those kept, the others
// numbered in order. Thread-safety: stateless.
#pragma once

#include "domain/mobility.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/mobility/calls.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::CallPhase> {
  using P = domain::CallPhase;
  static constexpr std::array values = {P::upcoming, P::open, P::closed};
};

template <>
struct Codec<domain::EligibilityRules>
    : Object<domain::EligibilityRules, Codec<domain::EligibilityRules>> {
  static constexpr std::string_view name = "EligibilityRules";
  static constexpr auto fields() {
    using E = domain::EligibilityRules;
    return std::tuple{
        Field{"levels", &E::levels, kPlain, "EQF levels; empty: any"},
        Field{"years_of_study", &E::years_of_study, kPlain, "empty: any"},
        Field{"min_gpa", &E::min_gpa, kPlain, "on gpa_scale"},
        Field{"gpa_scale", &E::gpa_scale},
        Field{"language", &E::language, kPlain, "ISO 639-1, with min_cefr"},
        Field{"min_cefr", &E::min_cefr, kPlain, "A1 to C2"},
        Field{"field", &E::field, kPlain, "ISCED-F code the applicant's falls under"}};
  }
};

template <>
struct Codec<domain::ScoringWeights>
    : Object<domain::ScoringWeights, Codec<domain::ScoringWeights>> {
  static constexpr std::string_view name = "ScoringWeights";
  static constexpr auto fields() {
    using W = domain::ScoringWeights;
    return std::tuple{Field{"gpa", &W::gpa}, Field{"language", &W::language},
                      Field{"interview", &W::interview}, Field{"motivation", &W::motivation}};
  }
};

// An offer: what a client sends to add one, or lists in a call it changes (with the id of
// an offer it keeps).
template <>
struct Codec<domain::Offer> : Object<domain::Offer, Codec<domain::Offer>> {
  static constexpr std::string_view name = "Offer";
  static constexpr auto fields() {
    using O = domain::Offer;
    return std::tuple{
        Field{"id", &O::id, kPlain,
              "unique within the call; in a changed call, the id of an offer kept (left out: a "
              "new offer)"},
        Field{"agreement_id", &O::agreement},
        Field{"condition_id", &O::condition, kPlain, "a condition of the agreement"},
        Field{"programme_id", &O::programme},
        Field{"host_id", &O::host, kPlain, "defaults from the condition or the programme"},
        Field{"seats", &O::seats, kPlain, "0: the condition's seats or the programme's capacity"},
        Field{"title", &O::title},
        Field{"eligibility", &O::eligibility, kPlain, "on top of the call's"}};
  }
  static void read(const Json& in, domain::Offer& offer, Reader& r, std::string_view path);
};

// The members of a call besides its offers.
struct CallFields {
  static constexpr auto fields() {
    using C = domain::Call;
    return std::tuple{
        Field{"id", &C::id, kReadOnly},
        Field{"code", &C::code, kPlain, "unique: e.g. OUT-2027-AUT"},
        Field{"title", &C::title},
        Field{"title_zh", &C::title_zh},
        Field{"academic_year", &C::academic_year, kPlain, "e.g. 2027/2028"},
        Field{"term", &C::term, kPlain, "autumn, spring, full_year, summer or winter"},
        Field{"opens_at", &C::opens_at, kPlain, "ISO 8601 with offset"},
        Field{"closes_at", &C::closes_at, kPlain, "ISO 8601 with offset"},
        Field{"time_zone", &C::time_zone, kPlain, "IANA, for display"},
        Field{"org_unit_id", &C::org_unit, kPlain, "a faculty's own call; null: the university"},
        Field{"eligibility", &C::eligibility},
        Field{"weights", &C::weights, kPlain, "of the score's parts; they sum to 1"},
        Field{"max_preferences", &C::max_preferences},
        Field{"published_run_id", &C::published_run, kReadOnly},
        Field{"version", &C::version, kReadOnly}};
  }
};

// A call: what a client sends to open one (every member it knows) or change one (only those
// it changes).
template <>
struct Codec<domain::Call> : Object<domain::Call, Codec<domain::Call>> {
  static constexpr std::string_view name = "Call";
  static constexpr auto fields() {
    return std::tuple_cat(CallFields::fields(), std::tuple{Field{"offers", &domain::Call::offers}});
  }
  static void read(const Json& in, domain::Call& call, Reader& r, std::string_view path);
};

template <>
struct Codec<service::OfferHostView>
    : Object<service::OfferHostView, Codec<service::OfferHostView>> {
  static constexpr std::string_view name = "OfferHost";
  static constexpr auto fields() {
    using H = service::OfferHostView;
    return std::tuple{Field{"name", &H::name}, Field{"name_zh", &H::name_zh},
                      Field{"country", &H::country}};
  }
};

// An offer as a reader of its call sees it.
template <>
struct Codec<service::OfferView> : Object<service::OfferView, Codec<service::OfferView>> {
  static constexpr std::string_view name = "Offer";
  static constexpr auto fields() {
    using V = service::OfferView;
    return std::tuple{
        Embed<V, domain::Offer>{&V::offer},
        Field{"host", &V::host, kReadOnly | kOmitIfAbsent, "when the host is in the registry"},
        Field{"first_choices", &V::first_choices, kReadOnly | kOmitIfAbsent,
              "submitted applications that rank it first (not shown to students)"},
        Field{"rankings", &V::rankings, kReadOnly | kOmitIfAbsent,
              "submitted applications that rank it (not shown to students)"}};
  }
};

template <>
struct Codec<service::CallApplicationCounts>
    : Object<service::CallApplicationCounts, Codec<service::CallApplicationCounts>> {
  static constexpr std::string_view name = "CallApplicationCounts";
  static constexpr auto fields() {
    using A = service::CallApplicationCounts;
    return std::tuple{Field{"total", &A::total}, Field{"submitted", &A::submitted}};
  }
};

// A call as a reader sees it: the record, its phase, its offers with their hosts, its
// applications' counts (not for students) and what the reader may do with it now.
template <>
struct Codec<service::CallView> {
  static void write(const service::CallView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::CallView& view) { return view.call.version; }
};

}  // namespace orbis::http::json
