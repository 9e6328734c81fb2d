// The storage codec (store/sql/codecs.h): every list comes back as it went in, whatever its
// text; the stored form says its version; the forms before migration 17 are read as their
// readers read them; text in no known form is refused, not guessed at.
#include "store/sql/codecs.h"

#include <gtest/gtest.h>

namespace orbis::store::internal::codec {
namespace {

template <typename T>
auto round_trip(const std::vector<T>& values) {
  if constexpr (std::is_same_v<T, std::string>) {
    return decode_texts(encode_texts(values));
  } else {
    return decode_numbers(encode_numbers(values));
  }
}

TEST(StorageCodec, TextsComeBackWhateverTheirCharacters) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {""},
      {"", ""},
      {"europe", "priority"},
      {"a;b", "c|d", "3:xyz", "1|", "[\"json\"]", "12:", ":"},
      {"杭州 西湖", "naïve", std::string("nul\0byte", 8), "line\nbreak"},
      {std::string(1000, 'x')},
  };
  for (const auto& texts : cases) EXPECT_EQ(round_trip(texts), texts);
}

TEST(StorageCodec, NumbersComeBack) {
  for (const std::vector<int>& numbers :
       {std::vector<int>{}, {6}, {6, 7, 8}, {0, -1, 2147483647, -2147483647 - 1}}) {
    EXPECT_EQ(round_trip(numbers), numbers);
  }
}

TEST(StorageCodec, RecordsComeBackFieldByField) {
  const std::vector<domain::LanguageRequirement> requirements = {
      {"en", "B2"}, {"zh", ""}, {"", "C1"}, {"a:b;c", "1|"}};
  const auto requirements_back = decode_requirements(encode_requirements(requirements));
  ASSERT_EQ(requirements_back.size(), requirements.size());
  for (std::size_t i = 0; i < requirements.size(); ++i) {
    EXPECT_EQ(requirements_back[i].language, requirements[i].language);
    EXPECT_EQ(requirements_back[i].cefr, requirements[i].cefr);
  }
  const std::vector<domain::LanguageCertificate> certificates = {
      {"en", "C1", "IELTS 7.5", "2025-12-01"}, {"de", "A2", "", ""}, {"zh", "B1", "HSK 4;5", ""}};
  const auto certificates_back = decode_certificates(encode_certificates(certificates));
  ASSERT_EQ(certificates_back.size(), certificates.size());
  for (std::size_t i = 0; i < certificates.size(); ++i) {
    EXPECT_EQ(certificates_back[i].language, certificates[i].language);
    EXPECT_EQ(certificates_back[i].cefr, certificates[i].cefr);
    EXPECT_EQ(certificates_back[i].certificate, certificates[i].certificate);
    EXPECT_EQ(certificates_back[i].date, certificates[i].date);
  }
}

// The stored form is the documented one, with its version first, and not the API's JSON.
TEST(StorageCodec, TheStoredFormSaysItsVersion) {
  EXPECT_EQ(encode_texts({}), "1|");
  EXPECT_EQ(encode_texts({"europe", "", "a;b"}), "1|6:europe0:3:a;b");
  EXPECT_EQ(encode_numbers({6, 7}), "1|1:61:7");
  EXPECT_EQ(encode_requirements({{"en", "B2"}}), "1|8:2:en2:B2");
  EXPECT_EQ(encode_certificates({{"en", "C1", "IELTS", ""}}), "1|17:2:en2:C15:IELTS0:");
  EXPECT_EQ(encode_texts({"€"}), "1|3:€");  // lengths count bytes
}

TEST(StorageCodec, TextInNoKnownFormIsRefused) {
  for (const std::string_view bad :
       {"", "[]", "a;b", "1", "1|6:euro", "1|x:a", "1|-1:a", "1|:a", "1|3a", "0|", "1|2:a"}) {
    EXPECT_THROW(decode_texts(bad), CorruptValue) << bad;
  }
  EXPECT_THROW(decode_numbers("1|3:six"), CorruptValue);
  EXPECT_THROW(decode_numbers("1|0:"), CorruptValue);
  EXPECT_THROW(decode_numbers("1|11:99999999999"), CorruptValue);
  EXPECT_THROW(decode_requirements("1|4:2:en"), CorruptValue);      // one field of two
  EXPECT_THROW(decode_certificates("1|8:2:en2:B2"), CorruptValue);  // two fields of four
  try {
    decode_texts("2|3:abc");
    ADD_FAILURE() << "a newer format was read";
  } catch (const CorruptValue& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
  }
}

TEST(StorageCodecLegacy, SemicolonListsReadAsTheyWere) {
  EXPECT_EQ(legacy::semicolon_texts(""), std::vector<std::string>{});
  EXPECT_EQ(legacy::semicolon_texts("student_exchange;staff_exchange"),
            (std::vector<std::string>{"student_exchange", "staff_exchange"}));
  EXPECT_EQ(legacy::semicolon_texts(";europe;;"), std::vector<std::string>{"europe"});
  EXPECT_EQ(legacy::semicolon_numbers("6;7"), (std::vector<int>{6, 7}));
  EXPECT_EQ(legacy::semicolon_numbers(""), std::vector<int>{});
  EXPECT_THROW(legacy::semicolon_numbers("6;x"), CorruptValue);
  const auto languages = legacy::semicolon_requirements("en:B2;zh:;de");
  ASSERT_EQ(languages.size(), 3u);
  EXPECT_EQ(languages[0].language, "en");
  EXPECT_EQ(languages[0].cefr, "B2");
  EXPECT_EQ(languages[1].language, "zh");
  EXPECT_EQ(languages[1].cefr, "");
  EXPECT_EQ(languages[2].language, "de");
  EXPECT_EQ(languages[2].cefr, "");
}

TEST(StorageCodecLegacy, JsonArraysReadAsTheyWere) {
  EXPECT_EQ(legacy::json_texts("[]"), std::vector<std::string>{});
  EXPECT_EQ(legacy::json_texts(R"(["CS101","a \"quoted\" note",7,"杭州"])"),
            (std::vector<std::string>{"CS101", "a \"quoted\" note", "杭州"}));
  EXPECT_EQ(legacy::json_texts("not json"), std::vector<std::string>{});
  EXPECT_EQ(legacy::json_numbers("[6,7,\"8\",1.5]"), (std::vector<int>{6, 7}));
  const auto certificates = legacy::json_certificates(
      R"([{"language":"en","cefr":"C1","certificate":"IELTS 7.5","date":"2025-12-01"},)"
      R"({"language":"de","cefr":"A2"},"x"])");
  ASSERT_EQ(certificates.size(), 2u);
  EXPECT_EQ(certificates[0].certificate, "IELTS 7.5");
  EXPECT_EQ(certificates[0].date, "2025-12-01");
  EXPECT_EQ(certificates[1].language, "de");
  EXPECT_EQ(certificates[1].certificate, "");
}

// What the migration does with each old form: read it the old way, write the codec's.
TEST(StorageCodecLegacy, AnOldFormBecomesTheSameListInTheNewForm) {
  EXPECT_EQ(decode_texts(encode_texts(legacy::semicolon_texts("consortium;research"))),
            (std::vector<std::string>{"consortium", "research"}));
  EXPECT_EQ(decode_numbers(encode_numbers(legacy::json_numbers("[1,2]"))),
            (std::vector<int>{1, 2}));
}

}  // namespace
}  // namespace orbis::store::internal::codec
