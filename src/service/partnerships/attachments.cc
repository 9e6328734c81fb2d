#include "service/partnerships/attachments.h"

#include <fmt/format.h>

#include "common/crypto.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"
#include "service/support/uploads.h"

namespace orbis::service {
Result<store::AttachmentInfo> AgreementAttachments::attach(
    const domain::Actor& actor, AgreementId id, std::string filename,
    const std::string& content_type, const std::string& content,
    std::optional<InstitutionId> for_partner) {
  if (auto ok = require_reach(actor, domain::access::Resource::agreement_attachment,
                              domain::access::Action::create, "attach files to agreements");
      !ok)
    return fail(ok.error());
  if (auto ok = check_upload(filename, content_type, content); !ok) return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<store::AttachmentInfo> {
        auto a = tx.agreements().get(id);
        if (!a) return fail(a.error());
        auto to = partnership_rules::addressee(actor, *a, for_partner, "institution");
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
        auto aid = tx.agreements().insert_attachment(info, content);
        if (!aid) return fail(aid.error());
        info.id = *aid;
        if (auto ok = record(
                tx, clock_, actor, "agreement.attach", "agreement", std::to_string(id.value),
                nullptr,
                {{"attachment", info.id},
                 {"filename", info.filename},
                 {"sha256", info.sha256},
                 {"size", info.size},
                 {"institution_id",
                  info.institution ? nlohmann::json(info.institution->value) : nlohmann::json()}});
            !ok) {
          return fail(ok.error());
        }
        return info;
      });
}

Result<std::pair<store::AttachmentInfo, std::string>> AgreementAttachments::get(
    const domain::Actor& actor, AgreementId id, std::int64_t attachment) const {
  using File = std::pair<store::AttachmentInfo, std::string>;
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<File> {
    auto a = partnership_rules::visible_agreement(tx, actor, id);
    if (!a) return fail(a.error());
    auto file = tx.agreements().attachment(id, attachment);
    if (!file) return fail(file.error());
    if (!partnership_rules::meant_for(actor, file->first.institution)) {
      return fail(
          Error::not_found(fmt::format("no attachment {} on agreement {}", attachment, id.value)));
    }
    auto names = ActorNames::load(tx);
    if (!names) return fail(names.error());
    redact(file->first, domain::disclosure(partnership_rules::standing(actor, *a)), *names);
    return file;
  });
}

}  // namespace orbis::service
