// Calls in columns, their eligibility rules and weights among them, with their
// offers in a child table (migration 9, "facts in columns"). A rule's levels
// and years of study, which nothing selects by, are lists of the storage codec
// (store/sql/codecs.h).
#include <fmt/format.h>

#include <ctime>
#include <map>
#include <set>

#include "store/call_page.h"
#include "store/lists.h"
#include "store/sql/codecs.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Call;
using sql::Where;

// The instant of an ISO 8601 time with its offset, in UTC ("….000Z"): what calls
// are ordered and found by. Empty when the text is not such a time.
std::string utc_of(std::string_view text) {
  const auto seconds = domain::parse_instant(text);
  if (!seconds) return "";
  const std::time_t t = static_cast<std::time_t>(*seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
  return out;
}

// Eligibility rules as columns, bound for reading and writing.
struct RulesColumns {
  std::string levels = codec::encode_numbers({}), years = codec::encode_numbers({}), gpa_scale,
              language, min_cefr, field;
  double min_gpa = 0;
  soci::indicator min_gpa_ind = soci::i_null;

  void from(const domain::EligibilityRules& r) {
    levels = codec::encode_numbers(r.levels);
    years = codec::encode_numbers(r.years_of_study);
    min_gpa = r.min_gpa.value_or(0);
    min_gpa_ind = r.min_gpa ? soci::i_ok : soci::i_null;
    gpa_scale = r.gpa_scale;
    language = r.language;
    min_cefr = r.min_cefr;
    field = r.field;
  }
  domain::EligibilityRules to() const {
    domain::EligibilityRules r;
    r.levels = codec::decode_numbers(levels);
    r.years_of_study = codec::decode_numbers(years);
    if (min_gpa_ind == soci::i_ok) r.min_gpa = min_gpa;
    r.gpa_scale = gpa_scale;
    r.language = language;
    r.min_cefr = min_cefr;
    r.field = field;
    return r;
  }
};

struct CallRow {
  long long id = 0, org_unit = 0, published_run = 0;
  soci::indicator org_unit_ind = soci::i_null, published_run_ind = soci::i_null;
  std::string code, title, title_zh, academic_year, term, opens_at, closes_at, opens_at_utc,
      closes_at_utc, time_zone;
  RulesColumns rules;
  double weight_gpa = 0, weight_language = 0, weight_interview = 0, weight_motivation = 0;
  int max_preferences = 0, version = 0;

  void from(const Call& c) {
    id = c.id.value;
    code = c.code;
    title = c.title;
    title_zh = c.title_zh;
    academic_year = c.academic_year;
    term = c.term;
    opens_at = c.opens_at;
    closes_at = c.closes_at;
    opens_at_utc = utc_of(c.opens_at);
    closes_at_utc = utc_of(c.closes_at);
    time_zone = c.time_zone;
    org_unit = c.org_unit ? c.org_unit->value : 0;
    org_unit_ind = c.org_unit ? soci::i_ok : soci::i_null;
    rules.from(c.eligibility);
    weight_gpa = c.weights.gpa;
    weight_language = c.weights.language;
    weight_interview = c.weights.interview;
    weight_motivation = c.weights.motivation;
    max_preferences = c.max_preferences;
    published_run = c.published_run ? c.published_run->value : 0;
    published_run_ind = c.published_run ? soci::i_ok : soci::i_null;
    version = c.version;
  }
  Call to() const {
    Call c;
    c.id = CallId{id};
    c.code = code;
    c.title = title;
    c.title_zh = title_zh;
    c.academic_year = academic_year;
    c.term = term;
    c.opens_at = opens_at;
    c.closes_at = closes_at;
    c.time_zone = time_zone;
    if (org_unit_ind == soci::i_ok) c.org_unit = OrgUnitId{org_unit};
    c.eligibility = rules.to();
    c.weights = {weight_gpa, weight_language, weight_interview, weight_motivation};
    c.max_preferences = max_preferences;
    if (published_run_ind == soci::i_ok) c.published_run = PlacementRunId{published_run};
    c.version = version;
    return c;
  }
};

constexpr const char* kColumns =
    "id, code, title, title_zh, academic_year, term, opens_at, closes_at, "
    "time_zone, "
    "org_unit_id, levels, years_of_study, min_gpa, gpa_scale, language, "
    "min_cefr, field, "
    "weight_gpa, weight_language, weight_interview, weight_motivation, "
    "max_preferences, "
    "published_run_id, version";

class SqlCallRepository final : public CallRepository {
 public:
  explicit SqlCallRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Call>> all() override {
    return guarded(context_, "reading calls", [&]() -> Result<std::vector<Call>> {
      Where where;
      return select(where, " ORDER BY academic_year DESC, code");
    });
  }

  Result<Call> get(CallId id) override {
    return guarded(context_, "reading a call", [&]() -> Result<Call> {
      Where where;
      where.add("id = " + where.bind(id.value));
      auto rows = select(where, "");
      if (rows.empty()) return fail(Error::not_found(fmt::format("no call {}", id.value)));
      return std::move(rows.front());
    });
  }

  // A page of the calls `q` selects, the newest academic year first, then by code
  // (store/lists.h).
  Result<Page<Call>> list(const CallQuery& q) {
    return guarded(context_, "listing calls", [&]() -> Result<Page<Call>> {
      Where where;
      if (q.open_at) {
        // A student's: open now (domain::phase, in UTC seconds), or applied to.
        const std::string now = utc_of(*q.open_at);
        std::string scope =
            "(opens_at_utc <= " + where.bind(now) + " AND " + where.bind(now) + " < closes_at_utc)";
        if (q.applicant) {
          scope += " OR EXISTS (SELECT 1 FROM applications a WHERE a.call_id = calls.id AND " +
                   std::string("a.person_id = ") + where.bind(q.applicant->value) + ")";
        }
        where.add("(" + scope + ")");
        if (q.closing_by)
          where.add("closes_at_utc <= " + where.bind(utc_of(*q.closing_by)) + " AND " +
                    where.bind(now) + " < closes_at_utc AND opens_at_utc <= " + where.bind(now));
      }
      if (q.page.after) {
        // After (year, code) in the order year descending, code ascending.
        const auto& keys = q.page.after->keys;
        const std::string year = !keys.empty() ? keys[0] : "",
                          code = keys.size() > 1 ? keys[1] : "";
        where.add("(academic_year < " + where.bind(year) +
                  " OR (academic_year = " + where.bind(year) + " AND (code > " + where.bind(code) +
                  " OR (code = " + where.bind(code) + " AND id > " +
                  where.bind(static_cast<long long>(q.page.after->id)) + "))))");
      }
      auto rows = select(where, " ORDER BY academic_year DESC, code, id LIMIT " +
                                    std::to_string(q.page.limit + 1));
      return sql::page_of(std::move(rows), q.page.limit, [](const Call& c) {
        return Cursor{{c.academic_year, c.code}, c.id.value};
      });
    });
  }

  Result<CallId> insert(const Call& c) override {
    return guarded(context_, fmt::format("adding the call {}", c.code), [&]() -> Result<CallId> {
      CallRow r;
      r.from(c);
      const std::string now = context_.now();
      long long id = 0;
      sql_ << "INSERT INTO calls (code, title, title_zh, academic_year, "
              "term, opens_at, "
              "closes_at, opens_at_utc, closes_at_utc, time_zone, "
              "org_unit_id, levels, "
              "years_of_study, min_gpa, gpa_scale, language, min_cefr, "
              "field, weight_gpa, "
              "weight_language, weight_interview, weight_motivation, "
              "max_preferences, "
              "published_run_id, version, created_at, updated_at) VALUES "
              "(:code, :title, "
              ":title_zh, :year, :term, :opens, :closes, " +
                  context_.dialect.optional_instant(":opens_utc") + ", " +
                  context_.dialect.optional_instant(":closes_utc") +
                  ", :zone, :unit, "
                  ":levels, :years, :min_gpa, :gpa_scale, :language, "
                  ":min_cefr, :field, :wg, :wl, "
                  ":wi, :wm, :max_preferences, :run, 1, :created, :updated) "
                  "RETURNING id",
          soci::use(r.code), soci::use(r.title), soci::use(r.title_zh), soci::use(r.academic_year),
          soci::use(r.term), soci::use(r.opens_at), soci::use(r.closes_at),
          soci::use(r.opens_at_utc), soci::use(r.closes_at_utc), soci::use(r.time_zone),
          soci::use(r.org_unit, r.org_unit_ind), soci::use(r.rules.levels),
          soci::use(r.rules.years), soci::use(r.rules.min_gpa, r.rules.min_gpa_ind),
          soci::use(r.rules.gpa_scale), soci::use(r.rules.language), soci::use(r.rules.min_cefr),
          soci::use(r.rules.field), soci::use(r.weight_gpa), soci::use(r.weight_language),
          soci::use(r.weight_interview), soci::use(r.weight_motivation),
          soci::use(r.max_preferences), soci::use(r.published_run, r.published_run_ind),
          soci::use(now), soci::use(now), soci::into(id);
      write_offers(id, c);
      return CallId{id};
    });
  }

  Status update(const Call& c) override {
    return guarded(context_, fmt::format("saving the call {}", c.code), [&]() -> Status {
      CallRow r;
      r.from(c);
      const std::string now = context_.now();
      soci::statement st =
          (sql_.prepare << "UPDATE calls SET code = :code, title = :title, "
                           "title_zh = :title_zh, "
                           "academic_year = :year, term = :term, opens_at = "
                           ":opens, closes_at = :closes, "
                           "opens_at_utc = " +
                               context_.dialect.optional_instant(":opens_utc") +
                               ", closes_at_utc = " +
                               context_.dialect.optional_instant(":closes_utc") +
                               ", time_zone = :zone, "
                               "org_unit_id = :unit, levels = :levels, "
                               "years_of_study = :years, min_gpa = "
                               ":min_gpa, gpa_scale = :gpa_scale, language = "
                               ":language, min_cefr = :min_cefr, "
                               "field = :field, weight_gpa = :wg, weight_language "
                               "= :wl, weight_interview = "
                               ":wi, weight_motivation = :wm, max_preferences = "
                               ":max_preferences, "
                               "published_run_id = :run, version = version + 1, "
                               "updated_at = :updated WHERE "
                               "id = :id AND version = :version",
           soci::use(r.code), soci::use(r.title), soci::use(r.title_zh), soci::use(r.academic_year),
           soci::use(r.term), soci::use(r.opens_at), soci::use(r.closes_at),
           soci::use(r.opens_at_utc), soci::use(r.closes_at_utc), soci::use(r.time_zone),
           soci::use(r.org_unit, r.org_unit_ind), soci::use(r.rules.levels),
           soci::use(r.rules.years), soci::use(r.rules.min_gpa, r.rules.min_gpa_ind),
           soci::use(r.rules.gpa_scale), soci::use(r.rules.language), soci::use(r.rules.min_cefr),
           soci::use(r.rules.field), soci::use(r.weight_gpa), soci::use(r.weight_language),
           soci::use(r.weight_interview), soci::use(r.weight_motivation),
           soci::use(r.max_preferences), soci::use(r.published_run, r.published_run_ind),
           soci::use(now), soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(r.id);
      sql_ << "DELETE FROM call_offers WHERE call_id = :id", soci::use(r.id);
      write_offers(r.id, c);
      return {};
    });
  }

 private:
  Status stale_or_missing(long long id) {
    long long exists = 0;
    sql_ << "SELECT COUNT(*) FROM calls WHERE id = :id", soci::use(id), soci::into(exists);
    if (!exists) return fail(Error::not_found(fmt::format("no call {}", id)));
    return fail(
        Error::conflict("the call was changed by someone else since it "
                        "was read; reload and try again"));
  }

  std::vector<Call> select(Where& where, const std::string& order) {
    std::vector<Call> out;
    CallRow r;
    soci::statement st =
        (sql_.prepare << (std::string("SELECT ") + kColumns + " FROM calls" + where.sql() + order),
         soci::use(where.values()), soci::into(r.id), soci::into(r.code), soci::into(r.title),
         soci::into(r.title_zh), soci::into(r.academic_year), soci::into(r.term),
         soci::into(r.opens_at), soci::into(r.closes_at), soci::into(r.time_zone),
         soci::into(r.org_unit, r.org_unit_ind), soci::into(r.rules.levels),
         soci::into(r.rules.years), soci::into(r.rules.min_gpa, r.rules.min_gpa_ind),
         soci::into(r.rules.gpa_scale), soci::into(r.rules.language), soci::into(r.rules.min_cefr),
         soci::into(r.rules.field), soci::into(r.weight_gpa), soci::into(r.weight_language),
         soci::into(r.weight_interview), soci::into(r.weight_motivation),
         soci::into(r.max_preferences), soci::into(r.published_run, r.published_run_ind),
         soci::into(r.version));
    st.execute();
    while (st.fetch()) out.push_back(r.to());
    read_offers(out);
    return out;
  }

  // The offers of every one of `calls`, in one statement for the page rather than one per call.
  void read_offers(std::vector<Call>& calls) {
    if (calls.empty()) return;
    std::map<long long, Call*> by_id;
    std::vector<long long> ids;
    ids.reserve(calls.size());
    for (auto& c : calls) {
      by_id[c.id.value] = &c;
      ids.push_back(c.id.value);
    }
    Where where;
    where.add("call_id IN " + where.bind_list(ids));
    long long call = 0, offer = 0, agreement = 0, condition = 0, programme = 0, host = 0;
    soci::indicator agreement_ind = soci::i_null, condition_ind = soci::i_null,
                    programme_ind = soci::i_null;
    int seats = 0;
    std::string title;
    RulesColumns rules;
    soci::statement st =
        (sql_.prepare << "SELECT call_id, offer_id, agreement_id, condition_id, programme_id, "
                         "host_id, seats, title, levels, years_of_study, min_gpa, gpa_scale, "
                         "language, min_cefr, field FROM call_offers" +
                             where.sql() + " ORDER BY call_id, position",
         soci::use(where.values()), soci::into(call), soci::into(offer),
         soci::into(agreement, agreement_ind), soci::into(condition, condition_ind),
         soci::into(programme, programme_ind), soci::into(host), soci::into(seats),
         soci::into(title), soci::into(rules.levels), soci::into(rules.years),
         soci::into(rules.min_gpa, rules.min_gpa_ind), soci::into(rules.gpa_scale),
         soci::into(rules.language), soci::into(rules.min_cefr), soci::into(rules.field));
    st.execute();
    while (st.fetch()) {
      domain::Offer o;
      o.id = offer;
      if (agreement_ind == soci::i_ok) o.agreement = AgreementId{agreement};
      if (condition_ind == soci::i_ok) o.condition = condition;
      if (programme_ind == soci::i_ok) o.programme = ProgrammeId{programme};
      o.host = InstitutionId{host};
      o.seats = seats;
      o.title = title;
      o.eligibility = rules.to();
      by_id.at(call)->offers.push_back(std::move(o));
    }
  }

  void write_offers(long long call, const Call& c) {
    for (std::size_t i = 0; i < c.offers.size(); ++i) {
      const auto& o = c.offers[i];
      const int position = static_cast<int>(i);
      long long offer = o.id, agreement = o.agreement ? o.agreement->value : 0,
                condition = o.condition.value_or(0),
                programme = o.programme ? o.programme->value : 0, host = o.host.value;
      soci::indicator agreement_ind = o.agreement ? soci::i_ok : soci::i_null,
                      condition_ind = o.condition ? soci::i_ok : soci::i_null,
                      programme_ind = o.programme ? soci::i_ok : soci::i_null;
      RulesColumns rules;
      rules.from(o.eligibility);
      sql_ << "INSERT INTO call_offers (call_id, offer_id, position, "
              "agreement_id, condition_id, "
              "programme_id, host_id, seats, title, levels, years_of_study, "
              "min_gpa, gpa_scale, "
              "language, min_cefr, field) VALUES (:call, :offer, :position, "
              ":agreement, "
              ":condition, :programme, :host, :seats, :title, :levels, :years, "
              ":min_gpa, "
              ":gpa_scale, :language, :min_cefr, :field)",
          soci::use(call), soci::use(offer), soci::use(position),
          soci::use(agreement, agreement_ind), soci::use(condition, condition_ind),
          soci::use(programme, programme_ind), soci::use(host), soci::use(o.seats),
          soci::use(o.title), soci::use(rules.levels), soci::use(rules.years),
          soci::use(rules.min_gpa, rules.min_gpa_ind), soci::use(rules.gpa_scale),
          soci::use(rules.language), soci::use(rules.min_cefr), soci::use(rules.field);
    }
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<CallRepository> make_call_repository(const sql::Context& context) {
  return std::make_unique<SqlCallRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Call>> list_calls(Transaction& tx, const CallQuery& query) {
  return internal::SqlCallRepository(internal::context_of(tx)).list(query);
}

Result<std::map<InstitutionId, OfferHost>> offer_hosts(Transaction& tx,
                                                       const std::vector<CallId>& calls) {
  using Hosts = std::map<InstitutionId, OfferHost>;
  return internal::guarded(
      internal::context_of(tx), "reading the hosts of calls' offers", [&]() -> Result<Hosts> {
        Hosts out;
        if (calls.empty()) return out;
        std::vector<long long> ids;
        ids.reserve(calls.size());
        for (const auto id : calls) ids.push_back(id.value);
        // Selected by the page's call ids (20 bound values) rather than by the hosts' ids,
        // which would bind one value per host (hundreds on a large university's page).
        sql::Where where;
        where.add("i.id IN (SELECT o.host_id FROM call_offers o WHERE o.call_id IN " +
                  where.bind_list(ids) + ")");
        long long id = 0;
        OfferHost h;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT i.id, i.name, i.name_zh, i.country FROM institutions i" + where.sql(),
             soci::use(where.values()), soci::into(id), soci::into(h.name), soci::into(h.name_zh),
             soci::into(h.country));
        st.execute();
        while (st.fetch()) out[InstitutionId{id}] = h;
        return out;
      });
}

}  // namespace orbis::store
