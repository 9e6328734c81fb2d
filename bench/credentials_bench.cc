// Credential issuance and verification throughput, single-threaded, against the ceiling of
// raw libsodium Ed25519 on the same 64-byte message the proof signs. Prints operations per
// second (median of kRuns runs of kOperations each) and the ratio to the ceiling.
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "common/crypto.h"
#include "credentials/credential.h"
#include "credentials/data_integrity.h"
#include "credentials/datetime.h"
#include "credentials/keys.h"

namespace {

using namespace orbis::credentials;
using json = nlohmann::json;

constexpr int kRuns = 3;
constexpr int kOperations = 2000;

// Operations per second of `operation`: the median of kRuns timed runs.
double per_second(const std::function<void()>& operation) {
  std::vector<double> rates;
  for (int run = 0; run < kRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kOperations; ++i) operation();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    rates.push_back(kOperations / took.count());
  }
  std::sort(rates.begin(), rates.end());
  return rates[kRuns / 2];
}

// The same, with `threads` threads each doing kOperations: total operations per second.
double per_second_on(int threads, const std::function<void()>& operation) {
  std::vector<double> rates;
  for (int run = 0; run < kRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&] {
        for (int i = 0; i < kOperations; ++i) operation();
      });
    }
    for (auto& t : pool) t.join();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    rates.push_back(threads * kOperations / took.count());
  }
  std::sort(rates.begin(), rates.end());
  return rates[kRuns / 2];
}

json transcript() {
  json courses = json::array();
  for (int i = 0; i < 8; ++i) {
    courses.push_back({{"code", "CS" + std::to_string(400 + i)},
                       {"title", "Advanced topic " + std::to_string(i)},
                       {"ects", 7.5},
                       {"grade", "A"}});
  }
  return {{"@context", {"https://www.w3.org/ns/credentials/v2"}},
          {"id", "urn:uuid:3f1c2d5e-6a0b-4f3e-8c6d-4a8e9a1e3f4f"},
          {"type", {"VerifiableCredential", "TranscriptOfRecordsCredential"}},
          {"validFrom", "2026-07-01T00:00:00Z"},
          {"credentialSubject",
           {{"id", "did:example:student-17"},
            {"name", "Li Wei"},
            {"host", "Universität Heidelberg"},
            {"courses", std::move(courses)}}}};
}

}  // namespace

int main() {
  if (!orbis::crypto::init()) return 1;
  const KeyPair key = KeyPair::from_seed(std::string(32, '\x2a')).value();
  const IssuerKey issuer = did_key_issuer(key);
  const auto now = parse_xml_datetime("2026-11-23T12:00:00Z").value();
  const json credential = transcript();
  const json issued = issue_credential(credential, issuer, now).value();
  const std::string issued_text = issued.dump();
  const VerifyOptions options{now, {}, {}, true};

  // The exact bytes the proof signs, for the ceiling.
  json unsecured = issued;
  unsecured.erase("proof");
  json config = issued["proof"];
  config.erase("proofValue");
  const std::string message = hash_data(unsecured, config).value().combined_hash;
  const std::string signature = key.sign(message);
  const PublicKey public_key = key.public_key();

  volatile int sink = 0;
  const double raw_verify = per_second([&] {
    sink = sink + crypto_sign_ed25519_verify_detached(
                      reinterpret_cast<const unsigned char*>(signature.data()),
                      reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                      public_key.bytes.data());
  });
  const double verify = per_second(
      [&] { sink = sink + static_cast<int>(verify_credential(issued, options).verdict); });
  const double parse_verify = per_second([&] {
    sink = sink + static_cast<int>(verify_credential(json::parse(issued_text), options).verdict);
  });
  const double raw_sign = per_second([&] { sink = sink + key.sign(message)[0]; });
  const double issue = per_second(
      [&] { sink = sink + static_cast<int>(issue_credential(credential, issuer, now)->size()); });

  std::printf("credentials (eddsa-jcs-2022, %zu-byte transcript, median of %d x %d, 1 thread)\n",
              issued_text.size(), kRuns, kOperations);
  std::printf("  %-38s %10.0f /s\n", "ceiling: libsodium Ed25519 verify", raw_verify);
  std::printf("  %-38s %10.0f /s  ratio %.2f\n", "verify_credential", verify, verify / raw_verify);
  std::printf("  %-38s %10.0f /s  ratio %.2f\n", "parse + verify_credential", parse_verify,
              parse_verify / raw_verify);
  std::printf("  %-38s %10.0f /s\n", "ceiling: libsodium Ed25519 sign", raw_sign);
  std::printf("  %-38s %10.0f /s  ratio %.2f\n", "issue_credential", issue, issue / raw_sign);

  // Every core: verification and issuing are thread-safe and share nothing.
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::atomic<int> shared_sink = 0;
  const double raw_verify_all = per_second_on(cores, [&] {
    shared_sink += crypto_sign_ed25519_verify_detached(
        reinterpret_cast<const unsigned char*>(signature.data()),
        reinterpret_cast<const unsigned char*>(message.data()), message.size(),
        public_key.bytes.data());
  });
  const double verify_all = per_second_on(
      cores, [&] { shared_sink += static_cast<int>(verify_credential(issued, options).verdict); });
  const double raw_sign_all = per_second_on(cores, [&] { shared_sink += key.sign(message)[0]; });
  const double issue_all = per_second_on(cores, [&] {
    shared_sink += static_cast<int>(issue_credential(credential, issuer, now)->size());
  });
  std::printf("on %d threads (one per core)\n", cores);
  std::printf("  %-38s %10.0f /s\n", "ceiling: libsodium Ed25519 verify", raw_verify_all);
  std::printf("  %-38s %10.0f /s  ratio %.2f  (%.2f x one thread)\n", "verify_credential",
              verify_all, verify_all / raw_verify_all, verify_all / verify);
  std::printf("  %-38s %10.0f /s\n", "ceiling: libsodium Ed25519 sign", raw_sign_all);
  std::printf("  %-38s %10.0f /s  ratio %.2f  (%.2f x one thread)\n", "issue_credential", issue_all,
              issue_all / raw_sign_all, issue_all / issue);
  return sink == 42 || shared_sink == 42 ? 2 : 0;
}
