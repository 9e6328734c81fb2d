// Exports through the API: every list answers `?format=csv|xlsx` with every row its filters
// select, the same rows the list gives page by page, headed in English or Chinese, with
// what a spreadsheet would run made inert, and only what the caller may see.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "harness.h"
#include "http/export/export.h"
#include "http/routing/endpoint.h"

namespace orbis::testing {
namespace {

using nlohmann::json;

// RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line ends.
std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  EXPECT_FALSE(quoted) << "an unterminated quoted field";
  EXPECT_TRUE(field.empty() && row.empty()) << "the last record has no CRLF";
  return rows;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The rows of a CSV export, its BOM checked and taken off.
std::vector<std::vector<std::string>> csv_rows(const Reply& reply) {
  EXPECT_EQ(reply.status, 200) << reply.body.substr(0, 400);
  EXPECT_EQ(reply.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(reply.body.starts_with(kBom));
  if (!reply.body.starts_with(kBom)) return {};
  return parse_csv(std::string_view(reply.body).substr(kBom.size()));
}

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
  const auto it = std::find(header.begin(), header.end(), name);
  EXPECT_NE(it, header.end()) << "no column " << name;
  return static_cast<std::size_t>(it - header.begin());
}

// The text of each row of the first sheet of a workbook, cell by cell, read by Python's
// zipfile and XML parser (an independent reader of the file Excel opens).
std::vector<std::vector<std::string>> xlsx_rows(const std::string& bytes, int sheet = 1) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto path = dir / ("orbis-export-test-" + std::to_string(::getpid()) + ".xlsx");
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  const std::string script =
      "import sys, zipfile, xml.etree.ElementTree as ET\n"
      "ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "shared = []\n"
      "if 'xl/sharedStrings.xml' in z.namelist():\n"
      "    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):\n"
      "        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))\n"
      "sheet = ET.fromstring(z.read('xl/worksheets/sheet%s.xml' % sys.argv[2]))\n"
      "for row in sheet.find('m:sheetData', ns).findall('m:row', ns):\n"
      "    cells = []\n"
      "    for c in row.findall('m:c', ns):\n"
      "        letters = ''.join(ch for ch in c.get('r') if ch.isalpha())\n"
      "        index = 0\n"
      "        for ch in letters:\n"
      "            index = index * 26 + ord(ch) - 64\n"
      "        while len(cells) < index - 1:\n"
      "            cells.append('')\n"
      "        t = c.get('t')\n"
      "        if t == 'inlineStr':\n"
      "            v = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))\n"
      "        elif t == 's':\n"
      "            v = shared[int(c.find('m:v', ns).text)]\n"
      "        else:\n"
      "            e = c.find('m:v', ns)\n"
      "            v = e.text if e is not None else ''\n"
      "        cells.append((t or 'n') + ':' + v.replace('\\t', ' ').replace('\\n', ' '))\n"
      "    print('\\t'.join(cells))\n";
  const auto script_path = dir / ("orbis-export-test-" + std::to_string(::getpid()) + ".py");
  {
    std::ofstream out(script_path);
    out << script;
  }
  const std::string command =
      "python3 '" + script_path.string() + "' '" + path.string() + "' " + std::to_string(sheet);
  std::FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  if (pipe) {
    char buffer[4096];
    while (const auto n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    EXPECT_EQ(::pclose(pipe), 0) << "the workbook did not open: " << output;
  }
  std::filesystem::remove(path);
  std::filesystem::remove(script_path);
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> cells;
    std::istringstream parts(line);
    for (std::string cell; std::getline(parts, cell, '\t');) cells.push_back(cell);
    rows.push_back(std::move(cells));
  }
  return rows;
}

class ExportsTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");
};

TEST_F(ExportsTest, EveryListExportsAndEveryColumnHasAHeadingInBothLanguages) {
  std::size_t lists = 0;
  for (const auto& route : server.router().routes()) {
    if (!route.doc || !route.doc->list) continue;
    ++lists;
    EXPECT_TRUE(route.doc->exports) << route.pattern;
    http::json::Schemas schemas;
    const json page = route.doc->response_schema(schemas);
    const auto columns =
        http::exports::columns_of(page["properties"]["items"]["items"], schemas.components());
    EXPECT_FALSE(columns.empty()) << route.pattern;
    for (const auto& c : columns) {
      for (const auto& part : c.path)
        EXPECT_TRUE(http::exports::has_label(part))
            << route.pattern << ": column " << c.key() << " has no heading for " << part;
    }
  }
  EXPECT_GT(lists, 10u);
}

// Each list an officer reads without a path parameter: its export has as many rows as the
// list has items, in both formats, or the list's own refusal when the list refuses.
TEST_F(ExportsTest, EachListsExportHasTheListsRows) {
  const std::string admin = server.login("admin@westlake.edu.cn");
  std::size_t compared = 0;
  for (const auto& route : server.router().routes()) {
    if (!route.doc || !route.doc->exports || route.pattern.find('{') != std::string::npos) continue;
    const bool officer_may =
        route.is_public ||
        std::ranges::find(route.roles, domain::Role::officer) != route.roles.end();
    const std::string& token = officer_may ? officer : admin;
    // The registry's whole list is the large seed's benchmark (bench/api_bench), not a test's.
    const std::string list =
        route.pattern + (route.pattern == "/api/v1/institutions" ? "?country=NZ&" : "?");
    const auto first = server.get(list, token);
    const auto csv = server.get(list + "format=csv", token);
    if (first.status != 200) {
      EXPECT_EQ(csv.status, first.status) << route.pattern;
      continue;
    }
    const auto listed = follow_pages(server, list, token, 100);
    const auto rows = csv_rows(csv);
    EXPECT_EQ(rows.size(), listed.in_order.size() + 1) << route.pattern;
    const auto sheet = xlsx_rows(server.get(list + "format=xlsx", token).body);
    EXPECT_EQ(sheet.size(), listed.in_order.size() + 1) << route.pattern;
    ++compared;
  }
  EXPECT_GT(compared, 10u);
}

TEST_F(ExportsTest, TheCsvHoldsEveryRowTheListSelectsInItsOrder) {
  const std::string list = "/api/v1/institutions?country=GB";
  const auto listed = follow_pages(server, list, officer, 100);
  ASSERT_GT(listed.in_order.size(), 100u) << "more rows than one page, to follow the cursor";

  const auto reply = server.get(list + "&format=csv&limit=5&cursor=ignored", officer);
  EXPECT_EQ(reply.header("transfer-encoding"), "chunked");
  EXPECT_EQ(reply.header("content-disposition"),
            "attachment; filename=\"institutions.csv\"; filename*=UTF-8''institutions.csv");
  const auto rows = csv_rows(reply);
  ASSERT_EQ(rows.size(), listed.in_order.size() + 1);
  const auto& header = rows.front();
  const auto id = column(header, "ID");
  const auto name = column(header, "Name");
  const auto country = column(header, "Country");
  for (std::size_t i = 0; i < listed.in_order.size(); ++i) {
    const auto& item = listed.in_order[i];
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), header.size());
    EXPECT_EQ(row[id], std::to_string(item["id"].get<std::int64_t>()));
    EXPECT_EQ(row[name], item["name"].get<std::string>());
    EXPECT_EQ(row[country], "GB");
  }
}

TEST_F(ExportsTest, TheWorkbookHoldsTheSameRowsAsTheList) {
  const std::string list = "/api/v1/institutions?country=NZ";
  const auto listed = follow_pages(server, list, officer, 100);
  ASSERT_FALSE(listed.in_order.empty());
  const auto reply = server.get(list + "&format=xlsx", officer);
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 400);
  EXPECT_EQ(reply.header("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(reply.header("content-disposition"),
            "attachment; filename=\"institutions.xlsx\"; filename*=UTF-8''institutions.xlsx");
  const auto rows = xlsx_rows(reply.body);
  ASSERT_EQ(rows.size(), listed.in_order.size() + 1);
  const auto id = column(rows.front(), "inlineStr:ID");
  const auto name = column(rows.front(), "inlineStr:Name");
  for (std::size_t i = 0; i < listed.in_order.size(); ++i) {
    EXPECT_EQ(rows[i + 1][id], "n:" + std::to_string(listed.in_order[i]["id"].get<int>()));
    EXPECT_EQ(rows[i + 1][name], "inlineStr:" + listed.in_order[i]["name"].get<std::string>());
  }
}

TEST_F(ExportsTest, HeadingsAreInTheLanguageAskedFor) {
  const std::string list = "/api/v1/institutions?country=IS";
  const auto english = csv_rows(server.get(list + "&format=csv", officer));
  const auto chinese = csv_rows(server.get(list + "&format=csv&lang=zh", officer));
  const auto preferred = csv_rows(server.request(
      "GET", list + "&format=csv", "",
      {{"Authorization", "Bearer " + officer}, {"Accept-Language", "en;q=0.5, zh-CN"}}));
  ASSERT_FALSE(english.empty());
  ASSERT_FALSE(chinese.empty());
  EXPECT_EQ(english.front()[0], "ID");
  EXPECT_EQ(chinese.front()[0], "编号");
  EXPECT_EQ(preferred.front(), chinese.front());
  EXPECT_EQ(std::vector(english.begin() + 1, english.end()),
            std::vector(chinese.begin() + 1, chinese.end()));
  const auto name = column(chinese.front(), "名称");
  EXPECT_EQ(english.front()[name], "Name");
}

TEST_F(ExportsTest, TextASpreadsheetWouldRunIsMadeInert) {
  const json in = {{"name", "=HYPERLINK(\"http://evil.example\",\"click\")"},
                   {"country", "tv"},
                   {"types", {"education"}}};
  const auto created = server.send("POST", "/api/v1/institutions", in, officer);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto rows = csv_rows(server.get("/api/v1/institutions?country=TV&format=csv", officer));
  const auto name = column(rows.front(), "Name");
  bool found = false;
  for (const auto& row : rows) {
    if (row[name].find("HYPERLINK") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(row[name], "'=HYPERLINK(\"http://evil.example\",\"click\")");
  }
  EXPECT_TRUE(found);
  const auto reply = server.get("/api/v1/institutions?country=TV&format=xlsx", officer);
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body.find("<f>"), std::string::npos);  // no formula anywhere in the file
  bool as_text = false;
  for (const auto& row : xlsx_rows(reply.body))
    for (const auto& cell : row)
      as_text = as_text || cell == "inlineStr:" + in["name"].get<std::string>();
  EXPECT_TRUE(as_text) << "a workbook keeps the text as text, which Excel does not run";
}

TEST_F(ExportsTest, APartnerExportsOnlyWhatItsListShowsIt) {
  const std::string partner = server.login("partner@ox.ac.uk");
  const auto listed = follow_pages(server, "/api/v1/mobilities", partner, 100);
  const auto everyone = follow_pages(server, "/api/v1/mobilities", officer, 100);
  ASSERT_FALSE(listed.in_order.empty());
  ASSERT_LT(listed.in_order.size(), everyone.in_order.size());
  const auto rows = csv_rows(server.get("/api/v1/mobilities?format=csv", partner));
  ASSERT_EQ(rows.size(), listed.in_order.size() + 1);
  const auto id = column(rows.front(), "ID");
  std::set<std::string> exported, shown;
  for (std::size_t i = 1; i < rows.size(); ++i) exported.insert(rows[i][id]);
  for (const auto& item : listed.in_order) shown.insert(std::to_string(item["id"].get<int>()));
  EXPECT_EQ(exported, shown);
  // What the list leaves out of an item for a partner, its export leaves out too.
  for (const auto& item : listed.in_order) {
    for (const auto& [key, value] : everyone.items.at(item["id"].get<int>()).items()) {
      if (item.contains(key)) continue;
      for (const auto& heading : rows.front())
        EXPECT_FALSE(heading.starts_with(key)) << "the export has " << heading;
    }
  }
}

TEST_F(ExportsTest, ABadFormatLanguageOrFilterIsAProblemNotAFile) {
  const auto format = server.get("/api/v1/institutions?format=pdf", officer);
  EXPECT_EQ(format.status, 422);
  EXPECT_EQ(format.json()["errors"][0]["field"], "format");
  const auto lang = server.get("/api/v1/institutions?format=csv&lang=fr", officer);
  EXPECT_EQ(lang.status, 422);
  EXPECT_EQ(lang.json()["errors"][0]["field"], "lang");
  const auto filter = server.get("/api/v1/institutions?format=csv&country=Atlantis", officer);
  EXPECT_EQ(filter.status, 422) << filter.body.substr(0, 200);
  EXPECT_EQ(filter.header("content-type"), "application/problem+json");
  // Without format, the list itself.
  EXPECT_EQ(server.get("/api/v1/institutions?lang=zh&country=IS", officer).header("content-type"),
            "application/json");
  // Signed out, an export is refused like the list.
  EXPECT_EQ(server.get("/api/v1/users?format=csv", "").status, 401);
  EXPECT_EQ(server.get("/api/v1/users?format=csv", server.login("student@westlake.edu.cn")).status,
            403);
}

TEST_F(ExportsTest, AnEmptySelectionIsAHeaderAlone) {
  const auto rows =
      csv_rows(server.get("/api/v1/institutions?q=zzzzqqqxxnotaname&format=csv", officer));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows.front()[0], "ID");
  const auto sheet =
      xlsx_rows(server.get("/api/v1/institutions?q=zzzzqqqxxnotaname&format=xlsx", officer).body);
  EXPECT_EQ(sheet.size(), 1u);
}

// The indicator workbook: a sheet of every value as the dashboard gives it, then one per
// indicator whose records are as many as its numerators.
TEST_F(ExportsTest, TheIndicatorWorkbookHoldsTheDashboardAndThePeopleBehindEachNumber) {
  const auto dashboard = server.get("/api/v1/indicators?from=2023&to=2025", officer);
  ASSERT_EQ(dashboard.status, 200);
  const json items = dashboard.json()["items"];
  const auto reply = server.get("/api/v1/indicators/report?from=2023&to=2025", officer);
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
  EXPECT_EQ(reply.header("content-type"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_NE(reply.header("content-disposition").find("indicators-2023-2025.xlsx"),
            std::string::npos);
  const auto summary = xlsx_rows(reply.body, 1);
  ASSERT_EQ(summary.size(), items.size() + 1);
  EXPECT_EQ(summary[0][0], "inlineStr:Indicator");
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(summary[i + 1][0], "inlineStr:" + items[i]["name"].get<std::string>());
    EXPECT_EQ(summary[i + 1][1], "inlineStr:" + items[i]["academic_year"].get<std::string>());
    if (items[i]["value"].is_number()) {
      EXPECT_DOUBLE_EQ(std::stod(summary[i + 1][2].substr(2)), items[i]["value"].get<double>());
    } else {
      EXPECT_EQ(summary[i + 1][2], "") << "no value, an empty cell";
    }
  }
  // The sheets follow the indicators' order, after the summary.
  std::vector<std::string> order;
  for (const auto& i : items) {
    const auto id = i["id"].get<std::string>();
    if (order.empty() || order.back() != id) order.push_back(id);
  }
  const auto at = std::find(order.begin(), order.end(), "outbound_students") - order.begin();
  const auto sheet = xlsx_rows(reply.body, static_cast<int>(at) + 2);
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(sheet[0][1], "inlineStr:Students going abroad");
  std::map<std::string, int> records_per_year, numerators;
  bool in_records = false;
  for (const auto& row : sheet) {
    if (!row.empty() && row[0] == "inlineStr:Person · ID") {
      in_records = true;
      continue;
    }
    if (in_records) ++records_per_year[row.at(3)];  // the academic year's column
  }
  for (const auto& i : items)
    if (i["id"] == "outbound_students")
      numerators["inlineStr:" + i["academic_year"].get<std::string>()] = i["numerator"].get<int>();
  std::erase_if(numerators, [](const auto& n) { return n.second == 0; });
  EXPECT_FALSE(numerators.empty());
  EXPECT_EQ(records_per_year, numerators);

  // Then the Quality Certification's tables, a sheet each, every year's rows and its total
  // as the tables' own list gives them.
  const json certification =
      server.get("/api/v1/indicators/certification?from=2023&to=2025", officer).json()["items"];
  ASSERT_EQ(certification.size(), 3u);
  const int first_table = static_cast<int>(order.size()) + 2;
  const char* tables[] = {"levels", "nationalities", "languages"};
  for (int t = 0; t < 3; ++t) {
    SCOPED_TRACE(tables[t]);
    const auto rows = xlsx_rows(reply.body, first_table + t);
    ASSERT_GT(rows.size(), 2u);
    EXPECT_NE(rows[0][0].find("International degree students are not yet recorded"),
              std::string::npos);
    // A blank row has no cells, so the reader skips it: the headings follow the note.
    ASSERT_EQ(rows[1][0], "inlineStr:Academic year");
    std::vector<std::vector<std::string>> expected;
    for (const auto& y : certification) {
      const std::string year = "inlineStr:" + y["academic_year"].get<std::string>();
      for (const auto& row : y[tables[t]])
        expected.push_back(
            {year, row["key"].is_null() ? "" : "inlineStr:" + row["key"].get<std::string>(),
             "n:" + std::to_string(row["students"].get<int>())});
      expected.push_back(
          {year, "inlineStr:Total", "n:" + std::to_string(y["students"].get<int>())});
    }
    std::vector<std::vector<std::string>> written;
    for (std::size_t r = 2; r < rows.size(); ++r)
      written.push_back({rows[r].at(0), rows[r].at(1), rows[r].at(3)});
    EXPECT_EQ(written, expected);
  }
  const auto scholarships = xlsx_rows(reply.body, first_table + 3);
  int holder_rows = 0;
  for (const auto& row : scholarships)
    if (row.size() > 4 && row[1] == "inlineStr:Scholarship holders") {
      EXPECT_EQ(row[4], "n:" + std::to_string(
                                   certification[holder_rows]["scholarship_holders"].get<int>()));
      ++holder_rows;
    }
  EXPECT_EQ(holder_rows, 3);

  // In Chinese, and refused to a student like the dashboard.
  const auto chinese =
      xlsx_rows(server.get("/api/v1/indicators/report?from=2025&to=2025&lang=zh", officer).body, 1);
  ASSERT_FALSE(chinese.empty());
  EXPECT_EQ(chinese[0][0], "inlineStr:指标");
  EXPECT_EQ(server.get("/api/v1/indicators/report", server.login("student@westlake.edu.cn")).status,
            403);
}

}  // namespace
}  // namespace orbis::testing
