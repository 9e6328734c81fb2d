// What the indicators count (indicators/catalogue.h), grouped in the database: people with
// stays begun in an academic year, their nationalities, the people behind a number a page
// at a time, and the figures the office enters per year. Each group is one statement over
// an index on (academic_year, direction, status); no record is read into memory to count it.
//
// Thread-safety: as the Transaction. Errors as the repositories' (store.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.h"
#include "common/ids.h"
#include "domain/institution.h"
#include "domain/mobility.h"
#include "store/query.h"
#include "store/store.h"

namespace orbis::store {

// The stays an indicator counts: students' stays in `direction` of the academic years
// listed, begun (abroad, completed or recognised), of an org unit's when it is set.
struct BegunStays {
  domain::Direction direction = domain::Direction::outgoing;
  std::vector<std::string> academic_years;  // "2025/2026"; empty: none
  std::optional<OrgUnitId> org_unit;
};

// Per academic year, the people with such stays, each once.
Result<std::map<std::string, int>> count_people(Transaction& tx, const BegunStays& stays);
// Per academic year, those people per nationality ("" for none recorded).
Result<std::map<std::string, std::map<std::string, int>>> count_nationalities(
    Transaction& tx, const BegunStays& stays);

// One person behind a number: how many stays of the year they have, and the first of them
// with its partner (the receiving institution of an outgoing stay, the sending of an
// incoming one).
struct StayPerson {
  PersonId person;
  std::string family_name;
  std::string given_name;
  std::string name_zh;
  std::string nationality;
  std::string academic_year;
  int stays = 0;
  MobilityId first_stay;
  InstitutionId partner;
  std::string partner_name;
  std::string partner_country;
};
// The people of the first academic year `stays` lists, by id, a page at a time (Cursor::id
// is the last person's id).
Result<Page<StayPerson>> people_page(Transaction& tx, const BegunStays& stays,
                                     const PageSpec& page);

// The graduates graduates_with_stay_abroad counts: students whose graduation year
// (Person::graduated_in) is one of the academic years listed, of an org unit when it is set
// (the person's), who had an outgoing stay begun (abroad, completed or recognised) in or
// before that year either of `min_days` days or more (the actual dates where recorded, else
// the planned ones, both days counted) or with `min_ects` ECTS credits or more recognised
// (the passed results its learning agreement's recognition counts, of courses in ECTS).
struct GraduatesAbroad {
  std::vector<std::string> academic_years;  // "2025/2026"; empty: none
  std::optional<OrgUnitId> org_unit;
  int min_days = 90;
  double min_ects = 15;
};
// Per graduation year, those graduates.
Result<std::map<std::string, int>> count_graduates_abroad(Transaction& tx,
                                                          const GraduatesAbroad& graduates);
// The graduates of the first year `graduates` lists, by id, a page at a time (Cursor::id is
// the last person's id), each with their qualifying stays: how many, and the first (by
// academic year) with its year and partner.
Result<Page<StayPerson>> graduates_abroad_page(Transaction& tx, const GraduatesAbroad& graduates,
                                               const PageSpec& page);

// One partner's exchange with the home institution in an academic year: the students and
// the months of the stays begun (abroad, completed or recognised) out to it and in from it.
// A stay's months are its days (the actual dates where recorded, else the planned ones, both
// days counted) divided by 30, as Erasmus+ counts a month.
struct PartnerExchange {
  InstitutionId partner;
  std::string name;
  std::string country;
  // Grouped by agreement as well: the agreement the stays were under (none for stays under
  // none), its code and title.
  std::optional<AgreementId> agreement;
  std::string agreement_code;
  std::string agreement_title;
  int outgoing_people = 0;
  double outgoing_months = 0;
  int incoming_people = 0;
  double incoming_months = 0;
};
// What a row of the exchange counts: a partner, or an agreement with one partner.
enum class ExchangeRows { per_partner, per_agreement };

// The partners with such stays in `academic_year` (of an org unit's stays when it is set), the
// most students exchanged first, then by name; per agreement, a row per agreement and
// partner (the stays under no agreement in rows of their own), the most exchanged first, then
// by agreement code and partner name. One statement grouped over the year's stays.
Result<std::vector<PartnerExchange>> partner_exchanges(
    Transaction& tx, const std::string& academic_year, std::optional<OrgUnitId> org_unit,
    ExchangeRows rows = ExchangeRows::per_partner);

// A cooperation condition of an agreement in force (signed, active or renewed) that covers
// an academic year, with its seats and how many stays use them that year: the stays under the
// condition of that year that are not cancelled, as the agreement's page counts them.
struct ConditionSeats {
  std::int64_t condition = 0;
  AgreementId agreement;
  std::string code;
  std::string title;
  InstitutionId sending;
  std::string sending_name;
  InstitutionId receiving;
  std::string receiving_name;
  std::string mobility_type;
  int seats = 0;  // a year; 0 when the condition names none
  int used = 0;
};
// Which conditions: those covering `academic_year`, of the agreements whose home party is of
// `org_unit` when it is set.
struct SeatsQuery {
  std::string academic_year;
  std::optional<OrgUnitId> org_unit;
};
// Those conditions by id, a page at a time (Cursor::id is the last condition's id); each
// page's use is counted for its conditions only, through the index on (agreement, condition,
// academic year).
Result<Page<ConditionSeats>> condition_seats(Transaction& tx, const SeatsQuery& query,
                                             const PageSpec& page);
// All of them: how many conditions, seats and seats used (a condition's use counted up to
// its seats, so that one over its seats does not hide another's free ones).
struct SeatTotals {
  int conditions = 0;
  int seats = 0;
  int used = 0;
  int over = 0;  // conditions with more stays than seats
};
Result<SeatTotals> count_seats(Transaction& tx, const SeatsQuery& query);

// A partner of an agreement in force in an academic year: a party that is not the home
// institution, once per agreement. In force: concluded (signed, active, expiring, expired or
// renewed; not a draft, in negotiation or terminated) with its dates overlapping the academic
// year, 1 September to 31 August (an agreement without an end date runs on).
struct PartnerParty {
  AgreementId agreement;
  InstitutionId partner;
  std::string country;  // ISO 3166-1 alpha-2, as the registry holds it
  std::vector<domain::InstitutionType> types;
};
// Those of `query.academic_year`, of the agreements whose home party is of `query.org_unit`
// when it is set; one statement, as many rows as the year's agreements have partners.
Result<std::vector<PartnerParty>> partners_in_force(Transaction& tx, const SeatsQuery& query);
// A student with a stay begun (abroad, completed or recognised) in an academic year and the
// partner of that stay (the receiving institution of an outgoing stay, the sending of an
// incoming one): once per person, direction and partner.
struct PartnerStay {
  PersonId person;
  domain::Direction direction = domain::Direction::outgoing;
  InstitutionId partner;
  std::string country;
  std::vector<domain::InstitutionType> types;
};
// Those of `query.academic_year`, of an org unit's stays when it is set.
Result<std::vector<PartnerStay>> partner_stays(Transaction& tx, const SeatsQuery& query);

// A line of a stay's funding (domain::Funding) of a student's stay begun (abroad, completed or
// recognised) in an academic year, with the stay and its person.
struct FundingLine {
  domain::Direction direction = domain::Direction::outgoing;
  std::string source;  // "scholarship", "erasmus", "csc", "self", "home"
  std::string scholarship;
  std::string sponsor;
  std::string amount;  // a decimal; empty when the line names none
  std::string currency;
  PersonId person;
  std::string nationality;  // the person's; "" when not recorded
  MobilityId stay;
};
// Those of `query.academic_year`, of an org unit's stays when it is set; one statement, as
// many rows as the year's begun stays have lines of funding.
Result<std::vector<FundingLine>> funding_lines(Transaction& tx, const SeatsQuery& query);

// The students the Quality Certification for International Students counts in its tables, as
// far as Orbis holds them: each student with a stay begun (abroad, completed or recognised) in
// an academic year, once, by their level (Person::level), nationality and the language of
// instruction of their first such stay of the year (the lowest id): its programme's, else the
// first language its cooperation condition asks of the students it receives (EWP's
// recommended language skills), else none recorded.
struct CertificationGroup {
  std::string academic_year;
  std::optional<int> level;  // EQF; none when not recorded
  std::string nationality;   // ISO 3166-1 alpha-2; "" when not recorded
  std::string language;      // ISO 639-1; "" when not recorded
  int people = 0;
};
// Those of the stays `stays` names, by academic year, level, nationality and language; one
// statement grouped over the years' stays, each year's people once.
Result<std::vector<CertificationGroup>> certification_groups(Transaction& tx,
                                                             const BegunStays& stays);

// A student's stay begun (abroad, completed or recognised) in an academic year on one of the
// university's programmes (a semester exchange, a summer school, …), with that programme.
struct ProgrammeStay {
  ProgrammeId programme;
  std::string code;
  std::string name;
  std::string name_zh;
  std::string kind;  // domain::ProgrammeKind's name
  domain::Direction direction = domain::Direction::outgoing;
  PersonId person;
  MobilityId stay;
};
// Those of `query.academic_year`, of an org unit's stays when it is set; one statement, a row
// per stay on a programme.
Result<std::vector<ProgrammeStay>> programme_stays(Transaction& tx, const SeatsQuery& query);

// A figure the office enters (indicators::measures()): for the whole institution when
// `org_unit` is unset.
struct IndicatorFigure {
  std::string measure;
  int year = 0;  // the academic year it begins in
  std::optional<OrgUnitId> org_unit;
  double value = 0;
  std::string source;
  std::string updated_at;
  std::string updated_by;
};
// The figures of the years from..to (inclusive) of the institution or of one org unit, by
// measure and year.
Result<std::vector<IndicatorFigure>> indicator_figures(Transaction& tx, int from, int to,
                                                       std::optional<OrgUnitId> org_unit);
// The figure of its measure, year and org unit, when one is entered.
Result<std::optional<IndicatorFigure>> indicator_figure(Transaction& tx, const std::string& measure,
                                                        int year,
                                                        std::optional<OrgUnitId> org_unit);
// Enters the figure, or replaces the one of its measure, year and org unit.
Status save_indicator_figure(Transaction& tx, const IndicatorFigure& figure);

// A target the office sets for an indicator in an academic year (in the indicator's unit):
// for the whole institution when `org_unit` is unset.
struct IndicatorTarget {
  std::string indicator;
  int year = 0;  // the academic year it begins in
  std::optional<OrgUnitId> org_unit;
  double value = 0;
  std::string note;  // why this number: a strategy, a ministry's benchmark
  std::string updated_at;
  std::string updated_by;
};
// The targets of the years from..to (inclusive) of the institution or of one org unit, by
// indicator and year.
Result<std::vector<IndicatorTarget>> indicator_targets(Transaction& tx, int from, int to,
                                                       std::optional<OrgUnitId> org_unit);
// The target of its indicator, year and org unit, when one is set.
Result<std::optional<IndicatorTarget>> indicator_target(Transaction& tx,
                                                        const std::string& indicator, int year,
                                                        std::optional<OrgUnitId> org_unit);
// Sets the target, or replaces the one of its indicator, year and org unit.
Status save_indicator_target(Transaction& tx, const IndicatorTarget& target);
// Removes the target of the indicator, year and org unit; not_found when there is none.
Status remove_indicator_target(Transaction& tx, const std::string& indicator, int year,
                               std::optional<OrgUnitId> org_unit);

}  // namespace orbis::store
