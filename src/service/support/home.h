// The home institution: the one the settings name as ours (`orbis demo`, or an admin through
// the registry's settings). Every use case reads it here, in its own transaction.
// Thread-safety: functions of the transaction they are given.
#pragma once

#include <optional>
#include <string_view>

#include "common/error.h"
#include "common/ids.h"
#include "store/store.h"

namespace orbis::service {

// The setting that holds the home institution's id.
inline constexpr std::string_view kHomeInstitutionSetting = "home_institution_id";

// Its id; nullopt when none is set. internal when the setting holds anything but an id.
Result<std::optional<InstitutionId>> home_institution_id(store::Transaction& tx);

// Its id; not_found when none is set ("no home institution is set; run 'orbis demo' or set
// one").
Result<InstitutionId> require_home_institution(store::Transaction& tx);

}  // namespace orbis::service
