#include "service/partnerships/attachments.h"

#include <fmt/format.h>

#include "common/crypto.h"
#include "common/text.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

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

}  // namespace

Result<store::AttachmentInfo> AgreementAttachments::attach(
    const domain::Actor& actor, AgreementId id, std::string filename,
    const std::string& content_type, const std::string& content,
    std::optional<InstitutionId> for_partner) {
  if (auto ok = require_reach(actor, domain::access::Resource::agreement_attachment,
                              domain::access::Action::create, "attach files to agreements");
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
