// Every use case of Orbis, wired to one store and one clock: what a transport (the HTTP
// API, the command line) needs. Thread-safety: thread-safe after load().
#pragma once

#include "common/clock.h"
#include "service/credentials/credentials.h"
#include "service/home/home.h"
#include "service/identity/account.h"
#include "service/identity/auth.h"
#include "service/identity/users.h"
#include "service/indicators/indicators.h"
#include "service/learning/catalogues.h"
#include "service/learning/ewp_export.h"
#include "service/learning/learning_agreements.h"
#include "service/learning/recognitions.h"
#include "service/learning/transcripts.h"
#include "service/mobility/applications.h"
#include "service/mobility/calls.h"
#include "service/mobility/mobilities.h"
#include "service/mobility/nominations.h"
#include "service/mobility/placement_runs.h"
#include "service/mobility/programmes.h"
#include "service/partnerships/agreements.h"
#include "service/partnerships/attachments.h"
#include "service/partnerships/comments.h"
#include "service/partnerships/ewp.h"
#include "service/partnerships/import.h"
#include "service/partnerships/reminders.h"
#include "service/registry/people.h"
#include "service/registry/registry.h"
#include "service/research/projects.h"
#include "service/research/publications.h"
#include "service/scholars/cases.h"
#include "service/teaching/teaching.h"
#include "store/store.h"

namespace orbis::service {

struct Services {
  // `data_dir` holds the shipped reference data (data/): the EWP schemas among it.
  Services(store::Store& s, const Clock& c, const std::filesystem::path& data_dir = {},
           CredentialsConfig credentials_config = {})
      : store(s),
        clock(c),
        data_dir(data_dir),
        registry(s, c),
        auth(s, c),
        users(s, c, password_policy),
        accounts(s, c, auth, password_policy),
        agreements(s, c, registry),
        agreement_comments(s, c),
        agreement_attachments(s, c),
        agreement_reminders(s, c),
        ewp_agreements(s, c, ewp_schemas(data_dir)),
        agreement_imports(s, c, registry),
        credentials(s, c, registry, std::move(credentials_config)),
        people(s, c),
        programmes(s, c),
        calls(s, c),
        applications(s, c),
        placement_runs(s, c),
        nominations(s, c),
        mobilities(s, c),
        learning_agreements(s, c),
        transcripts(s, c, ewp_schemas(data_dir)),
        recognitions(s, c),
        course_catalogues(s, c),
        indicators(s, c),
        publications(s, c),
        research_projects(s, c),
        scholar_cases(s, c),
        teaching(s, c),
        ewp_learning_agreements(s, ewp_schemas(data_dir)),
        home(c, agreements, mobilities, applications, calls, scholar_cases) {}

  // Loads what the use cases keep in memory: the registry's search index, and the
  // password policy's list of common passwords (not_found when it is missing).
  Status load() {
    auto policy = load_password_policy(data_dir);
    if (!policy) return fail(policy.error());
    password_policy = std::move(*policy);
    return registry.load();
  }

  store::Store& store;
  const Clock& clock;
  const std::filesystem::path data_dir;
  // Replaced by load(); Users and Accounts read it through a reference.
  domain::PasswordPolicy password_policy;
  Registry registry;
  Auth auth;
  Users users;
  Accounts accounts;
  Agreements agreements;
  AgreementComments agreement_comments;
  AgreementAttachments agreement_attachments;
  AgreementReminders agreement_reminders;
  EwpAgreements ewp_agreements;
  AgreementImports agreement_imports;
  Credentials credentials;
  People people;
  Programmes programmes;
  Calls calls;
  Applications applications;
  PlacementRuns placement_runs;
  Nominations nominations;
  Mobilities mobilities;
  LearningAgreements learning_agreements;
  Transcripts transcripts;
  Recognitions recognitions;
  CourseCatalogues course_catalogues;
  Indicators indicators;
  Publications publications;
  ResearchProjects research_projects;
  ScholarCases scholar_cases;
  JointTeaching teaching;
  EwpLearningAgreements ewp_learning_agreements;
  Home home;  // after the services it reads through

 private:
  // The folder of the EWP XSDs in `data_dir`; empty without one.
  static std::filesystem::path ewp_schemas(const std::filesystem::path& data_dir) {
    return data_dir.empty() ? data_dir : data_dir / "ewp" / "schemas";
  }
};

}  // namespace orbis::service
