// Internal to the SQL back ends: the one storage codec of the small lists that nothing
// filters, sorts, counts or reports by, and that are therefore kept in one column of their
// row (a condition's EQF levels and languages, an agreement's tags, a rule's levels and years
// of study, a recognition's notes, a person's language certificates). Every such column is
// written and read here and nowhere else. Facts that something selects by live in child
// tables instead (agreement_kinds, recognition_host_codes).
//
// The stored form is the storage's own, never the API's JSON, and says its format version,
// so that a later one can be read beside it:
//
//   version 1:  "1|" item*        item:  <length in bytes, decimal> ":" <bytes>
//
// A list of texts is its items; a list of numbers is its items in decimal; a list of records
// (a language requirement, a certificate) is one item per record whose bytes are the record's
// fields, each an item, in a fixed order. The empty list is "1|". Any byte may appear in an
// item, so values need no escaping.
//
// `legacy` reads the forms of these columns before migration 17 ("a;b" lists, JSON arrays),
// for that migration alone.
//
// Thread-safe: pure functions. Decoders throw CorruptValue (a std::runtime_error) for text
// that is in no known form or a version newer than this build knows; repositories call them
// inside guarded(), which turns that into an Error.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agreement.h"
#include "domain/person.h"

namespace orbis::store::internal::codec {

// The format version this build writes.
inline constexpr int kVersion = 1;

class CorruptValue : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string encode_texts(const std::vector<std::string>& texts);
std::vector<std::string> decode_texts(std::string_view stored);

std::string encode_numbers(const std::vector<int>& numbers);
std::vector<int> decode_numbers(std::string_view stored);

// Fields: language, CEFR level.
std::string encode_requirements(const std::vector<domain::LanguageRequirement>& languages);
std::vector<domain::LanguageRequirement> decode_requirements(std::string_view stored);

// Fields: language, CEFR level, certificate, date.
std::string encode_certificates(const std::vector<domain::LanguageCertificate>& languages);
std::vector<domain::LanguageCertificate> decode_certificates(std::string_view stored);

namespace legacy {

// "a;b;c" (agreements' kinds and tags, a condition's EQF levels); empty parts are skipped.
std::vector<std::string> semicolon_texts(std::string_view joined);
std::vector<int> semicolon_numbers(std::string_view joined);
// "en:B2;zh:A2" (a condition's languages).
std::vector<domain::LanguageRequirement> semicolon_requirements(std::string_view joined);
// JSON arrays: ["a","b"] (a recognition's host codes and notes), [6,7] (a rule's levels and
// years), [{"language":…,"cefr":…,"certificate":…,"date":…}] (a person's languages). Members
// of another type are skipped, as the readers of that form did.
std::vector<std::string> json_texts(std::string_view json);
std::vector<int> json_numbers(std::string_view json);
std::vector<domain::LanguageCertificate> json_certificates(std::string_view json);

}  // namespace legacy

}  // namespace orbis::store::internal::codec
