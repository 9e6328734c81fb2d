// Codecs of stays abroad and nominations: a stay's record as a client sends it to record or
// change one, the stay as a reader sees it, and the inputs of its transitions and of a
// nomination's decision. Thread-safety: stateless.
#pragma once

#include "domain/mobility.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "http/json/people.h"
#include "service/mobility/mobilities.h"
#include "service/mobility/nominations.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::MobilityStatus> {
  using S = domain::MobilityStatus;
  static constexpr std::array values = {S::nominated, S::accepted,   S::preparing, S::abroad,
                                        S::completed, S::recognised, S::cancelled};
};

template <>
struct EnumValues<domain::NominationDecision> {
  using D = domain::NominationDecision;
  static constexpr std::array values = {D::pending, D::accepted, D::rejected};
};

template <>
struct Codec<domain::Funding> : Object<domain::Funding, Codec<domain::Funding>> {
  static constexpr std::string_view name = "Funding";
  static constexpr auto fields() {
    using F = domain::Funding;
    return std::tuple{
        Field{"source", &F::source, kPlain, "scholarship, erasmus, csc, self, home"},
        Field{"scholarship", &F::scholarship, kPlain, "a programme scholarship's code"},
        Field{"sponsor", &F::sponsor}, Field{"amount", &F::amount}};
  }
};

template <>
struct Codec<domain::Nomination> : Object<domain::Nomination, Codec<domain::Nomination>> {
  static constexpr std::string_view name = "StayNomination";
  static constexpr auto fields() {
    using N = domain::Nomination;
    return std::tuple{Field{"decision", &N::decision},
                      Field{"nominated_at", &N::nominated_at},
                      Field{"nominated_by", &N::nominated_by},
                      Field{"decided_at", &N::decided_at},
                      Field{"decided_by", &N::decided_by},
                      Field{"reason", &N::reason, kPlain, "required for a rejection"}};
  }
};

// A stay's record: what a client sends to record one (every member it knows) or change one
// (only those it changes), and the record a reader's view embeds.
template <>
struct Codec<domain::Mobility> : Object<domain::Mobility, Codec<domain::Mobility>> {
  static constexpr std::string_view name = "Mobility";
  static constexpr auto fields() {
    using M = domain::Mobility;
    return std::tuple{Field{"id", &M::id, kReadOnly},
                      Field{"person_id", &M::person},
                      Field{"direction", &M::direction},
                      Field{"type", &M::type},
                      Field{"sending_institution_id", &M::sending},
                      Field{"receiving_institution_id", &M::receiving},
                      Field{"org_unit_id", &M::org_unit, kPlain, "the home org unit it belongs to"},
                      Field{"agreement_id", &M::agreement},
                      Field{"condition_id", &M::condition, kPlain, "a condition of the agreement"},
                      Field{"programme_id", &M::programme},
                      Field{"call_id", &M::call},
                      Field{"application_id", &M::application, kReadOnly},
                      Field{"academic_year", &M::academic_year, kPlain, "like 2026/2027"},
                      Field{"planned_start", &M::planned_start, kPlain, "ISO date"},
                      Field{"planned_end", &M::planned_end, kPlain, "ISO date"},
                      Field{"actual_start", &M::actual_start, kPlain, "ISO date"},
                      Field{"actual_end", &M::actual_end, kPlain, "ISO date"},
                      Field{"funding", &M::funding},
                      Field{"credits_planned", &M::credits_planned, kPlain, "ECTS, students"},
                      Field{"status", &M::status, kReadOnly},
                      Field{"nomination", &M::nomination, kReadOnly},
                      Field{"cancel_reason", &M::cancel_reason, kReadOnly},
                      Field{"history", &M::history, kReadOnly},
                      Field{"version", &M::version, kReadOnly}};
  }
};

// A stay as a reader sees it: the record, its person (the email only for a reader it is
// disclosed to), what it names, and what the reader may do with it now.
template <>
struct Codec<service::MobilityView> {
  static void write(const service::MobilityView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::MobilityView& view) { return view.mobility.version; }
};

// POST /mobilities/{id}/transitions.
struct StayTransition {
  std::string to;
  std::string reason;
  std::string date;
};

template <>
struct Codec<StayTransition> : Object<StayTransition, Codec<StayTransition>> {
  static constexpr std::string_view name = "MobilityTransition";
  static constexpr auto fields() {
    using T = StayTransition;
    return std::tuple{Field{"to", &T::to, kPlain,
                            "required: preparing, abroad, completed, recognised or cancelled"},
                      Field{"reason", &T::reason, kPlain, "required to cancel"},
                      Field{"date", &T::date, kPlain, "the actual start or end (ISO date)"}};
  }
};

// POST /nominations/{id}/decision.
struct NominationDecisionInput {
  std::optional<bool> accept;
  std::string reason;
};

template <>
struct Codec<NominationDecisionInput>
    : Object<NominationDecisionInput, Codec<NominationDecisionInput>> {
  static constexpr std::string_view name = "Decision";
  static constexpr auto fields() {
    using D = NominationDecisionInput;
    return std::tuple{Field{"accept", &D::accept, kPlain, "required: true or false"},
                      Field{"reason", &D::reason, kPlain, "required for a rejection"}};
  }
};

// POST /nominations: the nominee under `person` (the members of a person, as POST /people
// takes them, that a partner knows of a student or staff member; the rest are Orbis's or
// the receiving office's) and the stay's members beside it. Only read.
template <>
struct Codec<service::IncomingNomination> {
  // The members of a person a nomination may carry.
  static constexpr std::array<std::string_view, 12> kNomineeMembers = {
      "kind",  "family_name", "given_name", "name_zh",       "email",     "nationality",
      "level", "position",    "field",      "year_of_study", "languages", "date_of_birth"};
  static void read(const Json& in, service::IncomingNomination& n, Reader& r,
                   std::string_view path);
  static Json schema(Schemas& s);
};

}  // namespace orbis::http::json
