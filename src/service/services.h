// Every use case of Orbis, wired to one store and one clock: what a transport (the HTTP
// API, the command line) needs. Thread-safety: thread-safe after load().
#pragma once

#include "common/clock.h"
#include "service/agreements.h"
#include "service/auth.h"
#include "service/credentials.h"
#include "service/learning.h"
#include "service/mobility.h"
#include "service/people.h"
#include "service/registry.h"
#include "service/users.h"
#include "store/store.h"

namespace orbis::service {

struct Services {
  // `data_dir` holds the shipped reference data (data/): the EWP schemas among it.
  Services(store::Store& s, const Clock& c, const std::filesystem::path& data_dir = {},
           CredentialsConfig credentials_config = {})
      : store(s),
        clock(c),
        registry(s, c),
        auth(s, c),
        users(s, c),
        agreements(s, c, registry, data_dir.empty() ? data_dir : data_dir / "ewp" / "schemas"),
        credentials(s, c, registry, std::move(credentials_config)),
        people(s, c),
        programmes(s, c),
        calls(s, c),
        mobilities(s, c),
        learning(s, c, data_dir.empty() ? data_dir : data_dir / "ewp" / "schemas") {}

  // Loads what the use cases keep in memory (the registry's search index).
  Status load() { return registry.load(); }

  store::Store& store;
  const Clock& clock;
  Registry registry;
  Auth auth;
  Users users;
  Agreements agreements;
  Credentials credentials;
  People people;
  Programmes programmes;
  Calls calls;
  Mobilities mobilities;
  LearningAgreements learning;
};

}  // namespace orbis::service
