#include "service/support/privacy.h"

namespace orbis::service {

Result<ActorNames> ActorNames::load(store::Transaction& tx) {
  auto users = tx.users().list();
  if (!users) return fail(users.error());
  ActorNames names;
  for (const auto& u : *users)
    names.users_[u.email] = {u.name, std::string(domain::to_string(u.role))};
  return names;
}

Result<ActorNames> ActorNames::of(store::Transaction& tx, const std::vector<std::string>& emails) {
  ActorNames names;
  for (const auto& email : emails) {
    if (email.find('@') == std::string::npos || names.users_.contains(email)) continue;
    auto user = tx.users().find_by_email(email);
    if (!user) return fail(user.error());
    if (*user) names.users_[email] = {(*user)->name, std::string(domain::to_string((*user)->role))};
  }
  return names;
}

std::string ActorNames::show(const std::string& actor, const domain::Disclosure& d,
                             std::string_view name, std::string_view role) const {
  if (d.actor_emails || actor.find('@') == std::string::npos) return actor;
  if (const auto it = users_.find(actor); it != users_.end())
    return domain::actor_label(it->second.first, it->second.second);
  // A name kept with the record, unless it is the address again.
  if (name.find('@') != std::string_view::npos) name = {};
  return domain::actor_label(name, role);
}

std::string ActorNames::name_of(const std::string& email, std::string_view fallback) const {
  if (const auto it = users_.find(email); it != users_.end() && !it->second.first.empty())
    return it->second.first;
  return std::string(fallback);
}

void redact(domain::Mobility& m, const domain::Disclosure& d, const ActorNames& names) {
  for (auto& h : m.history) h.actor = names.show(h.actor, d);
  m.nomination.nominated_by = names.show(m.nomination.nominated_by, d);
  m.nomination.decided_by = names.show(m.nomination.decided_by, d);
}

void redact(domain::Application& a, const domain::Disclosure& d, const ActorNames& names) {
  for (auto& h : a.history) h.actor = names.show(h.actor, d);
  a.scored_by = names.show(a.scored_by, d);
  if (!d.application_files) {
    a.motivation.clear();
    a.documents.clear();
  }
}

void redact(domain::LearningAgreementRecord& r, const domain::Disclosure& d,
            const ActorNames& names) {
  for (auto& v : r.versions) {
    v.proposed_by = names.show(v.proposed_by, d);
    for (auto& a : v.approvals) {
      if (!d.actor_emails) {
        a.name = names.name_of(a.by, a.name.find('@') == std::string::npos ? a.name : "");
        a.by = names.show(a.by, d, a.name, a.role);
      }
    }
    for (auto& c : v.comments) c.by = names.show(c.by, d);
  }
  for (auto& e : r.transcript) {
    e.entered_by = names.show(e.entered_by, d);
    if (!d.grades) e.grade.clear();
  }
  for (auto& e : r.recognition) {
    e.overridden_by = names.show(e.overridden_by, d);
    if (!d.grades) {
      e.host_grade.clear();
      e.converted_grade.clear();
      e.override_grade.clear();
    }
  }
  r.recognised_by = names.show(r.recognised_by, d);
}

void redact(domain::Agreement& a, const domain::Disclosure& d, const ActorNames& names) {
  for (auto& p : a.parties) domain::redact(p.contact, d);
  for (auto& h : a.history) h.actor = names.show(h.actor, d);
}

void redact(store::Comment& c, const domain::Disclosure& d, const ActorNames& names) {
  c.author = names.show(c.author, d, {}, c.author_role);
}

void redact(store::AttachmentInfo& a, const domain::Disclosure& d, const ActorNames& names) {
  a.uploaded_by = names.show(a.uploaded_by, d);
}

void redact(store::CredentialRecord& c, const domain::Disclosure& d, const ActorNames& names) {
  if (!d.email) c.subject_email.clear();
  c.issued_by = names.show(c.issued_by, d);
  // The signed document carries the holder's results; it goes whole or not at all.
  if (!d.grades) c.document.clear();
}

}  // namespace orbis::service
