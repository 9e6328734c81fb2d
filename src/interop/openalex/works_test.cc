// OpenAlex works read from JSON Lines: the hand-made extract of tests/cases/openalex (its
// README works out what it holds), and every kind of bad line.
#include "interop/openalex/works.h"

#include <gtest/gtest.h>

#include "interop/test_files.h"

namespace orbis::interop::openalex {
namespace {

using testing::read_file;
using testing::source_dir;

TEST(OpenAlexWorks, TheExtractGivesEachWorkWithItsInstitutionsOnce) {
  const auto read = read_works(read_file(source_dir() / "tests/cases/openalex/works.jsonl"));
  EXPECT_TRUE(read.errors.empty());
  ASSERT_EQ(read.works.size(), 9u);
  EXPECT_EQ(read.lines, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
  const auto& first = read.works[0];
  EXPECT_EQ(first.source_id, "W900000001");
  EXPECT_EQ(first.doi, "10.5555/orbis.1");
  EXPECT_EQ(first.title, "Protein folding at two universities");
  EXPECT_EQ(first.year, 2022);
  EXPECT_EQ(first.type, "article");
  ASSERT_EQ(first.affiliations.size(), 3u);
  EXPECT_EQ(first.affiliations[0].ror, "05hfa4n20");
  EXPECT_EQ(first.affiliations[0].name, "Westlake University");
  EXPECT_EQ(first.affiliations[0].country, "CN");
  EXPECT_EQ(first.affiliations[1].ror, "052gg0110");
  EXPECT_EQ(first.affiliations[1].country, "GB");
  // Westlake twice (two authors) is one institution.
  EXPECT_EQ(read.works[1].affiliations.size(), 1u);
  // Two institutions of one author, and a third of another's.
  EXPECT_EQ(read.works[2].affiliations.size(), 3u);
  // A lab without a ROR id is kept by its name and country; a work without a DOI has none.
  const auto& lab = read.works[4];
  EXPECT_EQ(lab.doi, "");
  ASSERT_EQ(lab.affiliations.size(), 3u);
  EXPECT_EQ(lab.affiliations[2].ror, "");
  EXPECT_EQ(lab.affiliations[2].name, "Independent Robotics Lab");
  EXPECT_EQ(lab.affiliations[2].country, "US");
}

TEST(OpenAlexWorks, EveryBadLineIsReportedAndTheOthersAreRead) {
  const std::string text =
      "{\"id\":\"W1\",\"publication_year\":2024,\"display_name\":\"Titled by its display name\","
      "\"authorships\":[{\"institutions\":[{\"ror\":\"https://ror.org/05hfa4n20\","
      "\"country_code\":\"cn\"}]}]}\r\n"
      "\n"
      "not json\n"
      "[1, 2]\n"
      "{\"id\":\"W2\"}\n"
      "{\"id\":\"W3\",\"publication_year\":1800}\n"
      "{\"id\":\"https://openalex.org/A5\",\"publication_year\":2024}\n"
      "{\"id\":\"W6\",\"publication_year\":2024,\"authorships\":\"everyone\"}\n"
      "{\"id\":\"W7\",\"publication_year\":\"2024\"}\n"
      "{\"id\":\"W8\",\"publication_year\":2025,\"authorships\":null}";
  const auto read = read_works(text);
  ASSERT_EQ(read.works.size(), 2u);
  EXPECT_EQ(read.works[0].source_id, "W1");
  EXPECT_EQ(read.works[0].title, "Titled by its display name");
  ASSERT_EQ(read.works[0].affiliations.size(), 1u);
  EXPECT_EQ(read.works[0].affiliations[0].country, "CN");
  EXPECT_EQ(read.works[1].source_id, "W8");
  EXPECT_TRUE(read.works[1].affiliations.empty());
  EXPECT_EQ(read.lines, (std::vector<int>{1, 10}));
  std::vector<std::pair<int, std::string>> errors;
  for (const auto& e : read.errors) errors.emplace_back(e.line, e.field);
  EXPECT_EQ(errors, (std::vector<std::pair<int, std::string>>{{3, ""},
                                                              {4, ""},
                                                              {5, "publication_year"},
                                                              {6, "publication_year"},
                                                              {7, "id"},
                                                              {8, "authorships"},
                                                              {9, "publication_year"}}));
  for (const auto& e : read.errors) EXPECT_FALSE(e.message.empty());
}

TEST(OpenAlexWorks, AnEmptyFileHasNoWorks) {
  const auto read = read_works("");
  EXPECT_TRUE(read.works.empty());
  EXPECT_TRUE(read.errors.empty());
}

}  // namespace
}  // namespace orbis::interop::openalex
