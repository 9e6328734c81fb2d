// Text utilities for UTF-8 strings. Thread-safe: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace orbis::text {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool valid_utf8(std::string_view s);

// Decodes UTF-8 into code points; malformed bytes become U+FFFD.
std::u32string decode(std::string_view s);
// Encodes code points as UTF-8.
std::string encode(std::u32string_view s);
void append_utf8(std::string& out, char32_t cp);

// True for Han, Hiragana, Katakana and Hangul code points: scripts written without spaces,
// which search treats one character at a time.
bool is_cjk(char32_t cp);

// Folds a code point for matching: lower case, Latin diacritics removed (é → e, ß → ss is
// not done; ß → s), full-width ASCII to ASCII. Returns 0 for characters that separate words.
char32_t fold(char32_t cp);

// Lower case, trimmed, diacritics folded, runs of separators as one space.
std::string fold_for_search(std::string_view s);

std::string_view trim(std::string_view s);
std::string to_lower_ascii(std::string_view s);
std::string to_upper_ascii(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
bool starts_with_icase(std::string_view s, std::string_view prefix);

// Levenshtein distance over code points, giving up (returning limit + 1) once it must
// exceed `limit`.
int bounded_edit_distance(std::u32string_view a, std::u32string_view b, int limit);

}  // namespace orbis::text
