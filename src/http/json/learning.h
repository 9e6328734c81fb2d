// Codecs of learning agreements, transcripts, recognition, course catalogues and credit
// systems (docs/learning.md): a stay's learning agreement as a reader sees it, and what a
// client sends to propose, approve or comment on a version, to enter the host's results and
// to credit them at home. Thread-safety: stateless.
//
// The records a party signs or enters are read with their Orbis-set members marked
// read-only, so that a client sends only what it writes: a version's components and reason,
// an approval's SHA-256, a comment's text, a result's course, credits and grade.
#pragma once

#include <vector>

#include "domain/learning.h"
#include "http/json/codec.h"
#include "service/learning/catalogues.h"
#include "service/learning/learning_agreements.h"
#include "service/learning/recognitions.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::LaParty> {
  using P = domain::LaParty;
  static constexpr std::array values = {P::student, P::sending, P::receiving};
};

template <>
struct Codec<domain::LaCourse> : Object<domain::LaCourse, Codec<domain::LaCourse>> {
  static constexpr std::string_view name = "LaCourse";
  static constexpr auto fields() {
    using C = domain::LaCourse;
    return std::tuple{Field{"code", &C::code}, Field{"title", &C::title},
                      Field{"credits", &C::credits, kPlain, "in the course's credit system"},
                      Field{"credit_system", &C::credit_system, kPlain,
                            "ects (the default), cn, us_semester, uk_cats, jp or other"}};
  }
};

// A course at the host and what it is recognised as at home (no home code: elective credit).
template <>
struct Codec<domain::LaComponent> : Object<domain::LaComponent, Codec<domain::LaComponent>> {
  static constexpr std::string_view name = "LaComponent";
  static constexpr auto fields() {
    using C = domain::LaComponent;
    return std::tuple{Field{"host", &C::host}, Field{"home", &C::home}, Field{"term", &C::term}};
  }
};

// A party's signature on a version: the client sends the SHA-256 it read.
template <>
struct Codec<domain::LaApproval> : Object<domain::LaApproval, Codec<domain::LaApproval>> {
  static constexpr std::string_view name = "LaApproval";
  static constexpr auto fields() {
    using A = domain::LaApproval;
    return std::tuple{Field{"party", &A::party, kReadOnly, "student, sending or receiving"},
                      Field{"by", &A::by, kReadOnly},
                      Field{"name", &A::name, kReadOnly},
                      Field{"role", &A::role, kReadOnly},
                      Field{"at", &A::at, kReadOnly},
                      Field{"sha256", &A::sha256, kPlain, "required: the version's SHA-256, hex"}};
  }
};

template <>
struct Codec<domain::LaComment> : Object<domain::LaComment, Codec<domain::LaComment>> {
  static constexpr std::string_view name = "LaComment";
  static constexpr auto fields() {
    using C = domain::LaComment;
    return std::tuple{Field{"party", &C::party, kReadOnly, "student, sending or receiving"},
                      Field{"by", &C::by, kReadOnly}, Field{"at", &C::at, kReadOnly},
                      Field{"text", &C::text, kPlain, "required: 1 to 4000 bytes"}};
  }
};

// A version of a learning agreement: a client proposes its components (and, for a change
// of an approved version, the reason).
template <>
struct Codec<domain::LaVersion> : Object<domain::LaVersion, Codec<domain::LaVersion>> {
  static constexpr std::string_view name = "LaVersion";
  static constexpr auto fields() {
    using V = domain::LaVersion;
    return std::tuple{
        Field{"number", &V::number, kReadOnly},
        Field{"components", &V::components, kPlain, "1 to 60"},
        Field{"reason", &V::reason, kPlain, "why it changes the version before"},
        Field{"proposed_by", &V::proposed_by, kReadOnly},
        Field{"proposed_at", &V::proposed_at, kReadOnly},
        Field{"sha256", &V::sha256, kReadOnly, "of the version's canonical text"},
        Field{"state", &V::state, kReadOnly, "proposed, commented, approved or superseded"},
        Field{"approvals", &V::approvals, kReadOnly},
        Field{"comments", &V::comments, kReadOnly}};
  }
};

// A result at the host; whether it passes, and who entered it from where, Orbis sets.
template <>
struct Codec<domain::TranscriptEntry>
    : Object<domain::TranscriptEntry, Codec<domain::TranscriptEntry>> {
  static constexpr std::string_view name = "TranscriptEntry";
  static constexpr auto fields() {
    using E = domain::TranscriptEntry;
    return std::tuple{Field{"code", &E::code},
                      Field{"title", &E::title},
                      Field{"credits", &E::credits, kPlain, "ECTS"},
                      Field{"grade", &E::grade, kPlain, "on the scale, as written"},
                      Field{"scale", &E::scale, kPlain, "a grade scale id, like ects or it30"},
                      Field{"date", &E::date, kPlain, "ISO date"},
                      Field{"passed", &E::passed, kReadOnly},
                      Field{"source", &E::source, kReadOnly, "partner, csv or elmo"},
                      Field{"entered_by", &E::entered_by, kReadOnly},
                      Field{"entered_at", &E::entered_at, kReadOnly}};
  }
};

// A home course credited with a converted grade.
template <>
struct Codec<domain::RecognitionEntry>
    : Object<domain::RecognitionEntry, Codec<domain::RecognitionEntry>> {
  static constexpr std::string_view name = "RecognitionEntry";
  static constexpr auto fields() {
    using E = domain::RecognitionEntry;
    return std::tuple{Field{"home_code", &E::home_code},
                      Field{"home_title", &E::home_title},
                      Field{"home_credits", &E::home_credits},
                      Field{"host_codes", &E::host_codes},
                      Field{"host_grade", &E::host_grade},
                      Field{"host_scale", &E::host_scale},
                      Field{"converted_grade", &E::converted_grade},
                      Field{"home_scale", &E::home_scale},
                      Field{"method", &E::method},
                      Field{"source", &E::source},
                      Field{"notes", &E::notes},
                      Field{"override_grade", &E::override_grade},
                      Field{"override_reason", &E::override_reason},
                      Field{"overridden_by", &E::overridden_by}};
  }
};

// A stay's learning agreement as its reader sees it: the versions, the host's results and
// their recognition, the stay and its person, the reader's part and what it may do now.
template <>
struct Codec<service::LearningAgreementView> {
  static void write(const service::LearningAgreementView& view, Json& out);
  static Json schema(Schemas& s);
};

// PUT /mobilities/{id}/transcript.
struct TranscriptUpdate {
  std::vector<domain::TranscriptEntry> entries;
};

template <>
struct Codec<TranscriptUpdate> : Object<TranscriptUpdate, Codec<TranscriptUpdate>> {
  static constexpr std::string_view name = "Transcript";
  static constexpr auto fields() {
    return std::tuple{Field{"entries", &TranscriptUpdate::entries, kPlain,
                            "required: the host's results, replacing those of the same course"}};
  }
};

// One home course to credit, from which host results, with a coordinator's override.
template <>
struct Codec<service::RecognitionRequest>
    : Object<service::RecognitionRequest, Codec<service::RecognitionRequest>> {
  static constexpr std::string_view name = "RecognitionRequest";
  static constexpr auto fields() {
    using R = service::RecognitionRequest;
    return std::tuple{
        Field{"home_code", &R::home_code},
        Field{"home_title", &R::home_title},
        Field{"home_credits", &R::home_credits, kPlain,
              "0 or left out: from the host credits and the credit systems"},
        Field{"host_codes", &R::host_codes, kPlain, "codes of the host's results"},
        Field{"override_grade", &R::override_grade},
        Field{"override_reason", &R::override_reason, kPlain, "required with an override"}};
  }
};

// POST /mobilities/{id}/recognition.
struct RecognitionUpdate {
  std::vector<service::RecognitionRequest> entries;
  bool approve = false;
};

template <>
struct Codec<RecognitionUpdate> : Object<RecognitionUpdate, Codec<RecognitionUpdate>> {
  static constexpr std::string_view name = "Recognition";
  static constexpr auto fields() {
    using R = RecognitionUpdate;
    return std::tuple{
        Field{"entries", &R::entries, kPlain, "required: the home courses to credit"},
        Field{"approve", &R::approve, kPlain, "true: the completed stay becomes recognised"}};
  }
};

template <>
struct Codec<service::RecognitionRate::Partner>
    : Object<service::RecognitionRate::Partner, Codec<service::RecognitionRate::Partner>> {
  static constexpr std::string_view name = "RecognitionPartner";
  static constexpr auto fields() {
    using P = service::RecognitionRate::Partner;
    return std::tuple{Field{"id", &P::id}, Field{"name", &P::name}, Field{"country", &P::country}};
  }
};

template <>
struct Codec<service::RecognitionRate>
    : Object<service::RecognitionRate, Codec<service::RecognitionRate>> {
  static constexpr std::string_view name = "RecognitionRate";
  static constexpr auto fields() {
    using R = service::RecognitionRate;
    return std::tuple{Field{"institution", &R::institution},
                      Field{"stays", &R::stays},
                      Field{"recognised_stays", &R::recognised_stays},
                      Field{"planned_ects", &R::planned_ects},
                      Field{"recognised_ects", &R::recognised_ects},
                      Field{"rate", &R::rate, kPlain, "null when no ECTS were planned"}};
  }
};

// A course of an institution's catalogue (catalogues are imported from CSV).
template <>
struct Codec<domain::Course> : Object<domain::Course, Codec<domain::Course>> {
  static constexpr std::string_view name = "Course";
  static constexpr auto fields() {
    using C = domain::Course;
    return std::tuple{
        Field{"id", &C::id, kReadOnly},
        Field{"institution", &C::institution, kReadOnly},
        Field{"code", &C::code},
        Field{"title", &C::title},
        Field{"title_zh", &C::title_zh},
        Field{"title_local", &C::title_local, kPlain, "in the institution's language"},
        Field{"credits", &C::credits},
        Field{"credit_system", &C::credit_system},
        Field{"level", &C::level, kPlain, "EQF; 0 when not stated"},
        Field{"language", &C::language, kPlain, "ISO 639-1"},
        Field{"isced", &C::isced},
        Field{"term", &C::term}};
  }
};

template <>
struct Codec<service::CreditSystem> : Object<service::CreditSystem, Codec<service::CreditSystem>> {
  static constexpr std::string_view name = "CreditSystem";
  static constexpr auto fields() {
    using C = service::CreditSystem;
    return std::tuple{
        Field{"system", &C::system, kPlain, "required: a credit system id like cn"},
        Field{"ects_per_credit", &C::ects_per_credit, kPlain, "required: more than 0, at most 10"}};
  }
};

}  // namespace orbis::http::json
