// Applications to calls and their documents (docs/mobility.md; store/store.h). Lists bounded
// by the page are in lists.h.
//
// Thread-safety: as the Transaction that hands the repository out: one thread at a time.
// Errors and rollback as every repository's (store/store.h): not_found, already_exists,
// conflict for a stale version, unavailable when the database is busy or its storage
// fails, internal for anything else; nothing is written until the transaction commits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/mobility.h"

namespace orbis::store {

struct ApplicationQuery {
  std::optional<CallId> call;
  std::optional<PersonId> person;
};

class ApplicationRepository {
 public:
  virtual ~ApplicationRepository() = default;
  // Applications matching every set member of `query`, by id.
  virtual Result<std::vector<domain::Application>> find(const ApplicationQuery& query) = 0;
  virtual Result<domain::Application> get(ApplicationId id) = 0;
  // already_exists when the person already applied to the call.
  virtual Result<ApplicationId> insert(const domain::Application& application) = 0;
  virtual Status update(const domain::Application& application) = 0;  // conflict, not_found
  // Keeps a document's bytes; its description stays in the application's record.
  virtual Result<std::int64_t> insert_document(ApplicationId application,
                                               std::string_view content) = 0;
  // not_found when the document is not this application's.
  virtual Result<std::string> document(ApplicationId application, std::int64_t document) = 0;
};

}  // namespace orbis::store
