#include "service/learning/learning_agreements.h"

#include <fmt/format.h>

#include "common/crypto.h"
#include "common/text.h"
#include "service/learning/canonical.h"
#include "service/learning/internal.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using learning_rules::open_version;

}  // namespace

Result<LearningAgreementView> LearningAgreements::get(const domain::Actor& actor,
                                                      MobilityId mobility) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<LearningAgreementView> {
               auto l = learning_rules::load(tx, actor, mobility);
               if (!l) return fail(l.error());
               std::vector<std::string> warnings;
               if (!l->record.versions.empty())
                 warnings = domain::credit_warnings(l->record.versions.back().components,
                                                    learning_rules::months_of(l->mobility));
               return learning_rules::shown(actor, std::move(*l), std::move(warnings));
             });
}

Result<LearningAgreementView> LearningAgreements::propose(
    const domain::Actor& actor, MobilityId mobility, std::vector<domain::LaComponent> components,
    const std::string& reason_in) {
  if (auto ok = domain::validate_components(components); !ok) return fail(ok.error());
  const std::string trimmed(text::trim(reason_in));
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<LearningAgreementView> {
        auto l = learning_rules::load(tx, actor, mobility);
        if (!l) return fail(l.error());
        if (auto ok = learning_rules::may_propose(actor, *l); !ok) return fail(ok.error());
        if (auto ok = learning_rules::still_open(*l); !ok) return fail(ok.error());
        const auto before = l->record;
        const std::string now = format_iso8601(clock_.now());
        std::string reason = trimmed;
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
        open->components = components;  // copied: a retried attempt proposes them again
        open->reason = reason;
        open->proposed_by = actor.email;
        open->proposed_at = now;
        open->state = "proposed";
        open->approvals.clear();
        open->sha256 = crypto::sha256_hex(canonical_text(l->record.mobility, *open));
        if (auto ok =
                learning_rules::save(tx, *l, clock_, actor, "learning_agreement.propose", before);
            !ok)
          return fail(ok.error());
        auto warnings = domain::credit_warnings(l->record.versions.back().components,
                                                learning_rules::months_of(l->mobility));
        return learning_rules::shown(actor, std::move(*l), std::move(warnings));
      });
}

Result<LearningAgreementView> LearningAgreements::approve(const domain::Actor& actor,
                                                          MobilityId mobility, int number,
                                                          const std::string& sha256) {
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<LearningAgreementView> {
        auto l = learning_rules::load(tx, actor, mobility);
        if (!l) return fail(l.error());
        if (!learning_rules::takes_part(actor, *l, Action::approve))
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
              "the version changed since you read it (its SHA-256 differs); reload and read it "
              "again"));
        }
        for (const auto& a : open->approvals) {
          if (a.party == l->party)
            return fail(Error::conflict(fmt::format("the {} side has approved already", l->party)));
        }
        const auto before = l->record;
        const std::string now = format_iso8601(clock_.now());
        open->approvals.push_back({l->party, actor.email,
                                   l->names.name_of(actor.email, actor.email),
                                   std::string(domain::to_string(actor.role)), now, sha256});
        if (open->approvals.size() == 3) {
          for (auto& v : l->record.versions) {
            if (v.state == "approved") v.state = "superseded";
          }
          open->state = "approved";
        }
        if (auto ok =
                learning_rules::save(tx, *l, clock_, actor, "learning_agreement.approve", before);
            !ok)
          return fail(ok.error());
        return learning_rules::shown(actor, std::move(*l), {});
      });
}

Result<LearningAgreementView> LearningAgreements::comment(const domain::Actor& actor,
                                                          MobilityId mobility, int number,
                                                          std::string text) {
  text = std::string(text::trim(text));
  if (text.empty() || text.size() > 4000) {
    return fail(Error::invalid("write the comment", {{"text", "1 to 4000 bytes"}}));
  }
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<LearningAgreementView> {
        auto l = learning_rules::load(tx, actor, mobility);
        if (!l) return fail(l.error());
        if (!learning_rules::takes_part(actor, *l, Action::comment))
          return fail(Error::denied("only the parties to the learning agreement comment on it"));
        domain::LaVersion* open = open_version(l->record);
        if (!open || open->number != number)
          return fail(Error::conflict(fmt::format("version {} is not open", number)));
        const auto before = l->record;
        open->comments.push_back({l->party, actor.email, format_iso8601(clock_.now()), text});
        open->state = "commented";
        open->approvals.clear();
        if (auto ok =
                learning_rules::save(tx, *l, clock_, actor, "learning_agreement.comment", before);
            !ok)
          return fail(ok.error());
        return learning_rules::shown(actor, std::move(*l), {});
      });
}

}  // namespace orbis::service
