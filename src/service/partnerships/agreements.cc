#include "service/partnerships/agreements.h"

#include <fmt/format.h>

#include "common/text.h"
#include "domain/reference.h"
#include "service/partnerships/agreement_json.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::AgreementStatus;
using domain::access::Action;
using domain::access::Resource;
using partnership_rules::notice_days_in;

using partnership_rules::kNoticeSetting;

// Codes are unique, the parties' institutions and org units exist, and the home party is
// the home institution; invalid_argument by field.
Status check_parties(store::Transaction& tx, const domain::Agreement& a) {
  std::vector<FieldError> errors;
  if (!a.code.empty()) {
    auto taken = tx.agreements().ids_by_code({a.code});
    if (!taken) return fail(taken.error());
    if (const auto other = taken->find(a.code); other != taken->end() && other->second != a.id) {
      errors.push_back({"code", fmt::format("agreement {} already has the code {}",
                                            other->second.value, a.code)});
    }
  }
  auto home = Registry::home_in(tx);
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

}  // namespace

int Agreements::notice_days() const {
  auto days = run(store_, store::Access::read,
                  [](store::Transaction& tx) -> Result<int> { return notice_days_in(tx); });
  return days.value_or(kDefaultNoticeDays);
}

Status Agreements::set_notice_days(const domain::Actor& actor, int days) {
  if (auto ok =
          require_reach(actor, Resource::settings, Action::update, "change the notice period");
      !ok)
    return fail(ok.error());
  if (days < 1 || days > 3650) {
    return fail(Error::invalid("the notice period is out of range",
                               {{"notice_days", "between 1 and 3650 days"}}));
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    const int before = notice_days_in(tx);
    if (auto ok = tx.settings().set(kNoticeSetting, std::to_string(days)); !ok)
      return fail(ok.error());
    if (auto ok =
            record(tx, clock_, actor, "settings.agreements", "settings",
                   std::string(kNoticeSetting), {{"notice_days", before}}, {{"notice_days", days}});
        !ok) {
      return fail(ok.error());
    }
    return {};
  });
}

Result<AgreementPage> Agreements::list(const domain::Actor& actor, const AgreementFilter& f) const {
  const int today = partnership_rules::today(clock_);
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return partnership_rules::list(tx, actor, f, today); });
}

Result<AgreementView> Agreements::get(const domain::Actor& actor, AgreementId id) const {
  const int today = partnership_rules::today(clock_);
  return run(store_, store::Access::read, [&](store::Transaction& tx) {
    return partnership_rules::detail_for(tx, actor, id, today);
  });
}

Result<AgreementView> Agreements::create(const domain::Actor& actor, domain::Agreement a) {
  if (auto ok = require_reach(actor, Resource::agreement, Action::create, "add agreements"); !ok)
    return fail(ok.error());
  a.id = AgreementId{};
  a.status = AgreementStatus::draft;
  a.history.clear();
  if (auto ok = domain::validate_and_normalize(a); !ok) return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<AgreementView> {
    if (auto ok = check_parties(tx, a); !ok) return fail(ok.error());
    auto id = tx.agreements().insert(a);
    if (!id) return fail(id.error());
    auto stored = tx.agreements().get(*id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "agreement.create", "agreement",
                         std::to_string(id->value), nullptr, agreement_record_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return partnership_rules::detail_of(tx, actor, std::move(*stored),
                                        partnership_rules::today(clock_));
  });
}

Result<AgreementView> Agreements::update(const domain::Actor& actor, domain::Agreement a,
                                         int expected_version) {
  if (auto ok = require_reach(actor, Resource::agreement, Action::update, "change agreements"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<AgreementView> {
    auto current = tx.agreements().get(a.id);
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
    if (auto ok = check_parties(tx, a); !ok) return fail(ok.error());
    if (auto ok = tx.agreements().update(a); !ok) return fail(ok.error());
    auto stored = tx.agreements().get(a.id);
    if (!stored) return fail(stored.error());
    if (auto ok =
            record(tx, clock_, actor, "agreement.update", "agreement", std::to_string(a.id.value),
                   agreement_record_json(*current), agreement_record_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return partnership_rules::detail_of(tx, actor, std::move(*stored),
                                        partnership_rules::today(clock_));
  });
}

Result<AgreementView> Agreements::transition(const domain::Actor& actor, AgreementId id,
                                             AgreementStatus to, const std::string& reason,
                                             std::optional<int> expected_version) {
  if (auto ok = require_reach(actor, Resource::agreement, Action::transition,
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
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<AgreementView> {
    auto current = tx.agreements().get(id);
    if (!current) return fail(current.error());
    if (expected_version && *expected_version != current->version) {
      return fail(
          Error::conflict("the agreement was changed since you read it; reload and try again"));
    }
    const auto from =
        domain::effective_status(*current, partnership_rules::today(clock_), notice_days_in(tx));
    if (!domain::transition_allowed(from, to)) {
      return fail(Error::conflict(fmt::format("an agreement that is {} cannot become {}",
                                              domain::to_string(from), domain::to_string(to))));
    }
    const domain::StatusChange change{format_iso8601(clock_.now()), actor.email, from, to,
                                      std::string(text::trim(reason))};
    if (auto ok = tx.agreements().change_status(id, current->version, change); !ok)
      return fail(ok.error());
    if (auto ok = record(tx, clock_, actor, "agreement.transition", "agreement",
                         std::to_string(id.value), {{"status", domain::to_string(from)}},
                         {{"status", domain::to_string(to)}, {"reason", change.reason}});
        !ok) {
      return fail(ok.error());
    }
    auto stored = tx.agreements().get(id);
    if (!stored) return fail(stored.error());
    return partnership_rules::detail_of(tx, actor, std::move(*stored),
                                        partnership_rules::today(clock_));
  });
}

}  // namespace orbis::service
