#include "http/json/agreements.h"

#include <algorithm>

namespace orbis::http::json {
namespace {

// ---- a party ----------------------------------------------------------------------------

struct PartyInputFields : Object<domain::Party, PartyInputFields> {
  static constexpr std::string_view name = "Party";
  static constexpr auto fields() {
    using P = domain::Party;
    return std::tuple{Field{"institution_id", &P::institution, kPlain, "a registry institution"},
                      Field{"is_home", &P::is_home},
                      Field{"org_unit_id", &P::org_unit},
                      Field{"contact", &P::contact},
                      Field{"signatory", &P::signatory},
                      Field{"signed_on", &P::signed_on, kPlain, "ISO date"}};
  }
};

// What an agreement shows of each party's institution.
struct PartyInstitution {
  std::int64_t id = 0;
  std::string name;
  std::string name_zh;
  std::string country;
  std::string city;
  std::string ror_id;
};

// What is kept of each: a contact's name, email and phone; a signatory's name and title.
struct PartyContact {
  std::string name;
  std::string email;
  std::string phone;
};
struct Signatory {
  std::string name;
  std::string title;
};

struct PartyShown {
  InstitutionId institution_id;
  bool is_home = false;
  std::optional<OrgUnitId> org_unit;
  PartyContact contact;
  Signatory signatory;
  std::string signed_on;
  PartyInstitution institution;
};

// ---- a condition ------------------------------------------------------------------------

struct AcademicYears {
  std::string first;
  std::string last;
};

struct ConditionForm {
  std::int64_t id = 0;
  InstitutionId sending;
  InstitutionId receiving;
  domain::MobilityType mobility_type = domain::MobilityType::student_studies;
  AcademicYears academic_years;
  std::vector<int> eqf_levels;
  std::string isced;
  std::string isced_clarification;
  int seats_per_year = 0;
  std::optional<double> months_per_seat;
  std::optional<double> total_months_per_year;
  std::optional<int> total_days_per_year;
  std::vector<domain::LanguageRequirement> languages;
  bool blended = false;
  std::string other_terms;
  std::optional<service::ConditionUsage> usage;
};

ConditionForm form_of(const domain::CooperationCondition& c) {
  return {.id = c.id,
          .sending = c.sending,
          .receiving = c.receiving,
          .mobility_type = c.mobility_type,
          .academic_years = {c.first_academic_year, c.last_academic_year},
          .eqf_levels = c.eqf_levels,
          .isced = c.isced,
          .isced_clarification = c.isced_clarification,
          .seats_per_year = c.seats_per_year,
          .months_per_seat = c.months_per_seat,
          .total_months_per_year = c.total_months_per_year,
          .total_days_per_year = c.total_days_per_year,
          .languages = c.languages,
          .blended = c.blended,
          .other_terms = c.other_terms,
          .usage = std::nullopt};
}

// ---- an agreement -----------------------------------------------------------------------

struct Balance {
  InstitutionId institution;
  int outbound = 0;
  int inbound = 0;
};

struct Summary {
  AgreementId id;
  std::string code;
  std::string title;
  std::vector<domain::AgreementKind> kinds;
  domain::AgreementStatus status = domain::AgreementStatus::draft;
  domain::AgreementStatus stored_status = domain::AgreementStatus::draft;
  std::string start_date;
  std::string end_date;
  bool auto_renewal = false;
  std::string notes;
  std::vector<std::string> tags;
  int version = 0;
  std::vector<PartyShown> parties;
  std::vector<PartyInstitution> partners;
  std::vector<ConditionForm> conditions;
  std::vector<Balance> balance;
  std::optional<int> days_left;
};

struct HistoryEntry {
  std::string at;
  std::string actor;
  domain::AgreementStatus from = domain::AgreementStatus::draft;
  domain::AgreementStatus to = domain::AgreementStatus::draft;
  std::string reason;
};

struct EwpShown {
  std::string partner_hash;
  std::string approved_hash;
  std::string approved_at;
  std::optional<std::string> our_hash;
};

// What a reader may do with an agreement now, by the names the access policy gives them.
struct AllowedActions {
  std::vector<std::string> names;
};

struct Detail {
  Summary summary;
  std::vector<HistoryEntry> history;
  std::vector<store::AttachmentInfo> attachments;
  EwpShown ewp;
  AllowedActions allowed_actions;
  std::vector<domain::AgreementStatus> allowed_transitions;
};

PartyInstitution institution_of(const service::AgreementView& view, InstitutionId id) {
  const auto& in = view.institutions.at(id.value);
  return {in.id.value, in.name, in.name_zh,
          in.country,  in.city, in.ror_id.empty() ? "" : in.ror_url()};
}

Summary summary_of(const service::AgreementView& v) {
  const auto& a = v.agreement;
  Summary s{.id = a.id,
            .code = a.code,
            .title = a.title,
            .kinds = a.kinds,
            .status = v.effective,
            .stored_status = a.status,
            .start_date = a.start_date,
            .end_date = a.end_date,
            .auto_renewal = a.auto_renewal,
            .notes = a.notes,
            .tags = a.tags,
            .version = a.version,
            .parties = {},
            .partners = {},
            .conditions = {},
            .balance = {},
            .days_left = v.days_left};
  for (const auto& p : a.parties) {
    s.parties.push_back({.institution_id = p.institution,
                         .is_home = p.is_home,
                         .org_unit = p.org_unit,
                         .contact = {p.contact.name, p.contact.email, p.contact.phone},
                         .signatory = {p.signatory.name, p.signatory.title},
                         .signed_on = p.signed_on,
                         .institution = institution_of(v, p.institution)});
    if (!p.is_home) s.partners.push_back(s.parties.back().institution);
    // Only the partners the reader may see the balance of are in it (a partner: its own).
    const auto counts = v.balance.find(p.institution.value);
    if (!p.is_home && counts != v.balance.end())
      s.balance.push_back({p.institution, counts->second.first, counts->second.second});
  }
  for (std::size_t i = 0; i < a.conditions.size(); ++i) {
    s.conditions.push_back(form_of(a.conditions[i]));
    if (i < v.usage.size()) s.conditions.back().usage = v.usage[i];
  }
  return s;
}

Detail detail_of(const AgreementDetail& d) {
  const auto& v = d.view;
  Detail out{.summary = summary_of(v),
             .history = {},
             .attachments = v.attachments,
             .ewp = {v.ewp.partner_hash, v.ewp.approved_hash, v.ewp.approved_at, d.our_hash},
             .allowed_actions = {v.allowed_actions},
             .allowed_transitions = v.allowed_transitions};
  for (const auto& h : v.agreement.history)
    out.history.push_back({h.at, h.actor, h.from, h.to, h.reason});
  return out;
}

struct Expiring {
  Summary agreement;
  int days_left = 0;
  int window = 0;
};

struct Unused {
  Summary agreement;
  ConditionForm condition;
  service::ConditionUsage usage;
};

struct Difference {
  std::string path;
  std::string ours;
  std::string theirs;
};

struct ComparisonShown {
  std::string our_hash;
  std::string partner_hash;
  bool hashes_match = false;
  std::vector<Difference> differences;
  std::string approved_hash;
  std::string approved_at;
};

struct RemindersShown {
  std::vector<Expiring> expiring;
  std::vector<Unused> unused_seats;
  std::string calendar_url;
  std::optional<std::string> expiring_next;
  std::optional<std::string> unused_seats_next;
};

}  // namespace

template <>
struct Codec<PartyInstitution> : Object<PartyInstitution, Codec<PartyInstitution>> {
  static constexpr std::string_view name = "PartyInstitution";
  static constexpr auto fields() {
    using I = PartyInstitution;
    return std::tuple{Field{"id", &I::id},
                      Field{"name", &I::name},
                      Field{"name_zh", &I::name_zh, kNullIfEmpty},
                      Field{"country", &I::country, kPlain, "ISO 3166-1 alpha-2"},
                      Field{"city", &I::city, kNullIfEmpty},
                      Field{"ror_id", &I::ror_id, kNullIfEmpty, "the ROR URL"}};
  }
};

template <>
struct Codec<PartyContact> : Object<PartyContact, Codec<PartyContact>> {
  static constexpr std::string_view name = "PartyContact";
  static constexpr auto fields() {
    return std::tuple{Field{"name", &PartyContact::name}, Field{"email", &PartyContact::email},
                      Field{"phone", &PartyContact::phone}};
  }
};

template <>
struct Codec<Signatory> : Object<Signatory, Codec<Signatory>> {
  static constexpr std::string_view name = "Signatory";
  static constexpr auto fields() {
    return std::tuple{Field{"name", &Signatory::name}, Field{"title", &Signatory::title}};
  }
};

template <>
struct Codec<PartyShown> : Object<PartyShown, Codec<PartyShown>> {
  static constexpr std::string_view name = "Party";
  static constexpr auto fields() {
    using P = PartyShown;
    return std::tuple{Field{"institution_id", &P::institution_id},
                      Field{"is_home", &P::is_home},
                      Field{"org_unit_id", &P::org_unit},
                      Field{"contact", &P::contact},
                      Field{"signatory", &P::signatory},
                      Field{"signed_on", &P::signed_on, kNullIfEmpty, "ISO date"},
                      Field{"institution", &P::institution}};
  }
};

template <>
struct Codec<AcademicYears> : Object<AcademicYears, Codec<AcademicYears>> {
  static constexpr std::string_view name = "AcademicYears";
  static constexpr auto fields() {
    return std::tuple{Field{"first", &AcademicYears::first, kPlain, "e.g. 2025/2026"},
                      Field{"last", &AcademicYears::last, kPlain, "e.g. 2029/2030"}};
  }
};

template <>
struct Codec<ConditionForm> : Object<ConditionForm, Codec<ConditionForm>> {
  static constexpr std::string_view name = "Condition";
  static constexpr auto fields() {
    using C = ConditionForm;
    return std::tuple{
        Field{"id", &C::id, kReadOnly},
        Field{"sending_institution_id", &C::sending, kPlain, "one of the parties"},
        Field{"receiving_institution_id", &C::receiving, kPlain, "one of the parties"},
        Field{"mobility_type", &C::mobility_type},
        Field{"academic_years", &C::academic_years},
        Field{"eqf_levels", &C::eqf_levels, kPlain, "levels 5 to 8"},
        Field{"isced", &C::isced, kNullIfEmpty, "an ISCED-F 2013 code"},
        Field{"isced_clarification", &C::isced_clarification},
        Field{"seats_per_year", &C::seats_per_year},
        Field{"months_per_seat", &C::months_per_seat},
        Field{"total_months_per_year", &C::total_months_per_year},
        Field{"total_days_per_year", &C::total_days_per_year},
        Field{"languages", &C::languages},
        Field{"blended", &C::blended},
        Field{"other_terms", &C::other_terms},
        Field{"usage", &C::usage, kReadOnly | kOmitIfAbsent,
              "in the current academic year: in an agreement, not on its own"}};
  }
};

template <>
struct Codec<Balance> : Object<Balance, Codec<Balance>> {
  static constexpr std::string_view name = "PartnerBalance";
  static constexpr auto fields() {
    return std::tuple{Field{"institution_id", &Balance::institution},
                      Field{"outbound", &Balance::outbound, kPlain, "stays out to the partner"},
                      Field{"inbound", &Balance::inbound, kPlain, "stays in from the partner"}};
  }
};

template <>
struct Codec<Summary> : Object<Summary, Codec<Summary>> {
  static constexpr std::string_view name = "AgreementSummary";
  static constexpr auto fields() {
    using S = Summary;
    return std::tuple{
        Field{"id", &S::id},
        Field{"code", &S::code},
        Field{"title", &S::title},
        Field{"kinds", &S::kinds},
        Field{"status", &S::status, kPlain, "the effective status, including expiring, expired"},
        Field{"stored_status", &S::stored_status},
        Field{"start_date", &S::start_date},
        Field{"end_date", &S::end_date, kNullIfEmpty},
        Field{"auto_renewal", &S::auto_renewal},
        Field{"notes", &S::notes},
        Field{"tags", &S::tags},
        Field{"version", &S::version},
        Field{"parties", &S::parties},
        Field{"partners", &S::partners},
        Field{"conditions", &S::conditions},
        Field{"balance", &S::balance, kPlain,
              "stays out to and in from each partner the reader may see"},
        Field{"days_left", &S::days_left, kPlain, "until the end date, for active agreements"}};
  }
};

template <>
struct Codec<HistoryEntry> : Object<HistoryEntry, Codec<HistoryEntry>> {
  static constexpr std::string_view name = "AgreementStatusChange";
  static constexpr auto fields() {
    using H = HistoryEntry;
    return std::tuple{Field{"at", &H::at}, Field{"actor", &H::actor}, Field{"from", &H::from},
                      Field{"to", &H::to}, Field{"reason", &H::reason}};
  }
};

template <>
struct Codec<EwpShown> : Object<EwpShown, Codec<EwpShown>> {
  static constexpr std::string_view name = "AgreementEwpState";
  static constexpr auto fields() {
    using E = EwpShown;
    return std::tuple{
        Field{"partner_hash", &E::partner_hash, kNullIfEmpty},
        Field{"approved_hash", &E::approved_hash, kNullIfEmpty},
        Field{"approved_at", &E::approved_at, kNullIfEmpty},
        Field{"our_hash", &E::our_hash, kPlain, "null when EWP cannot express the agreement"}};
  }
};

template <>
struct Codec<AllowedActions> {
  static void write(const AllowedActions& a, Json& out) { out = a.names; }
  static Json schema(Schemas&) {
    return {{"type", "array"},
            {"items",
             {{"type", "string"},
              {"enum", Json::array({"update", "transition", "comment", "address_partner", "attach",
                                    "import_ewp", "approve_ewp"})}}},
            {"description",
             "What the reader may do with the agreement now: change it, move it (to one of "
             "allowed_transitions), comment, name the one partner a comment is for, attach a "
             "file, import the partner's EWP copy, approve the imported copy not yet approved "
             "(refused unless ewp.our_hash equals ewp.partner_hash)."}};
  }
};

template <>
struct Codec<Detail> : Object<Detail, Codec<Detail>> {
  static constexpr std::string_view name = "Agreement";
  static constexpr auto fields() {
    using D = Detail;
    return std::tuple{Embed<D, Summary>{&D::summary},
                      Field{"history", &D::history},
                      Field{"attachments", &D::attachments},
                      Field{"ewp", &D::ewp},
                      Field{"allowed_actions", &D::allowed_actions},
                      Field{"allowed_transitions", &D::allowed_transitions, kPlain,
                            "the statuses the reader may move the agreement to now, from its "
                            "effective status"}};
  }
};

template <>
struct Codec<Expiring> : Object<Expiring, Codec<Expiring>> {
  static constexpr std::string_view name = "ExpiringAgreement";
  static constexpr auto fields() {
    return std::tuple{Field{"agreement", &Expiring::agreement},
                      Field{"days_left", &Expiring::days_left},
                      Field{"window", &Expiring::window, kPlain,
                            "30, 90 or 180: the smallest window it falls in"}};
  }
};

template <>
struct Codec<Unused> : Object<Unused, Codec<Unused>> {
  static constexpr std::string_view name = "UnusedSeats";
  static constexpr auto fields() {
    return std::tuple{Field{"agreement", &Unused::agreement},
                      Field{"condition", &Unused::condition}, Field{"usage", &Unused::usage}};
  }
};

template <>
struct Codec<RemindersShown> : Object<RemindersShown, Codec<RemindersShown>> {
  static constexpr std::string_view name = "Reminders";
  static constexpr auto fields() {
    return std::tuple{Field{"expiring", &RemindersShown::expiring},
                      Field{"unused_seats", &RemindersShown::unused_seats},
                      Field{"calendar_url", &RemindersShown::calendar_url, kPlain,
                            "the reader's iCalendar feed of expiries"},
                      Field{"expiring_next", &RemindersShown::expiring_next, kPlain,
                            "the cursor of the next page of expiring (kind=expiring); null "
                            "when it ended or was not asked for"},
                      Field{"unused_seats_next", &RemindersShown::unused_seats_next, kPlain,
                            "the cursor of the next page of unused_seats (kind=unused_seats); "
                            "null when it ended or was not asked for"}};
  }
};

template <>
struct Codec<Difference> : Object<Difference, Codec<Difference>> {
  static constexpr std::string_view name = "EwpDifference";
  static constexpr auto fields() {
    return std::tuple{Field{"path", &Difference::path}, Field{"ours", &Difference::ours},
                      Field{"theirs", &Difference::theirs}};
  }
};

template <>
struct Codec<ComparisonShown> : Object<ComparisonShown, Codec<ComparisonShown>> {
  static constexpr std::string_view name = "EwpComparison";
  static constexpr auto fields() {
    using C = ComparisonShown;
    return std::tuple{Field{"our_hash", &C::our_hash},
                      Field{"partner_hash", &C::partner_hash},
                      Field{"hashes_match", &C::hashes_match},
                      Field{"differences", &C::differences},
                      Field{"approved_hash", &C::approved_hash, kNullIfEmpty},
                      Field{"approved_at", &C::approved_at, kNullIfEmpty}};
  }
};

void Codec<service::EwpComparison>::write(const service::EwpComparison& c, Json& out) {
  ComparisonShown shown{.our_hash = c.our_hash,
                        .partner_hash = c.partner_hash,
                        .hashes_match = c.hashes_match,
                        .differences = {},
                        .approved_hash = c.state.approved_hash,
                        .approved_at = c.state.approved_at};
  for (const auto& [path, ours, theirs] : c.differences)
    shown.differences.push_back({path, ours, theirs});
  Codec<ComparisonShown>::write(shown, out);
}

Json Codec<service::EwpComparison>::schema(Schemas& s) { return Codec<ComparisonShown>::schema(s); }

void Codec<RemindersView>::write(const RemindersView& view, Json& out) {
  RemindersShown shown{.expiring = {},
                       .unused_seats = {},
                       .calendar_url = view.calendar_url,
                       .expiring_next = view.reminders.expiring_next,
                       .unused_seats_next = view.reminders.unused_seats_next};
  for (const auto& e : view.reminders.expiring)
    shown.expiring.push_back({summary_of(e.agreement), e.days_left, e.window});
  for (const auto& u : view.reminders.unused_seats) {
    shown.unused_seats.push_back({summary_of(u.agreement),
                                  form_of(u.agreement.agreement.conditions.at(u.condition)),
                                  u.usage});
  }
  Codec<RemindersShown>::write(shown, out);
}

Json Codec<RemindersView>::schema(Schemas& s) { return Codec<RemindersShown>::schema(s); }

void Codec<domain::Party>::read(const Json& in, domain::Party& party, Reader& r,
                                std::string_view path) {
  if (in.is_object() && !in.contains("institution_id"))
    r.error(Reader::join(path, "institution_id"), "the id of a registry institution is required");
  PartyInputFields::read(in, party, r, path);
}

Json Codec<domain::Party>::schema(Schemas& s) {
  return s.ref(PartyInputFields::name, [](Schemas& schemas) {
    Json out = PartyInputFields::object_schema(schemas);
    out["required"] = Json::array({"institution_id"});
    return out;
  });
}

void Codec<domain::CooperationCondition>::write(const domain::CooperationCondition& c, Json& out) {
  Codec<ConditionForm>::write(form_of(c), out);
}

void Codec<domain::CooperationCondition>::read(const Json& in, domain::CooperationCondition& c,
                                               Reader& r, std::string_view path) {
  if (in.is_object()) {
    for (const char* required : {"sending_institution_id", "receiving_institution_id",
                                 "mobility_type", "academic_years"}) {
      if (!in.contains(required)) r.error(Reader::join(path, required), "required");
    }
  }
  ConditionForm form = form_of(c);
  Codec<ConditionForm>::read(in, form, r, path);
  c = {.id = c.id,
       .sending = form.sending,
       .receiving = form.receiving,
       .mobility_type = form.mobility_type,
       .first_academic_year = form.academic_years.first,
       .last_academic_year = form.academic_years.last,
       .eqf_levels = std::move(form.eqf_levels),
       .isced = std::move(form.isced),
       .isced_clarification = std::move(form.isced_clarification),
       .seats_per_year = form.seats_per_year,
       .months_per_seat = form.months_per_seat,
       .total_months_per_year = form.total_months_per_year,
       .total_days_per_year = form.total_days_per_year,
       .languages = std::move(form.languages),
       .blended = form.blended,
       .other_terms = std::move(form.other_terms)};
}

Json Codec<domain::CooperationCondition>::schema(Schemas& s) {
  if (s.direction() == Schemas::Direction::output) return Codec<ConditionForm>::schema(s);
  return s.ref("Condition", [](Schemas& schemas) {
    Json out = Codec<ConditionForm>::object_schema(schemas);
    out["required"] = Json::array(
        {"sending_institution_id", "receiving_institution_id", "mobility_type", "academic_years"});
    return out;
  });
}

void Codec<service::AgreementView>::write(const service::AgreementView& view, Json& out) {
  Codec<Summary>::write(summary_of(view), out);
}

Json Codec<service::AgreementView>::schema(Schemas& s) { return Codec<Summary>::schema(s); }

void Codec<AgreementDetail>::write(const AgreementDetail& detail, Json& out) {
  Codec<Detail>::write(detail_of(detail), out);
}

Json Codec<AgreementDetail>::schema(Schemas& s) { return Codec<Detail>::schema(s); }

}  // namespace orbis::http::json
