// Erasmus Without Paper: agreements as IIA v7 documents.
#include "service/partnerships/ewp.h"

#include <fmt/format.h>

#include "domain/reference.h"
#include "interop/iia.h"
#include "interop/iia_compare.h"
#include "interop/iia_hash.h"
#include "interop/iia_xml.h"
#include "interop/schema_validation.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::MobilityType;

constexpr std::string_view kIiaSchema = "ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd";

// EWP wants four-digit ISCED-F codes; a broad or narrow code becomes its "not further
// defined" detailed code when the classification has one (06 → 0600 does not exist, 061 → 0610
// does).
std::optional<interop::SubjectArea> subject_area(const domain::CooperationCondition& c) {
  if (c.isced.empty()) return std::nullopt;
  std::string code = c.isced;
  while (code.size() < 4) code.push_back('0');
  if (!domain::find_isced(code)) return std::nullopt;
  interop::SubjectArea area{code, std::nullopt, std::nullopt};
  if (!c.isced_clarification.empty()) area.isced_clarification = c.isced_clarification;
  return area;
}

std::string decimal(double value) {
  std::string s = fmt::format("{:.2f}", value);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// EWP contacts need a name: a contact known only by email is named by it.
interop::Contact contact_of(const domain::Contact& p) {
  interop::Contact c;
  c.contact_names.push_back({p.name.empty() ? p.email : p.name, std::nullopt});
  if (!p.email.empty()) c.emails.push_back(p.email);
  if (!p.title.empty()) c.role_descriptions.push_back({p.title, std::string("en")});
  return c;
}

// The agreement as the actor may see it, as an IIA, read in `tx`.
Result<EwpExport> export_in(store::Transaction& tx, const domain::Actor& actor, AgreementId id,
                            int today) {
  auto view = partnership_rules::detail_for(tx, actor, id, today);
  if (!view) return fail(view.error());
  // Judged on the whole agreement, not on the part a partner sees: a partner of a
  // multilateral agreement is not handed a bilateral one.
  auto whole = tx.agreements().get(id);
  if (!whole) return fail(whole.error());
  if (whole->parties.size() != 2) {
    return fail(Error::invalid("an EWP IIA binds two institutions; this agreement is multilateral",
                               {{"parties", "EWP cannot express a multilateral agreement"}}));
  }
  const auto& a = view->agreement;
  EwpExport out;
  interop::Iia iia;
  // The home institution first: the side whose system the document comes from.
  std::vector<const domain::Party*> parties = {
      a.home(), a.parties[0].is_home ? &a.parties[1] : &a.parties[0]};
  std::map<std::int64_t, std::string> hei_of;
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& in = view->institutions.at(parties[i]->institution.value);
    if (in.domains.empty()) {
      return fail(Error::invalid(
          fmt::format(
              "{} has no web domain, which EWP uses as its SCHAC code; add one to the institution",
              in.name),
          {{fmt::format("parties/{}/institution_id", i), "the institution needs a web domain"}}));
    }
    hei_of[in.id.value] = in.domains.front();
    interop::Partner& partner = iia.partners[i];
    partner.hei_id = in.domains.front();
    if (i == 0) {
      partner.iia_id = fmt::format("orbis-{}", a.id.value);
      if (!a.code.empty()) partner.iia_code = a.code;
    }
    if (!parties[i]->signatory.name.empty())
      partner.signing_contact = contact_of(parties[i]->signatory);
    if (!parties[i]->signed_on.empty()) partner.signing_date = parties[i]->signed_on;
    if (!parties[i]->contact.name.empty() || !parties[i]->contact.email.empty()) {
      partner.contacts.push_back(contact_of(parties[i]->contact));
    }
  }
  iia.in_effect = view->effective == domain::AgreementStatus::active ||
                  view->effective == domain::AgreementStatus::expiring;
  for (std::size_t i = 0; i < a.conditions.size(); ++i) {
    const auto& c = a.conditions[i];
    interop::MobilitySpec spec;
    spec.sending_hei_id = hei_of.at(c.sending.value);
    spec.receiving_hei_id = hei_of.at(c.receiving.value);
    spec.receiving_first_academic_year_id = c.first_academic_year;
    spec.receiving_last_academic_year_id = c.last_academic_year;
    if (c.seats_per_year > 0)
      spec.mobilities_per_year = static_cast<std::uint32_t>(c.seats_per_year);
    else
      spec.mobilities_per_year_not_yet_defined = true;
    for (const auto& l : c.languages) {
      interop::LanguageSkill skill{l.language, std::nullopt, std::nullopt, false};
      if (!l.cefr.empty()) skill.cefr_level = l.cefr;
      spec.recommended_language_skills.push_back(std::move(skill));
    }
    if (auto area = subject_area(c)) spec.subject_areas.push_back(*area);
    if (!c.other_terms.empty()) spec.other_info_terms = c.other_terms;
    const auto student = [&] {
      interop::StudentMobilitySpec s;
      static_cast<interop::MobilitySpec&>(s) = spec;
      if (c.total_months_per_year)
        s.total_months_per_year = decimal(*c.total_months_per_year);
      else if (c.months_per_seat && c.seats_per_year > 0)
        s.total_months_per_year = decimal(*c.months_per_seat * c.seats_per_year);
      s.blended = c.blended;
      s.eqf_levels = c.eqf_levels;
      return s;
    };
    const auto staff = [&] {
      interop::StaffMobilitySpec s;
      static_cast<interop::MobilitySpec&>(s) = spec;
      if (c.total_days_per_year) s.total_days_per_year = std::to_string(*c.total_days_per_year);
      return s;
    };
    switch (c.mobility_type) {
      case MobilityType::student_studies:
        iia.cooperation_conditions.student_studies.push_back(student());
        break;
      case MobilityType::student_traineeship:
        iia.cooperation_conditions.student_traineeship.push_back(student());
        break;
      case MobilityType::staff_teaching:
        iia.cooperation_conditions.staff_teacher.push_back(staff());
        break;
      case MobilityType::staff_training:
        iia.cooperation_conditions.staff_training.push_back(staff());
        break;
      default:
        out.omitted.push_back(fmt::format("conditions/{}: {} has no EWP counterpart", i,
                                          domain::to_string(c.mobility_type)));
    }
  }
  if (view->agreement.status == domain::AgreementStatus::terminated)
    iia.cooperation_conditions.terminated_as_a_whole = true;
  auto hash = interop::iia_hash(iia);
  if (!hash) return fail(hash.error());
  iia.iia_hash = *hash;
  auto xml = interop::to_get_response_xml(std::span<const interop::Iia>(&iia, 1));
  if (!xml) return fail(xml.error());
  out.xml = std::move(*xml);
  out.iia_hash = *hash;
  return out;
}

}  // namespace

Result<EwpExport> EwpAgreements::export_iia(const domain::Actor& actor, AgreementId id) const {
  const int today = partnership_rules::today(clock_);
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return export_in(tx, actor, id, today); });
}

Result<EwpComparison> EwpAgreements::import_partner_copy(const domain::Actor& actor, AgreementId id,
                                                         const std::string& xml) {
  if (auto ok = require_reach(actor, domain::access::Resource::agreement,
                              domain::access::Action::update, "import a partner's EWP agreement");
      !ok) {
    return fail(ok.error());
  }
  const int today = partnership_rules::today(clock_);
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<EwpComparison> {
    auto ours = export_in(tx, actor, id, today);
    if (!ours) return fail(ours.error());
    if (!ewp_schemas_.empty()) {
      if (auto valid = interop::validate(xml, ewp_schemas_, kIiaSchema); !valid) {
        return fail(Error::invalid("the document is not a valid EWP IIA v7 get-response: " +
                                   valid.error().message));
      }
    }
    auto theirs = interop::parse_get_response(xml);
    if (!theirs) return fail(theirs.error());
    if (theirs->size() != 1) {
      return fail(Error::invalid(fmt::format(
          "the document holds {} agreements; send the one for this agreement", theirs->size())));
    }
    auto hashes = interop::iia_hashes_of_xml(xml);
    if (!hashes) return fail(hashes.error());
    auto state = tx.agreements().ewp(id);
    if (!state) return fail(state.error());
    state->partner_xml = xml;
    state->partner_hash = hashes->front();
    if (auto ok = tx.agreements().set_ewp(id, *state); !ok) return fail(ok.error());
    if (auto ok =
            record(tx, clock_, actor, "agreement.ewp_import", "agreement", std::to_string(id.value),
                   nullptr, {{"partner_hash", state->partner_hash}, {"our_hash", ours->iia_hash}});
        !ok) {
      return fail(ok.error());
    }
    auto ours_iia = interop::parse_get_response(ours->xml);
    if (!ours_iia) return fail(ours_iia.error());
    EwpComparison out;
    out.our_hash = ours->iia_hash;
    out.partner_hash = state->partner_hash;
    out.hashes_match = out.our_hash == out.partner_hash;
    for (const auto& d : interop::compare(ours_iia->front(), theirs->front())) {
      out.differences.emplace_back(d.path, d.ours.value_or(""), d.theirs.value_or(""));
    }
    out.state = *state;
    out.state.partner_xml.clear();
    return out;
  });
}

Result<EwpComparison> EwpAgreements::approve_partner_copy(const domain::Actor& actor,
                                                          AgreementId id) {
  if (auto ok = require_reach(actor, domain::access::Resource::agreement,
                              domain::access::Action::approve, "approve a partner's EWP agreement");
      !ok) {
    return fail(ok.error());
  }
  const int today = partnership_rules::today(clock_);
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<EwpComparison> {
    auto ours = export_in(tx, actor, id, today);
    if (!ours) return fail(ours.error());
    auto state = tx.agreements().ewp(id);
    if (!state) return fail(state.error());
    if (state->partner_hash.empty())
      return fail(
          Error::conflict("there is no partner copy to approve; import the partner's IIA first"));
    if (state->partner_hash != ours->iia_hash) {
      return fail(Error::conflict(
          fmt::format("the partner's copy (hash {}) differs from ours (hash {}); agree on the "
                      "conditions first",
                      state->partner_hash.substr(0, 12), ours->iia_hash.substr(0, 12))));
    }
    state->approved_hash = state->partner_hash;
    state->approved_at = format_iso8601(clock_.now());
    if (auto ok = tx.agreements().set_ewp(id, *state); !ok) return fail(ok.error());
    if (auto ok =
            record(tx, clock_, actor, "agreement.ewp_approve", "agreement",
                   std::to_string(id.value), nullptr, {{"approved_hash", state->approved_hash}});
        !ok) {
      return fail(ok.error());
    }
    EwpComparison out;
    out.our_hash = ours->iia_hash;
    out.partner_hash = state->partner_hash;
    out.hashes_match = true;
    out.state = *state;
    out.state.partner_xml.clear();
    return out;
  });
}

}  // namespace orbis::service
