// Codecs of the scholar case file (service/scholars): a case as a client sends it to open or
// change one, the case as a reader sees it with its clocks and tasks, its transitions and
// events. Thread-safety: stateless.
#pragma once

#include "domain/scholars/case.h"
#include "domain/scholars/clocks.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "http/json/people.h"
#include "service/scholars/cases.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::scholars::CaseKind> {
  using K = domain::scholars::CaseKind;
  static constexpr std::array values = {K::faculty, K::visiting, K::exchange};
};
template <>
struct EnumValues<domain::scholars::CaseStatus> {
  using S = domain::scholars::CaseStatus;
  static constexpr std::array values = {S::requested, S::screening,  S::approved, S::permit_visa,
                                        S::arrived,   S::registered, S::active,   S::extended,
                                        S::departed,  S::closed,     S::declined, S::withdrawn};
};
template <>
struct EnumValues<domain::scholars::EventKind> {
  using E = domain::scholars::EventKind;
  static constexpr std::array values = {E::entry, E::move, E::change, E::exit};
};
template <>
struct EnumValues<domain::scholars::DocumentKind> {
  using D = domain::scholars::DocumentKind;
  static constexpr std::array values = {D::passport, D::cv,     D::invitation, D::contract,
                                        D::degree,   D::permit, D::other};
};
template <>
struct EnumValues<domain::scholars::Trigger> {
  using T = domain::scholars::Trigger;
  static constexpr std::array values = {
      T::first_entry,       T::entry, T::re_entry, T::move, T::change, T::residence_permit_expiry,
      T::work_permit_expiry};
};
template <>
struct EnumValues<domain::scholars::DueState> {
  using D = domain::scholars::DueState;
  static constexpr std::array values = {D::upcoming, D::open, D::overdue, D::done, D::late};
};
template <>
struct EnumValues<domain::scholars::TaskOwner> {
  using O = domain::scholars::TaskOwner;
  static constexpr std::array values = {O::host, O::office, O::scholar};
};

template <>
struct Codec<domain::scholars::Permit>
    : Object<domain::scholars::Permit, Codec<domain::scholars::Permit>> {
  static constexpr std::string_view name = "ScholarPermit";
  static constexpr auto fields() {
    using P = domain::scholars::Permit;
    return std::tuple{Field{"number", &P::number},
                      Field{"category", &P::category, kPlain, "the work permit's A, B or C"},
                      Field{"filed_on", &P::filed_on, kPlain, "ISO date"},
                      Field{"issued_on", &P::issued_on, kPlain, "ISO date"},
                      Field{"expires_on", &P::expires_on, kPlain, "ISO date"},
                      Field{"renewal_filed_on", &P::renewal_filed_on, kPlain, "ISO date"}};
  }
};

template <>
struct Codec<domain::scholars::CaseEvent>
    : Object<domain::scholars::CaseEvent, Codec<domain::scholars::CaseEvent>> {
  static constexpr std::string_view name = "ScholarEvent";
  static constexpr auto fields() {
    using E = domain::scholars::CaseEvent;
    return std::tuple{
        Field{"id", &E::id, kReadOnly, "unique within the case"},
        Field{"kind", &E::kind, kPlain, "entry (the first is the arrival), move, change, exit"},
        Field{"at", &E::at, kPlain, "ISO 8601 time with its offset, or a date"},
        Field{"done_at", &E::done_at, kPlain,
              "when what it calls for was done: the registration, the filing"},
        Field{"note", &E::note}};
  }
};

template <>
struct Codec<domain::scholars::Due> : Object<domain::scholars::Due, Codec<domain::scholars::Due>> {
  static constexpr std::string_view name = "ScholarClock";
  static constexpr auto fields() {
    using D = domain::scholars::Due;
    return std::tuple{
        Field{"rule_set", &D::rule_set, kPlain, "the id of the rule set applied"},
        Field{"rule", &D::rule},
        Field{"name", &D::name},
        Field{"name_zh", &D::name_zh},
        Field{"trigger", &D::trigger},
        Field{"trigger_at", &D::trigger_at, kPlain, "the event's time, or the expiry's date"},
        Field{"event", &D::event, kPlain, "the case event it runs from; 0 for an expiry"},
        Field{"opens_at", &D::opens_at, kNullIfEmpty, "ISO 8601 UTC; null: open from the trigger"},
        Field{"due_at", &D::due_at, kPlain, "ISO 8601 UTC"},
        Field{"done_at", &D::done_at, kNullIfEmpty},
        Field{"state", &D::state},
        Field{"source_title", &D::source_title},
        Field{"source_url", &D::source_url},
        Field{"article", &D::article},
        Field{"why", &D::why, kPlain, "which set applied and why"}};
  }
};

template <>
struct Codec<domain::scholars::Task>
    : Object<domain::scholars::Task, Codec<domain::scholars::Task>> {
  static constexpr std::string_view name = "ScholarTask";
  static constexpr auto fields() {
    using T = domain::scholars::Task;
    return std::tuple{Field{"owner", &T::owner}, Field{"code", &T::code},
                      Field{"text", &T::text, kPlain, "in English; pages translate the code"}};
  }
};

// A case's record: what a client sends to open one (every member it knows) or change one
// (only those it changes), and the record a reader's view embeds.
template <>
struct Codec<domain::scholars::ScholarCase>
    : Object<domain::scholars::ScholarCase, Codec<domain::scholars::ScholarCase>> {
  static constexpr std::string_view name = "ScholarCase";
  static constexpr auto fields() {
    using C = domain::scholars::ScholarCase;
    return std::tuple{
        Field{"id", &C::id, kReadOnly},
        Field{"person_id", &C::person},
        Field{"kind", &C::kind, kPlain, "faculty (recruited), visiting, exchange"},
        Field{"direction", &C::direction, kPlain, "incoming or outgoing"},
        Field{"host_unit_id", &C::host_unit, kPlain, "our department; a coordinator's own"},
        Field{"partner_id", &C::partner, kPlain,
              "the institution the scholar comes from or goes to"},
        Field{"agreement_id", &C::agreement},
        Field{"project", &C::project, kPlain, "the joint project's title"},
        Field{"position", &C::position},
        Field{"purpose", &C::purpose},
        Field{"planned_start", &C::planned_start, kPlain, "ISO date"},
        Field{"planned_end", &C::planned_end, kPlain, "ISO date"},
        Field{"extended_to", &C::extended_to, kReadOnly, "set by an extension"},
        Field{"status", &C::status, kReadOnly},
        Field{"reason", &C::reason, kReadOnly, "of a decline or a withdrawal"},
        Field{"events", &C::events, kReadOnly, "recorded with POST /scholars/{id}/events"},
        Field{"work_permit", &C::work_permit, kPlain, "cleared for readers who may not see it"},
        Field{"residence_permit", &C::residence_permit, kPlain,
              "cleared for readers who may not see it"},
        Field{"created_at", &C::created_at, kReadOnly},
        Field{"updated_at", &C::updated_at, kReadOnly},
        Field{"history", &C::history, kReadOnly},
        Field{"version", &C::version, kReadOnly}};
  }
};

// POST /scholars: a case, and the scholar when they are not yet in Orbis.
struct ScholarRequest {
  domain::scholars::ScholarCase record;
  std::optional<domain::Person> scholar;
};
template <>
struct Codec<ScholarRequest> {
  static void read(const Json& in, ScholarRequest& request, Reader& r, std::string_view path) {
    if (!in.is_object()) return r.error(std::string(path), "an object");
    using CaseCodec = Codec<domain::scholars::ScholarCase>;
    for (const auto& [key, member] : in.items()) {
      if (key == "scholar") {
        request.scholar.emplace();
        Codec<domain::Person>::read(member, *request.scholar, r, Reader::join(path, key));
      } else if (!CaseCodec::read_member(key, member, request.record, r, path)) {
        r.error(Reader::join(path, key), "not a member of this record");
      }
    }
  }
  static Json schema(Schemas& s) {
    return s.ref("ScholarRequest", [](Schemas& schemas) {
      Json out = Codec<domain::scholars::ScholarCase>::object_schema(schemas);
      out["properties"]["scholar"] = Codec<domain::Person>::schema(schemas);
      out["properties"]["scholar"]["description"] =
          "the scholar, when not yet in Orbis (instead of person_id): recorded as staff of the "
          "partner (incoming) or of the home institution";
      return out;
    });
  }
};

// A case as a reader sees it.
template <>
struct Codec<store::ScholarDocument>
    : Object<store::ScholarDocument, Codec<store::ScholarDocument>> {
  static constexpr std::string_view name = "ScholarDocument";
  static constexpr auto fields() {
    using D = store::ScholarDocument;
    return std::tuple{Field{"id", &D::id},
                      Field{"kind", &D::kind},
                      Field{"filename", &D::filename},
                      Field{"content_type", &D::content_type},
                      Field{"size", &D::size, kPlain, "bytes"},
                      Field{"sha256", &D::sha256, kPlain, "hex, of the content"},
                      Field{"uploaded_at", &D::uploaded_at},
                      Field{"uploaded_by", &D::uploaded_by, kPlain,
                            "an e-mail for the office; a name and role for others"}};
  }
};

template <>
struct Codec<service::ScholarCaseView> {
  static void write(const service::ScholarCaseView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::ScholarCaseView& view) { return view.record.version; }
};

// POST /scholars/{id}/transitions.
struct ScholarTransition {
  std::string to;
  std::string reason;
  std::string extended_to;
};
template <>
struct Codec<ScholarTransition> : Object<ScholarTransition, Codec<ScholarTransition>> {
  static constexpr std::string_view name = "ScholarTransition";
  static constexpr auto fields() {
    using T = ScholarTransition;
    return std::tuple{
        Field{"to", &T::to, kPlain, "required: the state to move to"},
        Field{"reason", &T::reason, kPlain, "required to decline or withdraw"},
        Field{"extended_to", &T::extended_to, kPlain, "required to extend (ISO date)"}};
  }
};

template <>
struct Codec<service::OverdueClock> : Object<service::OverdueClock, Codec<service::OverdueClock>> {
  static constexpr std::string_view name = "OverdueScholarClock";
  static constexpr auto fields() {
    using O = service::OverdueClock;
    return std::tuple{Field{"case_id", &O::case_id}, Field{"person", &O::person},
                      Field{"clock", &O::due}};
  }
};

}  // namespace orbis::http::json
