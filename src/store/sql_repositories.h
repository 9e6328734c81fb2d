// Internal to the store: the SOCI repositories, one per aggregate. Each borrows the
// session of the transaction that made it. Not thread-safe.
#pragma once

#include <soci/soci.h>

#include <memory>

#include "store/store.h"

namespace orbis::store::internal {

std::unique_ptr<InstitutionRepository> make_institution_repository(soci::session& sql);
std::unique_ptr<UserRepository> make_user_repository(soci::session& sql);
std::unique_ptr<AgreementRepository> make_agreement_repository(soci::session& sql);
std::unique_ptr<CredentialRepository> make_credential_repository(soci::session& sql);
std::unique_ptr<PersonRepository> make_person_repository(soci::session& sql);
std::unique_ptr<ProgrammeRepository> make_programme_repository(soci::session& sql);
std::unique_ptr<CallRepository> make_call_repository(soci::session& sql);
std::unique_ptr<ApplicationRepository> make_application_repository(soci::session& sql);
std::unique_ptr<PlacementRunRepository> make_placement_run_repository(soci::session& sql);
std::unique_ptr<MobilityRepository> make_mobility_repository(soci::session& sql);
std::unique_ptr<CourseRepository> make_course_repository(soci::session& sql);
std::unique_ptr<LearningAgreementRepository> make_learning_agreement_repository(soci::session& sql);
std::unique_ptr<AuditRepository> make_audit_repository(soci::session& sql);
std::unique_ptr<SettingsRepository> make_settings_repository(soci::session& sql);

// The session of a transaction of this store (store/lists.h runs its queries in it).
soci::session& session_of(Transaction& tx);

// The current time for created_at / updated_at columns, ISO 8601 UTC.
std::string now_text();

}  // namespace orbis::store::internal
