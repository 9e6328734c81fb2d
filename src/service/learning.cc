#include "service/learning.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "common/crypto.h"
#include "common/csv.h"
#include "common/text.h"
#include "domain/reference.h"
#include "grades/conversion.h"
#include "interop/learning_agreement_xml.h"
#include "interop/schema_validation.h"
#include "interop/transcript_xml.h"
#include "service/access.h"
#include "service/audit_log.h"
#include "service/mobility/internal.h"
#include "service/privacy.h"
#include "store/lists.h"
#include "store/reporting.h"

namespace orbis::service {
namespace {

using domain::LearningAgreementRecord;
using domain::Role;
using nlohmann::json;

constexpr const char* kHomeScaleSetting = "grades.home_scale";
constexpr const char* kLaSchema = "ewp-specs-api-omobility-las-v1.2.0/endpoints/get-response.xsd";

std::string credit_key(InstitutionId id) { return fmt::format("credits.{}", id.value); }

// The reader's side on the stay, or empty.
std::string party_of(const domain::Actor& actor, const domain::Mobility& m,
                     const domain::Person& person) {
  if (actor.is(Role::student)) return person.user && *person.user == actor.user ? "student" : "";
  if (actor.is(Role::partner)) {
    if (actor.institution && *actor.institution == m.receiving) return "receiving";
    if (actor.institution && *actor.institution == m.sending) return "sending";
    return "";
  }
  const bool home_side =
      actor.is(Role::admin) || actor.is(Role::officer) ||
      (actor.is(Role::coordinator) && actor.org_unit && m.org_unit == actor.org_unit);
  if (!home_side) return "";
  return m.direction == domain::Direction::outgoing ? "sending" : "receiving";
}

struct Loaded {
  std::unique_ptr<store::Transaction> tx;
  domain::Mobility mobility;
  domain::Person person;
  LearningAgreementRecord record;
  std::string party;
  domain::Disclosure disclosure;  // what the reader may see (domain/privacy.h)
  ActorNames names;               // read with the rest, for naming the actors
};

Result<Loaded> load(store::Store& store, store::Access access, const domain::Actor& actor,
                    MobilityId id) {
  Loaded l;
  auto tx = store.begin(access);
  if (!tx) return fail(tx.error());
  l.tx = std::move(*tx);
  auto m = l.tx->mobilities().get(id);
  if (!m) return fail(m.error());
  auto person = l.tx->people().get(m->person);
  if (!person) return fail(person.error());
  if (!mobility_rules::visible(actor, *m, *person))
    return fail(Error::not_found(fmt::format("no mobility {}", id.value)));
  l.party = party_of(actor, *m, *person);
  l.disclosure = domain::disclosure(mobility_rules::standing(actor, *m, *person));
  auto names = ActorNames::load(*l.tx);
  if (!names) return fail(names.error());
  l.names = std::move(*names);
  auto record = l.tx->learning_agreements().find(id);
  if (!record) return fail(record.error());
  if (*record) {
    l.record = std::move(**record);
  } else {
    l.record.mobility = id.value;
  }
  l.mobility = std::move(*m);
  l.person = std::move(*person);
  return l;
}

Status save(Loaded& l, const Clock& clock, const domain::Actor& actor, std::string_view action,
            const LearningAgreementRecord& before) {
  if (l.record.id == 0) {
    auto id = l.tx->learning_agreements().insert(l.record);
    if (!id) return fail(id.error());
    l.record.id = *id;
  } else {
    if (auto ok = l.tx->learning_agreements().update(l.record); !ok) return ok;
    ++l.record.version;
  }
  if (auto ok = record(*l.tx, clock, actor, std::string(action), "learning_agreement",
                       std::to_string(l.record.mobility), before.id ? json(before) : json(),
                       json(l.record));
      !ok)
    return ok;
  return l.tx->commit();
}

// Whether `actor`, who sees the stay, enters its host's results: the receiving side or the
// office.
Status may_enter_transcript(const domain::Actor& actor, const Loaded& l) {
  const bool office = actor.is(Role::admin) || actor.is(Role::officer);
  if (l.party != "receiving" && !office) {
    return fail(Error::denied("the receiving institution enters the transcript"));
  }
  return {};
}

domain::LaVersion* open_version(LearningAgreementRecord& r) {
  if (r.versions.empty()) return nullptr;
  auto& last = r.versions.back();
  return last.state == "proposed" || last.state == "commented" ? &last : nullptr;
}

// The learning agreement as its reader may see it: personal data, grades and actors as
// domain/privacy.h says.
LearningAgreementView shown(Loaded&& l, std::vector<std::string> warnings) {
  redact(l.record, l.disclosure, l.names);
  domain::redact(l.person, l.disclosure);
  return LearningAgreementView{std::move(l.record), std::move(l.mobility), std::move(l.person),
                               l.party, std::move(warnings)};
}

int months_of(const domain::Mobility& m) {
  return domain::months_between(m.planned_start, m.planned_end).value_or(5);
}

}  // namespace

LearningAgreements::LearningAgreements(store::Store& store, const Clock& clock,
                                       std::filesystem::path schema_root)
    : store_(store),
      clock_(clock),
      schema_root_(std::move(schema_root)),
      scales_(grades::ScaleRegistry::with_builtins()) {}

json LearningAgreements::view_json(const LearningAgreementView& v) const {
  json j = v.record;
  j.erase("version");
  j["mobility_id"] = v.mobility.id.value;
  j["mobility"] = {{"id", v.mobility.id.value},
                   {"direction", domain::to_string(v.mobility.direction)},
                   {"status", domain::to_string(v.mobility.status)},
                   {"academic_year", v.mobility.academic_year},
                   {"planned_start", v.mobility.planned_start},
                   {"planned_end", v.mobility.planned_end}};
  j["person"] = {{"id", v.person.id.value},
                 {"display_name", v.person.display_name()},
                 {"name_zh", v.person.name_zh}};
  j["party"] = v.party.empty() ? json() : json(v.party);
  j["warnings"] = v.warnings;
  j["record_version"] = v.record.version;
  return j;
}

Result<LearningAgreementView> LearningAgreements::get(const domain::Actor& actor,
                                                      MobilityId mobility) const {
  auto l = load(store_, store::Access::read, actor, mobility);
  if (!l) return fail(l.error());
  std::vector<std::string> warnings;
  if (!l->record.versions.empty())
    warnings =
        domain::credit_warnings(l->record.versions.back().components, months_of(l->mobility));
  return shown(std::move(*l), std::move(warnings));
}

Result<LearningAgreementView> LearningAgreements::propose(
    const domain::Actor& actor, MobilityId mobility, std::vector<domain::LaComponent> components,
    std::string reason) {
  if (auto ok = domain::validate_components(components); !ok) return fail(ok.error());
  reason = std::string(text::trim(reason));
  auto l = load(store_, store::Access::write, actor, mobility);
  if (!l) return fail(l.error());
  if (l->party != "student" && l->party != "sending") {
    return fail(
        Error::denied("the student or the sending institution proposes the learning agreement"));
  }
  if (l->mobility.status == domain::MobilityStatus::cancelled ||
      l->mobility.status == domain::MobilityStatus::recognised ||
      l->mobility.status == domain::MobilityStatus::completed) {
    return fail(Error::conflict(fmt::format("the stay is {}; its learning agreement is closed",
                                            domain::to_string(l->mobility.status))));
  }
  const auto before = l->record;
  const std::string now = format_iso8601(clock_.now());
  domain::LaVersion* open = open_version(l->record);
  if (!open) {
    if (l->record.approved() && reason.empty()) {
      return fail(Error::invalid("say why the approved learning agreement changes",
                                 {{"reason", "required for a change"}}));
    }
    domain::LaVersion v;
    v.number = static_cast<int>(l->record.versions.size()) + 1;
    l->record.versions.push_back(std::move(v));
    open = &l->record.versions.back();
  } else if (l->record.approved() && reason.empty()) {
    reason = open->reason;
  }
  open->components = std::move(components);
  open->reason = reason;
  open->proposed_by = actor.email;
  open->proposed_at = now;
  open->state = "proposed";
  open->approvals.clear();
  open->sha256 = crypto::sha256_hex(domain::canonical_text(l->record.mobility, *open));
  if (auto ok = save(*l, clock_, actor, "learning_agreement.propose", before); !ok)
    return fail(ok.error());
  auto warnings =
      domain::credit_warnings(l->record.versions.back().components, months_of(l->mobility));
  return shown(std::move(*l), std::move(warnings));
}

Result<LearningAgreementView> LearningAgreements::approve(const domain::Actor& actor,
                                                          MobilityId mobility, int number,
                                                          const std::string& sha256) {
  auto l = load(store_, store::Access::write, actor, mobility);
  if (!l) return fail(l.error());
  if (l->party.empty())
    return fail(
        Error::denied("only the student, the sending and the receiving institution approve"));
  domain::LaVersion* open = open_version(l->record);
  if (!open || open->number != number) {
    return fail(Error::conflict(fmt::format("version {} is not open for approval", number)));
  }
  if (open->state == "commented") {
    return fail(Error::conflict(
        "the version has comments; the proposer answers them with a new text first"));
  }
  if (sha256 != open->sha256) {
    return fail(Error::conflict(
        "the version changed since you read it (its SHA-256 differs); reload and read it again"));
  }
  for (const auto& a : open->approvals) {
    if (a.party == l->party)
      return fail(Error::conflict(fmt::format("the {} side has approved already", l->party)));
  }
  const auto before = l->record;
  const std::string now = format_iso8601(clock_.now());
  open->approvals.push_back({l->party, actor.email, l->names.name_of(actor.email, actor.email),
                             std::string(domain::to_string(actor.role)), now, sha256});
  if (open->approvals.size() == 3) {
    for (auto& v : l->record.versions) {
      if (v.state == "approved") v.state = "superseded";
    }
    open->state = "approved";
  }
  if (auto ok = save(*l, clock_, actor, "learning_agreement.approve", before); !ok)
    return fail(ok.error());
  return shown(std::move(*l), {});
}

Result<LearningAgreementView> LearningAgreements::comment(const domain::Actor& actor,
                                                          MobilityId mobility, int number,
                                                          std::string text) {
  text = std::string(text::trim(text));
  if (text.empty() || text.size() > 4000) {
    return fail(Error::invalid("write the comment", {{"text", "1 to 4000 bytes"}}));
  }
  auto l = load(store_, store::Access::write, actor, mobility);
  if (!l) return fail(l.error());
  if (l->party.empty())
    return fail(Error::denied("only the parties to the learning agreement comment on it"));
  domain::LaVersion* open = open_version(l->record);
  if (!open || open->number != number)
    return fail(Error::conflict(fmt::format("version {} is not open", number)));
  const auto before = l->record;
  open->comments.push_back({l->party, actor.email, format_iso8601(clock_.now()), text});
  open->state = "commented";
  open->approvals.clear();
  if (auto ok = save(*l, clock_, actor, "learning_agreement.comment", before); !ok)
    return fail(ok.error());
  return shown(std::move(*l), {});
}

Result<LearningAgreementView> LearningAgreements::set_transcript(
    const domain::Actor& actor, MobilityId mobility, std::vector<domain::TranscriptEntry> entries,
    std::string source) {
  std::vector<FieldError> errors;
  const std::string now = format_iso8601(clock_.now());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto& e = entries[i];
    const std::string at = fmt::format("entries/{}", i);
    e.code = std::string(text::trim(e.code));
    if (e.code.empty()) errors.push_back({at + "/code", "the course code at the host"});
    if (!(e.credits >= 0 && e.credits <= 60))
      errors.push_back({at + "/credits", "from 0 to 60 ECTS"});
    auto scale = scales_.find(e.scale);
    if (!scale) {
      errors.push_back({at + "/scale", scale.error().message});
    } else if (auto grade = (*scale)->parse(e.grade); !grade) {
      errors.push_back({at + "/grade", grade.error().message});
    } else {
      e.grade = grade->text;
      e.passed = grade->passes;
    }
    if (!e.date.empty() && !domain::parse_date(e.date))
      errors.push_back({at + "/date", "a date like 2027-01-20"});
    e.source = source;
    e.entered_by = actor.email;
    e.entered_at = now;
  }
  if (entries.empty()) errors.push_back({"entries", "at least one result"});
  if (!errors.empty())
    return fail(Error::invalid("the transcript has invalid results", std::move(errors)));
  auto l = load(store_, store::Access::write, actor, mobility);
  if (!l) return fail(l.error());
  if (auto ok = may_enter_transcript(actor, *l); !ok) return fail(ok.error());
  if (!l->record.recognised_at.empty())
    return fail(Error::conflict("the stay is recognised; its transcript is closed"));
  const auto before = l->record;
  auto& t = l->record.transcript;
  // A result for a course replaces the earlier one.
  for (auto& e : entries) {
    t.erase(std::remove_if(t.begin(), t.end(), [&](const auto& old) { return old.code == e.code; }),
            t.end());
    t.push_back(std::move(e));
  }
  if (auto ok = save(*l, clock_, actor, "learning_agreement.transcript", before); !ok)
    return fail(ok.error());
  return shown(std::move(*l), {});
}

Result<LearningAgreementView> LearningAgreements::import_transcript(
    const domain::Actor& actor, MobilityId mobility, std::string_view body,
    std::string_view content_type, std::string_view default_scale) {
  // Scope first: a file sent to a stay the caller cannot see or may not enter results for is
  // refused before a byte of it is parsed (set_transcript checks again in its transaction).
  {
    auto l = load(store_, store::Access::read, actor, mobility);
    if (!l) return fail(l.error());
    if (auto ok = may_enter_transcript(actor, *l); !ok) return fail(ok.error());
  }
  std::vector<domain::TranscriptEntry> entries;
  std::string source;
  const bool xml = content_type.find("xml") != std::string_view::npos ||
                   body.starts_with("<?xml") || body.starts_with("<");
  if (xml) {
    source = "elmo";
    auto transcripts = interop::parse_transcripts(body, schema_root_);
    if (!transcripts) return fail(transcripts.error());
    // Every graded learning opportunity, modules' parts included.
    std::vector<const interop::LearningOpportunity*> pending;
    for (const auto& t : *transcripts) {
      for (const auto& report : t.reports) {
        for (const auto& lo : report.learning_opportunities) pending.push_back(&lo);
      }
    }
    while (!pending.empty()) {
      const auto* lo = pending.back();
      pending.pop_back();
      for (const auto& part : lo->parts) pending.push_back(&part);
      if (!lo->result.result_label) continue;
      domain::TranscriptEntry e;
      e.code =
          interop::identifier_of(lo->identifiers, "local")
              .value_or(lo->identifiers.empty() ? std::string() : lo->identifiers.front().value);
      e.title = lo->titles.empty() ? std::string() : lo->titles.front().text;
      e.grade = *lo->result.result_label;
      for (const auto& c : lo->result.credits) {
        if (c.value && text::to_lower_ascii(c.scheme) == "ects") e.credits = std::stod(*c.value);
      }
      e.date = lo->result.date.value_or("");
      e.scale = std::string(default_scale);
      // The result's own grading scheme when it is a scale Orbis knows; results on a scheme
      // it does not (a pass/fail "idoneità") carry no grade to convert and are left out.
      if (const auto& scheme = lo->result.grading_scheme_local_id) {
        if (scales_.find(*scheme)) {
          e.scale = *scheme;
        } else if (*scheme != default_scale) {
          continue;
        }
      }
      entries.push_back(std::move(e));
    }
  } else {
    source = "csv";
    auto table = csv::parse(body);
    if (!table) return fail(table.error());
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < table->header.size(); ++i)
      col[text::to_lower_ascii(text::trim(table->header[i]))] = i;
    for (const char* required : {"code", "credits", "grade"}) {
      if (!col.contains(required))
        return fail(Error::invalid(fmt::format(
            "the file has no '{}' column (code,title,credits,grade,scale,date)", required)));
    }
    std::vector<FieldError> errors;
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
      const auto& row = table->rows[r];
      const auto get = [&](const char* name) {
        const auto it = col.find(name);
        return it != col.end() && it->second < row.size() ? std::string(text::trim(row[it->second]))
                                                          : std::string();
      };
      domain::TranscriptEntry e;
      e.code = get("code");
      e.title = get("title");
      e.grade = get("grade");
      e.scale = get("scale").empty() ? std::string(default_scale) : get("scale");
      e.date = get("date");
      try {
        e.credits = std::stod(get("credits"));
      } catch (const std::exception&) {
        errors.push_back({fmt::format("line {}/credits", table->line_numbers[r]), "a number"});
        continue;
      }
      entries.push_back(std::move(e));
    }
    if (!errors.empty())
      return fail(Error::invalid("the transcript file has invalid rows", std::move(errors)));
  }
  if (entries.empty()) return fail(Error::invalid("the file holds no graded results"));
  return set_transcript(actor, mobility, std::move(entries), source);
}

Result<CreditSystem> LearningAgreements::credit_system(InstitutionId institution) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto value = (*tx)->settings().get(credit_key(institution));
  if (!value) return fail(value.error());
  CreditSystem out;
  if (*value) {
    const json j = json::parse(**value, nullptr, false);
    if (j.is_object()) {
      out.system = j.value("system", "ects");
      out.ects_per_credit = j.value("ects_per_credit", 1.0);
    }
    return out;
  }
  // Chinese institutions count Chinese credits unless they say otherwise.
  auto in = (*tx)->institutions().get(institution);
  if (in && in->country == "CN") out = {"cn", *domain::default_ects_per_credit("cn")};
  return out;
}

Result<CreditSystem> LearningAgreements::set_credit_system(const domain::Actor& actor,
                                                           InstitutionId institution,
                                                           CreditSystem system) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "set credit systems"); !ok)
    return fail(ok.error());
  system.system = text::to_lower_ascii(text::trim(system.system));
  std::vector<FieldError> errors;
  if (system.system.empty() || system.system.size() > 20)
    errors.push_back({"system", "a credit system id like cn"});
  if (!(system.ects_per_credit > 0 && system.ects_per_credit <= 10))
    errors.push_back({"ects_per_credit", "more than 0, at most 10"});
  if (!errors.empty())
    return fail(Error::invalid("the credit system is not valid", std::move(errors)));
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  if (auto in = (*tx)->institutions().get(institution); !in) return fail(in.error());
  const json value = {{"system", system.system}, {"ects_per_credit", system.ects_per_credit}};
  if (auto ok = (*tx)->settings().set(credit_key(institution), value.dump()); !ok)
    return fail(ok.error());
  if (auto ok = record(**tx, clock_, actor, "institution.credit_system", "institution",
                       std::to_string(institution.value), nullptr, value);
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return system;
}

Result<LearningAgreementView> LearningAgreements::recognise(
    const domain::Actor& actor, MobilityId mobility, std::vector<RecognitionRequest> requests,
    bool approve) {
  if (!actor.is(Role::admin) && !actor.is(Role::officer) && !actor.is(Role::coordinator)) {
    return fail(Error::denied(
        fmt::format("the role {} may not recognise credits", domain::to_string(actor.role))));
  }
  auto l = load(store_, store::Access::write, actor, mobility);
  if (!l) return fail(l.error());
  if (l->mobility.direction != domain::Direction::outgoing || l->party != "sending") {
    return fail(Error::denied("credits are recognised by the student's home institution"));
  }
  if (!l->record.recognised_at.empty())
    return fail(Error::conflict("the stay is recognised already"));
  if (!l->record.approved())
    return fail(Error::conflict("recognition follows an approved learning agreement"));
  if (requests.empty())
    return fail(Error::invalid("name the home courses to credit", {{"entries", "at least one"}}));
  auto home_scale = l->tx->settings().get(kHomeScaleSetting);
  if (!home_scale) return fail(home_scale.error());
  const std::string scale = home_scale->value_or("cn100");
  auto credits = credit_system(l->mobility.sending);
  if (!credits) return fail(credits.error());
  std::vector<FieldError> errors;
  std::vector<domain::RecognitionEntry> entries;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    auto& q = requests[i];
    const std::string at = fmt::format("entries/{}", i);
    domain::RecognitionEntry e;
    e.home_code = std::string(text::trim(q.home_code));
    e.home_title = std::string(text::trim(q.home_title));
    e.home_scale = scale;
    e.host_codes = q.host_codes;
    if (e.home_code.empty()) errors.push_back({at + "/home_code", "the home course"});
    if (q.host_codes.empty()) {
      errors.push_back({at + "/host_codes", "the host results it is credited from"});
      continue;
    }
    double ects = 0;
    const domain::TranscriptEntry* first = nullptr;
    for (const auto& code : q.host_codes) {
      const auto it = std::find_if(l->record.transcript.begin(), l->record.transcript.end(),
                                   [&](const auto& t) { return t.code == code; });
      if (it == l->record.transcript.end()) {
        errors.push_back(
            {at + "/host_codes", fmt::format("no result for {} in the transcript", code)});
        continue;
      }
      if (!it->passed)
        errors.push_back({at + "/host_codes", fmt::format("{} was not passed at the host", code)});
      ects += it->credits;
      if (!first) first = &*it;
    }
    if (!first) continue;
    e.host_grade = first->grade;
    e.host_scale = first->scale;
    auto converted = grades::convert(scales_, first->scale, scale, first->grade);
    if (!converted) {
      errors.push_back({at, converted.error().message});
      continue;
    }
    if (q.host_codes.size() > 1)
      converted->notes.push_back("converted from the first host result; several were combined");
    if (!q.override_grade.empty()) {
      auto overridden = grades::record_override(scales_, *converted, q.override_grade,
                                                q.override_reason, actor.user, clock_.now());
      if (!overridden) {
        errors.push_back({at + "/override_grade", overridden.error().message});
        continue;
      }
      converted = std::move(overridden);
      e.override_grade = converted->coordinator_override->grade;
      e.override_reason = converted->coordinator_override->reason;
      e.overridden_by = actor.email;
    }
    e.converted_grade = converted->to_grade.text;
    e.method = std::string(grades::to_string(converted->method));
    e.source = converted->source;
    e.notes = converted->notes;
    e.home_credits =
        q.home_credits > 0 ? q.home_credits : std::round(ects / credits->ects_per_credit * 10) / 10;
    entries.push_back(std::move(e));
  }
  if (!errors.empty())
    return fail(Error::invalid("the recognition cannot be made", std::move(errors)));
  const auto before = l->record;
  const std::string now = format_iso8601(clock_.now());
  l->record.recognition = std::move(entries);
  if (approve) {
    if (l->mobility.status != domain::MobilityStatus::completed) {
      return fail(Error::conflict(fmt::format("the stay is {}; it is recognised once completed",
                                              domain::to_string(l->mobility.status))));
    }
    l->record.recognised_at = now;
    l->record.recognised_by = actor.email;
    l->mobility.history.push_back(
        {now, actor.email, "completed", "recognised", "credits recognised"});
    l->mobility.status = domain::MobilityStatus::recognised;
    if (auto ok = l->tx->mobilities().update(l->mobility); !ok) return fail(ok.error());
    ++l->mobility.version;
  }
  if (auto ok =
          save(*l, clock_, actor,
               approve ? "learning_agreement.recognise" : "learning_agreement.convert", before);
      !ok)
    return fail(ok.error());
  return shown(std::move(*l), {});
}

namespace {

std::string hei_id_of(store::Transaction& tx, InstitutionId id) {
  auto in = tx.institutions().get(id);
  if (!in) return "unknown.example";
  if (!in->domains.empty()) return in->domains.front();
  return fmt::format("orbis-{}.example", id.value);
}

interop::LaComponent studied(const domain::LaCourse& c, double ects) {
  interop::LaComponent out;
  if (!c.code.empty()) out.los_code = c.code;
  out.title = c.title.empty() ? c.code : c.title;
  out.term_id = interop::TermId{1, 1};
  out.credits.push_back({"ects", fmt::format("{:g}", ects)});
  return out;
}

interop::ComponentTables tables_of(const domain::LaVersion& v,
                                   const std::map<std::string, std::string>& names) {
  interop::ComponentTables t;
  std::vector<interop::LaComponent> a, b;
  for (const auto& c : v.components) {
    a.push_back(studied(
        c.host,
        c.host.credits * domain::default_ects_per_credit(c.host.credit_system).value_or(1)));
    if (!c.home.code.empty()) {
      auto r =
          studied(c.home, c.home.credits *
                              domain::default_ects_per_credit(c.home.credit_system).value_or(1));
      r.recognition_conditions = fmt::format("Recognised for {}", c.host.title);
      b.push_back(std::move(r));
    }
  }
  t.components_studied = std::move(a);
  if (!b.empty()) t.components_recognized = std::move(b);
  const auto signature = [&](const std::string& party) {
    interop::LaSignature s;
    s.timestamp = v.proposed_at;
    for (const auto& ap : v.approvals) {
      if (ap.party != party) continue;
      s.timestamp = ap.at;
      if (party != "student") {
        const auto it = names.find(ap.by);
        s.signer_name = it == names.end() ? ap.by : it->second;
        s.signer_email = ap.by;
        s.signer_position =
            ap.role == "partner" ? "International Coordinator" : "International Officer";
        s.signer_app = "Orbis";
      }
    }
    if (party != "student" && !s.signer_name) {
      s.signer_name = "International Office";
      s.signer_position = "International Officer";
    }
    return s;
  };
  t.student_signature = signature("student");
  t.sending_hei_signature = signature("sending");
  bool receiving = false;
  for (const auto& ap : v.approvals) receiving = receiving || ap.party == "receiving";
  if (receiving) t.receiving_hei_signature = signature("receiving");
  return t;
}

}  // namespace

Result<std::string> LearningAgreements::ewp_xml(const domain::Actor& actor,
                                                MobilityId mobility) const {
  auto l = load(store_, store::Access::read, actor, mobility);
  if (!l) return fail(l.error());
  if (actor.is(Role::viewer))
    return fail(Error::denied("viewers do not export learning agreements"));
  if (l->record.versions.empty())
    return fail(Error::not_found("no learning agreement has been proposed for this stay"));
  // Only the parties export it, and they see what it carries; the table decides all the same.
  domain::redact(l->person, l->disclosure);
  redact(l->record, l->disclosure, l->names);
  auto& tx = *l->tx;
  std::map<std::string, std::string> names;
  if (auto users = tx.users().list()) {
    for (const auto& u : *users) names[u.email] = u.name;
  }
  interop::LearningAgreement la;
  la.omobility_id = fmt::format("orbis-mobility-{}", mobility.value);
  la.sending_hei.hei_id = hei_id_of(tx, l->mobility.sending);
  la.receiving_hei.hei_id = hei_id_of(tx, l->mobility.receiving);
  la.sending_hei.ounit_name = "International Office";
  if (l->mobility.org_unit) {
    if (auto unit = tx.institutions().org_unit(*l->mobility.org_unit))
      la.sending_hei.ounit_name = unit->name;
  }
  // The contact on each side: who signed for it last, else the international office.
  for (auto [hei, party] :
       {std::pair{&la.sending_hei, "sending"}, {&la.receiving_hei, "receiving"}}) {
    hei->contact_person = {"International", "Office", "international.office@" + hei->hei_id,
                           std::nullopt};
    for (const auto& v : l->record.versions) {
      for (const auto& a : v.approvals) {
        if (a.party != party) continue;
        const auto name = names.find(a.by);
        const std::string full = name == names.end() ? a.by : name->second;
        const auto space = full.find(' ');
        hei->contact_person.given_names =
            space == std::string::npos ? full : full.substr(space + 1);
        hei->contact_person.family_name = space == std::string::npos ? full : full.substr(0, space);
        hei->contact_person.email = a.by;
      }
    }
  }
  la.receiving_academic_year_id = l->mobility.academic_year;
  const auto& p = l->person;
  la.student.given_names = p.given_name.empty() ? p.family_name : p.given_name;
  la.student.family_name = p.family_name;
  la.student.citizenship = p.nationality;
  la.student.email = p.email.empty() ? "unknown@example.invalid" : p.email;
  if (!p.date_of_birth.empty()) la.student.birth_date = p.date_of_birth;
  la.start_date = l->mobility.planned_start;
  la.end_date = l->mobility.planned_end;
  la.eqf_level_studied_at_departure = p.level.value_or(6);
  la.isced_f_code = p.field.empty() ? "0588" : p.field;
  for (const auto& lang : p.languages) {
    if (domain::cefr_rank(lang.cefr) > domain::cefr_rank(la.student_language_skill.cefr_level)) {
      la.student_language_skill = {lang.language, lang.cefr};
    }
  }
  if (la.student_language_skill.cefr_level.empty()) la.student_language_skill = {"en", "B2"};
  const domain::LaVersion* first_approved = nullptr;
  for (const auto& v : l->record.versions) {
    if (v.state == "approved" || v.state == "superseded") {
      first_approved = &v;
      break;
    }
  }
  if (first_approved) la.first_version = tables_of(*first_approved, names);
  const auto* latest = l->record.approved();
  if (latest && first_approved && latest != first_approved)
    la.approved_changes = tables_of(*latest, names);
  if (const auto& last = l->record.versions.back();
      last.state == "proposed" || last.state == "commented") {
    interop::ChangesProposal proposal;
    static_cast<interop::ComponentTables&>(proposal) = tables_of(last, names);
    proposal.id = last.sha256;
    la.changes_proposal = std::move(proposal);
  }
  auto xml = interop::to_xml(std::vector<interop::LearningAgreement>{la});
  if (!xml) return fail(xml.error());
  if (!schema_root_.empty()) {
    if (auto ok = interop::validate(*xml, schema_root_, kLaSchema); !ok) {
      return fail(Error::internal(
          fmt::format("the learning agreement does not validate: {}", ok.error().message)));
    }
  }
  return xml;
}

Result<json> LearningAgreements::recognition_rates(const domain::Actor& actor) const {
  if (auto ok = require_role(actor, {Role::admin, Role::officer, Role::viewer, Role::coordinator},
                             "see indicators");
      !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  // Counted in the database (store/reporting.h): the indicator reads no record into memory.
  auto totals = store::recognition_by_partner(**tx);
  if (!totals) return fail(totals.error());
  json items = json::array();
  for (const auto& t : *totals) {
    double planned = 0;
    for (const auto& [system, credits] : t.planned_by_system)
      planned += credits * domain::default_ects_per_credit(system).value_or(1);
    items.push_back(
        {{"institution", {{"id", t.partner}, {"name", t.name}, {"country", t.country}}},
         {"stays", t.stays},
         {"recognised_stays", t.recognised},
         {"planned_ects", planned},
         {"recognised_ects", t.credited},
         {"rate", planned > 0 ? json(std::round(t.credited / planned * 1000) / 1000) : json()}});
  }
  return json{{"items", items}};
}

Result<Page<domain::Course>> LearningAgreements::courses(const domain::Actor& actor,
                                                         InstitutionId institution,
                                                         const PageRequest& request) const {
  (void)actor;  // every signed-in user reads catalogues
  return read_page<domain::Course>(
      store_, fmt::format("institution {} courses", institution.value), "code", request,
      [&](store::Transaction& tx, store::PageSpec spec) -> Result<store::Page<domain::Course>> {
        if (auto in = tx.institutions().get(institution); !in) return fail(in.error());
        return store::list_courses(tx, {.institution = institution, .page = std::move(spec)});
      });
}

Result<MobilityImportOutcome> LearningAgreements::import_courses(const domain::Actor& actor,
                                                                 InstitutionId institution,
                                                                 const std::string& csv_text,
                                                                 bool dry_run) {
  const bool office = actor.is(Role::admin) || actor.is(Role::officer);
  const bool own_partner =
      actor.is(Role::partner) && actor.institution && *actor.institution == institution;
  if (!office && !own_partner) {
    // A partner's scope is its own institution; another's catalogue is not there for it.
    if (actor.is(Role::partner))
      return fail(
          Error::not_found(fmt::format("no institution {} in your scope", institution.value)));
    return fail(
        Error::denied("the office imports catalogues, and a partner its own institution's"));
  }
  auto table = csv::parse(csv_text);
  if (!table) return fail(table.error());
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < table->header.size(); ++i)
    col[text::to_lower_ascii(text::trim(table->header[i]))] = i;
  for (const char* required : {"code", "title", "credits"}) {
    if (!col.contains(required))
      return fail(Error::invalid(
          fmt::format("the file has no '{}' column; see docs/learning.md", required)));
  }
  MobilityImportOutcome out;
  out.dry_run = dry_run;
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  if (auto in = (*tx)->institutions().get(institution); !in) return fail(in.error());
  std::set<std::string> seen;
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    const int line = table->line_numbers[r];
    ++out.rows;
    const auto get = [&](const char* name) {
      const auto it = col.find(name);
      return it != col.end() && it->second < row.size() ? std::string(text::trim(row[it->second]))
                                                        : std::string();
    };
    domain::Course c;
    c.institution = institution.value;
    c.code = get("code");
    c.title = get("title");
    c.title_zh = get("title_zh");
    c.title_local = get("title_local");
    c.credit_system = get("credit_system");
    c.language = get("language");
    c.isced = get("isced");
    c.term = get("term");
    try {
      c.credits = std::stod(get("credits"));
      if (const auto level = get("level"); !level.empty()) c.level = std::stoi(level);
    } catch (const std::exception&) {
      out.errors.push_back({line, "credits", "a number"});
      continue;
    }
    if (auto ok = domain::validate_and_normalize(c); !ok) {
      for (const auto& f : ok.error().fields) out.errors.push_back({line, f.field, f.message});
      continue;
    }
    if (!seen.insert(c.code).second) {
      out.errors.push_back({line, "code", "the file lists this code twice"});
      continue;
    }
    auto existing = (*tx)->courses().find(institution, c.code);
    if (!existing) return fail(existing.error());
    if (*existing) {
      c.id = (*existing)->id;
      if (auto ok = (*tx)->courses().update(c); !ok) return fail(ok.error());
      out.created.push_back(c.id);
    } else {
      auto id = (*tx)->courses().insert(c);
      if (!id) return fail(id.error());
      out.created.push_back(*id);
    }
  }
  if (dry_run || !out.errors.empty()) {
    out.created.clear();
    return out;
  }
  if (auto ok = record(**tx, clock_, actor, "course.import", "institution",
                       std::to_string(institution.value), nullptr, json{{"rows", out.rows}});
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return out;
}

}  // namespace orbis::service
