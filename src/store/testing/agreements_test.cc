// Agreements with their parties, conditions, history, attachments, comments and EWP state.
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "domain/reference.h"
#include "store/reminders.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

// Every row of a list of what is due (store/reminders.h) for `q`, read two rows a page.
template <typename T>
std::vector<T> due_pages(Transaction& tx, const DueQuery& q,
                         Result<Page<T>> (*list)(Transaction&, const DueQuery&)) {
  return read_pages<T>(
      [&](const PageSpec& page) {
        auto paged = q;
        paged.page = page;
        return list(tx, paged);
      },
      2);
}

TEST_P(StoreConformance, AnAgreementKeepsEveryMember) {
  const auto home = add_institution("Westlake University");
  const auto unit = add_org_unit(home, "School of Engineering");
  const auto partner = add_institution("University of Oxford", "GB");
  domain::Agreement a;
  a.code = "WL-OX-2026";
  a.title = "Westlake–Oxford exchange";
  a.kinds = {domain::AgreementKind::student_exchange, domain::AgreementKind::staff_exchange};
  a.parties = {{home,
                true,
                unit,
                {"Li Wei", "li@westlake.edu.cn", "+86 571", ""},  // a title is a signatory's
                {"Shi Yigong", "", "", "President"},
                "2026-06-01"},
               {partner, false, std::nullopt, {"Ann", "ann@ox.ac.uk", "", ""}, {}, ""}};
  a.start_date = "2026-09-01";
  a.end_date = "2031-08-31";
  a.auto_renewal = true;
  a.notes = "renewed from 2021";
  a.tags = {"europe", "priority"};
  a.status = domain::AgreementStatus::draft;
  domain::CooperationCondition c;
  c.sending = home;
  c.receiving = partner;
  c.mobility_type = domain::MobilityType::student_studies;
  c.first_academic_year = "2026/2027";
  c.last_academic_year = "2030/2031";
  c.eqf_levels = {6, 7};
  c.isced = "0613";
  c.isced_clarification = "software";
  c.seats_per_year = 3;
  c.months_per_seat = 5.5;
  c.total_months_per_year = 16.5;
  c.languages = {{"en", "B2"}, {"zh", "A2"}};
  c.blended = true;
  c.other_terms = "no fees";
  domain::CooperationCondition back = c;
  back.sending = partner;
  back.receiving = home;
  back.months_per_seat.reset();
  back.total_months_per_year.reset();
  back.total_days_per_year = 30;
  back.languages.clear();
  back.blended = false;
  a.conditions = {c, back};
  a.id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(a)); });
  a.version = 1;

  auto tx = write();
  auto stored = ok(tx->agreements().get(a.id));
  ASSERT_EQ(stored.conditions.size(), 2u);
  EXPECT_NE(stored.conditions[0].id, 0);  // assigned
  EXPECT_NE(stored.conditions[0].id, stored.conditions[1].id);
  a.conditions[0].id = stored.conditions[0].id;
  a.conditions[1].id = stored.conditions[1].id;
  EXPECT_EQ(describe(stored), describe(a));
  EXPECT_EQ(code_of(tx->agreements().get(AgreementId{a.id.value + 1})), ErrorCode::not_found);

  a.title = "Westlake–Oxford";
  a.tags = {"europe"};
  a.parties[0].contact = {};
  a.conditions.pop_back();
  a.conditions[0].seats_per_year = 4;
  ok(tx->agreements().update(a));
  a.version = 2;
  stored = ok(tx->agreements().get(a.id));
  ASSERT_EQ(stored.conditions.size(), 1u);
  a.conditions[0].id = stored.conditions[0].id;
  EXPECT_EQ(describe(stored), describe(a));
  auto old = a;
  old.version = 1;
  const auto conflict = tx->agreements().update(old);
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().code, ErrorCode::conflict);
}

// Codes are unique when given: the database refuses a second agreement with a taken code
// (so two writers cannot both take it), any number may have none, and agreements are found
// by their codes.
TEST_P(StoreConformance, AnAgreementCodeIsUniqueAndFindsItsAgreement) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  AgreementId first, second;
  committed([&](Transaction& tx) {
    auto a = sample_agreement(home, partner, "A");
    a.code = "WU-OX-2026";
    first = ok(tx.agreements().insert(a));
    a.code = "WU-OX-2027";
    second = ok(tx.agreements().insert(a));
    a.code = "";
    ok(tx.agreements().insert(a));
    ok(tx.agreements().insert(a));
    return 0;
  });
  {
    auto tx = read();
    const auto found =
        ok(tx->agreements().ids_by_code({"WU-OX-2027", "", "nobody's", "WU-OX-2026"}));
    EXPECT_EQ(found,
              (std::map<std::string, AgreementId>{{"WU-OX-2026", first}, {"WU-OX-2027", second}}));
    EXPECT_TRUE(ok(tx->agreements().ids_by_code({})).empty());
  }
  // Each refusal in a transaction of its own: after a failed statement some back ends
  // take no more statements in that transaction.
  {
    auto tx = write();
    auto taken = sample_agreement(home, partner, "B");
    taken.code = "WU-OX-2026";
    EXPECT_EQ(code_of(tx->agreements().insert(taken)), ErrorCode::already_exists);
  }
  auto tx = write();
  auto moved = ok(tx->agreements().get(second));
  moved.code = "WU-OX-2026";
  EXPECT_EQ(code_of(tx->agreements().update(moved)), ErrorCode::already_exists);
}

TEST_P(StoreConformance, AgreementsAreFoundByTheirCode) {
  const auto home = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto tokyo = add_institution("University of Tokyo", "JP");
  auto first = sample_agreement(home, oxford, "WL-2026");
  auto other = sample_agreement(home, tokyo, "WL-2027");
  for (auto* a : {&first, &other}) {
    a->id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(*a)); });
    a->version = 1;
  }
  auto tx = write();
  // With its parties and conditions, as all() gives them.
  std::vector<domain::Agreement> expected;
  for (auto& a : ok(tx->agreements().all())) {
    if (a.code == "WL-2026") expected.push_back(std::move(a));
  }
  ASSERT_EQ(expected.size(), 1u);
  EXPECT_EQ(expected[0].id, first.id);
  const auto found = ok(tx->agreements().with_codes({"WL-2026"}));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(describe_all(std::vector<domain::Agreement>{found.at("WL-2026")}),
            describe_all(expected));
  const auto one = ok(tx->agreements().with_codes({"WL-2027"}));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one.at("WL-2027").id, other.id);
  EXPECT_EQ(one.at("WL-2027").parties.size(), 2u);
  EXPECT_TRUE(ok(tx->agreements().with_codes({"wl-2026"})).empty());  // the code as written
  EXPECT_TRUE(ok(tx->agreements().with_codes({"WL-2028"})).empty());
  EXPECT_TRUE(ok(tx->agreements().with_codes({""})).empty());
}

// More agreements than one statement binds codes for (500), each with its parties and
// conditions, as all() gives them.
TEST_P(StoreConformance, ManyAgreementsAreFoundByTheirCodesAtOnce) {
  const auto home = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto tokyo = add_institution("University of Tokyo", "JP");
  constexpr int kAgreements = 1'050;
  committed([&](Transaction& tx) {
    for (int i = 0; i < kAgreements; ++i)
      ok(tx.agreements().insert(
          sample_agreement(home, i % 2 ? oxford : tokyo, fmt::format("WL-{:04}", i))));
    return 0;
  });
  std::vector<std::string> codes{"", "WL-9999", "wl-0001"};  // none, unknown, not as written
  for (int i = kAgreements - 1; i >= 0; --i) codes.push_back(fmt::format("WL-{:04}", i));
  codes.push_back("WL-0007");  // twice
  auto tx = read();
  std::vector<domain::Agreement> expected = ok(tx->agreements().all());
  ASSERT_EQ(expected.size(), static_cast<std::size_t>(kAgreements));
  const auto found = ok(tx->agreements().with_codes(codes));
  ASSERT_EQ(found.size(), expected.size());
  std::vector<domain::Agreement> by_code;
  for (const auto& [code, a] : found) {
    EXPECT_EQ(code, a.code);
    by_code.push_back(a);
  }
  // Codes are numbered as the ids were given, so code order is id order, as all()'s.
  EXPECT_EQ(describe_all(by_code), describe_all(expected));
  EXPECT_EQ(found.at("WL-1049").parties.size(), 2u);
  EXPECT_EQ(found.at("WL-1049").conditions.size(), 1u);
  EXPECT_TRUE(ok(tx->agreements().with_codes({})).empty());
  EXPECT_TRUE(ok(tx->agreements().with_codes({"", "WL-9999"})).empty());
}

TEST_P(StoreConformance, AStatusChangeMovesTheVersionAndAppendsHistory) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  const auto id = committed([&](Transaction& tx) {
    return ok(tx.agreements().insert(sample_agreement(home, partner, "A")));
  });
  auto tx = write();
  const domain::StatusChange proposed{"2026-05-01T00:00:00.000Z", "officer@westlake.edu.cn",
                                      domain::AgreementStatus::draft,
                                      domain::AgreementStatus::negotiation, "ready"};
  ok(tx->agreements().change_status(id, 1, proposed));
  const auto stale = tx->agreements().change_status(id, 1, proposed);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  const auto stored = ok(tx->agreements().get(id));
  EXPECT_EQ(stored.status, domain::AgreementStatus::negotiation);
  EXPECT_EQ(stored.version, 2);
  ASSERT_EQ(stored.history.size(), 1u);
  EXPECT_EQ(describe_member(stored.history[0]), describe_member(proposed));
  // all() leaves the history out.
  const auto all = ok(tx->agreements().all());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_TRUE(all[0].history.empty());
  EXPECT_EQ(all[0].status, domain::AgreementStatus::negotiation);
}

TEST_P(StoreConformance, AttachmentsCommentsAndEwpStateBelongToTheirAgreement) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  const auto a = committed([&](Transaction& tx) {
    return ok(tx.agreements().insert(sample_agreement(home, partner, "A")));
  });
  const auto b = committed([&](Transaction& tx) {
    return ok(tx.agreements().insert(sample_agreement(home, partner, "B")));
  });
  auto tx = write();
  const std::string bytes("%PDF-1.4\0\xff binary", 17);
  AttachmentInfo info{0,
                      a,
                      "annex.pdf",
                      "application/pdf",
                      17,
                      "ab12",
                      "2026-05-01T00:00:00.000Z",
                      "officer@westlake.edu.cn",
                      partner};
  info.id = ok(tx->agreements().insert_attachment(info, bytes));
  const auto [got, content] = ok(tx->agreements().attachment(a, info.id));
  EXPECT_EQ(describe(got), describe(info));
  EXPECT_EQ(content, bytes);
  EXPECT_EQ(describe_all(ok(tx->agreements().attachments(a))), std::vector{describe(info)});
  EXPECT_TRUE(ok(tx->agreements().attachments(b)).empty());
  EXPECT_EQ(code_of(tx->agreements().attachment(b, info.id)), ErrorCode::not_found);

  Comment note{
      0,           "2026-05-01T00:00:00.000Z", "officer@westlake.edu.cn", "officer", "Looks good",
      std::nullopt};
  note.id = ok(tx->agreements().insert_comment(a, note));
  Comment to_partner = note;
  to_partner.text = "For Oxford";
  to_partner.institution = partner;
  to_partner.id = ok(tx->agreements().insert_comment(a, to_partner));
  EXPECT_EQ(describe_all(ok(tx->agreements().comments(a))),
            (std::vector{describe(note), describe(to_partner)}));
  EXPECT_TRUE(ok(tx->agreements().comments(b)).empty());

  EXPECT_EQ(ok(tx->agreements().ewp(a)).partner_xml, "");
  ok(tx->agreements().set_ewp(a, {"<iia/>", "h1", "h0", "2026-05-02T00:00:00.000Z"}));
  const auto ewp = ok(tx->agreements().ewp(a));
  EXPECT_EQ(ewp.partner_xml, "<iia/>");
  EXPECT_EQ(ewp.partner_hash, "h1");
  EXPECT_EQ(ewp.approved_hash, "h0");
  EXPECT_EQ(ewp.approved_at, "2026-05-02T00:00:00.000Z");
  EXPECT_EQ(ok(tx->agreements().ewp(b)).partner_hash, "");
}

TEST_P(StoreConformance, CommentsPageOldestFirstWithinThePartnersScope) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  const auto third = add_institution("Sorbonne", "FR");
  auto three = sample_agreement(home, partner, "A");
  three.parties.push_back({third, false, std::nullopt, {}, {}, ""});
  const auto a = committed([&](Transaction& tx) { return ok(tx.agreements().insert(three)); });
  std::vector<std::int64_t> everyone, for_partner;
  committed([&](Transaction& tx) {
    for (int i = 0; i < 7; ++i) {
      Comment c{0,         "2026-05-01T00:00:00.000Z", "officer",
                "officer", "c" + std::to_string(i),    std::nullopt};
      if (i % 3 == 1) c.institution = partner;
      if (i % 3 == 2) c.institution = third;
      const auto id = ok(tx.agreements().insert_comment(a, c));
      everyone.push_back(id);
      if (i % 3 != 2) for_partner.push_back(id);
    }
    return 0;
  });
  auto tx = read();
  const auto all = read_pages<Comment>(
      [&](const PageSpec& page) { return list_comments(*tx, {.agreement = a, .page = page}); }, 3);
  EXPECT_EQ(ids_of(all), everyone);
  const auto scoped = read_pages<Comment>(
      [&](const PageSpec& page) {
        return list_comments(*tx, {.agreement = a, .partner = partner, .page = page});
      },
      2);
  EXPECT_EQ(ids_of(scoped), for_partner);
}

TEST_P(StoreConformance, RemindersAreDueForLiveAgreementsEndingSoonOrWithFreeSeats) {
  const auto home = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto person = add_person("Wang", "Fang", home);
  const int today = *domain::parse_date("2027-01-15");
  struct Case {
    const char* code;
    domain::AgreementStatus status;
    const char* end;
    int seats;
    std::vector<std::pair<const char*, domain::MobilityStatus>> stays;  // year, status
    bool due;
  };
  using S = domain::AgreementStatus;
  using M = domain::MobilityStatus;
  const std::vector<Case> cases{
      {"ENDS-SOON", S::active, "2027-07-14", 0, {}, true},  // 180 days from today
      {"ENDS-LATER", S::active, "2027-07-15", 0, {}, false},
      {"ENDS-TODAY", S::active, "2027-01-15", 0, {}, true},
      {"ENDED", S::active, "2027-01-14", 0, {}, false},
      {"NO-END", S::active, "", 0, {}, false},
      {"FREE-SEAT", S::active, "2031-08-31", 2, {{"2026/2027", M::accepted}}, true},
      {"FULL", S::active, "2031-08-31", 1, {{"2026/2027", M::abroad}}, false},
      {"FREED",
       S::active,
       "2031-08-31",
       1,
       {{"2026/2027", M::cancelled}, {"2025/2026", M::completed}},
       true},
      {"DRAFT-SOON", S::draft, "2027-03-01", 2, {}, false},
      {"TERMINATED", S::terminated, "2031-08-31", 2, {}, false},
  };
  std::vector<std::int64_t> due;
  committed([&](Transaction& tx) {
    for (const auto& c : cases) {
      auto a = sample_agreement(home, oxford, c.code);
      a.status = c.status;
      a.end_date = c.end;
      a.conditions[0].seats_per_year = c.seats;
      const auto id = ok(tx.agreements().insert(a));
      const auto condition = ok(tx.agreements().get(id)).conditions.at(0).id;
      for (const auto& [year, status] : c.stays) {
        domain::Mobility m;
        m.person = person;
        m.sending = home;
        m.receiving = oxford;
        m.agreement = id;
        m.condition = condition;
        m.academic_year = year;
        m.status = status;
        m.planned_start = "2026-09-01";
        m.planned_end = "2027-01-31";
        ok(tx.mobilities().insert(m));
      }
      if (c.due) due.insert(due.begin(), id.value);  // newest first
    }
    return 0;
  });
  // Due: an end within the window (store/reminders.h agreements_ending) or a condition with
  // free seats in the year (conditions_with_free_seats), of an active agreement.
  DueQuery q;
  q.statuses = {S::active};
  q.today = today;
  q.within = 180;
  q.academic_year = "2026/2027";
  auto tx = read();
  const auto due_now = [&] {
    std::set<std::int64_t> found;
    const auto ending = due_pages<DueEnd>(*tx, q, agreements_ending);
    for (const auto& e : ending) found.insert(e.agreement.value);
    const auto free = due_pages<FreeSeats>(*tx, q, conditions_with_free_seats);
    for (const auto& f : free) found.insert(f.agreement.value);
    return found;
  };
  EXPECT_EQ(due_now(), std::set<std::int64_t>(due.begin(), due.end()));
  // The seats of another year are all free.
  q.academic_year = "2027/2028";
  EXPECT_EQ(due_now().size(), due.size() + 1);
}

// What is due, in the database's order a page at a time (store/reminders.h): the agreements
// ending within the window, the soonest first and then by id; the conditions with free
// seats, the newest agreement first and each one's conditions in order.
TEST_P(StoreConformance, DueEndsAndFreeSeatsPageInTheirOrder) {
  const auto home = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto person = add_person("Li", "Na", home);
  using S = domain::AgreementStatus;
  std::map<std::string, AgreementId> ids;
  std::vector<std::int64_t> conditions_of_b;
  committed([&](Transaction& tx) {
    const auto add = [&](const std::string& code, S status, const std::string& end, int seats,
                         int conditions) {
      auto a = sample_agreement(home, oxford, code);
      a.status = status;
      a.end_date = end;
      a.conditions[0].seats_per_year = seats;
      while (static_cast<int>(a.conditions.size()) < conditions)
        a.conditions.push_back(a.conditions[0]);
      ids[code] = ok(tx.agreements().insert(a));
    };
    add("A", S::active, "2027-03-01", 0, 1);
    add("B", S::active, "2027-02-01", 1, 2);
    add("C", S::active, "2027-02-01", 0, 1);
    add("D", S::active, "2031-08-31", 2, 2);
    add("E", S::draft, "2027-02-01", 2, 1);
    add("F", S::active, "2027-01-14", 0, 1);
    // B's first condition has its one seat taken this year.
    for (const auto& c : ok(tx.agreements().get(ids["B"])).conditions)
      conditions_of_b.push_back(c.id);
    domain::Mobility m;
    m.person = person;
    m.sending = home;
    m.receiving = oxford;
    m.agreement = ids["B"];
    m.condition = conditions_of_b.at(0);
    m.academic_year = "2026/2027";
    m.status = domain::MobilityStatus::accepted;
    m.planned_start = "2026-09-01";
    m.planned_end = "2027-01-31";
    ok(tx.mobilities().insert(m));
    return 0;
  });
  DueQuery q;
  q.statuses = {S::active};
  q.today = *domain::parse_date("2027-01-15");
  q.within = 180;
  q.academic_year = "2026/2027";
  auto tx = read();
  const auto ending = due_pages<DueEnd>(*tx, q, agreements_ending);
  std::vector<std::pair<std::int64_t, std::string>> got;
  for (const auto& e : ending) got.emplace_back(e.agreement.value, e.end_date);
  EXPECT_EQ(got,
            (std::vector<std::pair<std::int64_t, std::string>>{{ids["B"].value, "2027-02-01"},
                                                               {ids["C"].value, "2027-02-01"},
                                                               {ids["A"].value, "2027-03-01"}}));
  const auto free = due_pages<FreeSeats>(*tx, q, conditions_with_free_seats);
  std::vector<std::tuple<std::int64_t, int>> seats;
  for (const auto& f : free) seats.emplace_back(f.agreement.value, f.position);
  EXPECT_EQ(seats, (std::vector<std::tuple<std::int64_t, int>>{
                       {ids["D"].value, 0}, {ids["D"].value, 1}, {ids["B"].value, 1}}));
  EXPECT_EQ(free.back().condition, conditions_of_b.at(1));
  // A partner that is no party sees none.
  q.party = add_institution("Sorbonne", "FR");
  EXPECT_TRUE(ok(agreements_ending(*tx, q)).items.empty());
  EXPECT_TRUE(ok(conditions_with_free_seats(*tx, q)).items.empty());
}

// What a page of agreement views reads at once (store/lists.h): each agreement's stays that
// are not cancelled, per condition in one year and per route over every year, and the
// parties' institutions with their domains but without their other names.
TEST_P(StoreConformance, APageOfAgreementsReadsItsStaysAndInstitutionsAtOnce) {
  const auto home = add_institution("Westlake University");
  const auto sorbonne = add_institution("Sorbonne", "FR");
  const auto oxford = committed([&](Transaction& tx) {
    domain::Institution in;
    in.name = "University of Oxford";
    in.country = "GB";
    in.types = {domain::InstitutionType::education};
    in.names = {{"Oxford", "en", domain::NameKind::alias}};
    in.domains = {"ox.ac.uk", "oxford.ac.uk"};
    return ok(tx.institutions().insert(in));
  });
  const auto person = add_person("Li", "Na", home);
  AgreementId x, y, z;
  std::vector<std::int64_t> of_x, of_y;
  committed([&](Transaction& tx) {
    auto a = sample_agreement(home, oxford, "X");
    a.conditions.push_back(a.conditions[0]);
    x = ok(tx.agreements().insert(a));
    y = ok(tx.agreements().insert(sample_agreement(home, sorbonne, "Y")));
    z = ok(tx.agreements().insert(sample_agreement(home, oxford, "Z")));
    for (const auto& c : ok(tx.agreements().get(x)).conditions) of_x.push_back(c.id);
    for (const auto& c : ok(tx.agreements().get(y)).conditions) of_y.push_back(c.id);
    const auto add = [&](AgreementId agreement, std::int64_t condition, InstitutionId from,
                         InstitutionId to, const std::string& year, domain::MobilityStatus status) {
      domain::Mobility m;
      m.person = person;
      m.sending = from;
      m.receiving = to;
      m.agreement = agreement;
      m.condition = condition;
      m.academic_year = year;
      m.status = status;
      m.planned_start = year.substr(0, 4) + "-09-01";
      m.planned_end = year.substr(5, 4) + "-01-31";
      ok(tx.mobilities().insert(m));
    };
    using M = domain::MobilityStatus;
    add(x, of_x[0], home, oxford, "2026/2027", M::accepted);
    add(x, of_x[0], home, oxford, "2026/2027", M::abroad);
    add(x, of_x[1], home, oxford, "2026/2027", M::cancelled);
    add(x, of_x[1], home, oxford, "2025/2026", M::completed);
    add(y, of_y[0], sorbonne, home, "2026/2027", M::nominated);
    return 0;
  });
  auto tx = read();
  const auto stays = ok(stays_under(*tx, {x, y, z}, "2026/2027"));
  EXPECT_EQ(stays.size(), 2u);  // Z has none
  using Routes = std::map<std::pair<std::int64_t, std::int64_t>, int>;
  EXPECT_EQ(stays.at(x.value).per_condition, (std::map<std::int64_t, int>{{of_x[0], 2}}));
  EXPECT_EQ(stays.at(x.value).per_route, (Routes{{{home.value, oxford.value}, 3}}));
  EXPECT_EQ(stays.at(y.value).per_condition, (std::map<std::int64_t, int>{{of_y[0], 1}}));
  EXPECT_EQ(stays.at(y.value).per_route, (Routes{{{sorbonne.value, home.value}, 1}}));
  EXPECT_TRUE(ok(stays_under(*tx, {x}, "2027/2028")).at(x.value).per_condition.empty());
  EXPECT_TRUE(ok(stays_under(*tx, {}, "2026/2027")).empty());

  const auto found = ok(institutions_with_ids(*tx, {oxford, sorbonne, InstitutionId{999999}}));
  ASSERT_EQ(found.size(), 2u);
  const auto& in = found.at(oxford.value);
  EXPECT_EQ(in.id, oxford);
  EXPECT_EQ(in.name, "University of Oxford");
  EXPECT_EQ(in.country, "GB");
  EXPECT_EQ(in.domains, (std::vector<std::string>{"ox.ac.uk", "oxford.ac.uk"}));
  EXPECT_TRUE(in.names.empty());
  EXPECT_EQ(found.at(sorbonne.value).name, "Sorbonne");
  EXPECT_TRUE(ok(institutions_with_ids(*tx, {})).empty());
}

TEST_P(StoreConformance, AgreementsPageNewestFirstWithFiltersAndScope) {
  const auto home = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto sorbonne = add_institution("Sorbonne", "FR");
  std::vector<std::int64_t> ids, with_oxford, staff;
  committed([&](Transaction& tx) {
    for (int i = 0; i < 9; ++i) {
      auto a = sample_agreement(home, i % 2 ? oxford : sorbonne, "A" + std::to_string(i));
      if (i % 3 == 0) a.kinds = {domain::AgreementKind::staff_exchange};
      const auto id = ok(tx.agreements().insert(a)).value;
      ids.insert(ids.begin(), id);  // newest first
      if (i % 2) with_oxford.insert(with_oxford.begin(), id);
      if (i % 3 == 0) staff.insert(staff.begin(), id);
    }
    return 0;
  });
  auto tx = read();
  const auto all = read_pages<domain::Agreement>(
      [&](const PageSpec& page) { return list_agreements(*tx, {.page = page}); }, 4);
  EXPECT_EQ(ids_of(all), ids);
  EXPECT_EQ(ok(count_agreements(*tx, {})), 9u);

  const auto seen_by_oxford = read_pages<domain::Agreement>(
      [&](const PageSpec& page) { return list_agreements(*tx, {.party = oxford, .page = page}); },
      2);
  EXPECT_EQ(ids_of(seen_by_oxford), with_oxford);
  for (const auto& a : seen_by_oxford) {
    for (const auto& p : a.parties) EXPECT_NE(p.institution, sorbonne);
  }
  EXPECT_EQ(ok(count_agreements(*tx, {.party = oxford})), with_oxford.size());

  AgreementQuery by_kind;
  by_kind.kind = domain::AgreementKind::staff_exchange;
  const auto staff_only = read_pages<domain::Agreement>(
      [&](const PageSpec& page) {
        auto q = by_kind;
        q.page = page;
        return list_agreements(*tx, q);
      },
      2);
  EXPECT_EQ(ids_of(staff_only), staff);
  AgreementQuery in_france;
  in_france.country = "FR";
  EXPECT_EQ(ok(count_agreements(*tx, in_france)), 9u - with_oxford.size());
}

// An agreement's kinds are rows of their own: the filter finds an agreement by any of its
// kinds, counts what it lists, and follows an update that changes them.
TEST_P(StoreConformance, TheKindFilterFindsAnAgreementByEachOfItsKinds) {
  using K = domain::AgreementKind;
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  std::vector<domain::Agreement> made;
  committed([&](Transaction& tx) {
    const std::vector<std::vector<K>> kinds = {{K::student_exchange, K::staff_exchange},
                                               {K::staff_exchange},
                                               {K::joint_research, K::student_exchange},
                                               {K::framework_mou}};
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      auto a = sample_agreement(home, partner, "K" + std::to_string(i));
      a.kinds = kinds[i];
      a.id = ok(tx.agreements().insert(a));
      a.version = 1;
      made.push_back(a);
    }
    return 0;
  });
  const auto of_kind = [&](K kind) {
    auto tx = read();
    AgreementQuery q;
    q.kind = kind;
    const auto found = read_pages<domain::Agreement>(
        [&](const PageSpec& page) {
          auto paged = q;
          paged.page = page;
          return list_agreements(*tx, paged);
        },
        1);
    EXPECT_EQ(ok(count_agreements(*tx, q)), found.size());
    return ids_of(found);
  };
  const auto id = [&](std::size_t i) { return made[i].id.value; };
  EXPECT_EQ(of_kind(K::student_exchange), (std::vector{id(2), id(0)}));
  EXPECT_EQ(of_kind(K::staff_exchange), (std::vector{id(1), id(0)}));
  EXPECT_EQ(of_kind(K::joint_research), (std::vector{id(2)}));
  EXPECT_EQ(of_kind(K::framework_mou), (std::vector{id(3)}));
  EXPECT_TRUE(of_kind(K::internship).empty());
  {
    auto tx = read();
    EXPECT_EQ(ok(tx->agreements().get(made[2].id)).kinds,
              (std::vector{K::joint_research, K::student_exchange}));  // in their order
  }

  made[0].kinds = {K::internship};
  committed([&](Transaction& tx) {
    ok(tx.agreements().update(made[0]));
    return 0;
  });
  EXPECT_EQ(of_kind(K::student_exchange), (std::vector{id(2)}));
  EXPECT_EQ(of_kind(K::staff_exchange), (std::vector{id(1)}));
  EXPECT_EQ(of_kind(K::internship), (std::vector{id(0)}));
  // Filters combine: a kind and a country.
  auto tx = read();
  AgreementQuery q;
  q.kind = K::staff_exchange;
  q.country = "GB";
  EXPECT_EQ(ok(count_agreements(*tx, q)), 1u);
  q.country = "FR";
  EXPECT_EQ(ok(count_agreements(*tx, q)), 0u);
}

// The lists an agreement keeps in a column (tags, a condition's levels and languages) come
// back as written whatever characters they hold, the separators of older forms included.
TEST_P(StoreConformance, AnAgreementsListsKeepAnyText) {
  const auto home = add_institution("Westlake University");
  const auto partner = add_institution("University of Oxford", "GB");
  auto a = sample_agreement(home, partner, "T");
  a.tags = {"a;b", "1|2:x", "[\"json\"]", "杭州", ""};
  a.conditions[0].eqf_levels = {8, 6};
  a.conditions[0].languages = {{"en", "B2"}, {"a:b;c", ""}};
  a.id = committed([&](Transaction& tx) { return ok(tx.agreements().insert(a)); });
  a.version = 1;
  auto tx = read();
  auto stored = ok(tx->agreements().get(a.id));
  ASSERT_EQ(stored.conditions.size(), 1u);
  a.conditions[0].id = stored.conditions[0].id;
  EXPECT_EQ(describe(stored), describe(a));
  const auto listed = ok(list_agreements(*tx, {}));
  ASSERT_EQ(listed.items.size(), 1u);
  EXPECT_EQ(describe(listed.items[0]), describe(a));
}

}  // namespace
}  // namespace orbis::store::testing
