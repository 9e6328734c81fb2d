#include "store/sql/transaction.h"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <string>

#include "store/sql/repositories.h"
#include "store/sql/support.h"

namespace orbis::store::sql {

SqlTransaction::SqlTransaction(soci::connection_pool& pool, Access access, const Clock& clock,
                               const Dialect& dialect,
                               const std::function<void(soci::session&)>& before_begin)
    : access_(access),
      sql_(pool),
      context_{sql_, clock, dialect,
               access == Access::write && dialect.failed_statement_ends_transaction()},
      institutions_(internal::make_institution_repository(context_)),
      users_(internal::make_user_repository(context_)),
      agreements_(internal::make_agreement_repository(context_)),
      credentials_(internal::make_credential_repository(context_)),
      people_(internal::make_person_repository(context_)),
      programmes_(internal::make_programme_repository(context_)),
      calls_(internal::make_call_repository(context_)),
      applications_(internal::make_application_repository(context_)),
      placement_runs_(internal::make_placement_run_repository(context_)),
      mobilities_(internal::make_mobility_repository(context_)),
      courses_(internal::make_course_repository(context_)),
      learning_agreements_(internal::make_learning_agreement_repository(context_)),
      audit_(internal::make_audit_repository(context_)),
      settings_(internal::make_settings_repository(context_)) {
  if (before_begin) before_begin(sql_);
  sql_ << (access == Access::write ? dialect.begin_write() : dialect.begin_read());
  open_ = true;
}

SqlTransaction::~SqlTransaction() { rollback(); }

Status SqlTransaction::commit() {
  return internal::guarded(context_.dialect, "committing", [&]() -> Status {
    sql_ << "COMMIT";
    open_ = false;
    return {};
  });
}

void SqlTransaction::rollback() noexcept {
  if (!open_) return;
  open_ = false;
  try {
    sql_ << "ROLLBACK";
  } catch (const std::exception& e) {
    // The connection is unusable, or the database has rolled back already (SQLite after
    // SQLITE_FULL): nothing of the transaction is kept either way.
    spdlog::debug("rolling back: {}", e.what());
  }
}

Status write_probe(Store& store) {
  constexpr std::string_view kWriteProbeSetting = "store.write_probe";
  auto tx = store.begin(Access::write);
  if (!tx) return fail(tx.error());
  auto count = (*tx)->settings().get(kWriteProbeSetting);
  if (!count) return fail(count.error());
  const long long probes = *count ? std::atoll((*count)->c_str()) : 0;
  if (auto ok = (*tx)->settings().set(kWriteProbeSetting, std::to_string(probes + 1)); !ok)
    return ok;
  return (*tx)->commit();
}

}  // namespace orbis::store::sql

namespace orbis::store::internal {

soci::session& session_of(Transaction& tx) {
  return dynamic_cast<sql::SqlTransaction&>(tx).session();
}

const sql::Context& context_of(Transaction& tx) {
  return dynamic_cast<sql::SqlTransaction&>(tx).context();
}

}  // namespace orbis::store::internal
