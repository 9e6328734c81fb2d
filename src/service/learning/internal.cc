#include "service/learning/internal.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "domain/reference.h"
#include "service/mobility/stays.h"
#include "service/support/audit_log.h"
#include "service/support/serialize.h"

namespace orbis::service::learning_rules {
namespace {

namespace access = domain::access;
using domain::LearningAgreementRecord;
using domain::Role;
using nlohmann::json;

// The reader's side on the stay, or empty: whom the policy lets approve its learning
// agreement, on the side their role and the stay's direction put them.
std::string party_of(const domain::Actor& actor, const domain::Mobility& m,
                     const domain::Person& person) {
  if (!access::reaches(actor, access::Resource::learning_agreement, access::Action::approve,
                       subject_of(m, person)))
    return "";
  if (actor.is(Role::student)) return "student";
  if (actor.is(Role::partner)) return actor.institution == m.receiving ? "receiving" : "sending";
  return m.direction == domain::Direction::outgoing ? "sending" : "receiving";
}

}  // namespace

Result<Loaded> load(store::Transaction& tx, const domain::Actor& actor, MobilityId id) {
  Loaded l;
  auto m = tx.mobilities().get(id);
  if (!m) return fail(m.error());
  auto person = tx.people().get(m->person);
  if (!person) return fail(person.error());
  if (!mobility_rules::visible(actor, *m, *person))
    return fail(Error::not_found(fmt::format("no mobility {}", id.value)));
  l.party = party_of(actor, *m, *person);
  l.disclosure = domain::disclosure(mobility_rules::standing(actor, *m, *person));
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  l.names = std::move(*names);
  auto record = tx.learning_agreements().find(id);
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

Status save(store::Transaction& tx, Loaded& l, const Clock& clock, const domain::Actor& actor,
            std::string_view action, const LearningAgreementRecord& before) {
  if (l.record.id == 0) {
    auto id = tx.learning_agreements().insert(l.record);
    if (!id) return fail(id.error());
    l.record.id = *id;
  } else {
    if (auto ok = tx.learning_agreements().update(l.record); !ok) return ok;
    ++l.record.version;
  }
  return record(tx, clock, actor, std::string(action), "learning_agreement",
                std::to_string(l.record.mobility),
                before.id ? learning_agreement_json(before) : json(),
                learning_agreement_json(l.record));
}

access::Subject subject_of(const domain::Mobility& m, const domain::Person& person) {
  return {.owner = person.user, .org_unit = m.org_unit, .institutions = {m.sending, m.receiving}};
}

const domain::LaVersion* open_version(const LearningAgreementRecord& r) {
  if (r.versions.empty()) return nullptr;
  const auto& last = r.versions.back();
  return last.state == "proposed" || last.state == "commented" ? &last : nullptr;
}

domain::LaVersion* open_version(LearningAgreementRecord& r) {
  return const_cast<domain::LaVersion*>(open_version(std::as_const(r)));
}

bool takes_part(const domain::Actor& actor, const Loaded& l, access::Action action) {
  return !l.party.empty() && access::reaches(actor, access::Resource::learning_agreement, action,
                                             subject_of(l.mobility, l.person));
}

Status may_propose(const domain::Actor& actor, const Loaded& l) {
  if (takes_part(actor, l, access::Action::create) &&
      (l.party == "student" || l.party == "sending"))
    return {};
  return fail(
      Error::denied("the student or the sending institution proposes the learning agreement"));
}

Status still_open(const Loaded& l) {
  using domain::MobilityStatus;
  const auto status = l.mobility.status;
  if (status == MobilityStatus::cancelled || status == MobilityStatus::recognised ||
      status == MobilityStatus::completed) {
    return fail(Error::conflict(fmt::format("the stay is {}; its learning agreement is closed",
                                            domain::to_string(status))));
  }
  return {};
}

Status may_enter_transcript(const domain::Actor& actor, const Loaded& l) {
  // The host enters its results: the transcript's subject is the receiving institution.
  if (access::reaches(actor, access::Resource::transcript, access::Action::update,
                      {.owner = {}, .org_unit = {}, .institutions = {l.mobility.receiving}}))
    return {};
  return fail(Error::denied("the receiving institution enters the transcript"));
}

Status may_recognise(const domain::Actor& actor, const Loaded& l) {
  if (l.mobility.direction == domain::Direction::outgoing &&
      access::reaches(actor, access::Resource::recognition, access::Action::create,
                      {.owner = {}, .org_unit = l.mobility.org_unit, .institutions = {}}))
    return {};
  return fail(Error::denied("credits are recognised by the student's home institution"));
}

std::vector<std::string> allowed_actions(const domain::Actor& actor, const Loaded& l) {
  std::vector<std::string> out;
  const auto* open = open_version(l.record);
  const bool recognised = !l.record.recognised_at.empty();
  if (may_propose(actor, l) && still_open(l)) out.emplace_back("propose");
  if (open && open->state == "proposed" && takes_part(actor, l, access::Action::approve) &&
      std::ranges::none_of(open->approvals, [&](const auto& a) { return a.party == l.party; }))
    out.emplace_back("approve");
  if (open && takes_part(actor, l, access::Action::comment)) out.emplace_back("comment");
  if (!recognised && may_enter_transcript(actor, l)) out.emplace_back("enter_transcript");
  if (!recognised && l.record.approved() && may_recognise(actor, l)) out.emplace_back("recognise");
  // The parties export it once there is a version to export.
  if (!l.party.empty() && !l.record.versions.empty()) out.emplace_back("download_ewp");
  return out;
}

LearningAgreementView shown(const domain::Actor& actor, Loaded&& l,
                            std::vector<std::string> warnings) {
  auto actions = allowed_actions(actor, l);
  redact(l.record, l.disclosure, l.names);
  domain::redact(l.person, l.disclosure);
  return LearningAgreementView{std::move(l.record), std::move(l.mobility),
                               std::move(l.person), l.party,
                               std::move(warnings), std::move(actions)};
}

int months_of(const domain::Mobility& m) {
  return domain::months_between(m.planned_start, m.planned_end).value_or(5);
}

std::string credit_key(InstitutionId id) { return fmt::format("credits.{}", id.value); }

Result<CreditSystem> credit_system_in(store::Transaction& tx, InstitutionId institution) {
  auto value = tx.settings().get(credit_key(institution));
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
  auto in = tx.institutions().get(institution);
  if (in && in->country == "CN") out = {"cn", *domain::default_ects_per_credit("cn")};
  return out;
}

}  // namespace orbis::service::learning_rules
