// Applies the personal-data table (domain/privacy.h) to the records the use cases hand
// out: people, applications, stays, learning agreements, agreements with their comments
// and files, and credentials. Every use case that shows a record passes it through here
// before it leaves the service, so a transport cannot forget.
//
// Thread-safety: ActorNames is immutable after load(); the functions are pure.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/privacy.h"
#include "domain/user.h"
#include "store/store.h"

namespace orbis::service {

// Who the users behind recorded actions are, by e-mail: to name them to readers who may
// not see their addresses.
class ActorNames {
 public:
  // Every user of the database. Fails as the store does.
  static Result<ActorNames> load(store::Transaction& tx);
  // The users with these e-mails only (what one page of records names), one look-up each.
  static Result<ActorNames> of(store::Transaction& tx, const std::vector<std::string>& emails);

  // The recorded actor as `d` lets its reader see it: the e-mail itself, or the user's
  // name and role ("Chen Jing 陈静 (officer)"). `name` and `role`, when the record keeps
  // them, stand in for a user the database no longer has. What is not an address
  // ("system", "cli") is shown as it is.
  std::string show(const std::string& actor, const domain::Disclosure& d,
                   std::string_view name = {}, std::string_view role = {}) const;
  // The user's name, or `fallback`.
  std::string name_of(const std::string& email, std::string_view fallback = {}) const;

 private:
  std::map<std::string, std::pair<std::string, std::string>, std::less<>> users_;  // name, role
};

// Each clears what `d` does not disclose and names the actors as `d` allows.
void redact(domain::Mobility& mobility, const domain::Disclosure& d, const ActorNames& names);
void redact(domain::Application& application, const domain::Disclosure& d, const ActorNames& names);
void redact(domain::LearningAgreementRecord& record, const domain::Disclosure& d,
            const ActorNames& names);
void redact(domain::Agreement& agreement, const domain::Disclosure& d, const ActorNames& names);
void redact(store::Comment& comment, const domain::Disclosure& d, const ActorNames& names);
void redact(store::AttachmentInfo& attachment, const domain::Disclosure& d,
            const ActorNames& names);
void redact(store::CredentialRecord& credential, const domain::Disclosure& d,
            const ActorNames& names);

}  // namespace orbis::service
