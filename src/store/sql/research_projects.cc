// Joint research projects (store/research_projects.h).
#include "store/research_projects.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <utility>

#include "common/text.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using domain::research::Project;
using sql::Where;
using Json = nlohmann::json;

// The investigators, funding and outputs as the JSON columns hold them: read with the project,
// never queried.
std::string investigators_json(const Project& p) {
  Json out = Json::array();
  for (const auto& i : p.investigators) {
    Json j = {{"name", i.name}, {"role", domain::research::to_string(i.role)}, {"orcid", i.orcid}};
    if (i.institution) j["institution_id"] = i.institution->value;
    out.push_back(std::move(j));
  }
  return out.dump();
}

std::string funding_json(const Project& p) {
  Json out = Json::array();
  for (const auto& f : p.funding)
    out.push_back({{"funder", f.funder},
                   {"programme", f.programme},
                   {"amount", f.amount.amount},
                   {"currency", f.amount.currency}});
  return out.dump();
}

std::string outputs_json(const Project& p) {
  Json out = Json::array();
  for (const auto& o : p.outputs) {
    Json j = {{"kind", domain::research::to_string(o.kind)},
              {"title", o.title},
              {"doi", o.doi},
              {"url", o.url}};
    if (o.year) j["year"] = *o.year;
    out.push_back(std::move(j));
  }
  return out.dump();
}

std::string text_of(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Reads the JSON columns back; what Orbis wrote, so a value it cannot read is an internal error.
Status read_json(Project& p, const std::string& investigators, const std::string& funding,
                 const std::string& outputs) {
  const Json inv = Json::parse(investigators, nullptr, false);
  const Json fun = Json::parse(funding, nullptr, false);
  const Json out = Json::parse(outputs, nullptr, false);
  if (!inv.is_array() || !fun.is_array() || !out.is_array())
    return fail(
        Error::internal(fmt::format("research project {} has unreadable details", p.id.value)));
  for (const auto& j : inv) {
    domain::research::Investigator i;
    i.name = text_of(j, "name");
    i.role = domain::research::parse_investigator_role(text_of(j, "role"))
                 .value_or(domain::research::InvestigatorRole::co_investigator);
    i.orcid = text_of(j, "orcid");
    if (j.contains("institution_id") && j["institution_id"].is_number_integer())
      i.institution = InstitutionId{j["institution_id"].get<std::int64_t>()};
    p.investigators.push_back(std::move(i));
  }
  for (const auto& j : fun)
    p.funding.push_back({text_of(j, "funder"),
                         text_of(j, "programme"),
                         {text_of(j, "amount"), text_of(j, "currency")}});
  for (const auto& j : out) {
    domain::research::Output o;
    o.kind = domain::research::parse_output_kind(text_of(j, "kind"))
                 .value_or(domain::research::OutputKind::other);
    o.title = text_of(j, "title");
    o.doi = text_of(j, "doi");
    o.url = text_of(j, "url");
    if (j.contains("year") && j["year"].is_number_integer()) o.year = j["year"].get<int>();
    p.outputs.push_back(std::move(o));
  }
  return {};
}

// What the text search compares: the title and the acronym, ASCII lower case.
std::string title_key(const Project& p) { return text::to_lower_ascii(p.title + " " + p.acronym); }

// "%text%" for LIKE, its wildcards escaped with a backslash.
std::string like_pattern(const std::string& text) {
  std::string out = "%";
  for (const char c : text::to_lower_ascii(text)) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

void add_filters(Where& where, const ResearchProjectQuery& q) {
  if (!q.text.empty())
    where.add("title_key LIKE " + where.bind(like_pattern(q.text)) + " ESCAPE '\\'");
  if (q.status) {
    switch (*q.status) {
      case domain::research::ProjectStatus::planned:
        where.add("start_date > " + where.bind(q.today));
        break;
      case domain::research::ProjectStatus::active: {
        const std::string today = where.bind(q.today);
        where.add("start_date <= " + today + " AND end_date >= " + today);
        break;
      }
      case domain::research::ProjectStatus::ended:
        where.add("end_date < " + where.bind(q.today));
        break;
    }
  }
  for (const auto institution : q.partners)
    where.add(
        "EXISTS (SELECT 1 FROM research_project_partners pp WHERE pp.project_id = "
        "research_projects.id AND pp.institution_id = " +
        where.bind(institution.value) + ")");
  const auto linked = [&](const char* kind, std::int64_t target) {
    where.add("EXISTS (SELECT 1 FROM research_project_links l WHERE l.kind = " +
              where.bind(std::string(kind)) + " AND l.target_id = " + where.bind(target) +
              " AND l.project_id = research_projects.id)");
  };
  if (q.agreement) linked("agreement", q.agreement->value);
  if (q.visit) linked("visit", q.visit->value);
  if (!q.org_units.empty()) {
    std::vector<long long> ids;
    ids.reserve(q.org_units.size());
    for (const auto unit : q.org_units) ids.push_back(unit.value);
    where.add("org_unit_id IN " + where.bind_list(ids));
  }
}

constexpr const char* kColumns =
    "title, title_key, acronym, summary, start_date, end_date, org_unit_id, investigators, "
    "funding, outputs";

class Projects {
 public:
  explicit Projects(Transaction& tx)
      : sql_(internal::session_of(tx)), context_(internal::context_of(tx)) {}

  Result<std::vector<Project>> select(Where& where, const std::string& order) {
    std::vector<Project> out;
    long long id = 0;
    long long unit = 0;
    soci::indicator unit_ind = soci::i_null;
    int version = 0;
    std::string title, acronym, summary, start, end, investigators, funding, outputs;
    soci::statement st =
        (sql_.prepare << ("SELECT id, title, acronym, summary, start_date, end_date, org_unit_id, "
                          "investigators, funding, outputs, version FROM research_projects" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(id), soci::into(title), soci::into(acronym),
         soci::into(summary), soci::into(start), soci::into(end), soci::into(unit, unit_ind),
         soci::into(investigators), soci::into(funding), soci::into(outputs), soci::into(version));
    st.execute();
    while (st.fetch()) {
      Project p;
      p.id = ResearchProjectId{id};
      p.title = title;
      p.acronym = acronym;
      p.summary = summary;
      p.start_date = start;
      p.end_date = end;
      if (unit_ind == soci::i_ok) p.org_unit = OrgUnitId{unit};
      p.version = version;
      if (auto ok = read_json(p, investigators, funding, outputs); !ok) return fail(ok.error());
      out.push_back(std::move(p));
    }
    read_children(out);
    return out;
  }

  void write_children(long long id, const Project& p) {
    sql_ << "DELETE FROM research_project_partners WHERE project_id = :id", soci::use(id);
    sql_ << "DELETE FROM research_project_links WHERE project_id = :id", soci::use(id);
    for (std::size_t i = 0; i < p.partners.size(); ++i) {
      const int position = static_cast<int>(i);
      const long long institution = p.partners[i].institution.value;
      const std::string role(domain::research::to_string(p.partners[i].role));
      sql_ << "INSERT INTO research_project_partners (project_id, position, institution_id, "
              "role) VALUES (:p, :n, :i, :r)",
          soci::use(id), soci::use(position), soci::use(institution), soci::use(role);
    }
    const auto link = [&](const char* kind, std::size_t position, long long target) {
      const std::string k = kind;
      const int n = static_cast<int>(position);
      sql_ << "INSERT INTO research_project_links (project_id, kind, position, target_id) "
              "VALUES (:p, :k, :n, :t)",
          soci::use(id), soci::use(k), soci::use(n), soci::use(target);
    };
    for (std::size_t i = 0; i < p.agreements.size(); ++i)
      link("agreement", i, p.agreements[i].value);
    for (std::size_t i = 0; i < p.visits.size(); ++i) link("visit", i, p.visits[i].value);
  }

  soci::session& sql_;
  const sql::Context& context_;

 private:
  void read_children(std::vector<Project>& projects) {
    const sql::Parents parents(projects);
    sql::in_runs(parents.ids, [&](const std::vector<long long>& run) {
      long long owner = 0;
      long long target = 0;
      std::string text;
      {
        Where where;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "project_id", "institution_id, role",
                                                  "research_project_partners", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(target), soci::into(text));
        st.execute();
        while (st.fetch())
          parents[owner].partners.push_back(
              {InstitutionId{target}, domain::research::parse_partner_role(text).value_or(
                                          domain::research::PartnerRole::partner)});
      }
      Where where;
      soci::statement st =
          (sql_.prepare << sql::select_children(where, run, "project_id", "kind, target_id",
                                                "research_project_links", "kind, position"),
           soci::use(where.values()), soci::into(owner), soci::into(text), soci::into(target));
      st.execute();
      while (st.fetch()) {
        if (text == "agreement")
          parents[owner].agreements.push_back(AgreementId{target});
        else
          parents[owner].visits.push_back(ScholarCaseId{target});
      }
    });
  }
};

template <typename Statement>
void use_columns(Statement& st, const std::string& title, const std::string& key, const Project& p,
                 const long long& unit, soci::indicator& unit_ind, const std::string& inv,
                 const std::string& fun, const std::string& out) {
  st, soci::use(title), soci::use(key), soci::use(p.acronym), soci::use(p.summary),
      soci::use(p.start_date), soci::use(p.end_date), soci::use(unit, unit_ind), soci::use(inv),
      soci::use(fun), soci::use(out);
}

}  // namespace

Result<Page<Project>> list_research_projects(Transaction& tx, const ResearchProjectQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing research projects", [&]() -> Result<Page<Project>> {
        Projects projects(tx);
        Where where;
        add_filters(where, q);
        where.add_keyset({"start_date"}, q.page.after, "id", true);
        auto rows =
            projects.select(where, sql::order_and_limit({"start_date"}, q.page.limit, "id", true));
        if (!rows) return fail(rows.error());
        return sql::page_of(std::move(*rows), q.page.limit,
                            [](const Project& p) { return Cursor{{p.start_date}, p.id.value}; });
      });
}

Result<std::size_t> count_research_projects(Transaction& tx, const ResearchProjectQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "counting research projects", [&]() -> Result<std::size_t> {
        Where where;
        add_filters(where, q);
        long long n = 0;
        internal::session_of(tx) << ("SELECT COUNT(*) FROM research_projects" + where.sql()),
            soci::use(where.values()), soci::into(n);
        return static_cast<std::size_t>(n);
      });
}

Result<Project> get_research_project(Transaction& tx, ResearchProjectId id) {
  return internal::guarded(
      internal::context_of(tx), "reading a research project", [&]() -> Result<Project> {
        Projects projects(tx);
        Where where;
        where.add("id = " + where.bind(id.value));
        auto rows = projects.select(where, "");
        if (!rows) return fail(rows.error());
        if (rows->empty())
          return fail(Error::not_found(fmt::format("no research project {}", id.value)));
        return std::move(rows->front());
      });
}

Result<ResearchProjectId> insert_research_project(Transaction& tx, const Project& p) {
  return internal::guarded(
      internal::context_of(tx), "adding a research project", [&]() -> Result<ResearchProjectId> {
        Projects projects(tx);
        const std::string now = projects.context_.now();
        const std::string key = title_key(p);
        const std::string inv = investigators_json(p), fun = funding_json(p), out = outputs_json(p);
        const long long unit = p.org_unit ? p.org_unit->value : 0;
        soci::indicator unit_ind = p.org_unit ? soci::i_ok : soci::i_null;
        long long id = 0;
        auto prepared = (projects.sql_.prepare
                         << ("INSERT INTO research_projects (" + std::string(kColumns) +
                             ", created_at, updated_at, version) VALUES (:title, :key, :acronym, "
                             ":summary, :start, :end, :unit, :inv, :fun, :out, :created, "
                             ":updated, 1) RETURNING id"));
        use_columns(prepared, p.title, key, p, unit, unit_ind, inv, fun, out);
        prepared, soci::use(now), soci::use(now), soci::into(id);
        soci::statement st(prepared);
        st.execute(true);
        projects.write_children(id, p);
        return ResearchProjectId{id};
      });
}

Status update_research_project(Transaction& tx, const Project& p) {
  return internal::guarded(internal::context_of(tx), "saving a research project", [&]() -> Status {
    Projects projects(tx);
    const std::string now = projects.context_.now();
    const std::string key = title_key(p);
    const std::string inv = investigators_json(p), fun = funding_json(p), out = outputs_json(p);
    const long long unit = p.org_unit ? p.org_unit->value : 0;
    soci::indicator unit_ind = p.org_unit ? soci::i_ok : soci::i_null;
    long long id = p.id.value;
    int version = p.version;
    auto prepared =
        (projects.sql_.prepare
         << "UPDATE research_projects SET title = :title, title_key = :key, acronym = :acronym, "
            "summary = :summary, start_date = :start, end_date = :end, org_unit_id = :unit, "
            "investigators = :inv, funding = :fun, outputs = :out, updated_at = :updated, "
            "version = version + 1 WHERE id = :id AND version = :version");
    use_columns(prepared, p.title, key, p, unit, unit_ind, inv, fun, out);
    prepared, soci::use(now), soci::use(id), soci::use(version);
    soci::statement st(prepared);
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      projects.sql_ << "SELECT COUNT(*) FROM research_projects WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return fail(Error::not_found(fmt::format("no research project {}", id)));
      return fail(Error::conflict(
          "the research project was changed by someone else since it was read; reload and try "
          "again"));
    }
    projects.write_children(id, p);
    return {};
  });
}

}  // namespace orbis::store
