// CSV import of agreements (AgreementImports::import_csv).
#include "service/partnerships/import.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <map>

#include "common/csv.h"
#include "common/text.h"
#include "domain/institution.h"
#include "domain/reference.h"
#include "service/partnerships/agreement_json.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::AgreementStatus;
using domain::access::Action;
using domain::access::Resource;

// Several values in one cell: "student_exchange|staff_exchange" (or with '+', or ',' when
// the file is separated by semicolons).
std::vector<std::string> cell_list(const std::string& cell) {
  std::vector<std::string> out;
  std::string current;
  for (const char c : cell) {
    if (c == '|' || c == '+' || c == ',' || c == ';') {
      if (!text::trim(current).empty()) out.emplace_back(text::trim(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!text::trim(current).empty()) out.emplace_back(text::trim(current));
  return out;
}

struct Pending {
  domain::Agreement agreement;
  AgreementStatus status = AgreementStatus::draft;
  int line = 0;
  bool bad = false;
};

}  // namespace

Result<ImportOutcome> AgreementImports::import_csv(const domain::Actor& actor,
                                                   const std::string& csv_text, bool dry_run) {
  if (auto ok = require_reach(actor, Resource::agreement, Action::import, "import agreements");
      !ok) {
    return fail(ok.error());
  }
  auto table = csv::parse(csv_text);
  if (!table) return fail(table.error());
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < table->header.size(); ++i)
    col[text::to_lower_ascii(table->header[i])] = i;
  for (const char* required : {"title", "partner", "kinds", "start_date"}) {
    if (!col.contains(required)) {
      return fail(Error::invalid(fmt::format(
          "the file has no '{}' column; see docs/agreements.md for the columns", required)));
    }
  }
  // Through the runner: nothing is written before every row is checked, so a dry run ends
  // with nothing to commit. The home institution is read in the same transaction.
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ImportOutcome> {
    auto home = Registry::home_in(tx);
    if (!home) return fail(home.error());
    ImportOutcome out;
    out.dry_run = dry_run;
    const auto row_error = [&](int line, std::string field, std::string message) {
      out.errors.push_back({line, std::move(field), std::move(message)});
    };

    // The codes of the file that agreements already have, in one indexed lookup.
    std::map<std::string, AgreementId> existing_codes;
    if (const auto code_column = col.find("code"); code_column != col.end()) {
      std::vector<std::string> codes;
      for (const auto& row : table->rows) {
        if (code_column->second < row.size())
          codes.emplace_back(text::trim(row[code_column->second]));
      }
      auto found = tx.agreements().ids_by_code(codes);
      if (!found) return fail(found.error());
      existing_codes = std::move(*found);
    }

    std::vector<Pending> pending;
    std::map<std::string, std::size_t> by_code;
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
      const auto& row = table->rows[r];
      const int line = table->line_numbers[r];
      const auto get = [&](const char* name) -> std::string {
        const auto it = col.find(name);
        return it != col.end() && it->second < row.size() ? std::string(text::trim(row[it->second]))
                                                          : std::string();
      };
      const std::string code = get("code");
      // Partner: a ROR id, a web domain, or the exact registry name.
      std::optional<InstitutionId> partner;
      const std::string partner_text = get("partner");
      if (partner_text.empty()) {
        row_error(line, "partner", "name the partner by ROR id, web domain or exact name");
      } else if (const auto ror = domain::normalize_ror_id(partner_text)) {
        auto found = tx.institutions().find_by_ror(*ror);
        if (!found) return fail(found.error());
        if (*found)
          partner = **found;
        else
          row_error(line, "partner", fmt::format("no institution with ROR id {}", *ror));
      } else if (const auto domain_name = domain::normalize_domain(partner_text);
                 domain_name && partner_text.find(' ') == std::string::npos) {
        auto found = tx.institutions().find_by_domain(*domain_name);
        if (!found) return fail(found.error());
        if (*found)
          partner = **found;
        else
          row_error(line, "partner",
                    fmt::format("no institution with the domain {}", *domain_name));
      } else {
        auto page = registry_.search(actor, {partner_text, get("partner_country"), "", 5, ""});
        if (!page) return fail(page.error());
        const auto wanted = text::fold_for_search(partner_text);
        std::vector<InstitutionId> exact;
        for (const auto& in : page->items) {
          if (text::fold_for_search(in.name) == wanted ||
              (!in.name_zh.empty() && text::fold_for_search(in.name_zh) == wanted)) {
            exact.push_back(in.id);
          }
        }
        if (exact.size() == 1)
          partner = exact.front();
        else if (exact.empty())
          row_error(line, "partner",
                    fmt::format("no institution is named exactly '{}'; use its ROR id or domain",
                                partner_text));
        else
          row_error(
              line, "partner",
              fmt::format(
                  "several institutions are named '{}'; add partner_country or use the ROR id",
                  partner_text));
      }

      std::size_t index;
      const bool continuation = !code.empty() && by_code.contains(code);
      if (continuation) {
        index = by_code[code];
        if (partner && !pending[index].agreement.has_party(*partner)) {
          row_error(line, "partner",
                    fmt::format("rows with code {} name different partners", code));
        }
      } else {
        if (!code.empty() && existing_codes.contains(code))
          row_error(line, "code", fmt::format("an agreement with code {} exists", code));
        Pending p;
        p.line = line;
        auto& a = p.agreement;
        a.code = code;
        a.title = get("title");
        for (const auto& k : cell_list(get("kinds"))) {
          if (const auto kind = domain::parse_agreement_kind(k))
            a.kinds.push_back(*kind);
          else
            row_error(line, "kinds", fmt::format("'{}' is not an agreement kind", k));
        }
        a.start_date = get("start_date");
        a.end_date = get("end_date");
        a.notes = get("notes");
        a.tags = cell_list(get("tags"));
        a.auto_renewal = text::to_lower_ascii(get("auto_renewal")) == "yes" ||
                         get("auto_renewal") == "true" || get("auto_renewal") == "1";
        if (const auto status = get("status"); !status.empty()) {
          const auto parsed = domain::parse_agreement_status(text::to_lower_ascii(status));
          if (!parsed || *parsed == AgreementStatus::expiring ||
              *parsed == AgreementStatus::expired) {
            row_error(line, "status",
                      "draft, negotiation, signed, active, terminated or renewed (expiry follows "
                      "from the dates)");
          } else {
            p.status = *parsed;
          }
        }
        domain::Party ours;
        ours.institution = home->id;
        ours.is_home = true;
        domain::Party theirs;
        theirs.institution = partner.value_or(InstitutionId{});
        theirs.contact = {get("contact_name"), get("contact_email"), get("contact_phone"), ""};
        theirs.signed_on = get("signed_on");
        ours.signed_on = get("signed_on");
        a.parties = {ours, theirs};
        index = pending.size();
        if (!code.empty()) by_code[code] = index;
        pending.push_back(std::move(p));
      }
      // A condition, when the row names a mobility type.
      if (const auto type = get("mobility_type"); !type.empty()) {
        domain::CooperationCondition c;
        if (const auto t = domain::parse_mobility_type(type))
          c.mobility_type = *t;
        else
          row_error(line, "mobility_type", fmt::format("'{}' is not a mobility type", type));
        const auto direction = text::to_lower_ascii(get("direction"));
        const auto partner_id = pending[index].agreement.parties[1].institution;
        if (direction == "outgoing" || direction.empty()) {
          c.sending = home->id;
          c.receiving = partner_id;
        } else if (direction == "incoming") {
          c.sending = partner_id;
          c.receiving = home->id;
        } else {
          row_error(line, "direction", "outgoing or incoming");
        }
        c.first_academic_year = get("first_year");
        c.last_academic_year = get("last_year").empty() ? c.first_academic_year : get("last_year");
        for (const auto& level : cell_list(get("eqf_levels"))) {
          if (level.find_first_not_of("0123456789") == std::string::npos && level.size() == 1)
            c.eqf_levels.push_back(level[0] - '0');
          else
            row_error(line, "eqf_levels", fmt::format("'{}' is not an EQF level", level));
        }
        c.isced = get("isced");
        const auto number = [&](const char* name, auto& target, bool integer) {
          const auto v = get(name);
          if (v.empty()) return;
          try {
            std::size_t used = 0;
            const double d = std::stod(v, &used);
            // Out of an int's range, a whole number would not convert back (and casting it is
            // undefined): "1e300" is no count of seats.
            const bool whole = d >= std::numeric_limits<int>::min() &&
                               d <= std::numeric_limits<int>::max() && d == std::trunc(d);
            if (used != v.size() || !std::isfinite(d) || (integer && !whole))
              throw std::invalid_argument(v);
            target = static_cast<std::remove_reference_t<decltype(*std::optional(target))>>(d);
          } catch (const std::exception&) {
            row_error(line, name,
                      fmt::format("'{}' is not a {}", v, integer ? "whole number" : "number"));
          }
        };
        number("seats_per_year", c.seats_per_year, true);
        std::optional<double> months, total_months;
        std::optional<int> days;
        double months_value = 0, total_value = 0;
        int days_value = 0;
        if (!get("months_per_seat").empty()) {
          number("months_per_seat", months_value, false);
          months = months_value;
        }
        if (!get("total_months_per_year").empty()) {
          number("total_months_per_year", total_value, false);
          total_months = total_value;
        }
        if (!get("total_days_per_year").empty()) {
          number("total_days_per_year", days_value, true);
          days = days_value;
        }
        c.months_per_seat = months;
        c.total_months_per_year = total_months;
        c.total_days_per_year = days;
        if (const auto language = get("language"); !language.empty())
          c.languages.push_back({language, get("cefr")});
        c.blended = text::to_lower_ascii(get("blended")) == "yes" || get("blended") == "true";
        c.other_terms = get("other_terms");
        pending[index].agreement.conditions.push_back(std::move(c));
        ++out.conditions;
      }
    }

    // Whole-agreement rules, reported at the agreement's first line.
    for (auto& p : pending) {
      if (!p.agreement.parties[1].institution) continue;  // already reported
      if (auto ok = domain::validate_and_normalize(p.agreement); !ok) {
        for (const auto& f : ok.error().fields) row_error(p.line, f.field, f.message);
      }
    }
    out.agreements = pending.size();
    std::sort(out.errors.begin(), out.errors.end(),
              [](const auto& a, const auto& b) { return a.line < b.line; });
    if (dry_run || !out.errors.empty()) return out;

    const std::string now = format_iso8601(clock_.now());
    for (auto& p : pending) {
      auto id = tx.agreements().insert(p.agreement);
      if (!id) return fail(id.error());
      int version = 1;
      AgreementStatus at = AgreementStatus::draft;
      if (p.status != AgreementStatus::draft) {
        // Imported as it already stands: one history entry says where it came from.
        const domain::StatusChange change{now, actor.email, at, p.status, "imported from CSV"};
        if (auto ok = tx.agreements().change_status(*id, version, change); !ok)
          return fail(ok.error());
      }
      auto stored = tx.agreements().get(*id);
      if (!stored) return fail(stored.error());
      if (auto ok = record(tx, clock_, actor, "agreement.import", "agreement",
                           std::to_string(id->value), nullptr, agreement_record_json(*stored));
          !ok) {
        return fail(ok.error());
      }
      out.created.push_back(*id);
    }
    return out;
  });
}

}  // namespace orbis::service
