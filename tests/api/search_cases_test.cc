// Data-driven search cases over the full registry: tests/cases/search/queries.json.
#include <gtest/gtest.h>

#include <fstream>

#include "harness.h"

namespace orbis::testing {
namespace {

std::string url_encode(const std::string& s) {
  std::string out;
  for (const unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

TEST(SearchCases, FindWhatAnOfficeWouldType) {
  auto& server = shared_server();
  const auto token = server.login("viewer@westlake.edu.cn");
  std::ifstream in(source_dir() / "tests/cases/search/queries.json");
  ASSERT_TRUE(in) << "missing tests/cases/search/queries.json";
  const auto cases = nlohmann::json::parse(in)["cases"];
  ASSERT_GT(cases.size(), 20u);
  for (const auto& c : cases) {
    std::string target = "/api/v1/institutions?limit=10&q=" + url_encode(c["q"]);
    if (c.contains("country")) target += "&country=" + c["country"].get<std::string>();
    if (c.contains("type")) target += "&type=" + c["type"].get<std::string>();
    const auto reply = server.get(target, token);
    ASSERT_EQ(reply.status, 200) << reply.body;
    const auto items = reply.json()["items"];
    const std::string want = "https://ror.org/" + c["first"].get<std::string>();
    const std::size_t within = c.value("within", 1);
    std::size_t rank = 0;
    while (rank < items.size() && items[rank]["ror_id"] != want) ++rank;
    EXPECT_LT(rank, within) << "query '" << c["q"].get<std::string>() << "' ("
                            << c["why"].get<std::string>() << "): wanted " << want
                            << " in the first " << within << ", got "
                            << (items.empty() ? "nothing" : items[0]["name"].get<std::string>())
                            << " first";
  }
}

TEST(SearchCases, SameQuerySameOrder) {
  auto& server = shared_server();
  const auto token = server.login("viewer@westlake.edu.cn");
  const auto a = server.get("/api/v1/institutions?q=university&limit=50", token).body;
  const auto b = server.get("/api/v1/institutions?q=university&limit=50", token).body;
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace orbis::testing
