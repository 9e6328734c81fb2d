#include "service/agreements.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "common/crypto.h"
#include "common/text.h"
#include "domain/country.h"
#include "domain/reference.h"
#include "service/access.h"
#include "service/agreement_json.h"
#include "service/audit_log.h"
#include "service/paging.h"
#include "service/privacy.h"
#include "service/support/paging.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::AgreementStatus;
using domain::Role;

constexpr std::string_view kNoticeSetting = "agreements.notice_days";
// Reminders and the calendar feed of expiries are the office's, and the viewers'.
constexpr std::initializer_list<Role> kReminderReaders = {Role::admin, Role::officer, Role::viewer};
// The declared type must be one we accept, and the bytes must look like it: a PDF that
// is not a PDF is refused rather than stored and served back to someone's browser.
Status check_content(const std::string& content_type, const std::string& content) {
  const auto starts = [&](std::string_view magic) { return content.starts_with(magic); };
  bool ok = false;
  if (content_type == "application/pdf")
    ok = starts("%PDF-");
  else if (content_type == "image/png")
    ok = starts("\x89PNG\r\n\x1a\n");
  else if (content_type == "image/jpeg")
    ok = starts("\xFF\xD8\xFF");
  else if (content_type == "text/plain")
    ok = text::valid_utf8(content) && content.find('\0') == std::string::npos;
  else {
    return fail(Error::invalid(
        "this kind of file is not accepted",
        {{"content-type", "send application/pdf, image/png, image/jpeg or text/plain"}}));
  }
  if (!ok) {
    return fail(
        Error::invalid("the file's content does not match its type",
                       {{"content-type", fmt::format("the bytes are not {}", content_type)}}));
  }
  return {};
}

std::string ical_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '\\' || c == ';' || c == ',') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\r') continue;
    out.push_back(c);
  }
  return out;
}

// RFC 5545 lines are at most 75 octets; longer ones continue after CRLF and a space,
// never inside a UTF-8 sequence.
std::string ical_line(const std::string& line) {
  std::string out;
  std::size_t column = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    const bool starts_char = (c & 0xC0) != 0x80;
    if (starts_char && column >= 74) {
      out += "\r\n ";
      column = 1;
    }
    out.push_back(line[i]);
    ++column;
  }
  return out + "\r\n";
}

}  // namespace

Agreements::Agreements(store::Store& store, const Clock& clock, const Registry& registry,
                       std::filesystem::path ewp_schemas)
    : store_(store), clock_(clock), registry_(registry), ewp_schemas_(std::move(ewp_schemas)) {}

int Agreements::today() const {
  return static_cast<int>(
      std::chrono::floor<std::chrono::days>(clock_.now()).time_since_epoch().count());
}

namespace {

// The notice period as the transaction `tx` reads it: the helpers of a use case read it in
// the use case's own transaction, never in one of their own.
int notice_days_in(store::Transaction& tx) {
  auto value = tx.settings().get(kNoticeSetting);
  if (!value || !*value) return kDefaultNoticeDays;
  try {
    return std::clamp(std::stoi(**value), 1, 3650);
  } catch (const std::exception&) {
    return kDefaultNoticeDays;
  }
}

}  // namespace

int Agreements::notice_days() const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return kDefaultNoticeDays;
  return notice_days_in(**tx);
}

Status Agreements::set_notice_days(const domain::Actor& actor, int days) {
  if (auto ok = require_role(actor, {Role::admin}, "change the notice period"); !ok)
    return fail(ok.error());
  if (days < 1 || days > 3650) {
    return fail(Error::invalid("the notice period is out of range",
                               {{"notice_days", "between 1 and 3650 days"}}));
  }
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  const int before = notice_days_in(**tx);
  if (auto ok = (*tx)->settings().set(kNoticeSetting, std::to_string(days)); !ok)
    return fail(ok.error());
  if (auto ok =
          record(**tx, clock_, actor, "settings.agreements", "settings",
                 std::string(kNoticeSetting), {{"notice_days", before}}, {{"notice_days", days}});
      !ok) {
    return fail(ok.error());
  }
  return (*tx)->commit();
}

bool Agreements::visible(const domain::Actor& actor, const domain::Agreement& a) const {
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
    case Role::coordinator:
    case Role::viewer:
      return true;
    case Role::partner:
      return actor.institution && a.has_party(*actor.institution);
    case Role::student:
      return false;
  }
  return false;
}

domain::Standing Agreements::standing(const domain::Actor& actor, const domain::Agreement& a) {
  using domain::Standing;
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
      return Standing::office;
    case Role::partner:
      return actor.institution && a.has_party(*actor.institution) ? Standing::partner
                                                                  : Standing::outsider;
    case Role::coordinator: {
      const auto* home = a.home();
      return home && home->org_unit && home->org_unit == actor.org_unit ? Standing::coordinator
                                                                        : Standing::outsider;
    }
    default:
      return Standing::outsider;
  }
}

Result<AgreementView> Agreements::view_for(store::Transaction& tx, const domain::Actor& actor,
                                           domain::Agreement a, bool detail,
                                           const ActorNames& names) const {
  const auto partner = actor.is(Role::partner) ? actor.institution : std::nullopt;
  if (partner) a = domain::as_seen_by_partner(std::move(a), *partner);
  auto v = view_of(tx, std::move(a), detail);
  if (!v) return v;
  if (partner) {
    std::erase_if(v->balance, [&](const auto& b) { return b.first != partner->value; });
    std::erase_if(v->attachments,
                  [&](const auto& at) { return at.institution && at.institution != partner; });
  }
  const auto d = domain::disclosure(standing(actor, v->agreement));
  redact(v->agreement, d, names);
  for (auto& at : v->attachments) redact(at, d, names);
  return v;
}

Result<AgreementView> Agreements::view_of(store::Transaction& tx, domain::Agreement a,
                                          bool detail) const {
  AgreementView v;
  const int now = today();
  v.effective = domain::effective_status(a, now, notice_days_in(tx));
  if (const auto end = domain::parse_date(a.end_date);
      end && (a.status == AgreementStatus::active)) {
    v.days_left = *end - now;
  }
  for (const auto& p : a.parties) {
    if (v.institutions.contains(p.institution.value)) continue;
    auto in = tx.institutions().get(p.institution);
    if (!in) return fail(in.error());
    in->names.clear();
    v.institutions.emplace(p.institution.value, std::move(*in));
  }
  // Seats are used by the stays under a condition in the current academic year; the
  // balance counts every stay under the agreement, cancelled ones aside.
  const std::string year = domain::academic_year_of(now);
  auto stays = store::stays_under(tx, a.id, year);
  if (!stays) return fail(stays.error());
  for (const auto& c : a.conditions) {
    const auto counted = stays->per_condition.find(c.id);
    const int used = counted == stays->per_condition.end() ? 0 : counted->second;
    v.usage.push_back({year, used, std::max(0, c.seats_per_year - used)});
  }
  for (const auto& p : a.parties) {
    if (p.is_home) continue;
    auto& [outbound, inbound] = v.balance[p.institution.value];
    for (const auto& [route, n] : stays->per_route) {
      if (route.second == p.institution.value) outbound += n;
      if (route.first == p.institution.value) inbound += n;
    }
  }
  if (detail) {
    auto attachments = tx.agreements().attachments(a.id);
    if (!attachments) return fail(attachments.error());
    v.attachments = std::move(*attachments);
    auto ewp = tx.agreements().ewp(a.id);
    if (!ewp) return fail(ewp.error());
    v.ewp = std::move(*ewp);
    v.ewp.partner_xml.clear();  // large; served on its own
  }
  v.agreement = std::move(a);
  return v;
}

Result<AgreementPage> Agreements::list(const domain::Actor& actor, const AgreementFilter& f) const {
  if (actor.is(Role::student)) return fail(Error::denied("students do not see agreements"));
  std::vector<FieldError> errors;
  std::optional<domain::AgreementKind> kind;
  std::optional<AgreementStatus> status;
  if (!f.kind.empty() && !(kind = domain::parse_agreement_kind(f.kind)))
    errors.push_back({"kind", "not an agreement kind"});
  if (!f.status.empty() && !(status = domain::parse_agreement_status(f.status)))
    errors.push_back({"status", "not a status"});
  std::string country;
  if (!f.country.empty()) {
    if (const auto c = domain::CountryCode::parse(f.country))
      country = c->str();
    else
      errors.push_back({"country", "not an ISO 3166-1 alpha-2 code"});
  }
  if (f.limit < 1 || f.limit > 100) errors.push_back({"limit", "between 1 and 100"});
  if (f.expiring_within && (*f.expiring_within < 1 || *f.expiring_within > 3650)) {
    errors.push_back({"expiring_within", "between 1 and 3650 days"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  auto spec = page_spec("agreements", "id", f.limit, f.cursor);
  if (!spec) return fail(spec.error());
  store::AgreementQuery query{.kind = kind,
                              .status = status,
                              .today = today(),
                              .expiring_within = f.expiring_within,
                              .partner = f.partner,
                              .country = country,
                              .isced = f.isced,
                              .page = std::move(*spec)};
  if (actor.is(Role::partner)) {
    if (!actor.institution) return AgreementPage{};
    query.party = actor.institution;
  }
  for (auto& word : text::split(text::fold_for_search(f.q), ' ')) {
    if (!word.empty()) query.words.push_back(std::move(word));
  }
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  query.notice_days = notice_days_in(**tx);
  auto found = store::list_agreements(**tx, query);
  if (!found) return fail(found.error());
  auto total = store::count_agreements(**tx, query);
  if (!total) return fail(total.error());
  std::vector<std::string> actors;
  for (const auto& a : found->items) {
    for (const auto& h : a.history) actors.push_back(h.actor);
  }
  auto names = ActorNames::of(**tx, actors);
  if (!names) return fail(names.error());
  AgreementPage page;
  page.total = *total;
  for (auto& a : found->items) {
    auto view = view_for(**tx, actor, std::move(a), false, *names);
    if (!view) return fail(view.error());
    page.items.push_back(std::move(*view));
  }
  page.next = next_cursor("agreements", "id", found->next);
  return page;
}

Result<AgreementView> Agreements::get(const domain::Actor& actor, AgreementId id) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto a = (*tx)->agreements().get(id);
  if (!a) return fail(a.error());
  if (!visible(actor, *a)) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  return view_for(**tx, actor, std::move(*a), true, *names);
}

Status Agreements::check_parties(store::Transaction& tx, const domain::Agreement& a) const {
  std::vector<FieldError> errors;
  if (!a.code.empty()) {
    auto all = tx.agreements().all();
    if (!all) return fail(all.error());
    for (const auto& other : *all) {
      if (other.code == a.code && other.id != a.id) {
        errors.push_back(
            {"code", fmt::format("agreement {} already has the code {}", other.id.value, a.code)});
      }
    }
  }
  auto home = registry_.home();
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    const auto& p = a.parties[i];
    if (auto in = tx.institutions().get(p.institution); !in) {
      errors.push_back(
          {fmt::format("parties/{}/institution_id", i), "no such institution in the registry"});
    } else if (p.is_home && home && home->id != p.institution) {
      errors.push_back({fmt::format("parties/{}/institution_id", i),
                        "the home party must be the home institution"});
    }
    if (p.org_unit) {
      auto unit = tx.institutions().org_unit(*p.org_unit);
      if (!unit || unit->institution != p.institution) {
        errors.push_back({fmt::format("parties/{}/org_unit_id", i),
                          "not an org unit of this party's institution"});
      }
    }
  }
  if (!errors.empty())
    return fail(Error::invalid("the agreement's parties are not right", std::move(errors)));
  return {};
}

Result<AgreementView> Agreements::create(const domain::Actor& actor, domain::Agreement a) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "add agreements"); !ok)
    return fail(ok.error());
  a.id = AgreementId{};
  a.status = AgreementStatus::draft;
  a.history.clear();
  if (auto ok = domain::validate_and_normalize(a); !ok) return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  if (auto ok = check_parties(**tx, a); !ok) return fail(ok.error());
  auto id = (*tx)->agreements().insert(a);
  if (!id) return fail(id.error());
  auto stored = (*tx)->agreements().get(*id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, "agreement.create", "agreement",
                       std::to_string(id->value), nullptr, agreement_record_json(*stored));
      !ok) {
    return fail(ok.error());
  }
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  auto view = view_for(**tx, actor, std::move(*stored), true, *names);
  if (!view) return fail(view.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return view;
}

Result<AgreementView> Agreements::update(const domain::Actor& actor, domain::Agreement a,
                                         int expected_version) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "change agreements"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto current = (*tx)->agreements().get(a.id);
  if (!current) return fail(current.error());
  if (current->version != expected_version) {
    return fail(
        Error::conflict(fmt::format("the agreement is at version {}, not {}: someone changed it "
                                    "since you read it; reload and try again",
                                    current->version, expected_version)));
  }
  a.status = current->status;
  a.version = expected_version;
  if (auto ok = domain::validate_and_normalize(a); !ok) return fail(ok.error());
  if (auto ok = check_parties(**tx, a); !ok) return fail(ok.error());
  if (auto ok = (*tx)->agreements().update(a); !ok) return fail(ok.error());
  auto stored = (*tx)->agreements().get(a.id);
  if (!stored) return fail(stored.error());
  if (auto ok =
          record(**tx, clock_, actor, "agreement.update", "agreement", std::to_string(a.id.value),
                 agreement_record_json(*current), agreement_record_json(*stored));
      !ok) {
    return fail(ok.error());
  }
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  auto view = view_for(**tx, actor, std::move(*stored), true, *names);
  if (!view) return fail(view.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return view;
}

Result<AgreementView> Agreements::transition(const domain::Actor& actor, AgreementId id,
                                             AgreementStatus to, const std::string& reason,
                                             std::optional<int> expected_version) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer},
                             "move agreements through their life cycle");
      !ok) {
    return fail(ok.error());
  }
  if (to == AgreementStatus::terminated && text::trim(reason).empty()) {
    return fail(Error::invalid("say why the agreement is terminated",
                               {{"reason", "required when terminating"}}));
  }
  if (reason.size() > 2000 || !text::valid_utf8(reason)) {
    return fail(Error::invalid("the reason is too long",
                               {{"reason", "UTF-8 text of at most 2,000 bytes"}}));
  }
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto current = (*tx)->agreements().get(id);
  if (!current) return fail(current.error());
  if (expected_version && *expected_version != current->version) {
    return fail(
        Error::conflict("the agreement was changed since you read it; reload and try again"));
  }
  const auto from = domain::effective_status(*current, today(), notice_days_in(**tx));
  if (!domain::transition_allowed(from, to)) {
    return fail(Error::conflict(fmt::format("an agreement that is {} cannot become {}",
                                            domain::to_string(from), domain::to_string(to))));
  }
  const domain::StatusChange change{format_iso8601(clock_.now()), actor.email, from, to,
                                    std::string(text::trim(reason))};
  if (auto ok = (*tx)->agreements().change_status(id, current->version, change); !ok)
    return fail(ok.error());
  if (auto ok = record(**tx, clock_, actor, "agreement.transition", "agreement",
                       std::to_string(id.value), {{"status", domain::to_string(from)}},
                       {{"status", domain::to_string(to)}, {"reason", change.reason}});
      !ok) {
    return fail(ok.error());
  }
  auto stored = (*tx)->agreements().get(id);
  if (!stored) return fail(stored.error());
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  auto view = view_for(**tx, actor, std::move(*stored), true, *names);
  if (!view) return fail(view.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return view;
}

namespace {

// Whether a partner reader may see a comment or file meant for `institution` (none: for
// every party).
bool meant_for(const domain::Actor& actor, const std::optional<InstitutionId>& institution) {
  return !actor.is(Role::partner) || !institution || institution == actor.institution;
}

// The partner a comment or file is for: a partner's own institution; for our staff, a
// partner of the agreement they name, or none (every party). invalid_argument naming
// `field` otherwise.
Result<std::optional<InstitutionId>> addressee(const domain::Actor& actor,
                                               const domain::Agreement& a,
                                               std::optional<InstitutionId> named,
                                               std::string_view field) {
  if (actor.is(Role::partner)) {
    if (named && named != actor.institution) {
      return fail(Error::invalid("a partner writes for its own institution",
                                 {{std::string(field), "leave it out, or name your institution"}}));
    }
    return actor.institution;
  }
  if (!named) return std::optional<InstitutionId>();
  const bool partner = std::any_of(a.parties.begin(), a.parties.end(), [&](const auto& p) {
    return !p.is_home && p.institution == *named;
  });
  if (!partner) {
    return fail(Error::invalid("that institution is not a partner in this agreement",
                               {{std::string(field), "a partner of this agreement, or none"}}));
  }
  return named;
}

}  // namespace

Result<Page<store::Comment>> Agreements::comments(const domain::Actor& actor, AgreementId id,
                                                  const PageRequest& request) const {
  const auto read = [&](store::Transaction& tx,
                        store::PageSpec spec) -> Result<store::Page<store::Comment>> {
    auto a = tx.agreements().get(id);
    if (!a) return fail(a.error());
    if (!visible(actor, *a))
      return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
    auto names = ActorNames::load(tx);
    if (!names) return fail(names.error());
    // A partner's scope is a condition of the query, as meant_for says it.
    store::CommentQuery query{.agreement = id, .partner = std::nullopt, .page = std::move(spec)};
    if (actor.is(Role::partner)) query.partner = actor.institution.value_or(InstitutionId{0});
    auto found = store::list_comments(tx, query);
    if (!found) return fail(found.error());
    const auto d = domain::disclosure(standing(actor, *a));
    for (auto& c : found->items) redact(c, d, *names);
    return found;
  };
  return read_page<store::Comment>(store_, fmt::format("agreement {} comments", id.value), "id",
                                   request, read);
}

Result<store::Comment> Agreements::add_comment(const domain::Actor& actor, AgreementId id,
                                               const std::string& text_in,
                                               std::optional<InstitutionId> for_partner) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer, Role::coordinator, Role::partner},
                             "comment on agreements");
      !ok) {
    return fail(ok.error());
  }
  const std::string body(text::trim(text_in));
  if (body.empty() || body.size() > 10000 || !text::valid_utf8(body)) {
    return fail(Error::invalid("the comment is empty or too long",
                               {{"text", "UTF-8 text of 1 to 10,000 bytes"}}));
  }
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto a = (*tx)->agreements().get(id);
  if (!a) return fail(a.error());
  if (!visible(actor, *a)) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
  auto to = addressee(actor, *a, for_partner, "institution_id");
  if (!to) return fail(to.error());
  store::Comment c{0,           format_iso8601(clock_.now()),
                   actor.email, std::string(domain::to_string(actor.role)),
                   body,        *to};
  auto cid = (*tx)->agreements().insert_comment(id, c);
  if (!cid) return fail(cid.error());
  c.id = *cid;
  if (auto ok = record(**tx, clock_, actor, "agreement.comment", "agreement",
                       std::to_string(id.value), nullptr,
                       {{"comment", c.id},
                        {"text", c.text},
                        {"institution_id",
                         c.institution ? nlohmann::json(c.institution->value) : nlohmann::json()}});
      !ok) {
    return fail(ok.error());
  }
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  redact(c, domain::disclosure(standing(actor, *a)), *names);
  return c;
}

Result<store::AttachmentInfo> Agreements::attach(const domain::Actor& actor, AgreementId id,
                                                 std::string filename,
                                                 const std::string& content_type,
                                                 const std::string& content,
                                                 std::optional<InstitutionId> for_partner) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "attach files to agreements");
      !ok)
    return fail(ok.error());
  if (content.size() > kMaxAttachmentBytes)
    return fail(Error::exhausted("an attachment has at most 10 MiB"));
  if (content.empty())
    return fail(Error::invalid("the file is empty", {{"body", "send the file's bytes"}}));
  filename = std::string(text::trim(filename));
  if (filename.empty() || filename.size() > 200 || !text::valid_utf8(filename) ||
      filename.find_first_of("/\\\"\r\n") != std::string::npos) {
    return fail(Error::invalid("the file needs a plain name",
                               {{"x-filename", "a name like signed-agreement.pdf"}}));
  }
  if (auto ok = check_content(content_type, content); !ok) return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto a = (*tx)->agreements().get(id);
  if (!a) return fail(a.error());
  auto to = addressee(actor, *a, for_partner, "institution");
  if (!to) return fail(to.error());
  store::AttachmentInfo info{0,
                             id,
                             filename,
                             content_type,
                             static_cast<std::int64_t>(content.size()),
                             crypto::sha256_hex(content),
                             format_iso8601(clock_.now()),
                             actor.email,
                             *to};
  auto aid = (*tx)->agreements().insert_attachment(info, content);
  if (!aid) return fail(aid.error());
  info.id = *aid;
  if (auto ok = record(
          **tx, clock_, actor, "agreement.attach", "agreement", std::to_string(id.value), nullptr,
          {{"attachment", info.id},
           {"filename", info.filename},
           {"sha256", info.sha256},
           {"size", info.size},
           {"institution_id",
            info.institution ? nlohmann::json(info.institution->value) : nlohmann::json()}});
      !ok) {
    return fail(ok.error());
  }
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return info;
}

Result<std::pair<store::AttachmentInfo, std::string>> Agreements::attachment(
    const domain::Actor& actor, AgreementId id, std::int64_t attachment) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto a = (*tx)->agreements().get(id);
  if (!a) return fail(a.error());
  if (!visible(actor, *a)) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
  auto file = (*tx)->agreements().attachment(id, attachment);
  if (!file) return fail(file.error());
  if (!meant_for(actor, file->first.institution)) {
    return fail(
        Error::not_found(fmt::format("no attachment {} on agreement {}", attachment, id.value)));
  }
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  redact(file->first, domain::disclosure(standing(actor, *a)), *names);
  return file;
}

Result<Reminders> Agreements::reminders(const domain::Actor& actor) const {
  if (auto ok = require_role(actor, kReminderReaders, "read agreement reminders"); !ok)
    return fail(ok.error());
  AgreementFilter all;
  all.limit = 100;
  Reminders out;
  const int now = today();
  std::string cursor;
  do {
    all.cursor = cursor;
    auto page = list(actor, all);
    if (!page) return fail(page.error());
    for (auto& view : page->items) {
      const auto& a = view.agreement;
      const auto end = domain::parse_date(a.end_date);
      const bool live = a.status == AgreementStatus::active;
      if (live && end && *end >= now && *end - now <= 180) {
        const int left = *end - now;
        out.expiring.push_back({view, left, left <= 30 ? 30 : left <= 90 ? 90 : 180});
      }
      if (live) {
        for (std::size_t i = 0; i < a.conditions.size(); ++i) {
          if (view.usage[i].seats_free > 0) out.unused_seats.push_back({view, i, view.usage[i]});
        }
      }
    }
    cursor = page->next.value_or("");
  } while (!cursor.empty());
  std::sort(out.expiring.begin(), out.expiring.end(), [](const Reminder& a, const Reminder& b) {
    return a.days_left != b.days_left ? a.days_left < b.days_left
                                      : a.agreement.agreement.id < b.agreement.agreement.id;
  });
  return out;
}

Result<std::string> Agreements::calendar_token(const domain::Actor& actor) {
  if (auto ok = require_role(actor, kReminderReaders, "have a calendar feed of expiries"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto token = (*tx)->users().calendar_token(actor.user);
  if (!token) return fail(token.error());
  if (*token) return **token;
  const std::string made = crypto::random_token();
  if (auto ok = (*tx)->users().set_calendar_token(actor.user, made); !ok) return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return made;
}

Result<std::string> Agreements::calendar(const std::string& token) const {
  if (token.empty() || token.size() > 100) return fail(Error::not_found("no such calendar"));
  domain::Actor actor;
  {
    auto tx = store_.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto user_id = (*tx)->users().user_of_calendar_token(token);
    if (!user_id) return fail(user_id.error());
    if (!*user_id) return fail(Error::not_found("no such calendar"));
    auto user = (*tx)->users().get(**user_id);
    if (!user) return fail(user.error());
    if (!user->active) return fail(Error::not_found("no such calendar"));
    actor = domain::Actor{user->id, user->email, user->role, user->org_unit, user->institution};
  }
  // A feed made for a role that may no longer have one serves nothing.
  if (!require_role(actor, kReminderReaders, "")) return fail(Error::not_found("no such calendar"));
  AgreementFilter f;
  f.limit = 100;
  std::string out =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Orbis//Agreements//EN\r\nCALSCALE:GREGORIAN\r\n"
      "X-WR-CALNAME:Orbis agreement expiries\r\n";
  const std::string stamp = [&] {
    std::string t = format_iso8601(clock_.now());  // 2026-11-23T16:12:37.000Z
    return t.substr(0, 4) + t.substr(5, 2) + t.substr(8, 2) + "T" + t.substr(11, 2) +
           t.substr(14, 2) + t.substr(17, 2) + "Z";
  }();
  std::string cursor;
  do {
    f.cursor = cursor;
    auto page = list(actor, f);
    if (!page) return fail(page.error());
    for (const auto& v : page->items) {
      const auto& a = v.agreement;
      if (a.end_date.empty() || a.status == AgreementStatus::terminated ||
          a.status == AgreementStatus::draft)
        continue;
      const auto end = *domain::parse_date(a.end_date);
      std::string partners;
      for (const auto& p : a.parties) {
        if (!p.is_home)
          partners += (partners.empty() ? "" : ", ") + v.institutions.at(p.institution.value).name;
      }
      const auto date = [](int day) {
        auto s = domain::format_date(day);
        return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
      };
      out += "BEGIN:VEVENT\r\n";
      out += ical_line(fmt::format("UID:agreement-{}-end@orbis", a.id.value));
      out += ical_line("DTSTAMP:" + stamp);
      out += ical_line("DTSTART;VALUE=DATE:" + date(end));
      out += ical_line("DTEND;VALUE=DATE:" + date(end + 1));
      out += ical_line("SUMMARY:" +
                       ical_escape(fmt::format("Agreement ends: {} ({})", a.title, partners)));
      out +=
          ical_line("DESCRIPTION:" + ical_escape(fmt::format("{} {} — status {}", a.code, a.title,
                                                             domain::to_string(v.effective))));
      for (const int days : {180, 90, 30}) {
        out += "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";
        out += ical_line(fmt::format("TRIGGER:-P{}D", days));
        out += ical_line("DESCRIPTION:" +
                         ical_escape(fmt::format("{} ends in {} days", a.title, days)));
        out += "END:VALARM\r\n";
      }
      out += "END:VEVENT\r\n";
    }
    cursor = page->next.value_or("");
  } while (!cursor.empty());
  out += "END:VCALENDAR\r\n";
  return out;
}

}  // namespace orbis::service
