// The demo's and the large university's agreements reach their status as an office moves
// them (docs/agreements.md): the stored statuses moved through from draft to `to`.
#pragma once

#include <vector>

#include "domain/agreement.h"

namespace orbis::seed::internal {

inline std::vector<domain::AgreementStatus> agreement_path_to(domain::AgreementStatus to) {
  using S = domain::AgreementStatus;
  switch (to) {
    case S::negotiation:
      return {S::negotiation};
    case S::signed_:
      return {S::negotiation, S::signed_};
    case S::active:
      return {S::negotiation, S::signed_, S::active};
    case S::terminated:
      return {S::negotiation, S::signed_, S::active, S::terminated};
    case S::renewed:
      return {S::negotiation, S::signed_, S::active, S::renewed};
    default:
      return {};
  }
}

}  // namespace orbis::seed::internal
