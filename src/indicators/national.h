// A country's internationally mobile tertiary students as the UNESCO Institute for
// Statistics publishes them, beside which an institution reads its own (docs/indicators.md,
// "Beside the country's"): students from abroad enrolled in the country (inbound) and the
// country's students enrolled abroad (outbound, derived as inbound less UIS's net flow).
// Compiled from data/mobility (scripts/generate-national-mobility.py).
//
// Thread-safety: constant data.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace orbis::indicators {

struct NationalMobility {
  std::string_view country;  // ISO 3166-1 alpha-2
  // The UIS reference year: the year the academic year ends in (2022 is 2021/2022).
  int reference_year = 0;
  long inbound = -1;                // -1: not published
  long outbound = -1;               // -1: not published (UIS publishes no net flow that year)
  bool inbound_estimated = false;   // an estimate of UIS or of the country
  bool outbound_estimated = false;  // derived from an estimate
};

// The years published for `country`, oldest first; empty for a country UIS publishes none of.
std::span<const NationalMobility> national_mobility(std::string_view country);

// The published figures of the academic year beginning in `year` (its reference year is
// year + 1), if any.
std::optional<NationalMobility> national_mobility(std::string_view country, int year);

// Where the figures come from, in words, and the newest reference year held of any country.
inline constexpr std::string_view kNationalSource =
    "UNESCO Institute for Statistics (UIS), inbound internationally mobile students in tertiary "
    "education (indicator 26637) and net flow of internationally mobile students (MENF.5T8), "
    "data.uis.unesco.org; outbound derived as inbound less the net flow. CC BY-SA 3.0 IGO.";
inline constexpr std::string_view kNationalSourceZh =
    "联合国教科文组织统计研究所（UIS）：高等教育入境国际流动学生数（指标 "
    "26637）与国际流动学生净流量"
    "（MENF.5T8），data.uis.unesco.org；出境人数按入境人数减净流量推算。CC BY-SA 3.0 IGO。";

}  // namespace orbis::indicators
