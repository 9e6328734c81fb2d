// JSON forms of agreements, shared by the API and the audit log. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/agreement.h"
#include "service/partnerships/agreements.h"

namespace orbis::service {

// The stored agreement: fields, parties, conditions (for audit before/after).
nlohmann::json agreement_record_json(const domain::Agreement& agreement);
nlohmann::json condition_json(const domain::CooperationCondition& condition);
nlohmann::json party_json(const domain::Party& party);
// The API representation (docs/agreements.md); `detail` adds history, attachments, EWP and
// what the reader may do with it (allowed_actions, allowed_transitions).
nlohmann::json agreement_view_json(const AgreementView& view, bool detail);
nlohmann::json attachment_json(const store::AttachmentInfo& attachment);
nlohmann::json comment_json(const store::Comment& comment);

}  // namespace orbis::service
