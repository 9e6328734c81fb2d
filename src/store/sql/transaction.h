// Internal to the store: a transaction of a SQL back end — one pooled session, the context
// its repositories share, and one repository of each aggregate. A back end derives from it
// to add what it checks around COMMIT. Not thread-safe: one transaction, one thread.
#pragma once

#include <soci/soci.h>

#include <functional>
#include <memory>

#include "common/clock.h"
#include "store/sql/context.h"
#include "store/sql/dialect.h"
#include "store/store.h"

namespace orbis::store::sql {

class SqlTransaction : public Transaction {
 public:
  // Takes a session from `pool`, hands it to `before_begin` (if any: a back end that
  // reconnects a lost connection), and starts a transaction in it (the dialect's
  // begin_write or begin_read); throws what the driver throws.
  SqlTransaction(soci::connection_pool& pool, Access access, const Clock& clock,
                 const Dialect& dialect,
                 const std::function<void(soci::session&)>& before_begin = {});
  // Rolls back unless committed.
  ~SqlTransaction() override;

  soci::session& session() { return sql_; }
  const Context& context() const { return context_; }
  Access access() const { return access_; }

  InstitutionRepository& institutions() override { return *institutions_; }
  UserRepository& users() override { return *users_; }
  AgreementRepository& agreements() override { return *agreements_; }
  CredentialRepository& credentials() override { return *credentials_; }
  PersonRepository& people() override { return *people_; }
  ProgrammeRepository& programmes() override { return *programmes_; }
  CallRepository& calls() override { return *calls_; }
  ApplicationRepository& applications() override { return *applications_; }
  PlacementRunRepository& placement_runs() override { return *placement_runs_; }
  MobilityRepository& mobilities() override { return *mobilities_; }
  CourseRepository& courses() override { return *courses_; }
  LearningAgreementRepository& learning_agreements() override { return *learning_agreements_; }
  AuditRepository& audit() override { return *audit_; }
  SettingsRepository& settings() override { return *settings_; }

  // Runs COMMIT.
  Status commit() override;

 protected:
  // Rolls back if still open; never throws (a broken connection has rolled back already).
  void rollback() noexcept;

 private:
  Access access_;
  soci::session sql_;
  const Context context_;
  bool open_ = false;
  std::unique_ptr<InstitutionRepository> institutions_;
  std::unique_ptr<UserRepository> users_;
  std::unique_ptr<AgreementRepository> agreements_;
  std::unique_ptr<CredentialRepository> credentials_;
  std::unique_ptr<PersonRepository> people_;
  std::unique_ptr<ProgrammeRepository> programmes_;
  std::unique_ptr<CallRepository> calls_;
  std::unique_ptr<ApplicationRepository> applications_;
  std::unique_ptr<PlacementRunRepository> placement_runs_;
  std::unique_ptr<MobilityRepository> mobilities_;
  std::unique_ptr<CourseRepository> courses_;
  std::unique_ptr<LearningAgreementRepository> learning_agreements_;
  std::unique_ptr<AuditRepository> audit_;
  std::unique_ptr<SettingsRepository> settings_;
};

// The health check's probe (Store::write_health): a write transaction that counts itself in
// the setting store.write_probe and commits, a real write as far as the disk is concerned.
Status write_probe(Store& store);

}  // namespace orbis::store::sql
