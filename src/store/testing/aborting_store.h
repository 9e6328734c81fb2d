// A store for tests of what the transaction runner (service/support/transaction.h) does
// when a transaction loses a race: it passes everything to the store it wraps, but the first
// `aborts` commits of write transactions fail with `aborted`, their writes rolled back, as
// a serialization failure or a deadlock would leave them.
//
//   store::testing::AbortingStore flaky(*real, 1);
//   Registry registry(flaky, clock);  // its first write commit fails, the second succeeds
//
// Not thread-safe: one test thread.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.h"
#include "store/store.h"

namespace orbis::store::testing {

class AbortingStore final : public Store {
 public:
  AbortingStore(Store& inner, int aborts) : inner_(inner), aborts_left_(aborts) {}

  // Write transactions that reached commit: the aborted ones and the committed ones.
  int write_commits() const { return write_commits_; }
  // Those of them failed with `aborted`.
  int aborted() const { return aborted_; }

  Result<std::unique_ptr<Transaction>> begin(Access access) override {
    auto tx = inner_.begin(access);
    if (!tx) return fail(std::move(tx).error());
    return std::unique_ptr<Transaction>(
        std::make_unique<Flaky>(*this, std::move(*tx), access == Access::write));
  }
  WriteHealth write_health(std::chrono::steady_clock::duration max_age) override {
    return inner_.write_health(max_age);
  }
  Status backup(const std::string& path) override { return inner_.backup(path); }
  std::string_view backend() const override { return inner_.backend(); }
  Result<int> schema_version() override { return inner_.schema_version(); }
  Result<int> migrate() override { return inner_.migrate(); }
  int latest_schema_version() const override { return inner_.latest_schema_version(); }
  Result<std::vector<std::string>> integrity_check() override { return inner_.integrity_check(); }

 private:
  class Flaky final : public Transaction {
   public:
    Flaky(AbortingStore& store, std::unique_ptr<Transaction> inner, bool write)
        : store_(store), inner_(std::move(inner)), write_(write) {}
    InstitutionRepository& institutions() override { return inner_->institutions(); }
    UserRepository& users() override { return inner_->users(); }
    AgreementRepository& agreements() override { return inner_->agreements(); }
    CredentialRepository& credentials() override { return inner_->credentials(); }
    PersonRepository& people() override { return inner_->people(); }
    ProgrammeRepository& programmes() override { return inner_->programmes(); }
    CallRepository& calls() override { return inner_->calls(); }
    ApplicationRepository& applications() override { return inner_->applications(); }
    PlacementRunRepository& placement_runs() override { return inner_->placement_runs(); }
    MobilityRepository& mobilities() override { return inner_->mobilities(); }
    CourseRepository& courses() override { return inner_->courses(); }
    LearningAgreementRepository& learning_agreements() override {
      return inner_->learning_agreements();
    }
    AuditRepository& audit() override { return inner_->audit(); }
    SettingsRepository& settings() override { return inner_->settings(); }
    Status commit() override {
      if (!write_) return inner_->commit();
      ++store_.write_commits_;
      if (store_.aborts_left_ > 0) {
        --store_.aborts_left_;
        ++store_.aborted_;
        // Ends the transaction without committing: its writes roll back.
        inner_.reset();
        return fail(Error::aborted("lost a race with another writer (injected)"));
      }
      return inner_->commit();
    }

   private:
    AbortingStore& store_;
    std::unique_ptr<Transaction> inner_;
    bool write_;
  };

  Store& inner_;
  int aborts_left_;
  int write_commits_ = 0;
  int aborted_ = 0;
};

}  // namespace orbis::store::testing
