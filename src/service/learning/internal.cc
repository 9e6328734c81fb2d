#include "service/learning/internal.h"

#include <fmt/format.h>

#include "domain/reference.h"
#include "service/audit_log.h"
#include "service/mobility/stays.h"

namespace orbis::service::learning_rules {
namespace {

using domain::LearningAgreementRecord;
using domain::Role;
using nlohmann::json;

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
                std::to_string(l.record.mobility), before.id ? json(before) : json(),
                json(l.record));
}

Status may_enter_transcript(const domain::Actor& actor, const Loaded& l) {
  const bool office = actor.is(Role::admin) || actor.is(Role::officer);
  if (l.party != "receiving" && !office) {
    return fail(Error::denied("the receiving institution enters the transcript"));
  }
  return {};
}

LearningAgreementView shown(Loaded&& l, std::vector<std::string> warnings) {
  redact(l.record, l.disclosure, l.names);
  domain::redact(l.person, l.disclosure);
  return LearningAgreementView{std::move(l.record), std::move(l.mobility), std::move(l.person),
                               l.party, std::move(warnings)};
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
