#include "service/registry/import.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "common/crypto.h"
#include "common/csv.h"
#include "common/json.h"
#include "common/text.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::Institution;
using domain::NameKind;
using domain::access::Action;
using domain::access::Resource;

// ROR separates several names with " | " and several domains or links with spaces.
std::vector<std::string> split_names(std::string_view field) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    const auto at = field.find(" | ", start);
    const auto part = text::trim(
        field.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (!part.empty()) out.emplace_back(part);
    if (at == std::string_view::npos) break;
    start = at + 3;
  }
  return out;
}

std::vector<std::string> split_spaces(std::string_view field) {
  std::vector<std::string> out;
  for (const auto& part : text::split(field, ' ')) {
    if (!text::trim(part).empty()) out.emplace_back(text::trim(part));
  }
  return out;
}

struct Working {
  std::vector<Institution> all;
  std::vector<bool> is_new, changed;
  std::unordered_map<std::string, std::size_t> by_ror, by_domain;
  // Folded name + country -> record; kAmbiguous when several records share them.
  std::unordered_map<std::string, std::size_t> by_name;
  static constexpr std::size_t kAmbiguous = static_cast<std::size_t>(-1);
  ImportReport report;

  void warn(std::string message) {
    ++report.skipped;
    if (report.warnings.size() < kMaxWarnings) report.warnings.push_back(std::move(message));
  }

  static std::string name_key(const Institution& in) {
    return text::fold_for_search(in.name) + "|" + in.country;
  }

  void index(std::size_t i) {
    if (!all[i].ror_id.empty()) by_ror.emplace(all[i].ror_id, i);
    for (const auto& d : all[i].domains) by_domain.emplace(d, i);
    const auto [it, inserted] = by_name.emplace(name_key(all[i]), i);
    if (!inserted && it->second != i) it->second = kAmbiguous;
  }

  // Drops the domains another institution already has; they stay with the first.
  void keep_free_domains(Institution& in, std::size_t self) {
    std::erase_if(in.domains, [&](const std::string& d) {
      const auto it = by_domain.find(d);
      return it != by_domain.end() && it->second != self;
    });
  }

  void add_new(Institution in) {
    const auto i = all.size();
    keep_free_domains(in, i);
    all.push_back(std::move(in));
    is_new.push_back(true);
    changed.push_back(true);
    index(i);
    ++report.created;
  }

  static bool same_data(const Institution& a, const Institution& b) {
    auto names = [](const Institution& in) {
      std::vector<std::tuple<std::string, std::string, NameKind>> v;
      v.reserve(in.names.size());
      for (const auto& n : in.names) v.emplace_back(n.name, n.lang, n.kind);
      return v;
    };
    return a.ror_id == b.ror_id && a.name == b.name && a.name_zh == b.name_zh &&
           a.country == b.country && a.city == b.city && a.state_province == b.state_province &&
           a.types == b.types && a.established == b.established && a.website == b.website &&
           a.wikidata == b.wikidata && a.status == b.status && a.domains == b.domains &&
           names(a) == names(b);
  }
};

void add_name(Institution& in, std::string name, std::string lang, NameKind kind) {
  const auto folded = text::fold_for_search(name);
  if (folded.empty() || text::fold_for_search(in.name) == folded ||
      text::fold_for_search(in.name_zh) == folded)
    return;
  for (const auto& n : in.names) {
    if (text::fold_for_search(n.name) == folded && n.kind == kind) return;
  }
  in.names.push_back({std::move(name), std::move(lang), kind});
}

Result<std::vector<Institution>> parse_ror(const ImportSource& source, Working& w) {
  auto table = csv::parse(source.content);
  if (!table)
    return fail(Error::invalid(fmt::format("{}: {}", source.name, table.error().message)));
  std::unordered_map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < table->header.size(); ++i) col[table->header[i]] = i;
  for (const char* required : {"ror_id", "display_name", "country_code"}) {
    if (!col.contains(required)) {
      return fail(Error::invalid(
          fmt::format("{}: no '{}' column; is this a ROR export?", source.name, required)));
    }
  }
  std::vector<Institution> out;
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    const auto get = [&](const char* name) -> std::string {
      const auto it = col.find(name);
      return it != col.end() && it->second < row.size() ? row[it->second] : std::string();
    };
    ++w.report.read;
    Institution in;
    in.ror_id = get("ror_id");
    in.name = get("display_name");
    in.name_zh = get("name_zh");
    in.country = get("country_code");
    in.city = get("city");
    in.wikidata = get("wikidata");
    in.status = get("status").empty() ? "active" : get("status");
    for (const auto& t : text::split(get("types"), ';')) {
      if (const auto type = domain::parse_institution_type(t)) in.types.push_back(*type);
    }
    if (const auto year = get("established");
        !year.empty() && year.find_first_not_of("0123456789") == std::string::npos &&
        year.size() <= 4) {
      in.established = std::stoi(year);
    }
    for (const auto& link : split_spaces(get("links"))) {
      if (link.find("wikipedia.org") == std::string::npos) {
        in.website = link;
        break;
      }
    }
    in.domains = split_spaces(get("domains"));
    for (auto& a : split_names(get("aliases"))) add_name(in, std::move(a), "", NameKind::alias);
    for (auto& a : split_names(get("acronyms"))) add_name(in, std::move(a), "", NameKind::acronym);
    for (const auto& label : split_names(get("labels_other_lang"))) {
      const auto colon = label.find(':');
      if (colon <= 3) {  // npos is larger: no colon, no language
        add_name(in, label.substr(colon + 1), label.substr(0, colon), NameKind::label);
      } else {
        add_name(in, label, "", NameKind::label);
      }
    }
    if (auto ok = domain::validate_and_normalize(in); !ok) {
      w.warn(fmt::format("{} line {}: {} ({})", source.name, table->line_numbers[r],
                         ok.error().message,
                         ok.error().fields.empty() ? "" : ok.error().fields.front().message));
      continue;
    }
    out.push_back(std::move(in));
  }
  return out;
}

Result<std::vector<Institution>> parse_world_universities(const ImportSource& source, Working& w) {
  auto parsed = parse_json(source.content);
  if (!parsed)
    return fail(Error::invalid(fmt::format("{}: {}", source.name, parsed.error().message)));
  const nlohmann::json doc = std::move(*parsed);
  if (!doc.is_array())
    return fail(
        Error::invalid(fmt::format("{}: expected a JSON array of universities", source.name)));
  std::vector<Institution> out;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const auto& u = doc[i];
    ++w.report.read;
    if (!u.is_object()) {
      w.warn(fmt::format("{} item {}: not an object", source.name, i));
      continue;
    }
    // A member of another type reads as absent (and the record is then skipped as invalid).
    const auto text_member = [&u](const char* name) {
      return u.contains(name) && u[name].is_string() ? u[name].get<std::string>() : std::string();
    };
    Institution in;
    in.name = text_member("name");
    in.country = text_member("alpha_two_code");
    if (u.contains("state-province") && u["state-province"].is_string())
      in.state_province = u["state-province"];
    in.types = {domain::InstitutionType::education};
    if (u.contains("domains") && u["domains"].is_array()) {
      for (const auto& d : u["domains"]) {
        if (d.is_string()) in.domains.push_back(d);
      }
    }
    if (u.contains("web_pages") && u["web_pages"].is_array() && !u["web_pages"].empty() &&
        u["web_pages"][0].is_string()) {
      in.website = u["web_pages"][0];
    }
    if (auto ok = domain::validate_and_normalize(in); !ok) {
      w.warn(fmt::format(
          "{} item {} ({}): {}", source.name, i, in.name,
          ok.error().fields.empty() ? ok.error().message : ok.error().fields.front().message));
      continue;
    }
    out.push_back(std::move(in));
  }
  return out;
}

// Joins one incoming record to the working set: by ROR id, then by any domain.
void join(Working& w, Institution in) {
  std::optional<std::size_t> match;
  if (!in.ror_id.empty()) {
    if (const auto it = w.by_ror.find(in.ror_id); it != w.by_ror.end()) match = it->second;
  }
  if (!match && in.ror_id.empty()) {
    for (const auto& d : in.domains) {
      if (const auto it = w.by_domain.find(d); it != w.by_domain.end()) {
        match = it->second;
        break;
      }
    }
    // Some ROR records list no domain (Monash University): the same name in the same
    // country, when only one record has it, is the same institution.
    if (!match) {
      if (const auto it = w.by_name.find(Working::name_key(in));
          it != w.by_name.end() && it->second != Working::kAmbiguous) {
        match = it->second;
      }
    }
  }
  if (!match) {
    w.add_new(std::move(in));
    return;
  }
  Institution& target = w.all[*match];
  const Institution before = target;
  if (!in.ror_id.empty()) {
    // A newer ROR record replaces the stored one, keeping names and domains other
    // sources added.
    Institution merged = in;
    merged.id = target.id;
    merged.version = target.version;
    for (const auto& n : target.names) add_name(merged, n.name, n.lang, n.kind);
    for (const auto& d : target.domains) {
      if (std::find(merged.domains.begin(), merged.domains.end(), d) == merged.domains.end())
        merged.domains.push_back(d);
    }
    target = std::move(merged);
  } else {
    add_name(target, in.name, "", NameKind::alias);
    for (const auto& d : in.domains) {
      if (std::find(target.domains.begin(), target.domains.end(), d) == target.domains.end())
        target.domains.push_back(d);
    }
    if (target.state_province.empty()) target.state_province = in.state_province;
    if (target.website.empty()) target.website = in.website;
  }
  w.keep_free_domains(target, *match);
  w.index(*match);
  ++w.report.merged;
  if (!Working::same_data(before, target)) w.changed[*match] = true;
}

}  // namespace

Result<ImportReport> import_institutions(store::Store& store, const Clock& clock,
                                         const domain::Actor& actor,
                                         const std::vector<ImportSource>& sources) {
  if (auto ok = require_reach(actor, Resource::institution, Action::import, "import institutions");
      !ok) {
    return fail(ok.error());
  }
  // ROR first: its records carry the identifiers that the other lists join to.
  std::vector<const ImportSource*> ordered;
  for (const auto& s : sources) {
    if (s.name.ends_with(".csv")) ordered.push_back(&s);
  }
  for (const auto& s : sources) {
    if (s.name.ends_with(".json")) ordered.push_back(&s);
  }
  for (const auto& s : sources) {
    if (!s.name.ends_with(".csv") && !s.name.ends_with(".json")) {
      return fail(Error::invalid(fmt::format(
          "{}: unknown format; expected a ROR .csv or a world-universities .json", s.name)));
    }
  }
  auto report =
      run(store, store::Access::write, [&](store::Transaction& tx) -> Result<ImportReport> {
        // Each attempt joins the sources to the registry as this transaction reads it.
        Working w;
        auto existing = tx.institutions().all();
        if (!existing) return fail(existing.error());
        w.all = std::move(*existing);
        w.is_new.assign(w.all.size(), false);
        w.changed.assign(w.all.size(), false);
        for (std::size_t i = 0; i < w.all.size(); ++i) w.index(i);
        nlohmann::json audit_sources = nlohmann::json::array();
        for (const auto* s : ordered) {
          auto records =
              s->name.ends_with(".csv") ? parse_ror(*s, w) : parse_world_universities(*s, w);
          if (!records) return fail(records.error());
          for (auto& in : *records) join(w, std::move(in));
          audit_sources.push_back({{"name", s->name}, {"sha256", crypto::sha256_hex(s->content)}});
        }
        // Merges of a record into one created in this same run are not updates.
        for (std::size_t i = 0; i < w.all.size(); ++i) {
          if (!w.changed[i]) continue;
          if (w.is_new[i]) {
            auto id = tx.institutions().insert(w.all[i]);
            if (!id) return fail(id.error());
          } else {
            if (auto ok = tx.institutions().update(w.all[i]); !ok) return fail(ok.error());
            ++w.report.updated;
          }
        }
        const nlohmann::json summary = {
            {"sources", audit_sources},    {"read", w.report.read},
            {"created", w.report.created}, {"merged", w.report.merged},
            {"updated", w.report.updated}, {"skipped", w.report.skipped}};
        if (auto ok = record(tx, clock, actor, "institution.import", "institution", "*", nullptr,
                             summary);
            !ok) {
          return fail(ok.error());
        }
        return std::move(w.report);
      });
  if (!report) return fail(report.error());
  if (report->skipped > report->warnings.size()) {
    report->warnings.push_back(
        fmt::format("... and {} more skipped records", report->skipped - report->warnings.size()));
  }
  return report;
}

}  // namespace orbis::service
