// Indicators through the API: each number per year, the people behind it (as many as the
// number), the figures the office enters, and who sees what.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/country.h"
#include "harness.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

const std::set<std::string> kBegun = {"abroad", "completed", "recognised"};

std::string read_case(const std::string& name) {
  std::ifstream in(source_dir() / "tests/cases/indicators" / name);
  EXPECT_TRUE(in) << name;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class IndicatorsTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  // Who may read the list of one year at `path` (/api/v1/indicators/…): a coordinator gets
  // their org unit's, the same as the office asking for that unit in `year`, and another
  // unit's is refused; students and partners are refused with no items; a year that is not
  // one is refused at its field.
  void expect_year_list_access(const std::string& path, int year) {
    SCOPED_TRACE(path);
    const auto coordinator = server.login("coordinator@westlake.edu.cn");
    const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
    const std::string in_year = path + "?year=" + std::to_string(year);
    EXPECT_EQ(server.get(in_year, coordinator).json()["items"],
              server.get(in_year + "&org_unit=" + std::to_string(unit), officer).json()["items"]);
    EXPECT_EQ(server.get(path + "?org_unit=" + std::to_string(unit + 1), coordinator).status, 403);
    for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
      const auto denied = server.get(path, server.login(who));
      EXPECT_EQ(denied.status, 403) << who;
      EXPECT_EQ(denied.body.find("\"items\""), std::string::npos);
    }
    for (const char* bad_year : {"1200", "x"}) {
      const auto bad = server.get(path + "?year=" + bad_year, officer);
      EXPECT_EQ(bad.status, 422) << bad_year;
      EXPECT_EQ(bad.json()["errors"][0]["field"], "year") << bad.body;
    }
  }

  // Every item of GET /indicators for the years, by "id/year".
  std::map<std::string, json> indicators(const std::string& token,
                                         const std::string& query = "from=2022&to=2026") {
    const auto r = server.get("/api/v1/indicators?" + query, token);
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<std::string, json> out;
    const json page = r.json();
    for (const auto& i : page["items"])
      out[i["id"].get<std::string>() + "/" + std::to_string(i["year"].get<int>())] = i;
    return out;
  }

  // The students with a begun stay in `direction` in the academic year, each once, counted
  // from the stays list and the people it names (not from the indicators' queries).
  std::set<std::int64_t> students_with_stays(const std::string& direction, int year,
                                             std::optional<std::int64_t> org_unit = {}) {
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    const auto stays = follow_pages(
        server, "/api/v1/mobilities?direction=" + direction + "&year=" + academic, officer, 200);
    std::set<std::int64_t> people;
    for (const auto& s : stays.in_order) {
      if (!kBegun.contains(s["status"].get<std::string>())) continue;
      if (s["person"]["kind"] != "student") continue;
      if (org_unit && s["org_unit_id"] != *org_unit) continue;
      people.insert(s["person_id"].get<std::int64_t>());
    }
    return people;
  }
};

TEST_F(IndicatorsTest, EveryIndicatorPerYearWithItsDefinitionInBothLanguagesAndItsSource) {
  const auto all = indicators(officer);
  EXPECT_EQ(all.size(), 10u * 5u);
  for (const auto& [key, i] : all) {
    SCOPED_TRACE(key);
    for (const char* field : {"name", "name_zh", "definition", "definition_zh", "source"})
      EXPECT_FALSE(i[field].get<std::string>().empty()) << field;
    EXPECT_EQ(i["academic_year"], std::to_string(i["year"].get<int>()) + "/" +
                                      std::to_string(i["year"].get<int>() + 1));
    if (i["value"].is_null()) {
      EXPECT_FALSE(i["no_data"].get<std::string>().empty());
      EXPECT_FALSE(i["no_data_zh"].get<std::string>().empty());
    }
  }
  // The demo's co-publication extract gives both research indicators a value; a year before
  // it has none (no data, never 0). Publications have no records to drill into.
  EXPECT_TRUE(all.at("international_copublication_share/2024")["value"].is_number());
  EXPECT_FALSE(all.at("international_copublication_share/2024")["records"].get<bool>());
  EXPECT_TRUE(all.at("international_research_network/2024")["value"].is_number());
  EXPECT_EQ(all.at("international_research_network/2024")["unit"], "index");
  const auto before = indicators(officer, "from=2015&to=2015");
  EXPECT_TRUE(before.at("international_copublication_share/2015")["value"].is_null());
  EXPECT_EQ(before.at("international_copublication_share/2015")["no_data"],
            "no publications recorded for 2015/2016");
  // Default: the five academic years up to the current one (the clock's 2026/2027).
  const auto current = indicators(officer, "");
  EXPECT_TRUE(current.contains("outbound_students/2026"));
  EXPECT_TRUE(current.contains("outbound_students/2022"));
  EXPECT_FALSE(current.contains("outbound_students/2021"));
}

TEST_F(IndicatorsTest, CountsAreTheStudentsWithBegunStaysAndDrillDownToExactlyThem) {
  const auto all = indicators(officer);
  int nonzero = 0;
  for (const auto& [id, direction] : {std::pair{"outbound_students", "outgoing"},
                                      std::pair{"inbound_exchange_students", "incoming"}}) {
    for (int year = 2022; year <= 2026; ++year) {
      SCOPED_TRACE(std::string(id) + " " + std::to_string(year));
      const auto expected = students_with_stays(direction, year);
      const auto& i = all.at(std::string(id) + "/" + std::to_string(year));
      EXPECT_EQ(i["numerator"].get<double>(), static_cast<double>(expected.size()));
      EXPECT_EQ(i["value"].get<double>(), static_cast<double>(expected.size()));
      if (!expected.empty()) ++nonzero;
      // The records, two a page, are those people, each once, and their total the number.
      const auto records = follow_pages(
          server, "/api/v1/indicators/" + std::string(id) + "/records?year=" + std::to_string(year),
          officer, 2);
      EXPECT_EQ(records.total, static_cast<std::int64_t>(expected.size()));
      std::set<std::int64_t> listed;
      for (const auto& r : records.in_order) {
        EXPECT_TRUE(listed.insert(r["person"]["id"].get<std::int64_t>()).second);
        EXPECT_GE(r["stays"].get<int>(), 1);
        EXPECT_FALSE(r["person"]["name"].get<std::string>().empty());
        EXPECT_FALSE(r["partner"]["name"].get<std::string>().empty());
        // The stay it links to is the person's, of that year and direction, begun.
        const auto stay =
            server
                .get("/api/v1/mobilities/" + std::to_string(r["stay"].get<std::int64_t>()), officer)
                .json();
        EXPECT_EQ(stay["person_id"], r["person"]["id"]);
        EXPECT_EQ(stay["direction"], direction);
        EXPECT_EQ(stay["academic_year"], r["academic_year"]);
        EXPECT_TRUE(kBegun.contains(stay["status"].get<std::string>()));
        EXPECT_EQ(stay[direction == std::string("outgoing") ? "receiving_institution_id"
                                                            : "sending_institution_id"],
                  r["partner"]["id"]);
      }
      EXPECT_EQ(listed, expected);
    }
  }
  EXPECT_GE(nonzero, 8) << "the demo has stays both ways in most years";
  // The rate's numerator is the same count.
  EXPECT_EQ(all.at("outbound_mobility_rate/2024")["numerator"],
            all.at("outbound_students/2024")["numerator"]);
}

TEST_F(IndicatorsTest, ConcentrationIsTheSumOfSquaredSharesOfNationalities) {
  const auto all = indicators(officer);
  // The figures entered, by "measure/year", for the diversity the ratio is adjusted by.
  std::map<std::string, double> entered;
  const json figures = server.get("/api/v1/indicators/figures?from=2022&to=2025", officer).json();
  for (const auto& f : figures["items"])
    entered[f["measure"].get<std::string>() + "/" + std::to_string(f["year"].get<int>())] =
        f["value"].get<double>();
  int diversified = 0;
  for (int year = 2022; year <= 2025; ++year) {
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    const auto stays = follow_pages(
        server, "/api/v1/mobilities?direction=incoming&year=" + academic, officer, 200);
    std::map<std::int64_t, std::string> nationality;
    for (const auto& s : stays.in_order)
      if (kBegun.contains(s["status"].get<std::string>()) && s["person"]["kind"] == "student")
        nationality[s["person_id"].get<std::int64_t>()] = s["person"]["nationality"];
    std::map<std::string, int> per;
    for (const auto& [person, n] : nationality) ++per[n];
    double hhi = 0;
    for (const auto& [n, count] : per) {
      const double share = static_cast<double>(count) / static_cast<double>(nationality.size());
      hhi += share * share;
    }
    const auto& i = all.at("nationality_concentration/" + std::to_string(year));
    ASSERT_FALSE(i["value"].is_null()) << i;
    EXPECT_NEAR(i["value"].get<double>(), std::round(hhi * 10000) / 10000, 1e-9) << year;
    EXPECT_EQ(i["numerator"].get<double>(), static_cast<double>(nationality.size()));
    EXPECT_EQ(i["unit"], "index");
    // QS's diversity: the entered ratio times 1 − that index, from the unrounded index.
    const auto& d = all.at("international_student_diversity/" + std::to_string(year));
    const std::string y = "/" + std::to_string(year);
    if (!entered.contains("international_students" + y) ||
        !entered.contains("students_enrolled" + y)) {
      EXPECT_TRUE(d["value"].is_null()) << d;
      continue;
    }
    ++diversified;
    const double ratio = entered["international_students" + y] / entered["students_enrolled" + y];
    ASSERT_FALSE(d["value"].is_null()) << d;
    EXPECT_NEAR(d["value"].get<double>(), std::round(ratio * (1 - hhi) * 10000) / 10000, 1e-9);
    EXPECT_EQ(d["numerator"].get<double>(), entered["international_students" + y]);
    EXPECT_EQ(d["denominator"].get<double>(), entered["students_enrolled" + y]);
    EXPECT_LE(d["value"].get<double>(), all.at("international_student_ratio" + y)["value"]);
  }
  EXPECT_GE(diversified, 2) << "the demo enters international students in most years";
}

TEST_F(IndicatorsTest, RatesDivideByTheFiguresTheOfficeEntersAndSaySoWhenOneIsMissing) {
  // The demo enters the whole institution's figures; an org unit's are not entered.
  const auto figures = server.get("/api/v1/indicators/figures?from=2024&to=2024", officer).json();
  std::map<std::string, double> entered;
  for (const auto& f : figures["items"]) {
    EXPECT_TRUE(f["org_unit"].is_null());
    EXPECT_FALSE(f["source"].get<std::string>().empty());
    entered[f["measure"].get<std::string>()] = f["value"].get<double>();
  }
  ASSERT_TRUE(entered.contains("students_enrolled") && entered.contains("academic_staff") &&
              entered.contains("international_academic_staff"))
      << figures;
  const auto whole = indicators(officer, "from=2024&to=2024");
  const auto& rate = whole.at("outbound_mobility_rate/2024");
  EXPECT_EQ(rate["denominator"].get<double>(), entered["students_enrolled"]);
  EXPECT_DOUBLE_EQ(
      rate["value"].get<double>(),
      std::round(rate["numerator"].get<double>() / entered["students_enrolled"] * 10000) / 10000);
  const auto& faculty = whole.at("international_faculty_ratio/2024");
  EXPECT_EQ(faculty["numerator"].get<double>(), entered["international_academic_staff"]);
  EXPECT_DOUBLE_EQ(
      faculty["value"].get<double>(),
      std::round(entered["international_academic_staff"] / entered["academic_staff"] * 10000) /
          10000);

  const std::int64_t unit =
      server.get("/api/v1/auth/me", server.login("coordinator@westlake.edu.cn"))
          .json()["org_unit_id"];
  const std::string of_unit = "from=2024&to=2024&org_unit=" + std::to_string(unit);
  auto before = indicators(officer, of_unit).at("outbound_mobility_rate/2024");
  EXPECT_TRUE(before["value"].is_null());
  EXPECT_TRUE(before["denominator"].is_null());
  EXPECT_EQ(before["no_data"], "Students enrolled (headcount) not entered for 2024/2025");
  EXPECT_EQ(before["no_data_zh"], "未录入 2024/2025 学年的在校学生人数（人头）");

  const auto saved = server.send("PUT", "/api/v1/indicators/figures",
                                 {{"measure", "students_enrolled"},
                                  {"year", 2024},
                                  {"org_unit", unit},
                                  {"value", 700},
                                  {"source", "School register, 15 October 2024"}},
                                 officer);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["updated_by"], "officer@westlake.edu.cn");
  EXPECT_EQ(saved.json()["org_unit"], unit);
  auto after = indicators(officer, of_unit).at("outbound_mobility_rate/2024");
  const double n = after["numerator"].get<double>();
  ASSERT_GT(n, 0);
  EXPECT_EQ(after["denominator"].get<double>(), 700);
  EXPECT_DOUBLE_EQ(after["value"].get<double>(), std::round(n / 700 * 10000) / 10000);
  EXPECT_EQ(after["no_data"], "");
  // The whole institution's rate still divides by its own figure.
  EXPECT_EQ(indicators(officer, "from=2024&to=2024")
                .at("outbound_mobility_rate/2024")["denominator"]
                .get<double>(),
            entered["students_enrolled"]);

  // Entered again: replaced, not added; both writes are in the audit log.
  ASSERT_EQ(server
                .send("PUT", "/api/v1/indicators/figures",
                      {{"measure", "students_enrolled"},
                       {"year", 2024},
                       {"org_unit", unit},
                       {"value", 750},
                       {"source", "School register, corrected"}},
                      officer)
                .status,
            200);
  const auto mine = server.get("/api/v1/indicators/figures?" + of_unit, officer).json();
  ASSERT_EQ(mine["items"].size(), 1u) << mine;
  EXPECT_EQ(mine["items"][0]["value"].get<double>(), 750);
  EXPECT_EQ(mine["items"][0]["source"], "School register, corrected");
  const auto audit =
      follow_pages(server, "/api/v1/audit", server.login("admin@westlake.edu.cn"), 500);
  int entries = 0;
  for (const auto& e : audit.in_order)
    if (e["action"] == "indicator.figure" &&
        e["entity_id"] == "students_enrolled/2024/" + std::to_string(unit))
      ++entries;
  EXPECT_EQ(entries, 2);
}

TEST_F(IndicatorsTest, BadFiguresYearsAndIndicatorsAreRefusedAndNothingIsWritten) {
  const auto stored = [&] {
    return server.get("/api/v1/indicators/figures?from=2000&to=2029", officer).json()["items"];
  };
  const json figures_before = stored();
  const auto bad = server.send("PUT", "/api/v1/indicators/figures",
                               {{"measure", "students"}, {"value", -3}, {"source", "  "}}, officer);
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::set<std::string> fields;
  const json problem = bad.json();
  for (const auto& e : problem["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"measure", "year", "value", "source"}));
  const auto unit = server.send("PUT", "/api/v1/indicators/figures",
                                {{"measure", "graduates"},
                                 {"year", 2024},
                                 {"value", 10},
                                 {"source", "x"},
                                 {"org_unit", 999999}},
                                officer);
  EXPECT_EQ(unit.status, 422) << unit.body;
  EXPECT_EQ(unit.json()["errors"][0]["field"], "org_unit");
  EXPECT_TRUE(
      server.get("/api/v1/indicators/figures?from=1990&to=2019", officer).json()["items"].empty());
  EXPECT_EQ(stored(), figures_before) << "a refused figure was written";

  EXPECT_EQ(server.get("/api/v1/indicators?from=2026&to=2022", officer).status, 422);
  EXPECT_EQ(server.get("/api/v1/indicators?from=1800", officer).status, 422);
  EXPECT_EQ(server.get("/api/v1/indicators?from=1990&to=2100", officer).status, 422);
  EXPECT_EQ(server.get("/api/v1/indicators?from=soon", officer).status, 422);
  const auto no_year = server.get("/api/v1/indicators/outbound_students/records", officer);
  EXPECT_EQ(no_year.status, 422);
  EXPECT_EQ(no_year.json()["errors"][0]["field"], "year");
  EXPECT_EQ(server.get("/api/v1/indicators/nothing/records?year=2024", officer).status, 404);
  const auto entered =
      server.get("/api/v1/indicators/international_student_ratio/records?year=2024", officer);
  EXPECT_EQ(entered.status, 400);
  EXPECT_NE(entered.json()["detail"].get<std::string>().find("figures the office enters"),
            std::string::npos);
  expect_cursor_refused(server, "/api/v1/indicators/outbound_students/records?year=2024", officer,
                        "not-a-cursor");
}

TEST_F(IndicatorsTest, FiguresImportFromCsvAllOrNothing) {
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + officer},
                                                      {"Content-Type", "text/csv"}};
  const auto stored = [&] {
    return server.get("/api/v1/indicators/figures?from=2010&to=2019", officer).json()["items"];
  };
  const json none = stored();
  ASSERT_TRUE(none.empty()) << none;
  const auto bad = server.request("POST", "/api/v1/indicators/figures/import?dry_run=false",
                                  read_case("figures-bad.csv"), headers);
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::map<int, std::set<std::string>> fields;
  const json report = bad.json();
  for (const auto& e : report["errors"])
    fields[e["line"].get<int>()].insert(e["field"].get<std::string>());
  EXPECT_FALSE(fields.contains(2));
  EXPECT_EQ(fields[3], std::set<std::string>{"measure"});
  EXPECT_EQ(fields[4], (std::set<std::string>{"year", "value", "source"}));
  EXPECT_EQ(fields[5], std::set<std::string>{"org_unit"});
  EXPECT_EQ(fields[6], std::set<std::string>{"measure"}) << "the same figure twice";
  EXPECT_EQ(stored(), none);

  const auto dry = server.request("POST", "/api/v1/indicators/figures/import",
                                  read_case("figures.csv"), headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 3);
  EXPECT_TRUE(dry.json()["errors"].empty());
  EXPECT_EQ(stored(), none);

  const auto real = server.request("POST", "/api/v1/indicators/figures/import?dry_run=false",
                                   read_case("figures.csv"), headers);
  ASSERT_EQ(real.status, 201) << real.body;
  const json whole = stored();
  ASSERT_EQ(whole.size(), 2u) << whole;
  EXPECT_EQ(whole[0]["measure"], "academic_staff");
  EXPECT_EQ(whole[0]["value"].get<double>(), 150);
  EXPECT_EQ(whole[1]["measure"], "students_enrolled");
  EXPECT_EQ(whole[1]["source"], "Registrar's census, 15 October 2019");
  // The row naming an org unit by its code is that org unit's.
  const std::int64_t unit =
      server.get("/api/v1/auth/me", server.login("coordinator@westlake.edu.cn"))
          .json()["org_unit_id"];
  const json of_unit =
      server
          .get("/api/v1/indicators/figures?from=2019&to=2019&org_unit=" + std::to_string(unit),
               officer)
          .json()["items"];
  ASSERT_EQ(of_unit.size(), 1u) << of_unit;
  EXPECT_EQ(of_unit[0]["measure"], "graduates");
  EXPECT_EQ(of_unit[0]["org_unit"], unit);

  for (const char* who : {"viewer@westlake.edu.cn", "coordinator@westlake.edu.cn"})
    EXPECT_EQ(server
                  .request("POST", "/api/v1/indicators/figures/import", read_case("figures.csv"),
                           {{"Authorization", "Bearer " + server.login(who)},
                            {"Content-Type", "text/csv"}})
                  .status,
              403)
        << who;
}

TEST_F(IndicatorsTest, LeadershipReadsStudentsAndPartnersDoNotCoordinatorsSeeTheirUnit) {
  const auto viewer = server.login("viewer@westlake.edu.cn");
  EXPECT_EQ(server.get("/api/v1/indicators", viewer).status, 200);
  EXPECT_EQ(server.get("/api/v1/indicators/outbound_students/records?year=2025", viewer).status,
            200);
  EXPECT_EQ(
      server
          .send("PUT", "/api/v1/indicators/figures",
                {{"measure", "graduates"}, {"year", 2024}, {"value", 10}, {"source", "x"}}, viewer)
          .status,
      403);
  // Who entered a figure (an e-mail) is for those who enter them.
  const json read_only = server.get("/api/v1/indicators/figures", viewer).json();
  ASSERT_FALSE(read_only["items"].empty());
  for (const auto& f : read_only["items"]) {
    EXPECT_EQ(f["updated_by"], "") << f;
    EXPECT_FALSE(f["source"].get<std::string>().empty());
  }
  const json entered = server.get("/api/v1/indicators/figures", officer).json();
  for (const auto& f : entered["items"]) EXPECT_EQ(f["updated_by"], "officer@westlake.edu.cn");
  for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    const auto token = server.login(who);
    for (const char* path : {"/api/v1/indicators", "/api/v1/indicators/figures",
                             "/api/v1/indicators/outbound_students/records?year=2025"}) {
      const auto r = server.get(path, token);
      EXPECT_EQ(r.status, 403) << who << " " << path;
      EXPECT_EQ(r.body.find("\"items\""), std::string::npos);
    }
  }

  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  const auto mine = indicators(coordinator);
  const auto of_unit = indicators(officer, "from=2022&to=2026&org_unit=" + std::to_string(unit));
  const auto everyone = indicators(officer);
  int smaller = 0;
  for (int year = 2022; year <= 2026; ++year) {
    const std::string key = "outbound_students/" + std::to_string(year);
    EXPECT_EQ(mine.at(key)["numerator"], of_unit.at(key)["numerator"]) << key;
    EXPECT_EQ(mine.at(key)["numerator"].get<double>(),
              static_cast<double>(students_with_stays("outgoing", year, unit).size()));
    EXPECT_LE(mine.at(key)["numerator"].get<double>(), everyone.at(key)["numerator"].get<double>());
    if (mine.at(key)["numerator"] != everyone.at(key)["numerator"]) ++smaller;
    const auto records = follow_pages(
        server, "/api/v1/indicators/outbound_students/records?year=" + std::to_string(year),
        coordinator, 20);
    EXPECT_EQ(records.total, static_cast<std::int64_t>(mine.at(key)["numerator"].get<double>()));
    for (const auto& r : records.in_order) {
      const auto stay = server.get(
          "/api/v1/mobilities/" + std::to_string(r["stay"].get<std::int64_t>()), officer);
      EXPECT_EQ(stay.json()["org_unit_id"], unit);
    }
  }
  EXPECT_GE(smaller, 1) << "some stays belong to other org units";
  // Another org unit's is refused, not quietly answered with their own.
  EXPECT_EQ(
      server.get("/api/v1/indicators?org_unit=" + std::to_string(unit + 1), coordinator).status,
      403);
  EXPECT_EQ(server
                .send("PUT", "/api/v1/indicators/figures",
                      {{"measure", "graduates"}, {"year", 2024}, {"value", 10}, {"source", "x"}},
                      coordinator)
                .status,
            403);
}

// Targets: the office sets one per indicator and year; the dashboard shows it beside the
// value; a share is 0..1, a count a number of people; only those who enter figures set them.
TEST_F(IndicatorsTest, TargetsAreSetPerIndicatorAndYearAndShownBesideTheValue) {
  const auto target_of = [&](const std::string& key, const std::string& token) {
    return indicators(token, "from=2022&to=2026").at(key)["target"];
  };
  // The demo's office planned the last two years.
  EXPECT_EQ(target_of("outbound_students/2026", officer).get<double>(), 60);
  EXPECT_TRUE(target_of("outbound_students/2023", officer).is_null());
  EXPECT_TRUE(target_of("nationality_concentration/2026", officer).is_null());

  const auto set = [&](json body, const std::string& token) {
    return server.send("PUT", "/api/v1/indicators/targets", body, token);
  };
  auto saved = set({{"indicator", "nationality_concentration"},
                    {"year", 2025},
                    {"value", 0.2},
                    {"note", "No nationality above a fifth, by 2025"}},
                   officer);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["updated_by"], "officer@westlake.edu.cn");
  EXPECT_TRUE(saved.json()["org_unit"].is_null());
  EXPECT_DOUBLE_EQ(target_of("nationality_concentration/2025", officer).get<double>(), 0.2);
  EXPECT_TRUE(target_of("nationality_concentration/2024", officer).is_null());
  // Replaced, not added.
  ASSERT_EQ(
      set({{"indicator", "nationality_concentration"}, {"year", 2025}, {"value", 0.25}}, officer)
          .status,
      200);
  const json listed = server.get("/api/v1/indicators/targets?from=2025&to=2025", officer).json();
  int concentration = 0;
  for (const auto& t : listed["items"]) {
    if (t["indicator"] != "nationality_concentration") continue;
    ++concentration;
    EXPECT_DOUBLE_EQ(t["value"].get<double>(), 0.25);
    EXPECT_EQ(t["note"], "");
  }
  EXPECT_EQ(concentration, 1);
  // A viewer reads targets but not who set them, and sets none.
  const auto viewer = server.login("viewer@westlake.edu.cn");
  const json seen = server.get("/api/v1/indicators/targets", viewer).json();
  ASSERT_FALSE(seen["items"].empty());
  for (const auto& t : seen["items"]) EXPECT_EQ(t["updated_by"], "") << t;
  EXPECT_DOUBLE_EQ(target_of("nationality_concentration/2025", viewer).get<double>(), 0.25);
  EXPECT_EQ(set({{"indicator", "outbound_students"}, {"year", 2024}, {"value", 5}}, viewer).status,
            403);
  EXPECT_EQ(set({{"indicator", "outbound_students"}, {"year", 2024}, {"value", 5}},
                server.login("coordinator@westlake.edu.cn"))
                .status,
            403);
  EXPECT_EQ(server.get("/api/v1/indicators/targets", server.login("partner@ox.ac.uk")).status, 403);

  // Wrong values are refused, naming each field, and nothing changes.
  const json before = server.get("/api/v1/indicators/targets?from=2000&to=2029", officer).json();
  const auto share =
      set({{"indicator", "outbound_mobility_rate"}, {"year", 2025}, {"value", 5}}, officer);
  ASSERT_EQ(share.status, 422) << share.body;
  EXPECT_EQ(share.json()["errors"][0]["field"], "value");
  EXPECT_EQ(
      set({{"indicator", "outbound_students"}, {"year", 2025}, {"value", -1}}, officer).status,
      422);
  const auto years = set({{"indicator", "outbound_students"}, {"year", 1800}}, officer);
  ASSERT_EQ(years.status, 422) << years.body;
  std::set<std::string> fields;
  const json problem = years.json();
  for (const auto& e : problem["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"year", "value"}));
  // A share of co-publications is a share; QS's L / ln P is not, and may pass 1.
  const auto copublished =
      set({{"indicator", "international_copublication_share"}, {"year", 2025}, {"value", 1.5}},
          officer);
  EXPECT_EQ(copublished.status, 422) << copublished.body;
  EXPECT_EQ(copublished.json()["errors"][0]["field"], "value");
  EXPECT_EQ(set({{"indicator", "happiness"}, {"year", 2025}, {"value", 1}}, officer).status, 404);
  EXPECT_EQ(server.get("/api/v1/indicators/targets?from=2000&to=2029", officer).json(), before);
  const auto network = set(
      {{"indicator", "international_research_network"}, {"year", 2025}, {"value", 2.5}}, officer);
  EXPECT_EQ(network.status, 200) << network.body;
  EXPECT_DOUBLE_EQ(target_of("international_research_network/2025", officer).get<double>(), 2.5);
  EXPECT_EQ(
      server
          .request("DELETE",
                   "/api/v1/indicators/targets?indicator=international_research_network&year=2025",
                   "", {{"Authorization", "Bearer " + officer}})
          .status,
      204);

  // Removed: the dashboard has none again; removing twice is not_found; both changes are in
  // the audit log.
  const auto remove = [&](const std::string& query, const std::string& token) {
    return server.request("DELETE", "/api/v1/indicators/targets?" + query, "",
                          {{"Authorization", "Bearer " + token}});
  };
  const std::string key = "indicator=nationality_concentration&year=2025";
  EXPECT_EQ(remove(key, viewer).status, 403);
  EXPECT_EQ(remove(key, officer).status, 204);
  EXPECT_TRUE(target_of("nationality_concentration/2025", officer).is_null());
  EXPECT_EQ(remove(key, officer).status, 404);
  EXPECT_EQ(remove("year=2025", officer).status, 422);
  const auto audit =
      follow_pages(server, "/api/v1/audit", server.login("admin@westlake.edu.cn"), 500);
  std::vector<std::string> actions;
  for (const auto& e : audit.in_order)
    if (e["entity_id"] == "nationality_concentration/2025/all")
      actions.push_back(e["action"].get<std::string>());
  std::sort(actions.begin(), actions.end());
  EXPECT_EQ(actions, (std::vector<std::string>{"indicator.target", "indicator.target",
                                               "indicator.target.remove"}));
}

// The days from one ISO date to another, both counted.
double days_of(const std::string& start, const std::string& end) {
  const auto day = [](const std::string& iso) {
    const std::chrono::year_month_day ymd{
        std::chrono::year{std::stoi(iso.substr(0, 4))},
        std::chrono::month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
        std::chrono::day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
    return std::chrono::sys_days{ymd}.time_since_epoch().count();
  };
  return static_cast<double>(day(end) - day(start) + 1);
}

// The exchange balance per partner, counted from the stays list (not from its query): each
// partner's students (each once) and months out and in, the balance, the order.
TEST_F(IndicatorsTest, ExchangeBalanceCountsEachPartnersStudentsAndMonthsBothWays) {
  struct Expected {
    std::set<std::int64_t> out_people, in_people;
    double out_days = 0, in_days = 0;
  };
  int partners_both_ways = 0;
  for (int year = 2022; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    std::map<std::int64_t, Expected> expected;
    // Per agreement (0: none) and partner, for the list per agreement.
    std::map<std::pair<std::int64_t, std::int64_t>, Expected> per_agreement;
    for (const char* direction : {"outgoing", "incoming"}) {
      const bool out = direction == std::string("outgoing");
      const auto stays = follow_pages(
          server, "/api/v1/mobilities?direction=" + std::string(direction) + "&year=" + academic,
          officer, 200);
      for (const auto& s : stays.in_order) {
        if (!kBegun.contains(s["status"].get<std::string>())) continue;
        if (s["person"]["kind"] != "student") continue;
        const std::int64_t partner = s[out ? "receiving_institution_id" : "sending_institution_id"];
        const auto date = [&](const char* actual, const char* planned) {
          const auto a = s[actual].get<std::string>();
          return a.empty() ? s[planned].get<std::string>() : a;
        };
        const double days =
            days_of(date("actual_start", "planned_start"), date("actual_end", "planned_end"));
        for (auto* e : {&expected[partner],
                        &per_agreement[{
                            s["agreement_id"].is_null() ? 0 : s["agreement_id"].get<std::int64_t>(),
                            partner}]}) {
          (out ? e->out_people : e->in_people).insert(s["person_id"].get<std::int64_t>());
          (out ? e->out_days : e->in_days) += days;
        }
      }
    }
    // Per agreement and partner, five rows a page: the pages follow one order and `total`
    // counts every pair; stays under none are in rows of their own, the agreement named as
    // its own page names it.
    const auto by_agreement = follow_pages(
        server, "/api/v1/indicators/exchange_balance/agreements?year=" + std::to_string(year),
        officer, 5);
    const auto& rows = by_agreement.in_order;
    EXPECT_EQ(by_agreement.total, static_cast<std::int64_t>(per_agreement.size()));
    ASSERT_EQ(rows.size(), per_agreement.size());
    std::set<std::pair<std::int64_t, std::int64_t>> pairs;
    int before = 1 << 30;
    bool under_none_yet = false;
    for (const auto& b : rows) {
      const std::int64_t agreement =
          b["agreement"].is_null() ? 0 : b["agreement"]["id"].get<std::int64_t>();
      const std::int64_t partner = b["partner"]["id"];
      SCOPED_TRACE(std::to_string(agreement) + "/" + std::to_string(partner));
      ASSERT_TRUE(per_agreement.contains({agreement, partner}));
      EXPECT_TRUE(pairs.insert({agreement, partner}).second);
      const auto& e = per_agreement.at({agreement, partner});
      EXPECT_EQ(b["outgoing_people"].get<int>(), static_cast<int>(e.out_people.size()));
      EXPECT_EQ(b["incoming_people"].get<int>(), static_cast<int>(e.in_people.size()));
      EXPECT_NEAR(b["outgoing_months"].get<double>(), e.out_days / 30, 0.051);
      EXPECT_NEAR(b["incoming_months"].get<double>(), e.in_days / 30, 0.051);
      EXPECT_EQ(b["people_balance"].get<int>(),
                b["incoming_people"].get<int>() - b["outgoing_people"].get<int>());
      if (agreement != 0) {
        const json a =
            server.get("/api/v1/agreements/" + std::to_string(agreement), officer).json();
        EXPECT_EQ(b["agreement"]["code"], a["code"]);
        EXPECT_EQ(b["agreement"]["title"], a["title"]);
      }
      // The most exchanged first; among equals, those under an agreement first.
      const int exchanged = b["outgoing_people"].get<int>() + b["incoming_people"].get<int>();
      EXPECT_LE(exchanged, before);
      if (exchanged < before) under_none_yet = false;
      if (agreement == 0)
        under_none_yet = true;
      else
        EXPECT_FALSE(under_none_yet) << "a row under an agreement after one under none";
      before = exchanged;
    }
    // Three partners a page: the pages follow one order, and `total` counts the partners.
    const auto listed = follow_pages(
        server, "/api/v1/indicators/exchange_balance?year=" + std::to_string(year), officer, 3);
    EXPECT_EQ(listed.total, static_cast<std::int64_t>(expected.size()));
    ASSERT_EQ(listed.in_order.size(), expected.size());
    std::set<std::int64_t> seen;
    int previous = 1 << 30;
    std::string previous_name;
    for (const auto& b : listed.in_order) {
      const std::int64_t partner = b["partner"]["id"];
      SCOPED_TRACE(partner);
      ASSERT_TRUE(expected.contains(partner));
      const auto& e = expected.at(partner);
      EXPECT_EQ(b["academic_year"], academic);
      EXPECT_FALSE(b["partner"]["name"].get<std::string>().empty());
      EXPECT_EQ(b["outgoing_people"].get<int>(), static_cast<int>(e.out_people.size()));
      EXPECT_EQ(b["incoming_people"].get<int>(), static_cast<int>(e.in_people.size()));
      EXPECT_NEAR(b["outgoing_months"].get<double>(), e.out_days / 30, 0.051);
      EXPECT_NEAR(b["incoming_months"].get<double>(), e.in_days / 30, 0.051);
      EXPECT_EQ(b["people_balance"].get<int>(),
                b["incoming_people"].get<int>() - b["outgoing_people"].get<int>());
      EXPECT_NEAR(b["months_balance"].get<double>(),
                  b["incoming_months"].get<double>() - b["outgoing_months"].get<double>(), 0.051);
      // The most students exchanged first, then by name; each partner once.
      EXPECT_TRUE(seen.insert(partner).second);
      const int exchanged = b["outgoing_people"].get<int>() + b["incoming_people"].get<int>();
      const auto name = b["partner"]["name"].get<std::string>();
      EXPECT_TRUE(exchanged < previous || (exchanged == previous && name >= previous_name));
      previous = exchanged;
      previous_name = name;
      if (!e.out_people.empty() && !e.in_people.empty()) ++partners_both_ways;
    }
    // As a spreadsheet: the same rows, headed in Chinese when asked.
    const auto csv = server.get(
        "/api/v1/indicators/exchange_balance?format=csv&lang=zh&year=" + std::to_string(year),
        officer);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')),
              expected.size() + 1);
    EXPECT_NE(csv.body.find("出境学生"), std::string::npos);
  }
  EXPECT_GE(partners_both_ways, 1) << "the demo exchanges both ways with some partner";

  expect_year_list_access("/api/v1/indicators/exchange_balance", 2024);
  expect_year_list_access("/api/v1/indicators/exchange_balance/agreements", 2025);
  expect_cursor_refused(server, "/api/v1/indicators/exchange_balance/agreements?year=2025", officer,
                        "not-a-cursor");
  // With no year: the current academic year's (the clock's 2026/2027).
  const json current = server.get("/api/v1/indicators/exchange_balance", officer).json();
  for (const auto& b : current["items"]) EXPECT_EQ(b["academic_year"], "2026/2027");
}

// Seat use per condition, checked against the agreements' own conditions and the stays list
// (not the indicator's query): every condition in force that year, once, with its seats and
// the stays under it that are not cancelled; the totals add them up.
TEST_F(IndicatorsTest, SeatUtilisationIsEveryConditionInForceWithTheStaysUnderIt) {
  const std::set<std::string> in_force = {"signed", "active", "renewed"};
  // The coordinator's org unit signs an agreement for 2025/2026 with a partner of the demo's:
  // one seat out, used by two students (over by one), and a condition naming no seats.
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  {
    const json first = server.get("/api/v1/agreements?limit=1", officer).json();
    const json parties = server
                             .get("/api/v1/agreements/" +
                                      std::to_string(first["items"][0]["id"].get<std::int64_t>()),
                                  officer)
                             .json()["parties"];
    json home;
    json partner;
    for (const auto& p : parties) (p["is_home"].get<bool>() ? home : partner) = p["institution"];
    const auto condition = [](const json& from, const json& to, const char* type) {
      return json{{"sending_institution_id", from["id"]},
                  {"receiving_institution_id", to["id"]},
                  {"mobility_type", type},
                  {"academic_years", {{"first", "2025/2026"}, {"last", "2025/2026"}}}};
    };
    json seated = condition(home, partner, "student_studies");
    seated["seats_per_year"] = 1;
    const auto created =
        server.send("POST", "/api/v1/agreements",
                    {{"code", "SEATS-TEST-1"},
                     {"title", "One seat, two students"},
                     {"kinds", {"student_exchange"}},
                     {"start_date", "2025-09-01"},
                     {"end_date", "2026-08-31"},
                     {"parties",
                      {{{"institution_id", home["id"]}, {"is_home", true}, {"org_unit_id", unit}},
                       {{"institution_id", partner["id"]}}}},
                     {"conditions", {seated, condition(partner, home, "staff_teaching")}}},
                    officer);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string id = std::to_string(created.json()["id"].get<std::int64_t>());
    for (const char* to : {"negotiation", "signed"})
      ASSERT_EQ(
          server.send("POST", "/api/v1/agreements/" + id + "/transitions", {{"to", to}}, officer)
              .status,
          200);
    std::string csv =
        "email,family_name,given_name,nationality,kind,level,field,direction,type,sending,"
        "receiving,agreement,academic_year,planned_start,planned_end,status\n";
    for (const char* n : {"one", "two"})
      csv += std::string("seats.") + n + "@westlake.edu.cn,Seat," + n +
             ",CN,student,6,0714,outgoing,student_studies,home," +
             partner["ror_id"].get<std::string>() +
             ",SEATS-TEST-1,2025/2026,2025-10-01,2026-01-31,accepted\n";
    const auto imported =
        server.request("POST", "/api/v1/mobilities/import?dry_run=false", csv,
                       {{"Authorization", "Bearer " + officer}, {"Content-Type", "text/csv"}});
    ASSERT_EQ(imported.status, 201) << imported.body;
  }
  const auto agreements = follow_pages(server, "/api/v1/agreements", officer, 100);
  ASSERT_FALSE(agreements.in_order.empty());
  int with_seats_used = 0;
  for (int year = 2025; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    // The stays under each condition that year, not cancelled, from the stays list.
    std::map<std::int64_t, int> under;
    for (const char* direction : {"outgoing", "incoming"}) {
      const auto stays = follow_pages(
          server, "/api/v1/mobilities?direction=" + std::string(direction) + "&year=" + academic,
          officer, 200);
      for (const auto& st : stays.in_order)
        if (!st["condition_id"].is_null() && st["status"] != "cancelled")
          ++under[st["condition_id"].get<std::int64_t>()];
    }
    // The conditions in force that year, from the agreements.
    std::map<std::int64_t, json> expected;
    for (const auto& a : agreements.in_order) {
      if (!in_force.contains(a["stored_status"].get<std::string>())) continue;
      const json detail =
          server.get("/api/v1/agreements/" + std::to_string(a["id"].get<std::int64_t>()), officer)
              .json();
      for (const auto& c : detail["conditions"]) {
        if (c["academic_years"]["first"].get<std::string>() > academic ||
            c["academic_years"]["last"].get<std::string>() < academic)
          continue;
        json e = c;
        e["agreement_id"] = a["id"];
        expected[c["id"].get<std::int64_t>()] = e;
      }
    }
    const auto listed = follow_pages(
        server, "/api/v1/indicators/seat_utilisation?year=" + std::to_string(year), officer, 7);
    EXPECT_EQ(listed.total, static_cast<std::int64_t>(expected.size()));
    ASSERT_EQ(listed.in_order.size(), expected.size());
    int seats = 0;
    int used = 0;
    int over = 0;
    std::int64_t previous = 0;
    for (const auto& u : listed.in_order) {
      const std::int64_t id = u["condition_id"];
      SCOPED_TRACE(id);
      EXPECT_GT(id, previous);
      previous = id;
      ASSERT_TRUE(expected.contains(id));
      const auto& c = expected.at(id);
      EXPECT_EQ(u["agreement"]["id"], c["agreement_id"]);
      EXPECT_EQ(u["sending"]["id"], c["sending_institution_id"]);
      EXPECT_EQ(u["receiving"]["id"], c["receiving_institution_id"]);
      EXPECT_FALSE(u["sending"]["name"].get<std::string>().empty());
      EXPECT_EQ(u["mobility_type"], c["mobility_type"]);
      EXPECT_EQ(u["seats"], c["seats_per_year"]);
      EXPECT_EQ(u["academic_year"], academic);
      const int n = under.contains(id) ? under.at(id) : 0;
      EXPECT_EQ(u["used"].get<int>(), n);
      EXPECT_EQ(u["free"].get<int>(), std::max(0, u["seats"].get<int>() - n));
      if (u["seats"].get<int>() > 0) {
        EXPECT_NEAR(u["share"].get<double>(), static_cast<double>(n) / u["seats"].get<int>(),
                    0.0001);
      } else {
        EXPECT_TRUE(u["share"].is_null());
      }
      // The agreement's page counts the current year's use the same way.
      if (c.contains("usage") && c["usage"]["academic_year"] == academic) {
        EXPECT_EQ(c["usage"]["seats_used"].get<int>(), n);
      }
      seats += u["seats"].get<int>();
      used += std::min(n, u["seats"].get<int>());
      if (n > u["seats"].get<int>()) ++over;
      if (n > 0) ++with_seats_used;
    }
    const json totals =
        server
            .get("/api/v1/indicators/seat_utilisation/totals?year=" + std::to_string(year), officer)
            .json();
    EXPECT_EQ(totals["academic_year"], academic);
    EXPECT_EQ(totals["conditions"].get<int>(), static_cast<int>(expected.size()));
    EXPECT_EQ(totals["seats"].get<int>(), seats);
    EXPECT_EQ(totals["used"].get<int>(), used);
    EXPECT_EQ(totals["over"].get<int>(), over);
    if (seats > 0) {
      EXPECT_NEAR(totals["share"].get<double>(), static_cast<double>(used) / seats, 0.0001);
    }
    // As a spreadsheet: a row per condition under one heading row.
    const auto csv = server.get(
        "/api/v1/indicators/seat_utilisation?format=csv&year=" + std::to_string(year), officer);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')),
              expected.size() + 1);
  }
  EXPECT_GE(with_seats_used, 1) << "the demo's stays use some conditions' seats";

  // A coordinator's are their org unit's agreements', the same as the office's for it.
  const auto mine =
      follow_pages(server, "/api/v1/indicators/seat_utilisation?year=2025", coordinator, 50);
  const auto of_unit = follow_pages(
      server, "/api/v1/indicators/seat_utilisation?year=2025&org_unit=" + std::to_string(unit),
      officer, 50);
  EXPECT_EQ(mine.in_order, of_unit.in_order);
  ASSERT_EQ(mine.in_order.size(), 2u) << "the unit's agreement's two conditions";
  EXPECT_EQ(mine.in_order[0]["used"], 2);
  EXPECT_EQ(mine.in_order[0]["free"], 0);
  EXPECT_EQ(mine.in_order[0]["share"], 2.0);
  EXPECT_EQ(mine.in_order[0]["direction"], "outgoing");
  EXPECT_TRUE(mine.in_order[1]["share"].is_null());
  EXPECT_EQ(mine.in_order[1]["direction"], "incoming");
  const json unit_totals =
      server.get("/api/v1/indicators/seat_utilisation/totals?year=2025", coordinator).json();
  EXPECT_EQ(unit_totals["conditions"], 2);
  EXPECT_EQ(unit_totals["seats"], 1);
  EXPECT_EQ(unit_totals["used"], 1) << "use counted up to the seats";
  EXPECT_EQ(unit_totals["over"], 1);
  EXPECT_EQ(
      server
          .get("/api/v1/indicators/seat_utilisation/totals?org_unit=" + std::to_string(unit + 1),
               coordinator)
          .status,
      403);
  for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    const auto token = server.login(who);
    for (const char* path :
         {"/api/v1/indicators/seat_utilisation", "/api/v1/indicators/seat_utilisation/totals"}) {
      const auto denied = server.get(path, token);
      EXPECT_EQ(denied.status, 403) << who << " " << path;
      EXPECT_EQ(denied.body.find("\"items\""), std::string::npos);
    }
  }
  const auto bad = server.get("/api/v1/indicators/seat_utilisation?year=soon", officer);
  EXPECT_EQ(bad.status, 422);
}

// Partners and students by country, region and type, counted from the agreements, their
// partners, the registry's institutions and the stays list (not from the indicator's
// queries): each group's partners of the agreements in force, those agreements and the
// students out and in, each once per group; the order; the export; who sees it.
TEST_F(IndicatorsTest, PartnersByCountryRegionAndTypeCountAgreementsInForceAndStudents) {
  const std::set<std::string> concluded = {"signed", "active", "expiring", "expired", "renewed"};
  const auto agreements = follow_pages(server, "/api/v1/agreements", officer, 100);
  ASSERT_FALSE(agreements.in_order.empty());
  std::map<std::int64_t, json> institutions;
  const auto institution = [&](std::int64_t id) -> const json& {
    if (!institutions.contains(id)) {
      const auto r = server.get("/api/v1/institutions/" + std::to_string(id), officer);
      EXPECT_EQ(r.status, 200) << r.body;
      institutions[id] = r.json();
    }
    return institutions.at(id);
  };
  const auto groups_of = [&](const std::string& by, std::int64_t id) {
    const json& i = institution(id);
    const auto country = i["country"].get<std::string>();
    std::vector<std::string> out;
    if (by == "country") out.push_back(country);
    if (by == "region") {
      const auto c = domain::find_country(country);
      out.emplace_back(c ? std::string(c->region) : "");
    }
    if (by == "type") {
      for (const auto& t : i["types"]) out.push_back(t.get<std::string>());
      if (out.empty()) out.emplace_back("other");
    }
    return out;
  };
  struct Expected {
    std::set<std::int64_t> partners, agreements, out, in;
  };
  std::set<std::string> countries_seen;
  for (int year = 2023; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    const std::string first_day = std::to_string(year) + "-09-01";
    const std::string last_day = std::to_string(year + 1) + "-08-31";
    std::map<std::string, std::map<std::string, Expected>> expected;  // by, group
    for (const auto& a : agreements.in_order) {
      if (!concluded.contains(a["stored_status"].get<std::string>())) continue;
      if (a["start_date"].get<std::string>() > last_day) continue;
      if (!a["end_date"].is_null() && a["end_date"].get<std::string>() < first_day) continue;
      for (const auto& p : a["partners"])
        for (const char* by : {"country", "region", "type"})
          for (const auto& g : groups_of(by, p["id"].get<std::int64_t>())) {
            expected[by][g].partners.insert(p["id"].get<std::int64_t>());
            expected[by][g].agreements.insert(a["id"].get<std::int64_t>());
          }
    }
    for (const char* direction : {"outgoing", "incoming"}) {
      const bool out = direction == std::string("outgoing");
      const auto stays = follow_pages(
          server, "/api/v1/mobilities?direction=" + std::string(direction) + "&year=" + academic,
          officer, 200);
      for (const auto& st : stays.in_order) {
        if (!kBegun.contains(st["status"].get<std::string>())) continue;
        if (st["person"]["kind"] != "student") continue;
        const std::int64_t partner =
            st[out ? "receiving_institution_id" : "sending_institution_id"];
        for (const char* by : {"country", "region", "type"})
          for (const auto& g : groups_of(by, partner))
            (out ? expected[by][g].out : expected[by][g].in)
                .insert(st["person_id"].get<std::int64_t>());
      }
    }
    for (const char* by : {"country", "region", "type"}) {
      SCOPED_TRACE(by);
      const auto r = server.get(
          "/api/v1/indicators/partners?by=" + std::string(by) + "&year=" + std::to_string(year),
          officer);
      ASSERT_EQ(r.status, 200) << r.body;
      const json page = r.json();
      const auto& want = expected[by];
      EXPECT_EQ(page["total"].get<std::size_t>(), want.size());
      ASSERT_EQ(page["items"].size(), want.size());
      EXPECT_TRUE(page["next"].is_null());
      int previous_partners = 1 << 30;
      int previous_students = 1 << 30;
      std::string previous_group;
      for (const auto& g : page["items"]) {
        const auto group = g["group"].get<std::string>();
        SCOPED_TRACE(group);
        ASSERT_TRUE(want.contains(group));
        const auto& e = want.at(group);
        EXPECT_EQ(g["academic_year"], academic);
        EXPECT_EQ(g["partners"].get<std::size_t>(), e.partners.size());
        EXPECT_EQ(g["agreements"].get<std::size_t>(), e.agreements.size());
        EXPECT_EQ(g["outgoing_people"].get<std::size_t>(), e.out.size());
        EXPECT_EQ(g["incoming_people"].get<std::size_t>(), e.in.size());
        EXPECT_FALSE(g["name"].get<std::string>().empty());
        EXPECT_FALSE(g["name_zh"].get<std::string>().empty());
        if (by == std::string("country")) {
          const auto c = domain::find_country(group);
          ASSERT_TRUE(c.has_value());
          EXPECT_EQ(g["name_zh"], std::string(c->name_zh));
          EXPECT_EQ(g["region"], std::string(c->region));
          countries_seen.insert(group);
        } else {
          EXPECT_EQ(g["region"], "");
        }
        // The most partners first, then the most students, then by group.
        const int partners = g["partners"].get<int>();
        const int students = g["outgoing_people"].get<int>() + g["incoming_people"].get<int>();
        EXPECT_TRUE(partners < previous_partners ||
                    (partners == previous_partners &&
                     (students < previous_students ||
                      (students == previous_students && group > previous_group))));
        previous_partners = partners;
        previous_students = students;
        previous_group = group;
      }
      // As a spreadsheet: the same rows, headed in Chinese when asked.
      const auto csv =
          server.get("/api/v1/indicators/partners?format=csv&lang=zh&by=" + std::string(by) +
                         "&year=" + std::to_string(year),
                     officer);
      ASSERT_EQ(csv.status, 200);
      EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')),
                want.size() + 1);
      EXPECT_NE(csv.body.find("合作院校"), std::string::npos);
    }
  }
  EXPECT_GE(countries_seen.size(), 3u) << "the demo's partners are in several countries";

  // Region names in both languages; the default grouping is by country.
  const json regions =
      server.get("/api/v1/indicators/partners?by=region&year=2025", officer).json();
  for (const auto& g : regions["items"]) {
    if (g["group"] == "Europe") {
      EXPECT_EQ(g["name_zh"], "欧洲");
    }
  }
  EXPECT_EQ(
      server.get("/api/v1/indicators/partners?year=2025", officer).json()["items"],
      server.get("/api/v1/indicators/partners?by=country&year=2025", officer).json()["items"]);

  expect_year_list_access("/api/v1/indicators/partners", 2025);
  // A grouping that is not one is refused at its field too.
  const auto bad_grouping = server.get("/api/v1/indicators/partners?by=city", officer);
  EXPECT_EQ(bad_grouping.status, 422);
  EXPECT_EQ(bad_grouping.json()["errors"][0]["field"], "by") << bad_grouping.body;
}

// Hundredths of a decimal amount with at most two places ("2500.5" is 250050).
long long hundredths(const std::string& amount) {
  const auto dot = amount.find('.');
  std::string cents = dot == std::string::npos ? "" : amount.substr(dot + 1);
  EXPECT_LE(cents.size(), 2u) << amount;
  cents.resize(2, '0');
  return std::stoll(amount.substr(0, dot)) * 100 + std::stoll(cents);
}

// The funding of each year's stays, counted from the stays list (not from the indicator's
// query): per direction, source, scholarship, sponsor and currency, the students and stays
// once each and the amounts added up to the cent.
TEST_F(IndicatorsTest, FundingCountsEachSourcesStudentsAndAddsItsAmountsExactly) {
  struct Expected {
    std::set<std::int64_t> holders, stays;
    long long hundredths = 0;
    bool amounts = false;
  };
  int with_amounts = 0;
  for (int year = 2022; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    std::map<std::string, Expected> expected;  // "direction|source|scholarship|sponsor|currency"
    for (const char* direction : {"outgoing", "incoming"}) {
      const auto stays = follow_pages(
          server, "/api/v1/mobilities?direction=" + std::string(direction) + "&year=" + academic,
          officer, 200);
      for (const auto& st : stays.in_order) {
        if (!kBegun.contains(st["status"].get<std::string>())) continue;
        if (st["person"]["kind"] != "student") continue;
        for (const auto& f : st["funding"]) {
          const bool priced = !f["amount"].is_null();
          const std::string key = std::string(direction) + "|" + f["source"].get<std::string>() +
                                  "|" + f["scholarship"].get<std::string>() + "|" +
                                  f["sponsor"].get<std::string>() + "|" +
                                  (priced ? f["amount"]["currency"].get<std::string>() : "");
          auto& e = expected[key];
          e.holders.insert(st["person_id"].get<std::int64_t>());
          e.stays.insert(st["id"].get<std::int64_t>());
          if (priced) {
            e.amounts = true;
            e.hundredths += hundredths(f["amount"]["amount"].get<std::string>());
          }
        }
      }
    }
    const auto r = server.get("/api/v1/indicators/funding?year=" + std::to_string(year), officer);
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = r.json();
    EXPECT_EQ(page["total"].get<std::size_t>(), expected.size());
    ASSERT_EQ(page["items"].size(), expected.size());
    std::string previous_direction = "outgoing";
    int previous_holders = 1 << 30;
    for (const auto& g : page["items"]) {
      const auto text = [&](const char* field) {
        return g[field].is_null() ? std::string() : g[field].get<std::string>();
      };
      const std::string key = text("direction") + "|" + text("source") + "|" + text("scholarship") +
                              "|" + text("sponsor") + "|" + text("currency");
      SCOPED_TRACE(key);
      ASSERT_TRUE(expected.contains(key));
      const auto& e = expected.at(key);
      EXPECT_EQ(g["academic_year"], academic);
      EXPECT_EQ(g["holders"].get<std::size_t>(), e.holders.size());
      EXPECT_EQ(g["stays"].get<std::size_t>(), e.stays.size());
      if (e.amounts) {
        EXPECT_EQ(hundredths(g["amount"].get<std::string>()), e.hundredths);
        ++with_amounts;
      } else {
        EXPECT_TRUE(g["amount"].is_null());
      }
      // Outgoing first, then the most students funded.
      const auto direction = text("direction");
      EXPECT_TRUE(direction == previous_direction || direction == "incoming");
      if (direction != previous_direction) previous_holders = 1 << 30;
      EXPECT_LE(g["holders"].get<int>(), previous_holders);
      previous_direction = direction;
      previous_holders = g["holders"].get<int>();
    }
    // As a spreadsheet: the same rows, headed in Chinese when asked.
    const auto csv = server.get(
        "/api/v1/indicators/funding?format=csv&lang=zh&year=" + std::to_string(year), officer);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')),
              expected.size() + 1);
    EXPECT_NE(csv.body.find("受资助学生"), std::string::npos);
  }
  EXPECT_GE(with_amounts, 3) << "the demo funds stays with amounts";

  expect_year_list_access("/api/v1/indicators/funding", 2025);
}

// The Quality Certification's tables, worked out from the stays list, the people, the
// programmes and the agreements (not from the tables' query): each incoming student of a
// year once, by level, nationality and the language of instruction of their first stay (its
// programme's, else its condition's first language), and the scholarship holders among them.
TEST_F(IndicatorsTest, CertificationTablesCountEachIncomingStudentOnceAsTheRecordsSay) {
  std::map<std::int64_t, json> people, programmes, agreements;
  const auto record = [&](std::map<std::int64_t, json>& cache, const std::string& path,
                          std::int64_t id) -> const json& {
    auto it = cache.find(id);
    if (it == cache.end()) {
      const auto r = server.get(path + std::to_string(id), officer);
      EXPECT_EQ(r.status, 200) << path << id << " " << r.body;
      it = cache.emplace(id, r.json()).first;
    }
    return it->second;
  };
  // The language of instruction of a stay, as the records say.
  const auto language_of = [&](const json& stay) -> std::string {
    if (stay["programme_id"].is_number()) {
      const auto& p = record(programmes, "/api/v1/programmes/", stay["programme_id"]);
      if (p["language"].is_string() && !p["language"].get<std::string>().empty())
        return p["language"];
    }
    if (stay["condition_id"].is_number() && stay["agreement_id"].is_number()) {
      const auto& a = record(agreements, "/api/v1/agreements/", stay["agreement_id"]);
      for (const auto& c : a["conditions"])
        if (c["id"] == stay["condition_id"] && !c["languages"].empty())
          return c["languages"][0]["language"];
    }
    return "";
  };
  const auto key_of = [](const json& j) {
    return j.is_null() ? std::string() : j.is_string() ? j.get<std::string>() : j.dump();
  };
  const auto tables = server.get("/api/v1/indicators/certification?from=2022&to=2026", officer);
  ASSERT_EQ(tables.status, 200) << tables.body;
  const json items = tables.json()["items"];
  ASSERT_EQ(items.size(), 5u);
  const auto dashboard = indicators(officer);
  // International: not of the home institution's country (the comparison's default country).
  const std::string home =
      server.get("/api/v1/indicators/national?from=2025&to=2025", officer).json()["country"];
  ASSERT_EQ(home, "CN");
  int holders_seen = 0;
  int domestic_seen = 0;
  std::set<std::string> languages_seen;
  for (int year = 2022; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    const auto stays = follow_pages(
        server, "/api/v1/mobilities?direction=incoming&year=" + academic, officer, 200);
    std::map<std::int64_t, json> first;  // each student's first begun stay of the year
    struct Funded {
      std::set<std::int64_t> holders, stays;
      long long hundredths = 0;
    };
    std::map<std::string, Funded> funded;  // "source|scholarship|sponsor|currency"
    std::set<std::int64_t> holders, counted;
    for (const auto& st : stays.in_order) {
      if (!kBegun.contains(st["status"].get<std::string>())) continue;
      if (st["person"]["kind"] != "student") continue;
      const std::int64_t person = st["person_id"];
      counted.insert(person);
      if (record(people, "/api/v1/people/", person)["nationality"] == home) continue;
      if (!first.contains(person) || st["id"].get<std::int64_t>() < first[person]["id"])
        first[person] = st;
      for (const auto& f : st["funding"]) {
        if (f["source"] == "self") continue;
        holders.insert(person);
        const bool priced = !f["amount"].is_null();
        auto& e =
            funded[f["source"].get<std::string>() + "|" + f["scholarship"].get<std::string>() +
                   "|" + f["sponsor"].get<std::string>() + "|" +
                   (priced ? f["amount"]["currency"].get<std::string>() : "")];
        e.holders.insert(person);
        e.stays.insert(st["id"].get<std::int64_t>());
        if (priced) e.hundredths += hundredths(f["amount"]["amount"].get<std::string>());
      }
    }
    std::map<std::string, int> levels, nationalities, languages;
    for (const auto& [person, st] : first) {
      const auto& p = record(people, "/api/v1/people/", person);
      ++levels[key_of(p["level"])];
      ++nationalities[key_of(p["nationality"])];
      ++languages[language_of(st)];
    }
    const json& y = items[static_cast<std::size_t>(year - 2022)];
    EXPECT_EQ(y["year"], year);
    EXPECT_EQ(y["academic_year"], academic);
    EXPECT_EQ(y["students"].get<std::size_t>(), first.size());
    // Of the students the incoming exchange students' indicator counts, the international.
    EXPECT_EQ(counted.size(),
              dashboard.at("inbound_exchange_students/" + std::to_string(year))["numerator"]
                  .get<std::size_t>());
    domestic_seen += static_cast<int>(counted.size() - first.size());
    const auto counts = [&](const char* table) {
      std::map<std::string, int> out;
      int total = 0;
      for (const auto& row : y[table]) {
        out[key_of(row["key"])] = row["students"];
        total += row["students"].get<int>();
      }
      EXPECT_EQ(total, y["students"].get<int>()) << table;
      return out;
    };
    EXPECT_EQ(counts("levels"), levels);
    EXPECT_EQ(counts("nationalities"), nationalities);
    EXPECT_EQ(counts("languages"), languages);
    for (const auto& [language, n] : languages) languages_seen.insert(language);
    // Levels upwards, nationalities the most first; names in both languages.
    for (std::size_t i = 1; i < y["levels"].size(); ++i) {
      if (y["levels"][i]["key"].is_null()) continue;
      EXPECT_LT(std::stoi(y["levels"][i - 1]["key"].get<std::string>()),
                std::stoi(y["levels"][i]["key"].get<std::string>()));
    }
    for (std::size_t i = 1; i < y["nationalities"].size(); ++i) {
      if (y["nationalities"][i]["key"].is_null()) continue;
      EXPECT_GE(y["nationalities"][i - 1]["students"], y["nationalities"][i]["students"]);
    }
    for (const auto& row : y["nationalities"]) {
      EXPECT_NE(row["key"], home);
      if (row["key"].is_null()) continue;
      const auto country = domain::find_country(row["key"].get<std::string>());
      ASSERT_TRUE(country) << row;
      EXPECT_EQ(row["name"], std::string(country->name));
      EXPECT_EQ(row["name_zh"], std::string(country->name_zh));
    }
    for (const auto& row : y["levels"]) {
      if (row["key"] == "6") {
        EXPECT_EQ(row["name_zh"], "本科（EQF 6）");
      }
    }
    // Scholarship holders: funded by anyone but themselves, each once; their funding by
    // source, scholarship, sponsor and currency with the amounts added up to the cent.
    EXPECT_EQ(y["scholarship_holders"].get<std::size_t>(), holders.size());
    holders_seen += y["scholarship_holders"].get<int>();
    ASSERT_EQ(y["scholarships"].size(), funded.size());
    for (const auto& g : y["scholarships"]) {
      const auto text = [&](const char* field) {
        return g[field].is_null() ? std::string() : g[field].get<std::string>();
      };
      const std::string key = text("source") + "|" + text("scholarship") + "|" + text("sponsor") +
                              "|" + text("currency");
      SCOPED_TRACE(key);
      ASSERT_TRUE(funded.contains(key));
      EXPECT_EQ(g["direction"], "incoming");
      EXPECT_EQ(g["holders"].get<std::size_t>(), funded[key].holders.size());
      EXPECT_EQ(g["stays"].get<std::size_t>(), funded[key].stays.size());
      if (!g["amount"].is_null()) {
        EXPECT_EQ(hundredths(g["amount"].get<std::string>()), funded[key].hundredths);
      }
    }
  }
  EXPECT_GT(domestic_seen, 0) << "the demo's summer school has students from Chinese universities";
  EXPECT_GT(holders_seen, 0) << "the demo funds incoming students";
  EXPECT_TRUE(languages_seen.contains("en")) << "the demo's incoming students study in English";

  // A coordinator's are their unit's, as the office asking for that unit; another unit's, a
  // student's and a partner's are refused with no tables; bad years are refused by name.
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  const std::string path = "/api/v1/indicators/certification?from=2024&to=2025";
  const auto own = server.get(path, coordinator);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.json(), server.get(path + "&org_unit=" + std::to_string(unit), officer).json());
  EXPECT_LE(own.json()["items"][1]["students"], items[3]["students"]);
  EXPECT_EQ(server.get(path + "&org_unit=" + std::to_string(unit + 1), coordinator).status, 403);
  for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    const auto denied = server.get(path, server.login(who));
    EXPECT_EQ(denied.status, 403) << who;
    EXPECT_EQ(denied.body.find("\"items\""), std::string::npos);
  }
  const auto bad = server.get("/api/v1/indicators/certification?from=2026&to=2020", officer);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json()["errors"][0]["field"], "to") << bad.body;
}

TEST_F(IndicatorsTest, ProgrammesCountTheirStudentsOutAndInOnceWithTheirStays) {
  struct Expected {
    std::set<std::int64_t> outgoing, incoming, stays;
  };
  int summer_school_rows = 0;
  for (int year = 2022; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    std::map<std::int64_t, Expected> expected;  // by programme id
    for (const char* direction : {"outgoing", "incoming"}) {
      const auto stays = follow_pages(
          server, "/api/v1/mobilities?direction=" + std::string(direction) + "&year=" + academic,
          officer, 200);
      for (const auto& st : stays.in_order) {
        if (!kBegun.contains(st["status"].get<std::string>())) continue;
        if (st["person"]["kind"] != "student" || st["programme_id"].is_null()) continue;
        auto& e = expected[st["programme_id"].get<std::int64_t>()];
        (std::string(direction) == "outgoing" ? e.outgoing : e.incoming)
            .insert(st["person_id"].get<std::int64_t>());
        e.stays.insert(st["id"].get<std::int64_t>());
      }
    }
    const auto r =
        server.get("/api/v1/indicators/programmes?year=" + std::to_string(year), officer);
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = r.json();
    EXPECT_EQ(page["total"].get<std::size_t>(), expected.size());
    ASSERT_EQ(page["items"].size(), expected.size());
    std::size_t previous_people = 1 << 30;
    for (const auto& g : page["items"]) {
      const std::int64_t id = g["id"];
      SCOPED_TRACE(id);
      ASSERT_TRUE(expected.contains(id));
      const auto& e = expected.at(id);
      EXPECT_EQ(g["academic_year"], academic);
      EXPECT_EQ(g["outgoing_people"].get<std::size_t>(), e.outgoing.size());
      EXPECT_EQ(g["incoming_people"].get<std::size_t>(), e.incoming.size());
      EXPECT_EQ(g["stays"].get<std::size_t>(), e.stays.size());
      // The programme as its own page gives it.
      const json programme = server.get("/api/v1/programmes/" + std::to_string(id), officer).json();
      EXPECT_EQ(g["code"], programme["code"]);
      EXPECT_EQ(g["name"], programme["name"]);
      EXPECT_EQ(g["kind"], programme["kind"]);
      if (g["kind"] == "summer_school") ++summer_school_rows;
      // The most students first.
      const std::size_t people = e.outgoing.size() + e.incoming.size();
      EXPECT_LE(people, previous_people);
      previous_people = people;
    }
    const auto csv = server.get(
        "/api/v1/indicators/programmes?format=csv&lang=zh&year=" + std::to_string(year), officer);
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')),
              expected.size() + 1);
    EXPECT_NE(csv.body.find("出境学生"), std::string::npos);
  }
  EXPECT_GE(summer_school_rows, 3) << "the demo's summer schools have participants";

  expect_year_list_access("/api/v1/indicators/programmes", 2025);
}

// A country's row of data/mobility/uis_tertiary_mobility_by_country.csv for a UIS reference
// year: inbound and outbound as published ("" when not), and its qualifiers.
struct UisRow {
  std::string inbound;
  std::string outbound;
  std::string qualifiers;
};
std::map<int, UisRow> uis_rows(const std::string& iso3) {
  std::ifstream in(source_dir() / "data/mobility/uis_tertiary_mobility_by_country.csv");
  EXPECT_TRUE(in);
  std::map<int, UisRow> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with(iso3 + ",")) continue;
    std::vector<std::string> f;
    std::stringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) f.push_back(cell);
    f.resize(6);
    out[std::stoi(f[1])] = {f[2], f[4], f[5]};
  }
  return out;
}

TEST_F(IndicatorsTest, NationalPutsTheStudentsOutAndInBesideUnescosFiguresOfTheCountry) {
  const auto r = server.get("/api/v1/indicators/national?from=2019&to=2025", officer);
  ASSERT_EQ(r.status, 200) << r.body;
  const json n = r.json();
  // The home institution's country, Westlake University's.
  EXPECT_EQ(n["country"], "CN");
  EXPECT_EQ(n["country_name"], "China");
  EXPECT_EQ(n["country_name_zh"], "中国");
  EXPECT_NE(n["source"].get<std::string>().find("UNESCO"), std::string::npos);
  EXPECT_FALSE(n["source_zh"].get<std::string>().empty());
  const auto china = uis_rows("CHN");
  ASSERT_FALSE(china.empty());
  EXPECT_EQ(n["latest_year"], china.rbegin()->first - 1);
  ASSERT_EQ(n["items"].size(), 7u);
  int with_students = 0;
  int published = 0;
  for (int year = 2019; year <= 2025; ++year) {
    SCOPED_TRACE(year);
    const json& y = n["items"][year - 2019];
    EXPECT_EQ(y["year"], year);
    EXPECT_EQ(y["academic_year"], std::to_string(year) + "/" + std::to_string(year + 1));
    // The university's own, counted from the stays list.
    const auto out = students_with_stays("outgoing", year).size();
    const auto in = students_with_stays("incoming", year).size();
    EXPECT_EQ(y["outgoing_students"].get<std::size_t>(), out);
    EXPECT_EQ(y["incoming_students"].get<std::size_t>(), in);
    if (out + in > 0) ++with_students;
    // UNESCO's, of the reference year the academic year ends in, as the file has them.
    const auto row = china.find(year + 1);
    if (row == china.end()) {
      EXPECT_TRUE(y["reference_year"].is_null());
      EXPECT_TRUE(y["inbound"].is_null());
      EXPECT_TRUE(y["outbound"].is_null());
      EXPECT_TRUE(y["outgoing_share"].is_null());
      continue;
    }
    ++published;
    EXPECT_EQ(y["reference_year"], year + 1);
    EXPECT_EQ(y["inbound"].get<long>(), std::stol(row->second.inbound));
    if (row->second.outbound.empty()) {
      EXPECT_TRUE(y["outbound"].is_null());
      EXPECT_TRUE(y["outgoing_share"].is_null());
    } else {
      const long outbound = std::stol(row->second.outbound);
      EXPECT_EQ(y["outbound"].get<long>(), outbound);
      EXPECT_DOUBLE_EQ(y["outgoing_share"].get<double>(),
                       std::round(static_cast<double>(out) / outbound * 1e8) / 1e8);
    }
    EXPECT_DOUBLE_EQ(
        y["incoming_share"].get<double>(),
        std::round(static_cast<double>(in) / std::stol(row->second.inbound) * 1e8) / 1e8);
  }
  EXPECT_GE(published, 3) << "UNESCO publishes China's figures up to 2022/2023";
  EXPECT_GE(with_students, 2) << "the demo has stays in the years UNESCO publishes";

  // Another country, named in any case; an estimate says so.
  const auto gb = server.get("/api/v1/indicators/national?from=1999&to=2000&country=gb", officer);
  ASSERT_EQ(gb.status, 200) << gb.body;
  EXPECT_EQ(gb.json()["country"], "GB");
  EXPECT_EQ(gb.json()["country_name_zh"], "英国");
  const auto britain = uis_rows("GBR");
  const json gb_items = gb.json()["items"];
  for (const auto& y : gb_items) {
    const auto row = britain.at(y["year"].get<int>() + 1);
    const bool net_estimated = row.qualifiers.find("|UIS_EST") != std::string::npos ||
                               row.qualifiers.find("|NAT_EST") != std::string::npos;
    EXPECT_EQ(y["outbound_estimated"].get<bool>(), net_estimated) << row.qualifiers;
    EXPECT_EQ(y["inbound_estimated"].get<bool>(),
              !row.qualifiers.empty() && !row.qualifiers.starts_with("|"));
  }

  // What is not a country or not a range of years is refused at its field.
  for (const auto& [query, field] :
       {std::pair{"country=XX", "country"}, std::pair{"country=china", "country"},
        std::pair{"from=2025&to=2020", "to"}, std::pair{"from=x", "from"}}) {
    const auto bad = server.get(std::string("/api/v1/indicators/national?") + query, officer);
    EXPECT_EQ(bad.status, 422) << query;
    EXPECT_EQ(bad.json()["errors"][0]["field"], field) << bad.body;
  }

  // A coordinator's are their org unit's students beside the same country; students and
  // partners see none of it.
  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  const auto own = server.get("/api/v1/indicators/national?from=2021&to=2025", coordinator);
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.json(), server
                            .get("/api/v1/indicators/national?from=2021&to=2025&org_unit=" +
                                     std::to_string(unit),
                                 officer)
                            .json());
  const json own_items = own.json()["items"];
  for (const auto& y : own_items)
    EXPECT_EQ(y["outgoing_students"].get<std::size_t>(),
              students_with_stays("outgoing", y["year"].get<int>(), unit).size());
  EXPECT_EQ(
      server.get("/api/v1/indicators/national?org_unit=" + std::to_string(unit + 1), coordinator)
          .status,
      403);
  for (const char* who : {"student@westlake.edu.cn", "partner@ox.ac.uk"}) {
    for (const char* path : {"/api/v1/indicators/national", "/api/v1/indicators/national/years",
                             "/api/v1/indicators/national/years?format=csv"}) {
      const auto denied = server.get(path, server.login(who));
      EXPECT_EQ(denied.status, 403) << who << " " << path;
      EXPECT_EQ(denied.body.find("\"items\""), std::string::npos);
      EXPECT_EQ(denied.body.find("Academic year"), std::string::npos);
    }
  }
}

// The comparison's years as a list: the same items, all on one page, and as a file a row per
// year headed in the language asked for, each year's figures as the list gives them; the
// coordinator's are their org unit's, and what the comparison refuses the list refuses.
TEST_F(IndicatorsTest, NationalYearsListAndExportTheComparisonsYears) {
  const std::string query = "from=2019&to=2025";
  const json compared = server.get("/api/v1/indicators/national?" + query, officer).json();
  const auto r = server.get("/api/v1/indicators/national/years?" + query, officer);
  ASSERT_EQ(r.status, 200) << r.body;
  const json years = r.json();
  EXPECT_EQ(years["items"], compared["items"]);
  EXPECT_EQ(years["total"], compared["items"].size());
  EXPECT_TRUE(years["next"].is_null());

  const auto csv = server.get("/api/v1/indicators/national/years?format=csv&" + query, officer);
  ASSERT_EQ(csv.status, 200) << csv.body;
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(csv.body.substr(csv.body.starts_with("\xEF\xBB\xBF") ? 3 : 0));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    if (line.back() == ',') cells.emplace_back();
    rows.push_back(cells);
  }
  ASSERT_EQ(rows.size(), compared["items"].size() + 1);
  const auto column = [&](const std::string& heading) {
    const auto at = std::ranges::find(rows[0], heading);
    EXPECT_NE(at, rows[0].end()) << heading;
    return static_cast<std::size_t>(at - rows[0].begin());
  };
  const auto year = column("Academic year"), out = column("Students out"),
             outbound = column("Country's outbound students"),
             share = column("Share of the country's outbound");
  int published = 0;
  for (std::size_t i = 0; i < compared["items"].size(); ++i) {
    const json& y = compared["items"][i];
    const auto& cells = rows[i + 1];
    EXPECT_EQ(cells[year], y["academic_year"].get<std::string>());
    EXPECT_EQ(cells[out], std::to_string(y["outgoing_students"].get<int>()));
    if (y["outbound"].is_null()) {
      EXPECT_EQ(cells[outbound], "") << "not published is no figure, not 0";
      EXPECT_EQ(cells[share], "");
    } else {
      ++published;
      EXPECT_EQ(cells[outbound], std::to_string(y["outbound"].get<long>()));
      EXPECT_DOUBLE_EQ(std::stod(cells[share]), y["outgoing_share"].get<double>());
    }
  }
  EXPECT_GE(published, 2);
  const auto zh =
      server.get("/api/v1/indicators/national/years?format=csv&lang=zh&" + query, officer);
  ASSERT_EQ(zh.status, 200);
  EXPECT_NE(zh.body.find("全国出境留学生"), std::string::npos);
  const auto xlsx = server.get("/api/v1/indicators/national/years?format=xlsx&" + query, officer);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(xlsx.body.starts_with("PK"));

  const auto coordinator = server.login("coordinator@westlake.edu.cn");
  const std::int64_t unit = server.get("/api/v1/auth/me", coordinator).json()["org_unit_id"];
  EXPECT_EQ(server.get("/api/v1/indicators/national/years?" + query, coordinator).json()["items"],
            server
                .get("/api/v1/indicators/national?org_unit=" + std::to_string(unit) + "&" + query,
                     officer)
                .json()["items"]);
  const auto bad = server.get("/api/v1/indicators/national/years?country=XX", officer);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json()["errors"][0]["field"], "country");
}

// Graduates with a stay abroad, counted from the people and stays lists (not from the
// indicator's query): the students who graduated in the year with an outgoing stay begun in
// or before it of 90 days or more (the demo's stays are counted by their days; the store's
// tests hold the 15 ECTS edge), each once; the records are those people; entering a
// graduation year counts the graduate, and a year that is not one is refused.
TEST_F(IndicatorsTest, GraduatesWithAStayAbroadAreThoseOfTheYearWithThreeMonthsAbroad) {
  TestServer own;
  const auto token = own.login("officer@westlake.edu.cn");
  const auto expected_of = [&](int year) {
    const std::string academic = std::to_string(year) + "/" + std::to_string(year + 1);
    std::set<std::int64_t> graduates;
    for (const auto& p : follow_pages(own, "/api/v1/people?kind=student", token, 100).in_order)
      if (p["graduated_in"] == academic) graduates.insert(p["id"].get<std::int64_t>());
    std::set<std::int64_t> counted;
    for (const auto& s :
         follow_pages(own, "/api/v1/mobilities?direction=outgoing", token, 200).in_order) {
      if (!kBegun.contains(s["status"].get<std::string>())) continue;
      if (s["academic_year"].get<std::string>() > academic) continue;
      const auto person = s["person_id"].get<std::int64_t>();
      if (!graduates.contains(person)) continue;
      const std::string start = s["actual_start"].is_string() && s["actual_start"] != ""
                                    ? s["actual_start"].get<std::string>()
                                    : s["planned_start"].get<std::string>();
      const std::string end = s["actual_end"].is_string() && s["actual_end"] != ""
                                  ? s["actual_end"].get<std::string>()
                                  : s["planned_end"].get<std::string>();
      if (days_of(start, end) >= 90) counted.insert(person);
    }
    return counted;
  };
  const auto figures = [&] {
    const auto r = own.get("/api/v1/indicators?from=2022&to=2026", token);
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<int, json> out;
    const json page = r.json();
    for (const auto& i : page["items"])
      if (i["id"] == "graduates_with_stay_abroad") out[i["year"].get<int>()] = i;
    return out;
  };
  auto all = figures();
  ASSERT_EQ(all.size(), 5u);
  int graduates_seen = 0;
  for (int year = 2022; year <= 2026; ++year) {
    SCOPED_TRACE(year);
    const auto expected = expected_of(year);
    graduates_seen += static_cast<int>(expected.size());
    const auto& i = all.at(year);
    EXPECT_EQ(i["numerator"].get<double>(), static_cast<double>(expected.size()));
    EXPECT_TRUE(i["records"].get<bool>());
    if (i["denominator"].is_number()) {
      EXPECT_DOUBLE_EQ(i["value"].get<double>(),
                       std::round(10000 * static_cast<double>(expected.size()) /
                                  i["denominator"].get<double>()) /
                           10000);
    } else {
      EXPECT_TRUE(i["value"].is_null());
      EXPECT_FALSE(i["no_data"].get<std::string>().empty());
    }
    const auto records = follow_pages(
        own, "/api/v1/indicators/graduates_with_stay_abroad/records?year=" + std::to_string(year),
        token, 2);
    EXPECT_EQ(records.total, static_cast<std::int64_t>(expected.size()));
    std::set<std::int64_t> listed;
    for (const auto& r : records.in_order) {
      listed.insert(r["person"]["id"].get<std::int64_t>());
      const auto stay =
          own.get("/api/v1/mobilities/" + std::to_string(r["stay"].get<std::int64_t>()), token)
              .json();
      EXPECT_EQ(stay["person_id"], r["person"]["id"]);
      EXPECT_EQ(stay["direction"], "outgoing");
      EXPECT_EQ(stay["academic_year"], r["academic_year"]);
      EXPECT_EQ(stay["receiving_institution_id"], r["partner"]["id"]);
    }
    EXPECT_EQ(listed, expected);
  }
  EXPECT_GE(graduates_seen, 5) << "the demo's past students have graduated";
  // 2026/2027 has no graduates entered: no value, never 0.
  EXPECT_TRUE(all.at(2026)["value"].is_null());

  // A student of 2025/2026 with a stay of five months, not yet recorded as a graduate, is
  // counted once their graduation year is entered.
  std::int64_t student = 0;
  const auto before = expected_of(2025);
  for (const auto& s :
       follow_pages(own, "/api/v1/mobilities?direction=outgoing&year=2025/2026", token, 200)
           .in_order) {
    if (!kBegun.contains(s["status"].get<std::string>()) || s["person"]["kind"] != "student")
      continue;
    const auto person =
        own.get("/api/v1/people/" + std::to_string(s["person_id"].get<int>()), token);
    if (!person.json()["graduated_in"].is_null()) continue;
    if (days_of(s["planned_start"], s["planned_end"]) < 90) continue;
    student = s["person_id"];
    break;
  }
  ASSERT_NE(student, 0) << "the demo has a student abroad in 2025/2026 who has not graduated";
  const std::string path = "/api/v1/people/" + std::to_string(student);
  const auto etag = own.get(path, token).header("etag");
  const auto bad =
      own.send("PATCH", path, {{"graduated_in", "2025-2026"}}, token, {{"If-Match", etag}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(bad.json()["errors"][0]["field"], "graduated_in") << bad.body;
  EXPECT_EQ(figures().at(2025)["numerator"], all.at(2025)["numerator"]);
  const auto saved =
      own.send("PATCH", path, {{"graduated_in", "2025/2026"}}, token, {{"If-Match", etag}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["graduated_in"], "2025/2026");
  auto after = before;
  after.insert(student);
  EXPECT_EQ(expected_of(2025), after);
  EXPECT_EQ(figures().at(2025)["numerator"].get<double>(), static_cast<double>(after.size()));
}

// A registrar's list of graduates: every bad row reported with its line and field and nothing
// written; a dry run writes nothing; the real import sets each student's graduation year, in
// the audit log; the office alone imports.
TEST_F(IndicatorsTest, GraduationYearsImportFromCsvAllOrNothing) {
  TestServer own;
  const auto token = own.login("officer@westlake.edu.cn");
  const std::map<std::string, std::string> headers = {{"Authorization", "Bearer " + token},
                                                      {"Content-Type", "text/csv"}};
  const auto graduated_in = [&](const std::string& email) {
    const json page = own.get("/api/v1/people?q=" + email + "&limit=100", token).json();
    for (const auto& p : page["items"])
      if (p["email"] == email) return p["graduated_in"];
    ADD_FAILURE() << "no person " << email;
    return json();
  };
  const std::string bad_file =
      "email,graduated_in\n"
      "student@westlake.edu.cn,2025/2026\n"    // 2: good
      "nobody@westlake.edu.cn,2025/2026\n"     // 3: no such person
      "olivia.carter@example.edu,2025/2026\n"  // 4: a partner's student
      "jie.huang@westlake.edu.cn,2025/2026\n"  // 5: staff
      "yang.liu@westlake.edu.cn,2025-2026\n"   // 6: not an academic year
      "Student@Westlake.edu.cn,2024/2025\n"    // 7: the first row's student again
      ",2025/2026\n";                          // 8: no e-mail
  const auto bad =
      own.request("POST", "/api/v1/people/graduations/import?dry_run=false", bad_file, headers);
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::map<int, std::set<std::string>> fields;
  const json report = bad.json();
  for (const auto& e : report["errors"])
    fields[e["line"].get<int>()].insert(e["field"].get<std::string>());
  EXPECT_EQ(fields, (std::map<int, std::set<std::string>>{{3, {"email"}},
                                                          {4, {"email"}},
                                                          {5, {"email"}},
                                                          {6, {"graduated_in"}},
                                                          {7, {"email"}},
                                                          {8, {"email"}}}));
  EXPECT_TRUE(graduated_in("student@westlake.edu.cn").is_null()) << "nothing is written";

  const std::string good =
      "Email,Graduated_in\nstudent@westlake.edu.cn,2025/2026\n"
      "yang.liu@westlake.edu.cn, 2024/2025 \n";
  const auto dry = own.request("POST", "/api/v1/people/graduations/import", good, headers);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["rows"], 2);
  EXPECT_TRUE(graduated_in("student@westlake.edu.cn").is_null()) << "a dry run writes nothing";

  const auto real =
      own.request("POST", "/api/v1/people/graduations/import?dry_run=false", good, headers);
  ASSERT_EQ(real.status, 201) << real.body;
  EXPECT_EQ(graduated_in("student@westlake.edu.cn"), "2025/2026");
  EXPECT_EQ(graduated_in("yang.liu@westlake.edu.cn"), "2024/2025");
  // Each student changed is an entry of the audit log, with the year before and after.
  const auto admin = own.login("admin@westlake.edu.cn");
  const std::int64_t entries = own.get("/api/v1/audit/verify", admin).json()["entries"];
  const auto audit =
      own.get("/api/v1/audit?after=" + std::to_string(entries - 2), admin).json()["items"];
  ASSERT_EQ(audit.size(), 2u) << audit;
  EXPECT_EQ(audit[0]["action"], "person.update");
  EXPECT_TRUE(audit[0]["before"]["graduated_in"].is_null()) << audit[0];
  EXPECT_EQ(audit[0]["after"]["graduated_in"], "2025/2026") << audit[0];
  EXPECT_EQ(audit[1]["after"]["graduated_in"], "2024/2025") << audit[1];
  // Clearing: an empty year.
  ASSERT_EQ(own.request("POST", "/api/v1/people/graduations/import?dry_run=false",
                        "email,graduated_in\nyang.liu@westlake.edu.cn,\n", headers)
                .status,
            201);
  EXPECT_TRUE(graduated_in("yang.liu@westlake.edu.cn").is_null());

  for (const char* who : {"viewer@westlake.edu.cn", "coordinator@westlake.edu.cn",
                          "student@westlake.edu.cn", "partner@ox.ac.uk"})
    EXPECT_EQ(
        own.request("POST", "/api/v1/people/graduations/import", good,
                    {{"Authorization", "Bearer " + own.login(who)}, {"Content-Type", "text/csv"}})
            .status,
        403)
        << who;
  EXPECT_EQ(graduated_in("yang.liu@westlake.edu.cn"), json());
}

}  // namespace
}  // namespace orbis::testing
