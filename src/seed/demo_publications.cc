// The demo's co-publication extract (seed/demo.h): six years of the home institution's works
// as an OpenAlex works extract (JSON Lines, the documented format: authorships with their
// institutions' ROR ids and country codes), imported as an office imports one. The numbers
// grow as a young university's do; a few partners abroad publish with it every year and are
// sustained partners, others now and then; universities at home, and a laboratory the source
// cannot identify (no ROR id), co-author too. Years count back from the clock's year.
#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "seed/demo.h"
#include "service/research/publications.h"

namespace orbis::seed {
namespace {

struct DemoCoauthor {
  const char* ror;  // empty: the source identifies no institution
  const char* name;
  const char* country;
  // Works a year, as a mean: 4 is about four a year, 0.3 one every three years.
  double per_year;
};

// Real institutions by their ROR ids in the shipped registry; the works are invented.
constexpr DemoCoauthor kDemoCoauthors[] = {
    {"052gg0110", "University of Oxford", "GB", 4.0},
    {"042nb2s44", "Massachusetts Institute of Technology", "US", 3.0},
    {"01an7q238", "University of California, Berkeley", "US", 2.0},
    {"05a28rw58", "ETH Zurich", "CH", 1.5},
    {"01tgyzw49", "National University of Singapore", "SG", 1.0},
    {"013meh722", "University of Cambridge", "GB", 0.8},
    {"057zh3y96", "The University of Tokyo", "JP", 0.5},
    {"05bnh6r87", "Cornell University", "US", 0.4},
    {"02kkvpp62", "Technical University of Munich", "DE", 0.3},
    {"03dbr7087", "University of Toronto", "CA", 0.2},
    {"00a2xv884", "Zhejiang University", "CN", 6.0},
    {"03cve4549", "Tsinghua University", "CN", 3.0},
    {"", "Institute for Applied Robotics", "DE", 0.5},
};

constexpr const char* kWestlakeRor = "05hfa4n20";
constexpr const char* kWorkTopics[] = {"protein structure prediction",
                                       "soft robotic grippers",
                                       "perovskite solar cells",
                                       "single-cell sequencing",
                                       "urban heat islands",
                                       "graph neural networks",
                                       "cryo-electron microscopy",
                                       "quantum dots",
                                       "gut microbiota",
                                       "lithium metal anodes",
                                       "neural circuit mapping",
                                       "coastal wetlands",
                                       "catalytic hydrogenation",
                                       "organoid models",
                                       "metasurface optics",
                                       "federated learning"};
constexpr const char* kWorkKinds[] = {"Advances in", "A study of", "New methods for",
                                      "Mechanisms of", "Towards scalable"};

nlohmann::json openalex_institution(const char* ror, const char* name, const char* country) {
  return {{"id", nullptr},
          {"display_name", name},
          {"ror", *ror ? nlohmann::json(fmt::format("https://ror.org/{}", ror)) : nullptr},
          {"country_code", country},
          {"type", "education"}};
}

nlohmann::json openalex_authorship(int author, const nlohmann::json& at, const char* position) {
  return {{"author_position", position},
          {"author",
           {{"id", fmt::format("https://openalex.org/A59{:07d}", author)},
            {"display_name", fmt::format("Author {}", author)},
            {"orcid", nullptr}}},
          {"institutions", nlohmann::json::array({at})},
          {"countries", nlohmann::json::array({at["country_code"]})}};
}

}  // namespace

std::string demo_publication_extract(int this_year) {
  std::mt19937 random(20'230'901);  // seeded: the same extract every time
  std::string out;
  int work = 0;
  int author = 0;
  for (int year = this_year - 5; year <= this_year; ++year) {
    const int age = year - (this_year - 5);
    // 40 works in the first year, some 90 in the sixth; the current year is not over.
    int works = 40 + 10 * age;
    if (year == this_year) works = works * 9 / 10;
    std::vector<std::vector<const DemoCoauthor*>> partners(static_cast<std::size_t>(works));
    for (const auto& c : kDemoCoauthors) {
      std::poisson_distribution<int> count(c.per_year * (0.6 + 0.1 * age));
      for (int n = count(random); n > 0; --n)
        partners[std::uniform_int_distribution<std::size_t>(0, partners.size() - 1)(random)]
            .push_back(&c);
    }
    for (int w = 0; w < works; ++w) {
      ++work;
      const char* topic = kWorkTopics[random() % std::size(kWorkTopics)];
      const char* kind = kWorkKinds[random() % std::size(kWorkKinds)];
      const std::string title = fmt::format("{} {}", kind, topic);
      nlohmann::json authors = nlohmann::json::array();
      const auto home = openalex_institution(kWestlakeRor, "Westlake University", "CN");
      authors.push_back(openalex_authorship(++author, home, "first"));
      for (const auto* c : partners[static_cast<std::size_t>(w)])
        authors.push_back(openalex_authorship(
            ++author, openalex_institution(c->ror, c->name, c->country), "middle"));
      authors.push_back(openalex_authorship(++author, home, "last"));
      const nlohmann::json line = {
          {"id", fmt::format("https://openalex.org/W49{:08d}", work)},
          {"doi", fmt::format("https://doi.org/10.5555/orbis-demo.{}.{}", year, w + 1)},
          {"title", title},
          {"display_name", title},
          {"publication_year", year},
          {"type", "article"},
          {"authorships", authors}};
      out += line.dump();
      out += '\n';
    }
  }
  return out;
}

Result<std::size_t> create_demo_publications(store::Store& store, const Clock& clock,
                                             const domain::Actor& officer) {
  const int this_year = std::stoi(format_iso8601(clock.now()).substr(0, 4));
  service::Publications publications(store, clock);
  auto imported = publications.import_openalex(officer, demo_publication_extract(this_year), false);
  if (!imported) return fail(imported.error());
  if (!imported->errors.empty())
    return fail(Error::internal(fmt::format("the demo's extract has a bad line {}: {}",
                                            imported->errors.front().line,
                                            imported->errors.front().message)));
  return imported->added;
}

}  // namespace orbis::seed
