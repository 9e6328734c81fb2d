// Small views the use cases attach to the records they return. Thread-safety: plain values.
#pragma once

#include <string>

#include "common/ids.h"
#include "domain/institution.h"

namespace orbis::service {

// An institution named where a record refers to it.
struct InstitutionRef {
  InstitutionId id;
  std::string name;
  std::string name_zh;
  std::string country;

  static InstitutionRef of(const domain::Institution& institution) {
    return {institution.id, institution.name, institution.name_zh, institution.country};
  }
};

}  // namespace orbis::service
