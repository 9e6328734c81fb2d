#include "service/learning/ewp_export.h"

#include <fmt/format.h>

#include <map>

#include "domain/learning.h"
#include "domain/reference.h"
#include "interop/learning_agreement_xml.h"
#include "interop/schema_validation.h"
#include "service/learning/internal.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

constexpr const char* kLaSchema = "ewp-specs-api-omobility-las-v1.2.0/endpoints/get-response.xsd";

std::string hei_id_of(store::Transaction& tx, InstitutionId id) {
  auto in = tx.institutions().get(id);
  if (!in) return "unknown.example";
  if (!in->domains.empty()) return in->domains.front();
  return fmt::format("orbis-{}.example", id.value);
}

interop::LaComponent studied(const domain::LaCourse& c, double ects) {
  interop::LaComponent out;
  if (!c.code.empty()) out.los_code = c.code;
  out.title = c.title.empty() ? c.code : c.title;
  out.term_id = interop::TermId{1, 1};
  out.credits.push_back({"ects", fmt::format("{:g}", ects)});
  return out;
}

interop::ComponentTables tables_of(const domain::LaVersion& v,
                                   const std::map<std::string, std::string>& names) {
  interop::ComponentTables t;
  std::vector<interop::LaComponent> a, b;
  for (const auto& c : v.components) {
    a.push_back(studied(
        c.host,
        c.host.credits * domain::default_ects_per_credit(c.host.credit_system).value_or(1)));
    if (!c.home.code.empty()) {
      auto r =
          studied(c.home, c.home.credits *
                              domain::default_ects_per_credit(c.home.credit_system).value_or(1));
      r.recognition_conditions = fmt::format("Recognised for {}", c.host.title);
      b.push_back(std::move(r));
    }
  }
  t.components_studied = std::move(a);
  if (!b.empty()) t.components_recognized = std::move(b);
  const auto signature = [&](const std::string& party) {
    interop::LaSignature s;
    s.timestamp = v.proposed_at;
    for (const auto& ap : v.approvals) {
      if (ap.party != party) continue;
      s.timestamp = ap.at;
      if (party != "student") {
        const auto it = names.find(ap.by);
        s.signer_name = it == names.end() ? ap.by : it->second;
        s.signer_email = ap.by;
        s.signer_position =
            ap.role == "partner" ? "International Coordinator" : "International Officer";
        s.signer_app = "Orbis";
      }
    }
    if (party != "student" && !s.signer_name) {
      s.signer_name = "International Office";
      s.signer_position = "International Officer";
    }
    return s;
  };
  t.student_signature = signature("student");
  t.sending_hei_signature = signature("sending");
  bool receiving = false;
  for (const auto& ap : v.approvals) receiving = receiving || ap.party == "receiving";
  if (receiving) t.receiving_hei_signature = signature("receiving");
  return t;
}

}  // namespace

Result<std::string> EwpLearningAgreements::xml(const domain::Actor& actor,
                                               MobilityId mobility) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<std::string> {
    auto l = learning_rules::load(tx, actor, mobility);
    if (!l) return fail(l.error());
    if (l->party.empty())
      return fail(Error::denied("only the parties to the learning agreement export it"));
    if (l->record.versions.empty())
      return fail(Error::not_found("no learning agreement has been proposed for this stay"));
    // The parties see what it carries; the privacy table decides all the same.
    domain::redact(l->person, l->disclosure);
    redact(l->record, l->disclosure, l->names);
    std::map<std::string, std::string> names;
    if (auto users = tx.users().list()) {
      for (const auto& u : *users) names[u.email] = u.name;
    }
    interop::LearningAgreement la;
    la.omobility_id = fmt::format("orbis-mobility-{}", mobility.value);
    la.sending_hei.hei_id = hei_id_of(tx, l->mobility.sending);
    la.receiving_hei.hei_id = hei_id_of(tx, l->mobility.receiving);
    la.sending_hei.ounit_name = "International Office";
    if (l->mobility.org_unit) {
      if (auto unit = tx.institutions().org_unit(*l->mobility.org_unit))
        la.sending_hei.ounit_name = unit->name;
    }
    // The contact on each side: who signed for it last, else the international office.
    for (auto [hei, party] :
         {std::pair{&la.sending_hei, "sending"}, {&la.receiving_hei, "receiving"}}) {
      hei->contact_person = {"International", "Office", "international.office@" + hei->hei_id,
                             std::nullopt};
      for (const auto& v : l->record.versions) {
        for (const auto& a : v.approvals) {
          if (a.party != party) continue;
          const auto name = names.find(a.by);
          const std::string full = name == names.end() ? a.by : name->second;
          const auto space = full.find(' ');
          hei->contact_person.given_names =
              space == std::string::npos ? full : full.substr(space + 1);
          hei->contact_person.family_name =
              space == std::string::npos ? full : full.substr(0, space);
          hei->contact_person.email = a.by;
        }
      }
    }
    la.receiving_academic_year_id = l->mobility.academic_year;
    const auto& p = l->person;
    la.student.given_names = p.given_name.empty() ? p.family_name : p.given_name;
    la.student.family_name = p.family_name;
    la.student.citizenship = p.nationality;
    la.student.email = p.email.empty() ? "unknown@example.invalid" : p.email;
    if (!p.date_of_birth.empty()) la.student.birth_date = p.date_of_birth;
    la.start_date = l->mobility.planned_start;
    la.end_date = l->mobility.planned_end;
    la.eqf_level_studied_at_departure = p.level.value_or(6);
    la.isced_f_code = p.field.empty() ? "0588" : p.field;
    for (const auto& lang : p.languages) {
      if (domain::cefr_rank(lang.cefr) > domain::cefr_rank(la.student_language_skill.cefr_level)) {
        la.student_language_skill = {lang.language, lang.cefr};
      }
    }
    if (la.student_language_skill.cefr_level.empty()) la.student_language_skill = {"en", "B2"};
    const domain::LaVersion* first_approved = nullptr;
    for (const auto& v : l->record.versions) {
      if (v.state == "approved" || v.state == "superseded") {
        first_approved = &v;
        break;
      }
    }
    if (first_approved) la.first_version = tables_of(*first_approved, names);
    const auto* latest = l->record.approved();
    if (latest && first_approved && latest != first_approved)
      la.approved_changes = tables_of(*latest, names);
    if (const auto& last = l->record.versions.back();
        last.state == "proposed" || last.state == "commented") {
      interop::ChangesProposal proposal;
      static_cast<interop::ComponentTables&>(proposal) = tables_of(last, names);
      proposal.id = last.sha256;
      la.changes_proposal = std::move(proposal);
    }
    auto xml = interop::to_xml(std::vector<interop::LearningAgreement>{la});
    if (!xml) return fail(xml.error());
    if (!schema_root_.empty()) {
      if (auto ok = interop::validate(*xml, schema_root_, kLaSchema); !ok) {
        return fail(Error::internal(
            fmt::format("the learning agreement does not validate: {}", ok.error().message)));
      }
    }
    return xml;
  });
}

}  // namespace orbis::service
