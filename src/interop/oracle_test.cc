// Checks the native iia-hash against the official stylesheet itself, run by Saxon-HE
// through ../shared/ewp/iia-hash beside the repository (or $ORBIS_EWP_IIA_HASH). Skipped,
// saying so, when the oracle or Java is absent (scripts/test installs Java and Saxon, and
// fails a CI run with any skipped test); tests/cases/ewp/iia-hashes.csv keeps its answers
// for the Java-free tests.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "interop/iia_hash.h"
#include "interop/iia_xml.h"
#include "interop/schema_validation.h"
#include "interop/test_files.h"

namespace orbis::interop {
namespace {

std::filesystem::path oracle_script() {
  const char* configured = std::getenv("ORBIS_EWP_IIA_HASH");
  if (configured != nullptr) return configured;
  return testing::source_dir().parent_path() / "shared" / "ewp" / "iia-hash";
}

bool oracle_available() {
  std::error_code ec;
  return std::filesystem::exists(oracle_script(), ec) &&
         std::filesystem::exists("/usr/share/java/Saxon-HE.jar", ec) &&
         std::system("command -v java >/dev/null 2>&1") == 0;
}

// The oracle's hashes for a document, one per iia.
std::vector<std::string> oracle_hashes(const std::string& xml) {
  const auto file = std::filesystem::temp_directory_path() /
                    ("orbis-interop-oracle-" + std::to_string(getpid()) + ".xml");
  std::ofstream(file, std::ios::binary) << xml;
  std::vector<std::string> hashes;
  const std::string command = "'" + oracle_script().string() + "' '" + file.string() + "' 2>&1";
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
      std::string hash(line);
      while (!hash.empty() && (hash.back() == '\n' || hash.back() == '\r')) hash.pop_back();
      hashes.push_back(hash);
    }
    pclose(pipe);
  }
  std::filesystem::remove(file);
  return hashes;
}

#define REQUIRE_ORACLE()                                                   \
  if (!oracle_available())                                                 \
  GTEST_SKIP() << "the EWP iia-hash oracle is absent: " << oracle_script() \
               << " with Java and /usr/share/java/Saxon-HE.jar (Debian libsaxonhe-java)"

TEST(Oracle, CaseFilesAndTheirExports) {
  REQUIRE_ORACLE();
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::ewp_cases() / "iias"))
    files.push_back(entry.path());
  files.push_back(testing::ewp_cases() / "official" / "iias-v7-hash-example.xml");
  files.push_back(testing::ewp_cases() / "hash-only" / "serialisation-escapes.xml");
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const std::string xml = testing::read_file(file);
    auto native = iia_hashes_of_xml(xml);
    ASSERT_TRUE(native) << native.error().message;
    EXPECT_EQ(*native, oracle_hashes(xml));
    if (file.parent_path().filename() == "hash-only") continue;
    auto iias = parse_get_response(xml);
    ASSERT_TRUE(iias) << iias.error().message;
    auto exported = to_get_response_xml(*iias);
    ASSERT_TRUE(exported) << exported.error().message;
    auto reparsed = parse_get_response(*exported);
    ASSERT_TRUE(reparsed);
    std::vector<std::string> embedded;
    for (const Iia& iia : *reparsed) embedded.push_back(iia.iia_hash);
    EXPECT_EQ(embedded, oracle_hashes(*exported));
  }
}

// Agreements drawn by a seeded generator over every condition kind, optional elements
// present and absent, non-ASCII text and XML special characters.
std::vector<Iia> generated_agreements(int count) {
  std::mt19937 random(20251123);
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::vector<std::string> heis = {"westlake.edu.cn", "zju.edu.cn", "tum.de",
                                         "unibo.it",        "uw.edu.pl",  "nus.edu.sg"};
  const std::vector<std::string> texts = {"Études supérieures",      "交换生须修满 30 学分",
                                          "A & B <C> \"D\" 'E'",     "Ærø — Ñandú",
                                          "line one\nline two\ttab", "Straße über Köln"};
  const std::vector<std::string> languages = {"en", "zh", "de", "fr", "it", "pl"};
  std::vector<Iia> iias;
  for (int n = 0; n < count; ++n) {
    Iia iia;
    const std::string home = heis[0];
    const std::string partner = heis[1 + pick(5)];
    iia.partners[0] = {.hei_id = home, .iia_id = "wl-gen-" + std::to_string(n)};
    iia.partners[1] = {.hei_id = partner};
    if (pick(2)) iia.partners[1].iia_id = "P-" + std::to_string(1000 + n);
    if (pick(2)) iia.partners[0].iia_code = texts[pick(6)];
    if (pick(3) == 0)
      iia.partners[1].signing_contact = Contact{.contact_names = {{texts[pick(6)], std::nullopt}}};
    iia.in_effect = pick(2);
    if (pick(3) == 0) iia.pdf_file = "pdf-" + std::to_string(n);
    const auto fill = [&](MobilitySpec& spec, bool language_required) {
      const bool outgoing = pick(2);
      spec.sending_hei_id = outgoing ? home : partner;
      spec.receiving_hei_id = outgoing ? partner : home;
      if (pick(2)) spec.sending_ounit_id = "ou-" + std::to_string(pick(9));
      if (pick(4) == 0) spec.receiving_contacts = {Contact{.contact_names = {{"Desk", "en"}}}};
      const int first = 2024 + pick(3);
      spec.receiving_first_academic_year_id =
          std::to_string(first) + "/" + std::to_string(first + 1);
      const int last = first + pick(4);
      spec.receiving_last_academic_year_id = std::to_string(last) + "/" + std::to_string(last + 1);
      spec.mobilities_per_year = 1 + pick(12);
      for (int k = language_required ? 1 + pick(2) : pick(2); k > 0; --k) {
        LanguageSkill skill{.language = languages[pick(6)]};
        if (pick(2))
          skill.cefr_level = std::string(1, "ABC"[pick(3)]) + std::to_string(1 + pick(2));
        if (pick(4) == 0)
          skill.subject_area = SubjectArea{.isced_f_code = "0" + std::to_string(100 + pick(900))};
        spec.recommended_language_skills.push_back(skill);
      }
      for (int k = pick(3); k > 0; --k) {
        SubjectArea area{.isced_f_code = std::to_string(1000 + pick(9000))};
        if (pick(2)) area.isced_clarification = texts[pick(6)];
        spec.subject_areas.push_back(area);
      }
      if (pick(2)) spec.other_info_terms = texts[pick(6)];
    };
    for (int k = pick(3); k >= 0; --k) {
      StudentMobilitySpec spec;
      fill(spec, true);
      if (pick(2))
        spec.total_months_per_year = std::to_string(1 + pick(30)) + (pick(2) ? ".5" : "");
      spec.blended = pick(2);
      for (int level = 6; level <= 8; ++level) {
        if (pick(2)) spec.eqf_levels.push_back(level);
      }
      iia.cooperation_conditions.student_studies.push_back(spec);
    }
    for (int k = pick(2); k > 0; --k) {
      StudentMobilitySpec spec;
      fill(spec, false);
      iia.cooperation_conditions.student_traineeship.push_back(spec);
    }
    for (int k = pick(2); k > 0; --k) {
      StaffMobilitySpec spec;
      fill(spec, true);
      if (pick(2)) spec.total_days_per_year = std::to_string(1 + pick(20)) + ".25";
      iia.cooperation_conditions.staff_teacher.push_back(spec);
    }
    for (int k = pick(2); k > 0; --k) {
      StaffMobilitySpec spec;
      fill(spec, false);
      iia.cooperation_conditions.staff_training.push_back(spec);
    }
    if (pick(3) == 0) iia.cooperation_conditions.terminated_as_a_whole = false;
    iias.push_back(iia);
  }
  return iias;
}

TEST(Oracle, GeneratedAgreements) {
  REQUIRE_ORACLE();
  const std::vector<Iia> iias = generated_agreements(30);
  std::size_t kinds[4] = {0, 0, 0, 0};
  for (const Iia& iia : iias) {
    kinds[0] += iia.cooperation_conditions.student_studies.size();
    kinds[1] += iia.cooperation_conditions.student_traineeship.size();
    kinds[2] += iia.cooperation_conditions.staff_teacher.size();
    kinds[3] += iia.cooperation_conditions.staff_training.size();
  }
  for (std::size_t count : kinds)
    EXPECT_GT(count, 0u) << "the generator must cover every condition kind";
  auto xml = to_get_response_xml(iias);
  ASSERT_TRUE(xml) << xml.error().message;
  auto valid = validate(*xml, testing::schema_root(), testing::kIiasSchema);
  ASSERT_TRUE(valid) << valid.error().message;
  const std::vector<std::string> oracle = oracle_hashes(*xml);
  ASSERT_EQ(oracle.size(), iias.size());
  auto reparsed = parse_get_response(*xml);
  ASSERT_TRUE(reparsed);
  for (std::size_t i = 0; i < iias.size(); ++i) {
    SCOPED_TRACE("agreement " + std::to_string(i));
    EXPECT_EQ((*reparsed)[i].iia_hash, oracle[i]);
    auto hash = iia_hash(iias[i]);
    ASSERT_TRUE(hash);
    EXPECT_EQ(*hash, oracle[i]);
  }
}

}  // namespace
}  // namespace orbis::interop
