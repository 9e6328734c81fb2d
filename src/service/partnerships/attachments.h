// Files attached to agreements: the signed copies and annexes, each for one partner or for
// every party (agreements.h says who sees what).
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "common/clock.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

class AgreementAttachments {
 public:
  AgreementAttachments(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // Officers and admins. The file is checked as check_upload (service/support/uploads.h)
  // does; invalid_argument too for a `for_partner` that is not a partner of the agreement. A file
  // for one partner (an annex) is shown to that partner only; without `for_partner`, to every
  // party.
  Result<store::AttachmentInfo> attach(const domain::Actor& actor, AgreementId id,
                                       std::string filename, const std::string& content_type,
                                       const std::string& content,
                                       std::optional<InstitutionId> for_partner = std::nullopt);
  // The file and its bytes; not_found when the actor may not see the agreement or the file.
  Result<std::pair<store::AttachmentInfo, std::string>> get(const domain::Actor& actor,
                                                            AgreementId id,
                                                            std::int64_t attachment) const;

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
