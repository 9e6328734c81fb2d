// Programmes, calls, applications, placement runs and stays: keys, versions, stamps and lists.
#include <algorithm>
#include <functional>

#include "store/call_page.h"
#include "store/testing/conformance.h"

namespace orbis::store::testing {
namespace {

domain::Programme programme(const std::string& code, std::vector<InstitutionId> hosts,
                            bool published) {
  domain::Programme p;
  p.code = code;
  p.name = code;
  p.hosts = std::move(hosts);
  p.published = published;
  return p;
}

domain::Mobility stay(PersonId person, InstitutionId sending, InstitutionId receiving,
                      const std::string& start) {
  domain::Mobility m;
  m.person = person;
  m.sending = sending;
  m.receiving = receiving;
  m.academic_year = "2026/2027";
  m.planned_start = start;
  m.planned_end = "2027-06-30";
  return m;
}

TEST_P(StoreConformance, ProgrammeAndCallCodesAreUniqueAndVersionsChecked) {
  const auto home = add_institution("Westlake University");
  const auto id = committed(
      [&](Transaction& tx) { return ok(tx.programmes().insert(programme("P", {home}, true))); });
  add_call("C");
  auto tx = write();
  EXPECT_EQ(code_of(tx->programmes().insert(programme("P", {home}, false))),
            ErrorCode::already_exists);
  tx.reset();
  tx = write();
  domain::Call again;
  again.code = "C";
  again.academic_year = "2027/2028";
  EXPECT_EQ(code_of(tx->calls().insert(again)), ErrorCode::already_exists);
  tx.reset();
  tx = write();
  auto p = ok(tx->programmes().get(id));
  p.version = 7;
  EXPECT_EQ(code_of(tx->programmes().update(p)), ErrorCode::conflict);
  p.id = ProgrammeId{id.value + 1};
  p.version = 1;
  EXPECT_EQ(code_of(tx->programmes().update(p)), ErrorCode::not_found);
  EXPECT_EQ(code_of(tx->programmes().get(p.id)), ErrorCode::not_found);
  EXPECT_EQ(code_of(tx->calls().get(CallId{999999})), ErrorCode::not_found);
  domain::Call missing;
  missing.id = CallId{999999};
  missing.code = "X";
  missing.version = 1;
  EXPECT_EQ(code_of(tx->calls().update(missing)), ErrorCode::not_found);
}

TEST_P(StoreConformance, ProgrammesPageByCodeWithinTheHostsScope) {
  const auto home = add_institution("Westlake University");
  const auto oxford = add_institution("University of Oxford", "GB");
  committed([&](Transaction& tx) {
    for (const char* code : {"E", "B", "G", "A", "D", "C", "F"}) {
      const bool at_oxford = std::string("BDF").find(code[0]) != std::string::npos;
      ok(tx.programmes().insert(
          programme(code, at_oxford ? std::vector{oxford} : std::vector{home}, code[0] != 'C')));
    }
    return 0;
  });
  auto tx = read();
  const auto codes = [](const std::vector<domain::Programme>& items) {
    std::string out;
    for (const auto& p : items) out += p.code;
    return out;
  };
  const auto all = read_pages<domain::Programme>(
      [&](const PageSpec& page) { return list_programmes(*tx, {.page = page}); }, 3);
  EXPECT_EQ(codes(all), "ABCDEFG");
  ids_of(all);
  const auto published = read_pages<domain::Programme>(
      [&](const PageSpec& page) {
        return list_programmes(*tx, {.published_only = true, .page = page});
      },
      2);
  EXPECT_EQ(codes(published), "ABDEFG");
  const auto hosted = read_pages<domain::Programme>(
      [&](const PageSpec& page) { return list_programmes(*tx, {.host = oxford, .page = page}); },
      2);
  EXPECT_EQ(codes(hosted), "BDF");
  EXPECT_EQ(codes(ok(tx->programmes().all())), "ABCDEFG");
}

TEST_P(StoreConformance, CallsPageNewestYearFirstThenByCode) {
  add_call("B", std::nullopt, "2026/2027");
  add_call("A", std::nullopt, "2026/2027");
  add_call("D", std::nullopt, "2027/2028");
  add_call("C", std::nullopt, "2027/2028");
  add_call("E", std::nullopt, "2025/2026");
  auto tx = read();
  const auto all = read_pages<domain::Call>(
      [&](const PageSpec& page) { return list_calls(*tx, {.page = page}); }, 2);
  std::string codes;
  for (const auto& c : all) codes += c.code;
  EXPECT_EQ(codes, "CDABE");
  ids_of(all);
  std::string from_all;
  for (const auto& c : ok(tx->calls().all())) from_all += c.academic_year.substr(0, 4);
  EXPECT_EQ(from_all.substr(0, 8), "20272027");
}

TEST_P(StoreConformance, APageOfCallsCarriesEachCallsOffersInOrderAndTheirHosts) {
  const auto oxford = add_institution("University of Oxford", "GB");
  const auto leiden = add_institution("Leiden University", "NL");
  const auto unused = add_institution("Unused University", "FR");
  const auto offer = [](std::int64_t id, InstitutionId host, const std::string& title) {
    domain::Offer o;
    o.id = id;
    o.host = host;
    o.seats = 2;
    o.title = title;
    return o;
  };
  // Offers written in an order other than their ids', and a call without offers between.
  const auto with_offers = [&](const std::string& code, std::vector<domain::Offer> offers) {
    const auto id = add_call(code);
    auto tx = write();
    auto c = ok(tx->calls().get(id));
    c.offers = std::move(offers);
    ok(tx->calls().update(c));
    ok(tx->commit());
    return c.id;
  };
  const auto a = with_offers("A", {offer(3, leiden, "A3"), offer(1, oxford, "A1")});
  add_call("B");
  const auto c =
      with_offers("C", {offer(2, oxford, "C2"), offer(5, oxford, "C5"), offer(4, leiden, "C4")});
  auto tx = read();
  const auto page = ok(list_calls(*tx, {.page = {.limit = 3}}));
  std::string shown;
  for (const auto& call : page.items) {
    shown += call.code + ":";
    for (const auto& o : call.offers) shown += o.title + ",";
  }
  EXPECT_EQ(shown, "A:A3,A1,B:C:C2,C5,C4,");
  const auto hosts = ok(offer_hosts(*tx, {a, c}));
  ASSERT_EQ(hosts.size(), 2u);
  EXPECT_EQ(hosts.at(oxford).name, "University of Oxford");
  EXPECT_EQ(hosts.at(leiden).country, "NL");
  EXPECT_FALSE(hosts.contains(unused));
  EXPECT_TRUE(ok(offer_hosts(*tx, {})).empty());
}

TEST_P(StoreConformance, AnApplicationWithoutTimesIsStampedByTheStoresClock) {
  const World w = add_world();
  const auto call = add_call("C");
  clock_.advance(std::chrono::hours(1));
  domain::Application a;
  a.call = call;
  a.person = w.person;
  const auto id = committed([&](Transaction& tx) { return ok(tx.applications().insert(a)); });
  auto tx = write();
  auto stored = ok(tx->applications().get(id));
  EXPECT_EQ(stored.created_at, "2031-05-06T08:08:09.123Z");
  EXPECT_EQ(stored.updated_at, "2031-05-06T08:08:09.123Z");
  // Times the caller sets are kept as they are.
  stored.updated_at = "2027-01-20T10:01:00.000Z";
  ok(tx->applications().update(stored));
  EXPECT_EQ(ok(tx->applications().get(id)).updated_at, "2027-01-20T10:01:00.000Z");
  EXPECT_EQ(ok(tx->applications().get(id)).created_at, "2031-05-06T08:08:09.123Z");
}

TEST_P(StoreConformance, OneApplicationPerPersonAndCallAndVersionsChecked) {
  const World w = add_world();
  const auto call = add_call("C");
  domain::Application a;
  a.call = call;
  a.person = w.person;
  const auto id = committed([&](Transaction& tx) { return ok(tx.applications().insert(a)); });
  auto tx = write();
  EXPECT_EQ(code_of(tx->applications().insert(a)), ErrorCode::already_exists);
  tx.reset();
  tx = write();
  auto stored = ok(tx->applications().get(id));
  stored.version = 5;
  EXPECT_EQ(code_of(tx->applications().update(stored)), ErrorCode::conflict);
  stored.id = ApplicationId{id.value + 1};
  stored.version = 1;
  EXPECT_EQ(code_of(tx->applications().update(stored)), ErrorCode::not_found);
  EXPECT_EQ(code_of(tx->applications().get(stored.id)), ErrorCode::not_found);
  const auto doc = ok(tx->applications().insert_document(id, "bytes"));
  EXPECT_EQ(code_of(tx->applications().document(ApplicationId{id.value + 1}, doc)),
            ErrorCode::not_found);
}

TEST_P(StoreConformance, ApplicationsPageByIdWithinTheReadersScope) {
  const World w = add_world();
  const auto science = add_org_unit(w.institutions[0], "School of Science");
  const auto first = add_call("C1");
  const auto second = add_call("C2");
  std::vector<std::int64_t> all_ids, in_first, of_unit, submitted;
  committed([&](Transaction& tx) {
    for (int i = 0; i < 8; ++i) {
      domain::Person p;
      p.family_name = "Student";
      p.given_name = std::to_string(i);
      p.nationality = "CN";
      p.home_institution = w.institutions[0];
      domain::Application a;
      a.call = i % 2 ? second : first;
      a.person = ok(tx.people().insert(p));
      a.org_unit = i % 3 ? w.unit : science;
      a.status = i % 4 ? domain::ApplicationStatus::draft : domain::ApplicationStatus::submitted;
      const auto id = ok(tx.applications().insert(a)).value;
      all_ids.push_back(id);
      if (!(i % 2)) in_first.push_back(id);
      if (i % 3) of_unit.push_back(id);
      if (!(i % 4)) submitted.push_back(id);
    }
    return 0;
  });
  auto tx = read();
  const auto listed = [&](ApplicationListQuery query, std::size_t limit) {
    return ids_of(read_pages<domain::Application>(
        [&](const PageSpec& page) {
          query.page = page;
          return list_applications(*tx, query);
        },
        limit));
  };
  EXPECT_EQ(listed({}, 3), all_ids);
  EXPECT_EQ(listed({.call = first}, 3), in_first);
  EXPECT_EQ(listed({.org_unit = w.unit}, 2), of_unit);
  EXPECT_EQ(listed({.status = domain::ApplicationStatus::submitted}, 1), submitted);
  EXPECT_EQ(ok(tx->applications().find({.call = first})).size(), in_first.size());
  const auto tallies = ok(call_tallies(*tx, first));
  EXPECT_EQ(tallies.total, in_first.size());
  EXPECT_EQ(tallies.submitted, 2u);  // 0 and 4
}

TEST_P(StoreConformance, PlacementRunsRoundTripAndPageNewestFirst) {
  const auto call = add_call("C");
  const auto other = add_call("D");
  PlacementRunRecord run;
  run.call = call;
  run.mode = "optimal";
  run.seed = "18446744073709551615";
  run.input_sha256 = "abc";
  run.engine_version = "2";
  run.input = R"({"students":[]})";
  run.output = R"({"assignments":[]})";
  run.summary = R"({"placed":0})";
  run.created_at = "2027-03-01T00:00:00.000Z";
  run.created_by = "officer@westlake.edu.cn";
  auto tx = write();
  run.id = ok(tx->placement_runs().insert(run));
  EXPECT_EQ(describe(ok(tx->placement_runs().get(run.id))), describe(run));
  ok(tx->placement_runs().set_published(run.id, "2027-03-02T00:00:00.000Z"));
  run.published_at = "2027-03-02T00:00:00.000Z";
  EXPECT_EQ(describe(ok(tx->placement_runs().get(run.id))), describe(run));
  EXPECT_EQ(code_of(tx->placement_runs().get(PlacementRunId{run.id.value + 100})),
            ErrorCode::not_found);

  std::vector<std::int64_t> newest_first{run.id.value};
  for (int i = 0; i < 4; ++i) {
    auto more = run;
    more.published_at.clear();
    newest_first.insert(newest_first.begin(), ok(tx->placement_runs().insert(more)).value);
  }
  auto elsewhere = run;
  elsewhere.call = other;
  ok(tx->placement_runs().insert(elsewhere));
  const auto listed = read_pages<PlacementRunRecord>(
      [&](const PageSpec& page) { return list_placement_runs(*tx, {.call = call, .page = page}); },
      2);
  EXPECT_EQ(ids_of(listed), newest_first);
  for (const auto& r : listed) EXPECT_EQ(r.input, "");  // without the documents
}

TEST_P(StoreConformance, StaysPageLatestStartFirstWithFiltersAndScope) {
  const World w = add_world();
  const auto sorbonne = add_institution("Sorbonne", "FR");
  const auto student = add_user("wang.fang@westlake.edu.cn", domain::Role::student);
  committed([&](Transaction& tx) {
    auto p = ok(tx.people().get(w.person));
    p.user = student;
    ok(tx.people().update(p));
    return 0;
  });
  const auto other_person = add_person("Li", "Na", w.institutions[0]);
  std::vector<std::int64_t> expected_all;
  committed([&](Transaction& tx) {
    // Starts repeat, so that the id breaks ties.
    const std::vector<std::string> starts{"2026-09-01", "2027-02-01", "2026-09-01", "2026-10-01",
                                          "2027-02-01", "2026-09-01", "2026-10-01"};
    std::vector<std::pair<std::string, std::int64_t>> order;
    for (std::size_t i = 0; i < starts.size(); ++i) {
      auto m = stay(i % 2 ? w.person : other_person, w.institutions[0],
                    i % 3 ? w.institutions[1] : sorbonne, starts[i]);
      if (i % 2) m.org_unit = w.unit;
      if (i == 4) m.status = domain::MobilityStatus::cancelled;
      const auto id = ok(tx.mobilities().insert(m)).value;
      order.push_back({starts[i], id});
    }
    std::sort(order.begin(), order.end(), std::greater<>());
    for (const auto& [start, id] : order) expected_all.push_back(id);
    return 0;
  });
  auto tx = read();
  const auto listed = [&](StayQuery query, std::size_t limit) {
    return read_pages<domain::Mobility>(
        [&](const PageSpec& page) {
          query.page = page;
          return list_stays(*tx, query);
        },
        limit);
  };
  const auto all = listed({}, 3);
  EXPECT_EQ(ids_of(all), expected_all);
  EXPECT_EQ(ok(count_stays(*tx, {})), 7u);
  // Every filtered list is the whole list with the others left out, in the same order.
  const auto keep = [&](auto&& pred) {
    std::vector<std::int64_t> out;
    for (const auto& m : all)
      if (pred(m)) out.push_back(m.id.value);
    return out;
  };
  EXPECT_EQ(ids_of(listed({.org_unit = w.unit}, 2)),
            keep([&](const domain::Mobility& m) { return m.org_unit == w.unit; }));
  EXPECT_EQ(ids_of(listed({.user = student}, 2)),
            keep([&](const domain::Mobility& m) { return m.person == w.person; }));
  EXPECT_EQ(ids_of(listed({.party = sorbonne}, 1)),
            keep([&](const domain::Mobility& m) { return m.receiving == sorbonne; }));
  EXPECT_EQ(ids_of(listed({.status = domain::MobilityStatus::cancelled}, 2)),
            keep([](const domain::Mobility& m) {
              return m.status == domain::MobilityStatus::cancelled;
            }));
  EXPECT_EQ(
      ok(count_stays(*tx, {.institution = w.institutions[1]})),
      keep([&](const domain::Mobility& m) { return m.receiving == w.institutions[1]; }).size());
  EXPECT_EQ(ok(count_stays(*tx, {.person = other_person})), 4u);
  EXPECT_EQ(ok(tx->mobilities().find({.person = other_person})).size(), 4u);
}

TEST_P(StoreConformance, AStaleStayUpdateIsAConflict) {
  const World w = add_world();
  const auto id = committed([&](Transaction& tx) {
    return ok(
        tx.mobilities().insert(stay(w.person, w.institutions[0], w.institutions[1], "2026-09-01")));
  });
  auto tx = write();
  auto m = ok(tx->mobilities().get(id));
  EXPECT_EQ(m.version, 1);
  m.actual_start = "2026-09-03";
  ok(tx->mobilities().update(m));
  EXPECT_EQ(code_of(tx->mobilities().update(m)), ErrorCode::conflict);
  EXPECT_EQ(ok(tx->mobilities().get(id)).actual_start, "2026-09-03");
  EXPECT_EQ(ok(tx->mobilities().get(id)).version, 2);
  m.id = MobilityId{id.value + 1};
  EXPECT_EQ(code_of(tx->mobilities().get(m.id)), ErrorCode::not_found);
  EXPECT_EQ(code_of(tx->mobilities().update(m)), ErrorCode::not_found);
}

}  // namespace
}  // namespace orbis::store::testing
