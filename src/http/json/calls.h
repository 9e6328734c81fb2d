// Codecs of calls for applications and of the applications to them: a call and its offers,
// an application and its applicant as a reader sees them, and what a client sends to open or
// change a call, add an offer or apply. Reading is call_bodies.h's: a call's offers listed
// with the ids of those kept, the others numbered in order. Thread-safety: stateless.
#pragma once

#include "domain/mobility.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/mobility/applications.h"
#include "service/mobility/calls.h"

namespace orbis::http {

// What a client changes of a draft application: its ranked offers, its motivation (null
// clears it), or both; what it leaves out stays.
struct ApplicationChanges {
  std::optional<std::vector<std::int64_t>> preferences;
  std::optional<std::string> motivation;
};

// A coordinator's or officer's scores of an application, 0 to 100 (null: not scored).
struct ApplicationScores {
  std::optional<double> interview_score;
  std::optional<double> motivation_score;
};

// Why an application is withdrawn (may be empty).
struct WithdrawalReason {
  std::string reason;
};

}  // namespace orbis::http

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

template <>
struct EnumValues<domain::ApplicationStatus> {
  using S = domain::ApplicationStatus;
  static constexpr std::array values = {S::draft,    S::submitted,  S::eligible,  S::ineligible,
                                        S::placed,   S::waitlisted, S::unplaced,  S::nominated,
                                        S::accepted, S::rejected,   S::confirmed, S::withdrawn};
};

template <>
struct Codec<domain::Verdict> : Object<domain::Verdict, Codec<domain::Verdict>> {
  static constexpr std::string_view name = "Verdict";
  static constexpr auto fields() {
    using V = domain::Verdict;
    return std::tuple{Field{"offer_id", &V::offer}, Field{"eligible", &V::eligible},
                      Field{"code", &V::code, kPlain,
                            "empty, or level, year_of_study, gpa, gpa_missing, language, field"},
                      Field{"reason", &V::reason, kPlain, "in English"}};
  }
};

template <>
struct Codec<domain::ApplicationDocument>
    : Object<domain::ApplicationDocument, Codec<domain::ApplicationDocument>> {
  static constexpr std::string_view name = "ApplicationDocument";
  static constexpr auto fields() {
    using D = domain::ApplicationDocument;
    return std::tuple{
        Field{"id", &D::id},
        Field{"kind", &D::kind, kPlain,
              "transcript, language_certificate, motivation_letter, cv, passport, other"},
        Field{"name", &D::name},
        Field{"content_type", &D::content_type},
        Field{"sha256", &D::sha256},
        Field{"size", &D::size, kPlain, "bytes"},
        Field{"uploaded_at", &D::uploaded_at}};
  }
};

template <>
struct Codec<domain::PlacementExplanation>
    : Object<domain::PlacementExplanation, Codec<domain::PlacementExplanation>> {
  static constexpr std::string_view name = "PlacementExplanation";
  static constexpr auto fields() {
    using E = domain::PlacementExplanation;
    return std::tuple{Field{"offer_id", &E::offer},
                      Field{"reason", &E::reason, kPlain,
                            "not_eligible, no_seats, outranked or welfare_trade_off"},
                      Field{"priority_position", &E::priority_position},
                      Field{"cutoff_score", &E::cutoff_score},
                      Field{"detail", &E::detail, kPlain, "the ineligibility's reason"}};
  }
};

template <>
struct Codec<domain::PlacementResult>
    : Object<domain::PlacementResult, Codec<domain::PlacementResult>> {
  static constexpr std::string_view name = "PlacementResult";
  static constexpr auto fields() {
    using R = domain::PlacementResult;
    return std::tuple{Field{"run_id", &R::run},
                      Field{"offer_id", &R::offer, kPlain, "the offer placed at; null: none"},
                      Field{"preference", &R::preference, kPlain, "1-based"},
                      Field{"waiting_position", &R::waiting_position, kPlain,
                            "on the first preference's waiting list"},
                      Field{"explanations", &R::explanations, kPlain,
                            "why each preference ranked above the placed one was not given"}};
  }
};

// An application: what a client sends to apply (person_id, preferences, motivation); the
// rest is Orbis's.
template <>
struct Codec<domain::Application> : Object<domain::Application, Codec<domain::Application>> {
  static constexpr std::string_view name = "Application";
  static constexpr auto fields() {
    using A = domain::Application;
    return std::tuple{
        Field{"id", &A::id, kReadOnly},
        Field{"call_id", &A::call, kReadOnly},
        Field{"person_id", &A::person, kPlain, "the applicant; a student applies for themselves"},
        Field{"org_unit_id", &A::org_unit, kReadOnly},
        Field{"status", &A::status, kReadOnly},
        Field{"preferences", &A::preferences, kPlain, "offer ids, best first"},
        Field{"motivation", &A::motivation, kPlain,
              "left out for a reader who may not see the application's files"},
        Field{"verdicts", &A::verdicts, kReadOnly, "one per preference, when submitted"},
        Field{"interview_score", &A::interview_score, kReadOnly, "0 to 100"},
        Field{"motivation_score", &A::motivation_score, kReadOnly, "0 to 100"},
        Field{"scored_by", &A::scored_by, kReadOnly},
        Field{"score", &A::score, kReadOnly, "by the call's weights"},
        Field{"documents", &A::documents, kReadOnly, "left out with the motivation"},
        Field{"result", &A::result, kReadOnly, "when a placement run is published"},
        Field{"submit_started_at", &A::submit_started_at, kReadOnly},
        Field{"submitted_at", &A::submitted_at, kReadOnly},
        Field{"created_at", &A::created_at, kReadOnly},
        Field{"updated_at", &A::updated_at, kReadOnly},
        Field{"history", &A::history, kReadOnly},
        Field{"version", &A::version, kReadOnly}};
  }
  static void read(const Json& in, domain::Application& application, Reader& r,
                   std::string_view path);
};

template <>
struct Codec<ApplicationChanges> : Object<ApplicationChanges, Codec<ApplicationChanges>> {
  static constexpr std::string_view name = "ApplicationChanges";
  static constexpr auto fields() {
    using C = ApplicationChanges;
    return std::tuple{Field{"preferences", &C::preferences, kOmitIfAbsent, "offer ids, best first"},
                      Field{"motivation", &C::motivation, kPlain, "null clears it"}};
  }
  // As a draft is saved while the student types: preferences a list of offer ids, the
  // motivation a text or null.
  static void read(const Json& in, ApplicationChanges& changes, Reader& r, std::string_view path);
};

template <>
struct Codec<ApplicationScores> : Object<ApplicationScores, Codec<ApplicationScores>> {
  static constexpr std::string_view name = "Score";
  static constexpr auto fields() {
    using S = ApplicationScores;
    return std::tuple{Field{"interview_score", &S::interview_score, kPlain, "0 to 100, or null"},
                      Field{"motivation_score", &S::motivation_score, kPlain, "0 to 100, or null"}};
  }
};

template <>
struct Codec<WithdrawalReason> : Object<WithdrawalReason, Codec<WithdrawalReason>> {
  static constexpr std::string_view name = "Reason";
  static constexpr auto fields() { return std::tuple{Field{"reason", &WithdrawalReason::reason}}; }
};

// An application as a reader sees it: the record less what the reader may not see, its
// applicant (their GPA and email only for readers who may see them) and what the reader
// may do with it at its status.
template <>
struct Codec<service::ApplicationView> {
  static void write(const service::ApplicationView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::ApplicationView& view) { return view.application.version; }
};

}  // namespace orbis::http::json
