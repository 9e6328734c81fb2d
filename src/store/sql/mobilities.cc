// Stays (mobilities) in columns, the nomination among them, with their funding
// and history in child tables (migration 9, "facts in columns").
#include <fmt/format.h>

#include <vector>

#include "store/lists.h"
#include "store/sql/recognition_tallies.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Mobility;
using sql::Where;

std::optional<domain::NominationDecision> parse_decision(std::string_view text) {
  for (auto d : {domain::NominationDecision::pending, domain::NominationDecision::accepted,
                 domain::NominationDecision::rejected}) {
    if (domain::to_string(d) == text) return d;
  }
  return std::nullopt;
}

// A nullable id column, bound for reading and writing.
struct OptionalId {
  long long value = 0;
  soci::indicator ind = soci::i_null;

  template <typename T>
  void from(const std::optional<T>& id) {
    if constexpr (std::is_integral_v<T>) {
      value = id.value_or(0);
    } else {
      value = id ? id->value : 0;
    }
    ind = id ? soci::i_ok : soci::i_null;
  }
  template <typename T>
  std::optional<T> to() const {
    if (ind != soci::i_ok) return std::nullopt;
    if constexpr (std::is_integral_v<T>) {
      return static_cast<T>(value);
    } else {
      return T{value};
    }
  }
};

struct MobilityRow {
  long long id = 0, person = 0, sending = 0, receiving = 0;
  OptionalId org_unit, agreement, condition, programme, call, application;
  std::string direction, type, status, academic_year, planned_start, planned_end, actual_start,
      actual_end, decision, nominated_at, nominated_by, decided_at, decided_by, nomination_reason,
      cancel_reason;
  double credits_planned = 0;
  int version = 0;

  void from(const Mobility& m) {
    id = m.id.value;
    person = m.person.value;
    direction = domain::to_string(m.direction);
    type = domain::to_string(m.type);
    status = domain::to_string(m.status);
    sending = m.sending.value;
    receiving = m.receiving.value;
    org_unit.from(m.org_unit);
    agreement.from(m.agreement);
    condition.from(m.condition);
    programme.from(m.programme);
    call.from(m.call);
    application.from(m.application);
    academic_year = m.academic_year;
    planned_start = m.planned_start;
    planned_end = m.planned_end;
    actual_start = m.actual_start;
    actual_end = m.actual_end;
    credits_planned = m.credits_planned;
    decision = domain::to_string(m.nomination.decision);
    nominated_at = m.nomination.nominated_at;
    nominated_by = m.nomination.nominated_by;
    decided_at = m.nomination.decided_at;
    decided_by = m.nomination.decided_by;
    nomination_reason = m.nomination.reason;
    cancel_reason = m.cancel_reason;
    version = m.version;
  }

  Result<Mobility> to() const {
    Mobility m;
    m.id = MobilityId{id};
    m.person = PersonId{person};
    const auto d = domain::parse_direction(direction);
    const auto t = domain::parse_mobility_type(type);
    const auto s = domain::parse_mobility_status(status);
    const auto n = parse_decision(decision);
    if (!d || !t || !s || !n)
      return fail(Error::internal(fmt::format("mobility {} is not readable", id)));
    m.direction = *d;
    m.type = *t;
    m.status = *s;
    m.nomination.decision = *n;
    m.sending = InstitutionId{sending};
    m.receiving = InstitutionId{receiving};
    m.org_unit = org_unit.to<OrgUnitId>();
    m.agreement = agreement.to<AgreementId>();
    m.condition = condition.to<std::int64_t>();
    m.programme = programme.to<ProgrammeId>();
    m.call = call.to<CallId>();
    m.application = application.to<ApplicationId>();
    m.academic_year = academic_year;
    m.planned_start = planned_start;
    m.planned_end = planned_end;
    m.actual_start = actual_start;
    m.actual_end = actual_end;
    m.credits_planned = credits_planned;
    m.nomination.nominated_at = nominated_at;
    m.nomination.nominated_by = nominated_by;
    m.nomination.decided_at = decided_at;
    m.nomination.decided_by = decided_by;
    m.nomination.reason = nomination_reason;
    m.cancel_reason = cancel_reason;
    m.version = version;
    return m;
  }
};

// The columns a stay is read from, its instants as the dialect prints them.
std::string columns(const sql::Dialect& d) {
  return "id, person_id, direction, type, status, sending_id, receiving_id, org_unit_id, "
         "agreement_id, condition_id, programme_id, call_id, application_id, academic_year, "
         "planned_start, planned_end, actual_start, actual_end, credits_planned, "
         "nomination_decision, " +
         d.instant("nominated_at") + ", nominated_by, " + d.instant("decided_at") +
         ", decided_by, nomination_reason, cancel_reason, version";
}

// The filters MobilityQuery (store.h) and StayQuery (lists.h) share: direction, status,
// academic year, person, institution (sending or receiving) and agreement.
template <typename Query>
void add_stay_filters(Where& where, const Query& q, bool by_status_index = true) {
  // "|| ''" keeps the planner off the indexes that lead with the direction and status, when
  // another bound (a partner's or a student's stays) selects fewer rows than every stay of a
  // direction and status.
  const std::string_view keep_off = by_status_index ? "" : " || ''";
  if (q.direction)
    where.add(fmt::format("direction{} = ", keep_off) +
              where.bind(std::string(domain::to_string(*q.direction))));
  if (q.status)
    where.add(fmt::format("status{} = ", keep_off) +
              where.bind(std::string(domain::to_string(*q.status))));
  if (!q.academic_year.empty()) where.add("academic_year = " + where.bind(q.academic_year));
  if (q.person) where.add("person_id = " + where.bind(q.person->value));
  if (q.institution) {
    where.add("(sending_id = " + where.bind(q.institution->value) +
              " OR receiving_id = " + where.bind(q.institution->value) + ")");
  }
  if (q.agreement) where.add("agreement_id = " + where.bind(q.agreement->value));
}

class SqlMobilityRepository final : public MobilityRepository {
 public:
  explicit SqlMobilityRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Mobility>> find(const MobilityQuery& q) override {
    return guarded(context_, "reading mobilities", [&]() -> Result<std::vector<Mobility>> {
      Where where;
      add_stay_filters(where, q);
      if (q.application) where.add("application_id = " + where.bind(q.application->value));
      return select(where, " ORDER BY planned_start DESC, id DESC");
    });
  }

  // A page of the stays `q` selects (store/lists.h).
  Result<Page<Mobility>> list(const StayQuery& q) {
    return guarded(context_, "listing stays", [&]() -> Result<Page<Mobility>> {
      Where where;
      add_filters(where, q);
      where.add_keyset({"planned_start"}, q.page.after, "id", true);
      auto rows = select(where, sql::order_and_limit({"planned_start"}, q.page.limit, "id", true));
      if (!rows) return fail(rows.error());
      return sql::page_of(std::move(*rows), q.page.limit,
                          [](const Mobility& m) { return Cursor{{m.planned_start}, m.id.value}; });
    });
  }

  Result<std::size_t> count(const StayQuery& q) {
    return guarded(context_, "counting stays", [&]() -> Result<std::size_t> {
      Where where;
      add_filters(where, q);
      long long n = 0;
      sql_ << ("SELECT COUNT(*) FROM mobilities" + where.sql()), soci::use(where.values()),
          soci::into(n);
      return static_cast<std::size_t>(n);
    });
  }

  Result<Mobility> get(MobilityId id) override {
    return guarded(context_, "reading a mobility", [&]() -> Result<Mobility> {
      Where where;
      where.add("id = " + where.bind(id.value));
      auto rows = select(where, "");
      if (!rows) return fail(rows.error());
      if (rows->empty()) return fail(Error::not_found(fmt::format("no mobility {}", id.value)));
      return std::move(rows->front());
    });
  }

  Result<MobilityId> insert(const Mobility& m) override {
    return guarded(context_, "adding a mobility", [&]() -> Result<MobilityId> {
      MobilityRow r;
      r.from(m);
      const std::string now = context_.now();
      long long id = 0;
      sql_ << "INSERT INTO mobilities (person_id, direction, type, status, "
              "sending_id, "
              "receiving_id, org_unit_id, agreement_id, condition_id, "
              "programme_id, call_id, "
              "application_id, academic_year, planned_start, planned_end, "
              "actual_start, "
              "actual_end, credits_planned, nomination_decision, nominated_at, "
              "nominated_by, "
              "decided_at, decided_by, nomination_reason, cancel_reason, "
              "version, created_at, "
              "updated_at) VALUES (:person, :direction, :type, :status, "
              ":sending, :receiving, "
              ":unit, :agreement, :condition, :programme, :call, :application, "
              ":year, :ps, :pe, "
              ":as, :ae, :credits, :decision, " +
                  context_.dialect.optional_instant(":nat") + ", :nby, " +
                  context_.dialect.optional_instant(":dat") +
                  ", :dby, :nreason, :creason, 1, "
                  ":created, :updated) RETURNING id",
          soci::use(r.person), soci::use(r.direction), soci::use(r.type), soci::use(r.status),
          soci::use(r.sending), soci::use(r.receiving), soci::use(r.org_unit.value, r.org_unit.ind),
          soci::use(r.agreement.value, r.agreement.ind),
          soci::use(r.condition.value, r.condition.ind),
          soci::use(r.programme.value, r.programme.ind), soci::use(r.call.value, r.call.ind),
          soci::use(r.application.value, r.application.ind), soci::use(r.academic_year),
          soci::use(r.planned_start), soci::use(r.planned_end), soci::use(r.actual_start),
          soci::use(r.actual_end), soci::use(r.credits_planned), soci::use(r.decision),
          soci::use(r.nominated_at), soci::use(r.nominated_by), soci::use(r.decided_at),
          soci::use(r.decided_by), soci::use(r.nomination_reason), soci::use(r.cancel_reason),
          soci::use(now), soci::use(now), soci::into(id);
      write_children(id, m);
      if (const auto group = group_of(r)) recount_recognition(sql_, *group);
      return MobilityId{id};
    });
  }

  Status update(const Mobility& m) override {
    return guarded(context_, "saving a mobility", [&]() -> Status {
      MobilityRow r;
      r.from(m);
      const std::string now = context_.now();
      const auto counted_before = stored_recognition_group(sql_, r.id);
      soci::statement st =
          (sql_.prepare << "UPDATE mobilities SET person_id = :person, "
                           "direction = :direction, type = "
                           ":type, status = :status, sending_id = :sending, "
                           "receiving_id = :receiving, "
                           "org_unit_id = :unit, agreement_id = :agreement, "
                           "condition_id = :condition, "
                           "programme_id = :programme, call_id = :call, "
                           "application_id = :application, "
                           "academic_year = :year, planned_start = :ps, "
                           "planned_end = :pe, actual_start = "
                           ":as, actual_end = :ae, credits_planned = :credits, "
                           "nomination_decision = "
                           ":decision, nominated_at = " +
                               context_.dialect.optional_instant(":nat") +
                               ", nominated_by = :nby, decided_at = " +
                               context_.dialect.optional_instant(":dat") +
                               ", "
                               "decided_by = :dby, nomination_reason = :nreason, "
                               "cancel_reason = :creason, "
                               "version = version + 1, updated_at = :updated WHERE "
                               "id = :id AND version = "
                               ":version",
           soci::use(r.person), soci::use(r.direction), soci::use(r.type), soci::use(r.status),
           soci::use(r.sending), soci::use(r.receiving),
           soci::use(r.org_unit.value, r.org_unit.ind),
           soci::use(r.agreement.value, r.agreement.ind),
           soci::use(r.condition.value, r.condition.ind),
           soci::use(r.programme.value, r.programme.ind), soci::use(r.call.value, r.call.ind),
           soci::use(r.application.value, r.application.ind), soci::use(r.academic_year),
           soci::use(r.planned_start), soci::use(r.planned_end), soci::use(r.actual_start),
           soci::use(r.actual_end), soci::use(r.credits_planned), soci::use(r.decision),
           soci::use(r.nominated_at), soci::use(r.nominated_by), soci::use(r.decided_at),
           soci::use(r.decided_by), soci::use(r.nomination_reason), soci::use(r.cancel_reason),
           soci::use(now), soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(r.id);
      sql_ << "DELETE FROM mobility_funding WHERE mobility_id = :id", soci::use(r.id);
      sql_ << "DELETE FROM mobility_history WHERE mobility_id = :id", soci::use(r.id);
      write_children(r.id, m);
      // The recognition indicator counts a stay by these columns alone: a stay that leaves
      // its group, or joins one, changes both groups' figures.
      if (const auto counted_after = group_of(r); counted_after != counted_before) {
        if (counted_before) recount_recognition(sql_, *counted_before);
        if (counted_after) recount_recognition(sql_, *counted_after);
      }
      return {};
    });
  }

 private:
  static std::optional<RecognitionGroup> group_of(const MobilityRow& r) {
    return recognition_group_of(r.direction, r.status, r.receiving, r.org_unit.to<long long>());
  }

  void add_filters(Where& where, const StayQuery& q) {
    if (q.org_unit) where.add("org_unit_id = " + where.bind(q.org_unit->value));
    if (q.user) {
      where.add("person_id IN (SELECT id FROM people WHERE user_id = " + where.bind(q.user->value) +
                ")");
    }
    if (q.party) {
      where.add("(sending_id = " + where.bind(q.party->value) +
                " OR receiving_id = " + where.bind(q.party->value) + ")");
    }
    add_stay_filters(where, q, !q.party && !q.user);
    if (q.nomination) {
      // A partner's stays (two index searches, as sender and as receiver) bound what is read
      // for it; "|| ''" keeps the planner from reading every nomination with the decision
      // instead (mobilities_nominated), which grows with the whole university's.
      const std::string decision = q.party ? "nomination_decision || ''" : "nomination_decision";
      where.add(decision + " = " + where.bind(std::string(domain::to_string(*q.nomination))) +
                " AND " + context_.dialect.has_instant("nominated_at"));
    }
    if (q.awaiting_signature) add_awaiting_signature(where, *q.awaiting_signature);
  }

  // Read from the versions waiting for signatures (few: most are approved or superseded),
  // not stay by stay.
  static void add_awaiting_signature(Where& where, SignatureSide side) {
    std::string party;
    switch (side) {
      case SignatureSide::home:
        party = "CASE WHEN m.direction = 'outgoing' THEN 'sending' ELSE 'receiving' END";
        break;
      case SignatureSide::partner:
        party = "CASE WHEN m.direction = 'outgoing' THEN 'receiving' ELSE 'sending' END";
        break;
      case SignatureSide::student:
        party = "'student'";
        break;
    }
    where.add(
        "id IN (SELECT la.mobility_id FROM la_versions v JOIN learning_agreements la ON "
        "la.id = v.learning_agreement_id JOIN mobilities m ON m.id = la.mobility_id "
        "WHERE v.state IN ('proposed', 'commented') AND v.number = (SELECT MAX(w.number) "
        "FROM la_versions w WHERE w.learning_agreement_id = v.learning_agreement_id) "
        "AND NOT EXISTS (SELECT 1 FROM la_approvals p WHERE p.learning_agreement_id = "
        "v.learning_agreement_id AND p.version_number = v.number AND p.party = " +
        party + "))");
  }

  Status stale_or_missing(long long id) {
    long long exists = 0;
    sql_ << "SELECT COUNT(*) FROM mobilities WHERE id = :id", soci::use(id), soci::into(exists);
    if (!exists) return fail(Error::not_found(fmt::format("no mobility {}", id)));
    return fail(
        Error::conflict("the mobility was changed by someone else "
                        "since it was read; reload and try again"));
  }

  Result<std::vector<Mobility>> select(Where& where, const std::string& order) {
    std::vector<Mobility> out;
    MobilityRow r;
    soci::statement st =
        (sql_.prepare << ("SELECT " + columns(context_.dialect) + " FROM mobilities" + where.sql() +
                          order),
         soci::use(where.values()), soci::into(r.id), soci::into(r.person), soci::into(r.direction),
         soci::into(r.type), soci::into(r.status), soci::into(r.sending), soci::into(r.receiving),
         soci::into(r.org_unit.value, r.org_unit.ind),
         soci::into(r.agreement.value, r.agreement.ind),
         soci::into(r.condition.value, r.condition.ind),
         soci::into(r.programme.value, r.programme.ind), soci::into(r.call.value, r.call.ind),
         soci::into(r.application.value, r.application.ind), soci::into(r.academic_year),
         soci::into(r.planned_start), soci::into(r.planned_end), soci::into(r.actual_start),
         soci::into(r.actual_end), soci::into(r.credits_planned), soci::into(r.decision),
         soci::into(r.nominated_at), soci::into(r.nominated_by), soci::into(r.decided_at),
         soci::into(r.decided_by), soci::into(r.nomination_reason), soci::into(r.cancel_reason),
         soci::into(r.version));
    st.execute();
    while (st.fetch()) {
      auto m = r.to();
      if (!m) return fail(m.error());
      out.push_back(std::move(*m));
    }
    read_children(out);
    return out;
  }

  // The funding and history of every one of `stays`: two statements for each run of ids
  // (a page is one), rather than two for each stay.
  void read_children(std::vector<Mobility>& stays) {
    const sql::Parents parents(stays);
    sql::in_runs(parents.ids, [&](const std::vector<long long>& run) {
      long long owner = 0;
      {
        Where where;
        domain::Funding f;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "mobility_id",
                                                  "source, scholarship, sponsor, amount, currency",
                                                  "mobility_funding", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(f.source),
             soci::into(f.scholarship), soci::into(f.sponsor), soci::into(f.amount.amount),
             soci::into(f.amount.currency));
        st.execute();
        while (st.fetch()) parents[owner].funding.push_back(f);
      }
      Where where;
      domain::HistoryEntry h;
      soci::statement st =
          (sql_.prepare << sql::select_children(
               where, run, "mobility_id",
               context_.dialect.instant("at") + ", actor, from_status, to_status, reason",
               "mobility_history", "position"),
           soci::use(where.values()), soci::into(owner), soci::into(h.at), soci::into(h.actor),
           soci::into(h.from), soci::into(h.to), soci::into(h.reason));
      st.execute();
      while (st.fetch()) parents[owner].history.push_back(h);
    });
  }

  void write_children(long long id, const Mobility& m) {
    for (std::size_t i = 0; i < m.funding.size(); ++i) {
      const auto& f = m.funding[i];
      const int position = static_cast<int>(i);
      sql_ << "INSERT INTO mobility_funding (mobility_id, position, source, "
              "scholarship, sponsor, "
              "amount, currency) VALUES (:id, :position, :source, "
              ":scholarship, :sponsor, "
              ":amount, :currency)",
          soci::use(id), soci::use(position), soci::use(f.source), soci::use(f.scholarship),
          soci::use(f.sponsor), soci::use(f.amount.amount), soci::use(f.amount.currency);
    }
    for (std::size_t i = 0; i < m.history.size(); ++i) {
      const auto& h = m.history[i];
      const int position = static_cast<int>(i);
      sql_ << "INSERT INTO mobility_history (mobility_id, position, at, actor, "
              "from_status, "
              "to_status, reason) VALUES (:id, :position, :at, :actor, :from, "
              ":to, :reason)",
          soci::use(id), soci::use(position), soci::use(h.at), soci::use(h.actor),
          soci::use(h.from), soci::use(h.to), soci::use(h.reason);
    }
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<MobilityRepository> make_mobility_repository(const sql::Context& context) {
  return std::make_unique<SqlMobilityRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Mobility>> list_stays(Transaction& tx, const StayQuery& query) {
  return internal::SqlMobilityRepository(internal::context_of(tx)).list(query);
}

Result<std::size_t> count_stays(Transaction& tx, const StayQuery& query) {
  return internal::SqlMobilityRepository(internal::context_of(tx)).count(query);
}

Result<std::map<std::int64_t, AgreementStays>> stays_under(
    Transaction& tx, const std::vector<AgreementId>& agreements, const std::string& academic_year) {
  using Counted = std::map<std::int64_t, AgreementStays>;
  return internal::guarded(
      internal::context_of(tx), "counting agreements' stays", [&]() -> Result<Counted> {
        Counted out;
        if (agreements.empty()) return out;
        std::vector<long long> keys;
        keys.reserve(agreements.size());
        for (const auto id : agreements) keys.push_back(id.value);
        auto& session = internal::session_of(tx);
        const std::string cancelled(domain::to_string(domain::MobilityStatus::cancelled));
        long long agreement = 0, first = 0, second = 0;
        int n = 0;
        {
          // Counted per condition of the agreements, each from the index of an agreement's
          // stays by condition and year (a condition belongs to one agreement).
          sql::Where where;
          where.add("c.agreement_id IN " + where.bind_list(keys));
          const std::string year = where.bind(academic_year), not_cancelled = where.bind(cancelled);
          soci::statement st =
              (session.prepare
                   << "SELECT c.agreement_id, c.id, (SELECT COUNT(*) FROM mobilities m WHERE "
                      "m.agreement_id = c.agreement_id AND m.condition_id = c.id AND "
                      "m.academic_year = " +
                          year + " AND m.status <> " + not_cancelled +
                          ") FROM agreement_conditions c" + where.sql(),
               soci::use(where.values()), soci::into(agreement), soci::into(first), soci::into(n));
          st.execute();
          while (st.fetch()) {
            if (n > 0) out[agreement].per_condition[first] = n;
          }
        }
        sql::Where where;
        where.add("agreement_id IN " + where.bind_list(keys));
        where.add("status <> " + where.bind(cancelled));
        soci::statement st =
            (session.prepare << "SELECT agreement_id, sending_id, receiving_id, COUNT(*) FROM "
                                "mobilities" +
                                    where.sql() +
                                    " GROUP BY agreement_id, sending_id, receiving_id",
             soci::use(where.values()), soci::into(agreement), soci::into(first),
             soci::into(second), soci::into(n));
        st.execute();
        while (st.fetch()) out[agreement].per_route[{first, second}] = n;
        return out;
      });
}

}  // namespace orbis::store
