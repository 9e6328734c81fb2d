// Graduation years from a registrar's file (service/registry/people.h): the students of a
// year's graduation list, found by e-mail, each given the academic year they graduated in.
#include <fmt/format.h>

#include <set>

#include "common/csv.h"
#include "common/text.h"
#include "service/registry/people.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/home.h"
#include "service/support/import.h"
#include "service/support/transaction.h"
#include "store/lookups.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;

const domain::Disclosure kEverything = domain::disclosure(domain::Standing::office);

}  // namespace

Result<MobilityImportOutcome> People::import_graduations(const domain::Actor& actor,
                                                         const std::string& csv_text,
                                                         bool dry_run) {
  if (auto ok = require_reach(actor, Resource::person, Action::update, "enter graduation years");
      !ok)
    return fail(ok.error());
  auto table = csv::parse(csv_text);
  if (!table) return fail(table.error());
  const CsvColumns col(table->header);
  if (auto ok = col.require({"email", "graduated_in"}, "docs/indicators.md"); !ok)
    return fail(ok.error());
  // One transaction: each person is saved as their row is checked, and a dry run (or a file
  // with a bad row) is not committed.
  return run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<MobilityImportOutcome> {
        MobilityImportOutcome out;
        out.dry_run = dry_run;
        auto home = home_institution_id(tx);
        if (!home) return fail(home.error());
        const std::optional<InstitutionId> home_id = *home;
        std::set<std::int64_t> seen;
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
          const auto& row = table->rows[r];
          const int line = table->line_numbers[r];
          ++out.rows;
          const auto get = [&](const char* name) { return col.get(row, name); };
          const std::string email = text::to_lower_ascii(get("email"));
          if (email.empty()) {
            out.errors.push_back({line, "email", "the student's e-mail is required"});
            continue;
          }
          auto found = store::person_with_email(tx, email);
          if (!found) return fail(found.error());
          if (!*found) {
            out.errors.push_back({line, "email", "no person has this e-mail"});
            continue;
          }
          domain::Person person = std::move(**found);
          if (person.kind != domain::PersonKind::student || person.home_institution != home_id) {
            out.errors.push_back({line, "email", "not a student of the home institution"});
            continue;
          }
          if (!seen.insert(person.id.value).second) {
            out.errors.push_back({line, "email", "the file names this student twice"});
            continue;
          }
          const domain::Person before = person;
          person.graduated_in = get("graduated_in");
          if (auto ok = domain::validate_and_normalize(person); !ok) {
            for (const auto& f : ok.error().fields)
              out.errors.push_back({line, f.field, f.message});
            if (ok.error().fields.empty()) out.errors.push_back({line, "", ok.error().message});
            continue;
          }
          if (person.graduated_in == before.graduated_in) continue;
          if (auto ok = tx.people().update(person); !ok) return fail(ok.error());
          auto stored = tx.people().get(person.id);
          if (!stored) return fail(stored.error());
          if (auto ok = record(tx, clock_, actor, "person.update", "person",
                               std::to_string(person.id.value), person_json(before, kEverything),
                               person_json(*stored, kEverything));
              !ok)
            return fail(ok.error());
          out.created.push_back(person.id.value);
        }
        if (dry_run || !out.errors.empty()) out.created.clear();
        return out;
      },
      [&](const MobilityImportOutcome& out) { return !dry_run && out.errors.empty(); });
}

}  // namespace orbis::service
