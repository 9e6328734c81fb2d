// Indicators (docs/indicators.md): each of the catalogue's (indicators/catalogue.h) per
// academic year, computed from what the store counts and the figures the office enters;
// the people behind a number, a page at a time; and those figures, entered and read.
//
// Thread-safety: thread-safe (every call runs in its own transaction).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "domain/user.h"
#include "service/mobility/import_outcome.h"
#include "service/support/paging.h"
#include "store/indicators.h"
#include "store/store.h"

namespace orbis::service {

// The academic years asked for (the years they begin in; default: the five up to the
// current one) and an org unit (a coordinator's own, whatever is asked).
struct IndicatorRequest {
  std::optional<int> from;
  std::optional<int> to;
  std::optional<OrgUnitId> org_unit;
};

// One indicator for one academic year.
struct IndicatorView {
  std::string id;
  int year = 0;
  std::string academic_year;
  std::string name;
  std::string name_zh;
  std::string definition;
  std::string definition_zh;
  std::string source;
  std::string unit;
  std::optional<double> value;
  double numerator = 0;
  std::optional<double> denominator;
  int missing = 0;
  std::string no_data;
  std::string no_data_zh;
  bool records = false;  // whether the people behind the numerator can be listed
  // The office's target for the year (store::IndicatorTarget), in the indicator's unit.
  std::optional<double> target;
};

// One person behind an indicator's numerator.
struct IndicatorRecord {
  struct Person {
    PersonId id;
    std::string name;
    std::string nationality;
  };
  struct Partner {
    InstitutionId id;
    std::string name;
    std::string country;
  };
  Person person;
  std::string academic_year;
  int stays = 0;    // of the year
  MobilityId stay;  // the first of them
  Partner partner;  // of the first
};

// A partner's exchange with the home institution in an academic year
// (store::PartnerExchange): students and months out to it and in from it, and the balance,
// incoming less outgoing. Months to one decimal place.
struct PartnerBalance {
  IndicatorRecord::Partner partner;
  std::string academic_year;
  int outgoing_people = 0;
  double outgoing_months = 0;
  int incoming_people = 0;
  double incoming_months = 0;
  int people_balance = 0;
  double months_balance = 0;
};

// The exchange under one agreement with one of its partners in an academic year, or with a
// partner under no agreement (`agreement` empty): as PartnerBalance counts it.
struct AgreementBalance {
  struct Agreement {
    AgreementId id;
    std::string code;
    std::string title;
  };
  std::optional<Agreement> agreement;
  IndicatorRecord::Partner partner;
  std::string academic_year;
  int outgoing_people = 0;
  double outgoing_months = 0;
  int incoming_people = 0;
  double incoming_months = 0;
  int people_balance = 0;
  double months_balance = 0;
};

// A cooperation condition's seats and their use in an academic year (store::ConditionSeats):
// `direction` is outgoing when the home institution sends, incoming when it receives;
// `share` is used ÷ seats (null when the condition names no seats), `free` the seats left.
struct SeatUse {
  struct Agreement {
    AgreementId id;
    std::string code;
    std::string title;
  };
  struct Institution {
    InstitutionId id;
    std::string name;
  };
  std::int64_t condition_id = 0;
  Agreement agreement;
  Institution sending;
  Institution receiving;
  std::string direction;
  std::string mobility_type;
  std::string academic_year;
  int seats = 0;
  int used = 0;
  int free = 0;
  std::optional<double> share;
};

// Every such condition of a year together: seats, seats used (a condition's use counted up to
// its seats), the share, and how many conditions are over their seats.
struct SeatTotalsView {
  std::string academic_year;
  int conditions = 0;
  int seats = 0;
  int used = 0;
  int over = 0;
  std::optional<double> share;
};

// How partners_by groups partners and students: by the partner's country, by the UN M49
// region of that country, or by the partner's type (ROR's; an institution of several types
// counts under each, one of none under "other").
enum class PartnerGrouping { country, region, type };
std::string_view to_string(PartnerGrouping by);

// One group of partners in an academic year: the partner institutions of the agreements in
// force (store::PartnerParty), those agreements, and the students with stays begun that year
// out to the group's partners and in from them, each counted once per group.
struct PartnerGroup {
  std::string group;    // "CN", "Asia", "education"; "" for a country of no M49 region
  std::string name;     // the group's name in English
  std::string name_zh;  // and in Chinese
  std::string region;   // a country's region; empty when grouped otherwise
  std::string academic_year;
  int partners = 0;
  int agreements = 0;
  int outgoing_people = 0;
  int incoming_people = 0;
};

// The funding of an academic year's begun stays of students, one group per direction, source,
// scholarship, sponsor and currency (store::FundingLine): the students it funds and their
// stays, each once, and the amounts added up exactly.
struct FundingGroup {
  std::string direction;  // outgoing or incoming
  std::string source;     // "scholarship", "erasmus", "csc", "self", "home", or another
  std::string scholarship;
  std::string sponsor;
  std::string currency;  // empty for lines without an amount
  std::string academic_year;
  int holders = 0;
  int stays = 0;
  std::string amount;  // the lines' amounts added up; empty when none names one
};

// A row of a Quality Certification table: what it counts and how many students. `key` is an
// EQF level ("6"), a nationality ("DE") or a language of instruction ("en"); "" when not
// recorded. `name` and `name_zh` name it where Orbis has a name for it (levels, countries).
struct CertificationCount {
  std::string key;
  std::string name;
  std::string name_zh;
  int students = 0;
};

// The tables the Quality Certification for International Students asks for, as far as Orbis
// holds their records, for one academic year: the international students with incoming stays
// begun that year, each once (store::CertificationGroup; international: not of the home
// institution's country, or of none recorded), by level of study, nationality and language of
// instruction, and those of them holding a scholarship: funded by any source but themselves.
struct CertificationYear {
  int year = 0;  // the academic year, by the year it begins in
  std::string academic_year;
  int students = 0;
  std::vector<CertificationCount> levels;         // by level, "" last
  std::vector<CertificationCount> nationalities;  // the most students first, then by code
  std::vector<CertificationCount> languages;      // the most students first, then by code
  int scholarship_holders = 0;                    // each once
  std::vector<FundingGroup> scholarships;  // incoming groups (Indicators::funding) but "self"
};

// Those tables of every year asked for, oldest first.
struct Certification {
  std::vector<CertificationYear> items;
};

// One of the university's programmes in an academic year (a semester exchange, a summer or
// winter school, …): the students on it with stays begun that year, out and in, each once,
// and their stays.
struct ProgrammeGroup {
  ProgrammeId id;
  std::string code;
  std::string name;
  std::string name_zh;
  std::string kind;  // domain::ProgrammeKind's name: summer_school, semester_exchange, …
  std::string academic_year;
  int outgoing_people = 0;
  int incoming_people = 0;
  int stays = 0;
};

// An academic year of a country's internationally mobile tertiary students as UNESCO's
// Institute for Statistics publishes them (indicators::NationalMobility), beside the
// institution's own students out and in that year as the indicators count them
// (outbound_students, inbound_exchange_students), and what share of the country's those are.
struct NationalYear {
  int year = 0;  // the academic year, by the year it begins in
  std::string academic_year;
  std::optional<int> reference_year;  // UIS's: the year it ends in; none when not published
  std::optional<long> inbound;
  std::optional<long> outbound;
  bool inbound_estimated = false;
  bool outbound_estimated = false;
  int outgoing_students = 0;
  int incoming_students = 0;
  std::optional<double> outgoing_share;  // outgoing_students ÷ outbound
  std::optional<double> incoming_share;  // incoming_students ÷ inbound
};

// The institution beside a country: its years, oldest first, and where the country's figures
// come from.
struct NationalComparison {
  std::string country;  // ISO 3166-1 alpha-2
  std::string country_name;
  std::string country_name_zh;
  std::string source;
  std::string source_zh;
  std::optional<int> latest_year;  // the newest academic year published for the country
  std::vector<NationalYear> items;
};

// A figure as the office enters it.
struct FigureInput {
  std::string measure;
  std::optional<int> year;  // required, as value and source are
  std::optional<OrgUnitId> org_unit;
  std::optional<double> value;
  std::string source;
};

// A target as the office sets it: for an indicator and the academic year beginning in `year`.
struct TargetInput {
  std::string indicator;
  int year = 0;
  std::optional<OrgUnitId> org_unit;
  std::optional<double> value;  // required
  std::string note;
};

class Indicators {
 public:
  Indicators(store::Store& store, const Clock& clock);

  // Every indicator for every year asked for, by indicator then year.
  Result<std::vector<IndicatorView>> list(const domain::Actor& actor,
                                          const IndicatorRequest& request) const;
  // The people an indicator of stays counts for the academic year beginning in `year`, by
  // id; their total equals the indicator's numerator. invalid_argument for an indicator that
  // counts entered figures; not_found for an unknown one.
  Result<Page<IndicatorRecord>> records(const domain::Actor& actor, std::string_view indicator,
                                        int year, std::optional<OrgUnitId> org_unit,
                                        const PageRequest& page) const;
  // Every one of those people, in the same order, each given to `each` (which stops the
  // walk by failing), read in one transaction a thousand at a time and without their total:
  // for a report of every record. The same checks and errors as `records`.
  Status each_record(const domain::Actor& actor, std::string_view indicator, int year,
                     std::optional<OrgUnitId> org_unit,
                     const std::function<Status(const IndicatorRecord&)>& each) const;
  // Every partner's exchange in the academic year beginning in `year` (default: the current
  // one), the most students exchanged first, then by name, a page at a time (`total` counts
  // the partners): the exchange_balance of docs/indicators.md. Each page groups the year's
  // stays again; the body follows the page.
  Result<Page<PartnerBalance>> exchange_balance(const domain::Actor& actor, std::optional<int> year,
                                                std::optional<OrgUnitId> org_unit,
                                                const PageRequest& page) const;
  // The same exchange per agreement and partner: the exchange_balance per agreement of
  // docs/indicators.md. The most students exchanged first, stays under an agreement before
  // those under none, then by agreement code and partner name, a page at a time (`total`
  // counts the rows); each page groups the year's stays again, as exchange_balance does.
  Result<Page<AgreementBalance>> agreement_balance(const domain::Actor& actor,
                                                   std::optional<int> year,
                                                   std::optional<OrgUnitId> org_unit,
                                                   const PageRequest& page) const;
  // The conditions of the agreements in force that cover the academic year beginning in
  // `year` (default: the current one), with their seats and use, by id a page at a time: the
  // seat_utilisation of docs/indicators.md. `total` counts them.
  Result<Page<SeatUse>> seat_utilisation(const domain::Actor& actor, std::optional<int> year,
                                         std::optional<OrgUnitId> org_unit,
                                         const PageRequest& page) const;
  // Those conditions' seats and use together.
  Result<SeatTotalsView> seat_totals(const domain::Actor& actor, std::optional<int> year,
                                     std::optional<OrgUnitId> org_unit) const;
  // The partners of the agreements in force in the academic year beginning in `year`
  // (default: the current one) and the students exchanged with them, grouped `by` country,
  // region or type: the partners_by of docs/indicators.md. Most partners first, then most
  // students, then by group; one page (a group per country at most).
  Result<Page<PartnerGroup>> partners_by(const domain::Actor& actor, PartnerGrouping by,
                                         std::optional<int> year,
                                         std::optional<OrgUnitId> org_unit) const;
  // The funding of the students' stays begun in the academic year beginning in `year`
  // (default: the current one), grouped: the funding of docs/indicators.md. Outgoing first,
  // then the most holders, then by source, scholarship, sponsor and currency; one page.
  Result<Page<FundingGroup>> funding(const domain::Actor& actor, std::optional<int> year,
                                     std::optional<OrgUnitId> org_unit) const;
  // The programmes with students' stays begun in the academic year beginning in `year`
  // (default: the current one): the programme participants of docs/indicators.md. The most
  // students first, then by code; one page.
  Result<Page<ProgrammeGroup>> programmes(const domain::Actor& actor, std::optional<int> year,
                                          std::optional<OrgUnitId> org_unit) const;
  // The institution's students out and in for the years asked for beside those of a country
  // (ISO 3166-1 alpha-2; default: the home institution's) as UNESCO publishes them.
  // invalid_argument naming `country` for one that is not a country.
  Result<NationalComparison> national(const domain::Actor& actor, const IndicatorRequest& request,
                                      std::optional<std::string> country) const;
  // The Quality Certification's tables of each year asked for, oldest first.
  Result<Certification> certification(const domain::Actor& actor,
                                      const IndicatorRequest& request) const;
  // The figures entered for the years asked for.
  Result<std::vector<store::IndicatorFigure>> figures(const domain::Actor& actor,
                                                      const IndicatorRequest& request) const;
  // Enters a figure or replaces it (an officer's), with an audit entry.
  Result<store::IndicatorFigure> save_figure(const domain::Actor& actor, const FigureInput& input);
  // The targets set for the years asked for.
  Result<std::vector<store::IndicatorTarget>> targets(const domain::Actor& actor,
                                                      const IndicatorRequest& request) const;
  // Sets a target or replaces it (an officer's), with an audit entry: a ratio or an index
  // from 0 to 1, a count from 0 up; not for an indicator without data.
  Result<store::IndicatorTarget> save_target(const domain::Actor& actor, const TargetInput& input);
  // Removes a target, with an audit entry; not_found when none is set.
  Status remove_target(const domain::Actor& actor, const std::string& indicator, int year,
                       std::optional<OrgUnitId> org_unit);
  // Enters the figures of a CSV file (measure, year, value, source, and org_unit: an org
  // unit's code, empty for the whole institution), replacing those entered before; every
  // bad row is reported and nothing is written when there is one, or in a dry run.
  Result<MobilityImportOutcome> import_figures(const domain::Actor& actor,
                                               const std::string& csv_text, bool dry_run);

 private:
  store::Store& store_;
  const Clock& clock_;
};

}  // namespace orbis::service
