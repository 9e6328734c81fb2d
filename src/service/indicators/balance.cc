// The exchange balance of a year per partner, and per agreement and partner
// (Indicators::exchange_balance, Indicators::agreement_balance; docs/indicators.md). Both
// lists are ordered by an aggregate, so each page groups the year's stays again and answers
// its own rows.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <tuple>

#include "service/indicators/indicators.h"
#include "service/indicators/scope.h"

namespace orbis::service {
namespace {

// A partner's exchange as the indicator shows it: months to one decimal place, and the
// balance, incoming less outgoing.
PartnerBalance balance_of(const store::PartnerExchange& r, const std::string& academic_year) {
  const auto one_place = [](double months) { return std::round(months * 10) / 10; };
  const double out_months = one_place(r.outgoing_months);
  const double in_months = one_place(r.incoming_months);
  return {.partner = {r.partner, r.name, r.country},
          .academic_year = academic_year,
          .outgoing_people = r.outgoing_people,
          .outgoing_months = out_months,
          .incoming_people = r.incoming_people,
          .incoming_months = in_months,
          .people_balance = r.incoming_people - r.outgoing_people,
          .months_balance = one_place(in_months - out_months)};
}

int exchanged(const store::PartnerExchange& r) { return r.outgoing_people + r.incoming_people; }

// A row's place in the order store::partner_exchanges gives: the most exchanged first, rows
// under an agreement before those under none, then agreement code, partner name, partner id
// and agreement id. Per partner there is no agreement, so it is the most exchanged, then name
// and id.
using Place = std::tuple<int, bool, std::string, std::string, std::int64_t, std::int64_t>;

Place place_of(const store::PartnerExchange& r) {
  return {-exchanged(r), !r.agreement.has_value(), r.agreement_code,
          r.name,        r.partner.value,          r.agreement ? r.agreement->value : 0};
}

Error bad_cursor() {
  return Error::invalid("the cursor is not one this list gave",
                        {{"cursor", "the next of the page before"}});
}

bool parse_number(const std::string& text, auto& into) {
  return std::from_chars(text.data(), text.data() + text.size(), into).ec == std::errc{};
}

// The rows of a page: those after `last` (from the first when there is none), at most
// `limit`; `more` when rows follow them.
struct Span {
  std::vector<store::PartnerExchange>::const_iterator first;
  std::size_t taken = 0;
  bool more = false;
};
Span page_after(const std::vector<store::PartnerExchange>& rows, const std::optional<Place>& last,
                std::size_t limit) {
  auto first = rows.begin();
  if (last)
    first = std::find_if(rows.begin(), rows.end(),
                         [&](const store::PartnerExchange& r) { return place_of(r) > *last; });
  const auto available = static_cast<std::size_t>(rows.end() - first);
  return {first, std::min(available, limit), std::min(available, limit) < available};
}

}  // namespace

Result<Page<PartnerBalance>> Indicators::exchange_balance(const domain::Actor& actor,
                                                          std::optional<int> year,
                                                          std::optional<OrgUnitId> org_unit,
                                                          const PageRequest& request) const {
  return indicator_scope::read_year<Page<PartnerBalance>>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<Page<PartnerBalance>> {
        auto spec = page_spec("exchange balance", "exchanged", request);
        if (!spec) return fail(spec.error());
        auto rows = store::partner_exchanges(tx, academic_year, unit);
        if (!rows) return fail(rows.error());
        // A cursor holds the last row's students exchanged and name, and its partner's id.
        std::optional<Place> last;
        if (const auto& after = spec->after) {
          int n = 0;
          if (after->keys.size() != 2 || !parse_number(after->keys[0], n))
            return fail(bad_cursor());
          last = Place{-n, true, "", after->keys[1], after->id, 0};
        }
        const auto span = page_after(*rows, last, spec->limit);
        Page<PartnerBalance> out{{}, std::nullopt, rows->size()};
        out.items.reserve(span.taken);
        for (auto r = span.first; r != span.first + static_cast<std::ptrdiff_t>(span.taken); ++r)
          out.items.push_back(balance_of(*r, academic_year));
        if (span.more) {
          const auto& end = *(span.first + static_cast<std::ptrdiff_t>(span.taken) - 1);
          out.next = next_cursor(
              "exchange balance", "exchanged",
              store::Cursor{{std::to_string(exchanged(end)), end.name}, end.partner.value});
        }
        return out;
      });
}

Result<Page<AgreementBalance>> Indicators::agreement_balance(const domain::Actor& actor,
                                                             std::optional<int> year,
                                                             std::optional<OrgUnitId> org_unit,
                                                             const PageRequest& request) const {
  return indicator_scope::read_year<Page<AgreementBalance>>(
      store_, clock_, actor, year, org_unit,
      [&](store::Transaction& tx, const std::string& academic_year,
          std::optional<OrgUnitId> unit) -> Result<Page<AgreementBalance>> {
        auto spec = page_spec("exchange balance per agreement", "exchanged", request);
        if (!spec) return fail(spec.error());
        auto rows =
            store::partner_exchanges(tx, academic_year, unit, store::ExchangeRows::per_agreement);
        if (!rows) return fail(rows.error());
        // A cursor holds the last row's students exchanged, agreement id (0 for none),
        // agreement code and partner name, and its partner's id.
        std::optional<Place> last;
        if (const auto& after = spec->after) {
          int n = 0;
          std::int64_t agreement = 0;
          if (after->keys.size() != 4 || !parse_number(after->keys[0], n) ||
              !parse_number(after->keys[1], agreement))
            return fail(bad_cursor());
          last = Place{-n, agreement == 0, after->keys[2], after->keys[3], after->id, agreement};
        }
        const auto span = page_after(*rows, last, spec->limit);
        Page<AgreementBalance> out{{}, std::nullopt, rows->size()};
        out.items.reserve(span.taken);
        for (auto r = span.first; r != span.first + static_cast<std::ptrdiff_t>(span.taken); ++r) {
          auto b = balance_of(*r, academic_year);
          AgreementBalance row{.agreement = std::nullopt,
                               .partner = std::move(b.partner),
                               .academic_year = academic_year,
                               .outgoing_people = b.outgoing_people,
                               .outgoing_months = b.outgoing_months,
                               .incoming_people = b.incoming_people,
                               .incoming_months = b.incoming_months,
                               .people_balance = b.people_balance,
                               .months_balance = b.months_balance};
          if (r->agreement)
            row.agreement =
                AgreementBalance::Agreement{*r->agreement, r->agreement_code, r->agreement_title};
          out.items.push_back(std::move(row));
        }
        if (span.more) {
          const auto& end = *(span.first + static_cast<std::ptrdiff_t>(span.taken) - 1);
          out.next =
              next_cursor("exchange balance per agreement", "exchanged",
                          store::Cursor{{std::to_string(exchanged(end)),
                                         std::to_string(end.agreement ? end.agreement->value : 0),
                                         end.agreement_code, end.name},
                                        end.partner.value});
        }
        return out;
      });
}

}  // namespace orbis::service
