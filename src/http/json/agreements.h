// Codecs of partnerships: an agreement as a reader sees it (in a list and in detail), what a
// client sends to add or change one, its comments, attachments and settings.
// Thread-safety: stateless.
#pragma once

#include "domain/agreement.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/partnerships/agreements.h"
#include "service/partnerships/ewp.h"
#include "service/partnerships/reminders.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::AgreementKind> {
  using K = domain::AgreementKind;
  static constexpr std::array values = {
      K::student_exchange, K::staff_exchange,   K::joint_research, K::curriculum_development,
      K::joint_degree,     K::summer_programme, K::internship,     K::framework_mou};
};

template <>
struct EnumValues<domain::AgreementStatus> {
  using S = domain::AgreementStatus;
  static constexpr std::array values = {S::draft,    S::negotiation, S::signed_,    S::active,
                                        S::expiring, S::expired,     S::terminated, S::renewed};
};

// ---- what a client sends ----------------------------------------------------------------

template <>
struct Codec<domain::Contact> : Object<domain::Contact, Codec<domain::Contact>> {
  static constexpr std::string_view name = "Contact";
  static constexpr auto fields() {
    using C = domain::Contact;
    return std::tuple{Field{"name", &C::name}, Field{"email", &C::email}, Field{"phone", &C::phone},
                      Field{"title", &C::title, kPlain, "a signatory's: e.g. President"}};
  }
};

// A party as a client sends it (institution_id required); as a reader sees it, it also names
// its institution (the output codec is in agreements.cc).
template <>
struct Codec<domain::Party> {
  static void read(const Json& in, domain::Party& party, Reader& r, std::string_view path);
  static Json schema(Schemas& s);
};

template <>
struct Codec<domain::LanguageRequirement>
    : Object<domain::LanguageRequirement, Codec<domain::LanguageRequirement>> {
  static constexpr std::string_view name = "LanguageRequirement";
  static constexpr auto fields() {
    using L = domain::LanguageRequirement;
    return std::tuple{Field{"language", &L::language, kPlain, "ISO 639-1"},
                      Field{"cefr", &L::cefr, kNullIfEmpty, "A1 to C2"}};
  }
};

// A cooperation condition: written and read with its academic years as {first, last}; a
// client sends the parties, the mobility type and the years of each.
template <>
struct Codec<domain::CooperationCondition> {
  static void write(const domain::CooperationCondition& c, Json& out);
  static void read(const Json& in, domain::CooperationCondition& c, Reader& r,
                   std::string_view path);
  static Json schema(Schemas& s);
};

// What a client sends to add an agreement (every member it knows) or change one (only those
// it changes; the lists it sends are replaced whole). Only read.
template <>
struct Codec<domain::Agreement> : Object<domain::Agreement, Codec<domain::Agreement>> {
  static constexpr std::string_view name = "Agreement";
  static constexpr auto fields() {
    using A = domain::Agreement;
    return std::tuple{Field{"code", &A::code},
                      Field{"title", &A::title},
                      Field{"kinds", &A::kinds},
                      Field{"start_date", &A::start_date, kPlain, "ISO date"},
                      Field{"end_date", &A::end_date, kPlain, "ISO date; null for no end"},
                      Field{"auto_renewal", &A::auto_renewal},
                      Field{"notes", &A::notes},
                      Field{"tags", &A::tags},
                      Field{"parties", &A::parties},
                      Field{"conditions", &A::conditions}};
  }
};

// A move through the life cycle.
struct TransitionInput {
  std::optional<domain::AgreementStatus> to;
  std::string reason;
};

template <>
struct Codec<TransitionInput> : Object<TransitionInput, Codec<TransitionInput>> {
  static constexpr std::string_view name = "Transition";
  static constexpr auto fields() {
    return std::tuple{Field{"to", &TransitionInput::to, kPlain, "the status to move to (required)"},
                      Field{"reason", &TransitionInput::reason, kPlain, "required to terminate"}};
  }
};

struct CommentInput {
  std::string text;
  std::optional<InstitutionId> institution;
};

template <>
struct Codec<CommentInput> : Object<CommentInput, Codec<CommentInput>> {
  static constexpr std::string_view name = "Comment";
  static constexpr auto fields() {
    return std::tuple{Field{"text", &CommentInput::text},
                      Field{"institution_id", &CommentInput::institution, kPlain,
                            "the one partner the comment is for; null: every party"}};
  }
};

// The agreement settings: as read, and as an admin sends them.
struct AgreementSettings {
  int notice_days = 0;
};
struct AgreementSettingsInput {
  std::optional<std::int64_t> notice_days;
};

template <>
struct Codec<AgreementSettings> : Object<AgreementSettings, Codec<AgreementSettings>> {
  static constexpr std::string_view name = "AgreementSettings";
  static constexpr auto fields() {
    return std::tuple{Field{"notice_days", &AgreementSettings::notice_days, kPlain,
                            "days before the end date an agreement is expiring"}};
  }
};

template <>
struct Codec<AgreementSettingsInput>
    : Object<AgreementSettingsInput, Codec<AgreementSettingsInput>> {
  static constexpr std::string_view name = "AgreementSettings";
  static constexpr auto fields() {
    return std::tuple{Field{"notice_days", &AgreementSettingsInput::notice_days, kPlain,
                            "days before the end date an agreement is expiring (required)"}};
  }
};

// ---- what a reader receives -------------------------------------------------------------

template <>
struct Codec<service::ConditionUsage>
    : Object<service::ConditionUsage, Codec<service::ConditionUsage>> {
  static constexpr std::string_view name = "SeatUsage";
  static constexpr auto fields() {
    using U = service::ConditionUsage;
    return std::tuple{Field{"academic_year", &U::academic_year},
                      Field{"seats_used", &U::seats_used}, Field{"seats_free", &U::seats_free}};
  }
};

template <>
struct Codec<store::AttachmentInfo> : Object<store::AttachmentInfo, Codec<store::AttachmentInfo>> {
  static constexpr std::string_view name = "Attachment";
  static constexpr auto fields() {
    using A = store::AttachmentInfo;
    return std::tuple{Field{"id", &A::id},
                      Field{"filename", &A::filename},
                      Field{"content_type", &A::content_type},
                      Field{"size", &A::size},
                      Field{"sha256", &A::sha256, kPlain, "hex, of the content"},
                      Field{"uploaded_at", &A::uploaded_at},
                      Field{"uploaded_by", &A::uploaded_by},
                      Field{"institution_id", &A::institution, kPlain,
                            "the partner the file is for (an annex); null: every party"}};
  }
};

template <>
struct Codec<store::Comment> : Object<store::Comment, Codec<store::Comment>> {
  static constexpr std::string_view name = "Comment";
  static constexpr auto fields() {
    using C = store::Comment;
    return std::tuple{Field{"id", &C::id},
                      Field{"at", &C::at},
                      Field{"author", &C::author},
                      Field{"author_role", &C::author_role},
                      Field{"text", &C::text},
                      Field{"institution_id", &C::institution, kPlain,
                            "the partner the comment is from or for; null: every party"}};
  }
};

// An agreement as lists show it: its effective status, its parties with their institutions,
// its conditions with this year's seats, and the balance of stays with each partner.
template <>
struct Codec<service::AgreementView> {
  static void write(const service::AgreementView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::AgreementView& view) { return view.agreement.version; }
};

// An agreement in detail: adds its history, files, EWP state (with our iia-hash when EWP can
// express it) and what the reader may do with it now.
struct AgreementDetail {
  service::AgreementView view;
  std::optional<std::string> our_hash;
};

template <>
struct Codec<AgreementDetail> {
  static void write(const AgreementDetail& detail, Json& out);
  static Json schema(Schemas& s);
  static int version(const AgreementDetail& detail) { return detail.view.agreement.version; }
};

// Our IIA and the partner's copy compared field by field, and what was approved.
template <>
struct Codec<service::EwpComparison> {
  static void write(const service::EwpComparison& comparison, Json& out);
  static Json schema(Schemas& s);
};

// The reminders of a reader: agreements expiring soon and conditions with unused seats, and
// the link of the reader's calendar feed of expiries.
struct RemindersView {
  service::Reminders reminders;
  std::string calendar_url;
};

template <>
struct Codec<RemindersView> {
  static void write(const RemindersView& view, Json& out);
  static Json schema(Schemas& s);
};

}  // namespace orbis::http::json
