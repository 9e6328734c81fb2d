// Lists of the mobility area whose cost follows the page: the programmes and the calls a
// reader may see, read a page at a time in one transaction, with the reader's scope applied
// in the query (store/lists.h). The answers are the API's list items.
//
// Thread-safety: as Services.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "domain/mobility.h"
#include "domain/user.h"
#include "service/services.h"
#include "store/store.h"

namespace orbis::service {

struct JsonPage {
  std::vector<nlohmann::json> items;
  std::optional<std::string> next;  // the cursor of the next page
};

// The programmes `actor` may read (a partner: those it hosts; nullptr: the public, who see
// the published ones only), by code; invalid_argument for a bad limit or cursor.
Result<JsonPage> programme_page(Services& services, const domain::Actor* actor, bool published_only,
                                std::size_t limit, std::string_view cursor);

// The calls `actor` may read (a student: the open ones and those applied to; a partner:
// none, permission_denied), the newest academic year first.
Result<JsonPage> call_page(Services& services, const domain::Actor& actor, std::size_t limit,
                           std::string_view cursor);

// A programme as the API shows it, with its hosts' names read in `tx`.
nlohmann::json programme_json(store::Transaction& tx, const domain::Programme& programme);

}  // namespace orbis::service
