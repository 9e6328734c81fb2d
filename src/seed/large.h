// A large university: the demo, and around it ten years of a large Chinese university's
// international office — by default about 1,500 agreements, 200,000 people, 100,000 stays and
// 500,000 applications — for benchmarks and for trying the pages at scale
// (`orbis demo --scale large`).
//
// Everything beyond the demo is written through the store's repositories in large
// transactions, not through the use cases (which would take hours and write an audit entry
// per record): the records are made valid by the domain's own checks, and their statuses,
// histories and dates are those the use cases would have left by today. The demo accounts
// sign in as in the demo.
//
// Deterministic: one generator seeded by `ScaleOptions::seed`; dates follow the clock, so the
// same seed and the same day give the same records.
// Thread-safety: call once, on a new database.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.h"
#include "credentials/key_file.h"
#include "seed/demo.h"
#include "store/store.h"

namespace orbis::seed {

struct ScaleOptions {
  std::uint64_t seed = 20261202;
  // How many people beyond the demo's; everything else is in proportion to it: per 200,000
  // people, 1,500 agreements, 100,000 stays, 500,000 applications, 180 calls.
  std::size_t people = 200'000;
};

// What was added beyond the demo.
struct ScaleReport {
  DemoReport demo;
  std::size_t org_units = 0;
  std::size_t partners = 0;  // distinct partner institutions of the new agreements
  std::size_t agreements = 0;
  std::size_t people = 0;
  std::size_t programmes = 0;
  std::size_t calls = 0;
  std::size_t applications = 0;
  std::size_t mobilities = 0;
  std::size_t scholar_cases = 0;  // faculty recruited, visiting scholars, faculty exchange
  std::size_t research_projects = 0;
  std::size_t publications = 0;  // beside the demo's
  std::size_t joint_courses = 0;
  std::size_t joint_programmes = 0;
  std::size_t nominations = 0;  // incoming stays nominated by partners
  std::size_t learning_agreements = 0;
};

// Builds the demo (create_demo, with the same arguments) and then the large university
// around it. invalid_argument when `options.people` is below 1,000 (too few to spread over
// ten years); the errors of create_demo; unavailable when the disk fills.
Result<ScaleReport> create_large(store::Store& store, const Clock& clock,
                                 const std::string& data_dir, const ScaleOptions& options,
                                 std::optional<credentials::KeyEncryptionKey> kek = std::nullopt,
                                 std::string_view public_url = kDemoPublicUrl);

}  // namespace orbis::seed
