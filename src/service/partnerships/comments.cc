#include "service/partnerships/comments.h"

#include <fmt/format.h>

#include "common/text.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {

using domain::Role;
using partnership_rules::standing;

Result<Page<store::Comment>> AgreementComments::list(const domain::Actor& actor, AgreementId id,
                                                     const PageRequest& request) const {
  const auto read = [&](store::Transaction& tx,
                        store::PageSpec spec) -> Result<store::Page<store::Comment>> {
    auto a = partnership_rules::visible_agreement(tx, actor, id);
    if (!a) return fail(a.error());
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

Result<store::Comment> AgreementComments::add(const domain::Actor& actor, AgreementId id,
                                              const std::string& text_in,
                                              std::optional<InstitutionId> for_partner) {
  if (auto ok = require_reach(actor, domain::access::Resource::agreement_comment,
                              domain::access::Action::comment, "comment on agreements");
      !ok) {
    return fail(ok.error());
  }
  const std::string body(text::trim(text_in));
  if (body.empty() || body.size() > 10000 || !text::valid_utf8(body)) {
    return fail(Error::invalid("the comment is empty or too long",
                               {{"text", "UTF-8 text of 1 to 10,000 bytes"}}));
  }
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<store::Comment> {
    auto a = partnership_rules::visible_agreement(tx, actor, id);
    if (!a) return fail(a.error());
    auto to = partnership_rules::addressee(actor, *a, for_partner, "institution_id");
    if (!to) return fail(to.error());
    store::Comment c{0,           format_iso8601(clock_.now()),
                     actor.email, std::string(domain::to_string(actor.role)),
                     body,        *to};
    auto cid = tx.agreements().insert_comment(id, c);
    if (!cid) return fail(cid.error());
    c.id = *cid;
    if (auto ok = record(tx, clock_, actor, "agreement.comment", "agreement",
                         std::to_string(id.value), nullptr,
                         {{"comment", c.id},
                          {"text", c.text},
                          {"institution_id", c.institution ? nlohmann::json(c.institution->value)
                                                           : nlohmann::json()}});
        !ok) {
      return fail(ok.error());
    }
    auto names = ActorNames::load(tx);
    if (!names) return fail(names.error());
    redact(c, domain::disclosure(standing(actor, *a)), *names);
    return c;
  });
}

}  // namespace orbis::service
