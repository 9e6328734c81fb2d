// The demo's consortium: what happens under the multilateral Westlake–Oxford–Berkeley
// agreement — researchers visiting both ways, a second student's stay and application,
// comments from each partner and the signed files — so that the demo (and the scope tests)
// can show each partner, student and coordinator what is theirs and nothing of the others'.
// Made last, after the rest of the demo, so that nothing before it changes.
#include <fmt/format.h>

#include <chrono>

#include "common/crypto.h"
#include "domain/reference.h"
#include "seed/demo.h"
#include "service/learning/learning_agreements.h"
#include "service/mobility/applications.h"
#include "service/mobility/mobilities.h"
#include "service/mobility/nominations.h"
#include "service/partnerships/attachments.h"
#include "service/partnerships/comments.h"
#include "service/registry/people.h"

namespace orbis::seed {

using service::AgreementAttachments;
using service::AgreementComments;
using service::Applications;
using service::IncomingNomination;
using service::LearningAgreements;
using service::Mobilities;
using service::Nominations;
using service::People;

namespace {

using domain::MobilityType;

struct Consortium {
  domain::Agreement agreement;
  InstitutionId oxford, berkeley;
  std::int64_t from_oxford = 0, from_berkeley = 0, to_berkeley = 0;  // condition ids
};

Result<std::optional<Consortium>> find_consortium(store::Store& store, InstitutionId home) {
  auto tx = store.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto all = (*tx)->agreements().all();
  if (!all) return fail(all.error());
  for (auto& a : *all) {
    if (a.code != kDemoConsortiumCode) continue;
    Consortium c;
    for (const auto& p : a.parties) {
      auto in = (*tx)->institutions().get(p.institution);
      if (!in) return fail(in.error());
      if (in->ror_id == "052gg0110") c.oxford = p.institution;
      if (in->ror_id == "01an7q238") c.berkeley = p.institution;
    }
    for (const auto& cond : a.conditions) {
      if (cond.sending == c.oxford && cond.receiving == home) c.from_oxford = cond.id;
      if (cond.sending == c.berkeley && cond.receiving == home) c.from_berkeley = cond.id;
      if (cond.sending == home && cond.receiving == c.berkeley) c.to_berkeley = cond.id;
    }
    c.agreement = std::move(a);
    return std::optional<Consortium>(std::move(c));
  }
  return std::optional<Consortium>();
}

// A doctoral researcher a partner nominates, accepted by the office.
Result<MobilityId> visiting_researcher(Nominations& nominations, const domain::Actor& partner,
                                       const domain::Actor& officer, const Consortium& c,
                                       std::int64_t condition, domain::Person person, int start,
                                       int end) {
  IncomingNomination n;
  n.person = std::move(person);
  n.mobility.type = MobilityType::research_visit;
  n.mobility.agreement = c.agreement.id;
  n.mobility.condition = condition;
  n.mobility.academic_year = domain::academic_year_of(start);
  n.mobility.planned_start = domain::format_date(start);
  n.mobility.planned_end = domain::format_date(end);
  auto nominated = nominations.nominate_incoming(partner, std::move(n));
  if (!nominated) return fail(nominated.error());
  auto accepted = nominations.decide(officer, nominated->mobility.id, true, "");
  if (!accepted) return fail(accepted.error());
  return nominated->mobility.id;
}

}  // namespace

Result<ConsortiumDemoReport> create_demo_consortium(store::Store& store, const Clock& clock,
                                                    const DemoScopeAccounts& accounts,
                                                    InstitutionId home,
                                                    const std::vector<OrgUnitId>& schools) {
  ConsortiumDemoReport report;
  auto found = find_consortium(store, home);
  if (!found) return fail(found.error());
  if (!*found || schools.size() < 2) return report;
  const Consortium& c = **found;
  const auto& officer = accounts.officer;
  const int today = static_cast<int>(
      std::chrono::floor<std::chrono::days>(clock.now()).time_since_epoch().count());
  People people(store, clock);
  Mobilities mobilities(store, clock);
  Applications applications(store, clock);
  Nominations nominations(store, clock);
  LearningAgreements learning(store, clock);
  AgreementComments comments(store, clock);
  AgreementAttachments attachments(store, clock);

  // The second student, in the School of Life Sciences: a master's student who visits
  // Berkeley for a term and applies for next year's exchange.
  domain::Person student;
  student.family_name = "Ouyang";
  student.given_name = "Ning";
  student.name_zh = "欧阳宁";
  student.email = accounts.student2.email;
  student.nationality = "CN";
  student.home_institution = home;
  student.org_unit = schools[1];
  student.level = 7;
  student.year_of_study = 1;
  student.field = "0511";
  student.gpa = 90.3;
  student.gpa_scale = "cn100";
  student.date_of_birth = "2001-04-23";
  student.passport_number = "E87654321";
  student.phone = "+86 139 5716 2208";
  student.user = accounts.student2.user;
  student.languages.push_back({"en", "C1", "IELTS 7.5", ""});
  auto person = people.create(officer, std::move(student));
  if (!person) return fail(person.error());
  ++report.people;

  domain::Mobility visit;
  visit.person = person->person.id;
  visit.direction = domain::Direction::outgoing;
  visit.type = MobilityType::research_visit;
  visit.sending = home;
  visit.receiving = c.berkeley;
  visit.agreement = c.agreement.id;
  visit.condition = c.to_berkeley;
  visit.academic_year = domain::academic_year_of(today + 70);
  visit.planned_start = domain::format_date(today + 70);
  visit.planned_end = domain::format_date(today + 160);
  visit.credits_planned = 10;
  visit.funding.push_back({"home", "", "Westlake University", {"36000.00", "CNY"}});
  auto made = mobilities.create(officer, std::move(visit));
  if (!made) return fail(made.error());
  ++report.mobilities;
  // Her learning agreement, proposed by her and approved by all three.
  const auto stay = made->mobility.id;
  std::vector<domain::LaComponent> components = {
      {{"MCB-290", "Research Seminar in Computational Biology", 6, "ects"},
       {"BIO520", "计算生物学研讨", 4, "cn"},
       "spring"},
      {{"MCB-299", "Supervised Laboratory Research", 9, "ects"},
       {"BIO590", "实验室研究", 6, "cn"},
       "spring"}};
  auto proposed = learning.propose(accounts.student2, stay, std::move(components), "");
  if (!proposed) return fail(proposed.error());
  const auto sha256 = proposed->record.versions.back().sha256;
  for (const auto* signer : {&accounts.student2, &accounts.coordinator2, &accounts.berkeley}) {
    if (auto ok = learning.approve(*signer, stay, 1, sha256); !ok) return fail(ok.error());
  }

  // Researchers who come to Westlake, nominated by each partner itself.
  domain::Person priya;
  priya.family_name = "Raman";
  priya.given_name = "Priya";
  priya.email = "priya.raman@berkeley.edu";
  priya.nationality = "IN";
  priya.level = 8;
  priya.year_of_study = 3;
  priya.field = "0613";
  priya.date_of_birth = "1997-03-14";
  priya.languages.push_back({"en", "C2", "", ""});
  auto from_berkeley =
      visiting_researcher(nominations, accounts.berkeley, officer, c, c.from_berkeley,
                          std::move(priya), today + 30, today + 120);
  if (!from_berkeley) return fail(from_berkeley.error());
  domain::Person thomas;
  thomas.family_name = "Hale";
  thomas.given_name = "Thomas";
  thomas.email = "thomas.hale@ox.ac.uk";
  thomas.nationality = "GB";
  thomas.level = 8;
  thomas.year_of_study = 2;
  thomas.field = "0511";
  thomas.date_of_birth = "1998-11-02";
  thomas.languages.push_back({"en", "C2", "", ""});
  auto from_oxford = visiting_researcher(nominations, accounts.oxford, officer, c, c.from_oxford,
                                         std::move(thomas), today + 45, today + 135);
  if (!from_oxford) return fail(from_oxford.error());
  report.mobilities += 2;

  // Her application to the call open now, with her transcript.
  std::vector<domain::Call> open;
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto all = (*tx)->calls().all();
    if (!all) return fail(all.error());
    open = std::move(*all);
  }
  const std::string now = format_iso8601(clock.now());
  for (const auto& call : open) {
    if (domain::phase(call, now) != domain::CallPhase::open || call.offers.size() < 2) continue;
    domain::Application draft;
    draft.preferences = {call.offers[0].id, call.offers[1].id};
    draft.motivation = "My thesis on protein folding needs the labs I would join abroad.";
    auto applied = applications.apply(accounts.student2, call.id, std::move(draft));
    if (!applied) return fail(applied.error());
    auto with_document = applications.add_document(
        accounts.student2, applied->application.id, "transcript", "transcript-ouyang-ning.pdf",
        "application/pdf", "%PDF-1.4\n% Transcript of records, Ouyang Ning\n%%EOF\n");
    if (!with_document) return fail(with_document.error());
    auto submitted = applications.submit(accounts.student2, applied->application.id,
                                         with_document->application.version);
    if (!submitted) return fail(submitted.error());
    ++report.applications;
    break;
  }

  // Each partner talks with Westlake about its own researchers.
  const auto id = c.agreement.id;
  for (const auto& [author, text] :
       {std::pair{&accounts.oxford,
                  "Oxford can host two doctoral visitors in Trinity term; Thomas Hale is the "
                  "first."},
        {&accounts.berkeley,
         "Berkeley confirms Priya Raman's visit for the spring and will host Ouyang Ning."}}) {
    if (auto ok = comments.add(*author, id, text); !ok) return fail(ok.error());
  }
  if (auto ok =
          comments.add(officer, id, "The consortium's annual meeting is on 12 March in Hangzhou.");
      !ok)
    return fail(ok.error());
  if (auto ok = comments.add(officer, id,
                             "Thank you, Marcus: Priya Raman's invitation letter is on its way.",
                             c.berkeley);
      !ok)
    return fail(ok.error());
  // The agreement all three signed, and each partner's annex (its researchers' terms).
  for (const auto& [name, partner] :
       {std::pair{"consortium-agreement-signed.pdf", std::optional<InstitutionId>()},
        {"annex-oxford.pdf", std::optional<InstitutionId>(c.oxford)},
        {"annex-berkeley.pdf", std::optional<InstitutionId>(c.berkeley)}}) {
    if (auto ok = attachments.attach(officer, id, name, "application/pdf",
                                     fmt::format("%PDF-1.4\n% {}\n%%EOF\n", name), partner);
        !ok)
      return fail(ok.error());
  }
  return report;
}

}  // namespace orbis::seed
