// Internal to the store: the SOCI repositories, one per aggregate. Each borrows the
// context (session, clock, dialect) of the transaction that made it. Not thread-safe.
#pragma once

#include <soci/soci.h>

#include <memory>
#include <string>
#include <vector>

#include "store/sql/context.h"
#include "store/store.h"

namespace orbis::store::internal {

std::unique_ptr<InstitutionRepository> make_institution_repository(const sql::Context& context);
std::unique_ptr<UserRepository> make_user_repository(const sql::Context& context);
std::unique_ptr<AgreementRepository> make_agreement_repository(const sql::Context& context);
std::unique_ptr<CredentialRepository> make_credential_repository(const sql::Context& context);
std::unique_ptr<PersonRepository> make_person_repository(const sql::Context& context);
std::unique_ptr<ProgrammeRepository> make_programme_repository(const sql::Context& context);
std::unique_ptr<CallRepository> make_call_repository(const sql::Context& context);
std::unique_ptr<ApplicationRepository> make_application_repository(const sql::Context& context);
std::unique_ptr<PlacementRunRepository> make_placement_run_repository(const sql::Context& context);
std::unique_ptr<MobilityRepository> make_mobility_repository(const sql::Context& context);
std::unique_ptr<CourseRepository> make_course_repository(const sql::Context& context);
std::unique_ptr<LearningAgreementRepository> make_learning_agreement_repository(
    const sql::Context& context);
std::unique_ptr<AuditRepository> make_audit_repository(const sql::Context& context);
std::unique_ptr<SettingsRepository> make_settings_repository(const sql::Context& context);

// The session of a transaction of this store (store/lists.h runs its queries in it).
soci::session& session_of(Transaction& tx);
// The context of a transaction of this store: its session, and the clock that stamps
// created_at and updated_at (the one the store was opened with).
const sql::Context& context_of(Transaction& tx);

// An institution's types as `institutions.types` holds them ("education;funder"); a name
// this build does not know is left out.
std::vector<domain::InstitutionType> split_types(const std::string& joined);

}  // namespace orbis::store::internal
