// Learning agreements, transcripts and recognition: what a stay abroad turns into at home
// (docs/learning.md). Course catalogues of home and partner institutions.
// Thread-safe: plain values and pure functions.
//
// A learning agreement is a list of versions. Each version is a whole list of components
// (a course at the host and what it is recognised as at home) and is approved by the
// student, the sending and the receiving institution, each signing the SHA-256 of exactly
// that version (of its canonical text, service/learning/canonical.h). An approved version
// never changes; a change is a new version.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/ids.h"

namespace orbis::domain {

// A course in an institution's catalogue.
struct Course {
  std::int64_t id = 0;
  std::int64_t institution = 0;
  std::string code;
  std::string title;
  std::string title_zh;
  std::string title_local;  // in the institution's own language
  double credits = 0;
  std::string credit_system = "ects";  // ects, cn, us_semester, uk_cats, jp, other
  int level = 0;                       // EQF, 0 when not stated
  std::string language;                // ISO 639-1
  std::string isced;
  std::string term;  // autumn, spring, full_year, summer, winter, any
};

Status validate_and_normalize(Course& course);

// ECTS per credit of a credit system, unless the institution configures its own:
// ects 1, cn 1.5 (a Chinese credit is 16–18 contact hours), us_semester 2, uk_cats 0.5,
// jp 1.5; nullopt for another system.
std::optional<double> default_ects_per_credit(std::string_view system);

struct LaCourse {
  std::string code;
  std::string title;
  double credits = 0;
  std::string credit_system = "ects";
};

// One row of a learning agreement: studied at the host, recognised at home as `home`
// (an empty home code: recognised as elective credit).
struct LaComponent {
  LaCourse host;
  LaCourse home;
  std::string term;
};

enum class LaParty { student, sending, receiving };
std::string_view to_string(LaParty party);

struct LaApproval {
  std::string party;  // student, sending, receiving
  std::string by;     // the signer's email
  std::string name;
  std::string role;  // the signer's role in Orbis
  std::string at;
  std::string sha256;  // of the version's canonical text
};

struct LaComment {
  std::string party;
  std::string by;
  std::string at;
  std::string text;
};

struct LaVersion {
  int number = 1;
  std::vector<LaComponent> components;
  std::string reason;  // why it changes the version before (versions after the first)
  std::string proposed_by;
  std::string proposed_at;
  std::string sha256;
  std::string state = "proposed";  // proposed, commented, approved, superseded
  std::vector<LaApproval> approvals;
  std::vector<LaComment> comments;
};

// A result at the host.
struct TranscriptEntry {
  std::string code;
  std::string title;
  double credits = 0;  // ECTS
  std::string grade;   // on `scale`, as written
  std::string scale;   // a grades scale id
  std::string date;
  bool passed = true;
  std::string source;  // partner, csv, elmo
  std::string entered_by;
  std::string entered_at;
};

// A home course credited with converted grades and credits.
struct RecognitionEntry {
  std::string home_code;
  std::string home_title;
  double home_credits = 0;
  std::vector<std::string> host_codes;
  std::string host_grade;
  std::string host_scale;
  std::string converted_grade;
  std::string home_scale;
  std::string method;
  std::string source;
  std::vector<std::string> notes;
  std::string override_grade;
  std::string override_reason;
  std::string overridden_by;
};

struct LearningAgreementRecord {
  std::int64_t id = 0;
  std::int64_t mobility = 0;
  std::vector<LaVersion> versions;
  std::vector<TranscriptEntry> transcript;
  std::vector<RecognitionEntry> recognition;
  std::string recognised_at;
  std::string recognised_by;
  int version = 0;

  // The newest approved version, or nullptr.
  const LaVersion* approved() const;
};

// Checks a version's components: invalid_argument by field.
Status validate_components(std::vector<LaComponent>& components);

// Warnings about credits: fewer than 20 ECTS a semester (30 is usual), or more than 40.
std::vector<std::string> credit_warnings(const std::vector<LaComponent>& components, int months);

}  // namespace orbis::domain
