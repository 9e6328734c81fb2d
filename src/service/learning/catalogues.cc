#include "service/learning/catalogues.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "common/csv.h"
#include "common/text.h"
#include "domain/reference.h"
#include "service/learning/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/import.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {

using domain::Role;
using domain::access::Action;
using domain::access::Resource;
using nlohmann::json;

Result<CreditSystem> CourseCatalogues::credit_system(InstitutionId institution) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) {
    return learning_rules::credit_system_in(tx, institution);
  });
}

Result<CreditSystem> CourseCatalogues::set_credit_system(const domain::Actor& actor,
                                                         InstitutionId institution,
                                                         CreditSystem system) {
  if (auto ok = require_reach(actor, Resource::institution, Action::update, "set credit systems");
      !ok)
    return fail(ok.error());
  system.system = text::to_lower_ascii(text::trim(system.system));
  std::vector<FieldError> errors;
  if (system.system.empty() || system.system.size() > 20)
    errors.push_back({"system", "a credit system id like cn"});
  if (!(system.ects_per_credit > 0 && system.ects_per_credit <= 10))
    errors.push_back({"ects_per_credit", "more than 0, at most 10"});
  if (!errors.empty())
    return fail(Error::invalid("the credit system is not valid", std::move(errors)));
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<CreditSystem> {
    if (auto in = tx.institutions().get(institution); !in) return fail(in.error());
    const json value = {{"system", system.system}, {"ects_per_credit", system.ects_per_credit}};
    if (auto ok = tx.settings().set(learning_rules::credit_key(institution), value.dump()); !ok)
      return fail(ok.error());
    if (auto ok = record(tx, clock_, actor, "institution.credit_system", "institution",
                         std::to_string(institution.value), nullptr, value);
        !ok)
      return fail(ok.error());
    return system;
  });
}

Result<Page<domain::Course>> CourseCatalogues::courses(const domain::Actor& actor,
                                                       InstitutionId institution,
                                                       const PageRequest& request) const {
  (void)actor;  // every signed-in user reads catalogues
  return read_page<domain::Course>(
      store_, fmt::format("institution {} courses", institution.value), "code", request,
      [&](store::Transaction& tx, store::PageSpec spec) -> Result<store::Page<domain::Course>> {
        if (auto in = tx.institutions().get(institution); !in) return fail(in.error());
        return store::list_courses(tx, {.institution = institution, .page = std::move(spec)});
      });
}

Result<MobilityImportOutcome> CourseCatalogues::import_courses(const domain::Actor& actor,
                                                               InstitutionId institution,
                                                               const std::string& csv_text,
                                                               bool dry_run) {
  const bool office = actor.is(Role::admin) || actor.is(Role::officer);
  const bool own_partner =
      actor.is(Role::partner) && actor.institution && *actor.institution == institution;
  if (!office && !own_partner) {
    // A partner's scope is its own institution; another's catalogue is not there for it.
    if (actor.is(Role::partner))
      return fail(
          Error::not_found(fmt::format("no institution {} in your scope", institution.value)));
    return fail(
        Error::denied("the office imports catalogues, and a partner its own institution's"));
  }
  auto table = csv::parse(csv_text);
  if (!table) return fail(table.error());
  const CsvColumns col(table->header);
  if (auto ok = col.require({"code", "title", "credits"}, "docs/learning.md"); !ok)
    return fail(ok.error());
  // One transaction: the rows are written as they are checked, and a dry run (or a file
  // with bad rows) rolls them back rather than committing.
  return run(
      store_, store::Access::write,
      [&](store::Transaction& tx) -> Result<MobilityImportOutcome> {
        MobilityImportOutcome out;
        out.dry_run = dry_run;
        if (auto in = tx.institutions().get(institution); !in) return fail(in.error());
        std::set<std::string> seen;
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
          const auto& row = table->rows[r];
          const int line = table->line_numbers[r];
          ++out.rows;
          const auto get = [&](const char* name) { return col.get(row, name); };
          domain::Course c;
          c.institution = institution.value;
          c.code = get("code");
          c.title = get("title");
          c.title_zh = get("title_zh");
          c.title_local = get("title_local");
          c.credit_system = get("credit_system");
          c.language = get("language");
          c.isced = get("isced");
          c.term = get("term");
          try {
            c.credits = std::stod(get("credits"));
            if (const auto level = get("level"); !level.empty()) c.level = std::stoi(level);
          } catch (const std::exception&) {
            out.errors.push_back({line, "credits", "a number"});
            continue;
          }
          if (auto ok = domain::validate_and_normalize(c); !ok) {
            for (const auto& f : ok.error().fields)
              out.errors.push_back({line, f.field, f.message});
            continue;
          }
          if (!seen.insert(c.code).second) {
            out.errors.push_back({line, "code", "the file lists this code twice"});
            continue;
          }
          auto existing = tx.courses().find(institution, c.code);
          if (!existing) return fail(existing.error());
          if (*existing) {
            c.id = (*existing)->id;
            if (auto ok = tx.courses().update(c); !ok) return fail(ok.error());
            out.created.push_back(c.id);
          } else {
            auto id = tx.courses().insert(c);
            if (!id) return fail(id.error());
            out.created.push_back(*id);
          }
        }
        if (dry_run || !out.errors.empty()) {
          out.created.clear();
          return out;
        }
        if (auto ok = record(tx, clock_, actor, "course.import", "institution",
                             std::to_string(institution.value), nullptr, json{{"rows", out.rows}});
            !ok)
          return fail(ok.error());
        return out;
      },
      [](const MobilityImportOutcome& out) { return !out.dry_run && out.errors.empty(); });
}

}  // namespace orbis::service
