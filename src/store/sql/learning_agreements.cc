// Learning agreements in columns: their versions with components, approvals and
// comments, the transcript and the recognition, each in a child table
// (migration 9, "facts in columns"). A recognition's host course codes, which
// the indicators of recognition count by, are rows of their own (migration 17);
// its notes, which nothing selects by, are a list of the storage codec.
#include <fmt/format.h>

#include "store/sql/codecs.h"
#include "store/sql/recognition_tallies.h"
#include "store/sql/repositories.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::LearningAgreementRecord;

class SqlLearningAgreementRepository final : public LearningAgreementRepository {
 public:
  explicit SqlLearningAgreementRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::optional<LearningAgreementRecord>> find(MobilityId mobility) override {
    return guarded(context_, "reading a learning agreement",
                   [&]() -> Result<std::optional<LearningAgreementRecord>> {
                     auto rows = select(" WHERE mobility_id = :m", mobility.value);
                     if (rows.empty()) return std::optional<LearningAgreementRecord>();
                     return std::optional<LearningAgreementRecord>(std::move(rows.front()));
                   });
  }

  Result<std::vector<LearningAgreementRecord>> all() override {
    return guarded(context_, "reading learning agreements",
                   [&]() -> Result<std::vector<LearningAgreementRecord>> {
                     return select(" WHERE :all = 0 ORDER BY id", 0);
                   });
  }

  Result<std::int64_t> insert(const LearningAgreementRecord& r) override {
    return guarded(context_, "adding a learning agreement", [&]() -> Result<std::int64_t> {
      long long id = 0, mobility = r.mobility;
      const std::string now = context_.now();
      sql_ << "INSERT INTO learning_agreements (mobility_id, "
              "recognised_at, recognised_by, "
              "version, created_at, updated_at) VALUES (:m, " +
                  context_.dialect.optional_instant(":at") +
                  ", :by, 1, :created, :updated) "
                  "RETURNING id",
          soci::use(mobility), soci::use(r.recognised_at), soci::use(r.recognised_by),
          soci::use(now), soci::use(now), soci::into(id);
      write_children(id, r);
      recount_stay(mobility);
      return std::int64_t{id};
    });
  }

  Status update(const LearningAgreementRecord& r) override {
    return guarded(context_, "saving a learning agreement", [&]() -> Status {
      long long id = r.id;
      int version = r.version;
      const std::string now = context_.now();
      soci::statement st = (sql_.prepare << "UPDATE learning_agreements SET recognised_at = " +
                                                context_.dialect.optional_instant(":at") +
                                                ", recognised_by = "
                                                ":by, version = version + 1, updated_at = :updated "
                                                "WHERE id = :id AND "
                                                "version = :v",
                            soci::use(r.recognised_at), soci::use(r.recognised_by), soci::use(now),
                            soci::use(id), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) {
        return fail(
            Error::conflict("the learning agreement was changed by "
                            "someone else since it was read; "
                            "reload and try again"));
      }
      for (const char* table :
           {"la_components", "la_approvals", "la_comments", "la_versions", "transcript_entries",
            "recognition_host_codes", "recognition_entries"}) {
        sql_ << fmt::format("DELETE FROM {} WHERE learning_agreement_id = :id", table),
            soci::use(id);
      }
      write_children(id, r);
      long long mobility = 0;
      sql_ << "SELECT mobility_id FROM learning_agreements WHERE id = :id", soci::use(id),
          soci::into(mobility);
      recount_stay(mobility);
      return {};
    });
  }

 private:
  // The recognition indicator's figures of the stay's group, when it counts the stay, and the
  // stay's recognised ECTS credits (store/sql/recognition_tallies.h): every figure follows the
  // agreement's versions, plans, transcript and recognition.
  void recount_stay(long long mobility) {
    if (const auto group = stored_recognition_group(sql_, mobility))
      recount_recognition(sql_, *group);
    recount_recognised_ects(sql_, mobility);
  }

  std::vector<LearningAgreementRecord> select(const std::string& where, long long key) {
    std::vector<LearningAgreementRecord> out;
    LearningAgreementRecord r;
    long long id = 0, mobility = 0;
    soci::statement st =
        (sql_.prepare << ("SELECT id, mobility_id, " + context_.dialect.instant("recognised_at") +
                          ", recognised_by, version FROM "
                          "learning_agreements" +
                          where),
         soci::use(key), soci::into(id), soci::into(mobility), soci::into(r.recognised_at),
         soci::into(r.recognised_by), soci::into(r.version));
    st.execute();
    while (st.fetch()) {
      r.id = id;
      r.mobility = mobility;
      out.push_back(r);
    }
    for (auto& record : out) read_children(record);
    return out;
  }

  void read_children(LearningAgreementRecord& r) {
    long long id = r.id;
    {
      domain::LaVersion v;
      soci::statement st =
          (sql_.prepare << "SELECT number, reason, proposed_by, " +
                               context_.dialect.instant("proposed_at") +
                               ", sha256, state FROM "
                               "la_versions WHERE learning_agreement_id = :id "
                               "ORDER BY number",
           soci::use(id), soci::into(v.number), soci::into(v.reason), soci::into(v.proposed_by),
           soci::into(v.proposed_at), soci::into(v.sha256), soci::into(v.state));
      st.execute();
      while (st.fetch()) r.versions.push_back(v);
    }
    for (auto& v : r.versions) {
      {
        domain::LaComponent c;
        soci::statement st =
            (sql_.prepare << "SELECT host_code, host_title, host_credits, "
                             "host_credit_system, "
                             "home_code, home_title, home_credits, "
                             "home_credit_system, term FROM "
                             "la_components WHERE learning_agreement_id = :id "
                             "AND version_number "
                             "= :n ORDER BY position",
             soci::use(id), soci::use(v.number), soci::into(c.host.code), soci::into(c.host.title),
             soci::into(c.host.credits), soci::into(c.host.credit_system), soci::into(c.home.code),
             soci::into(c.home.title), soci::into(c.home.credits), soci::into(c.home.credit_system),
             soci::into(c.term));
        st.execute();
        while (st.fetch()) v.components.push_back(c);
      }
      {
        domain::LaApproval a;
        soci::statement st =
            (sql_.prepare << "SELECT party, signer, name, role, " + context_.dialect.instant("at") +
                                 ", sha256 FROM la_approvals "
                                 "WHERE learning_agreement_id = :id AND "
                                 "version_number = :n ORDER BY "
                                 "position",
             soci::use(id), soci::use(v.number), soci::into(a.party), soci::into(a.by),
             soci::into(a.name), soci::into(a.role), soci::into(a.at), soci::into(a.sha256));
        st.execute();
        while (st.fetch()) v.approvals.push_back(a);
      }
      domain::LaComment c;
      soci::statement st =
          (sql_.prepare << "SELECT party, author, " + context_.dialect.instant("at") +
                               ", text FROM la_comments WHERE "
                               "learning_agreement_id = :id AND version_number = :n ORDER "
                               "BY position",
           soci::use(id), soci::use(v.number), soci::into(c.party), soci::into(c.by),
           soci::into(c.at), soci::into(c.text));
      st.execute();
      while (st.fetch()) v.comments.push_back(c);
    }
    {
      domain::TranscriptEntry t;
      int passed = 1;
      soci::statement st =
          (sql_.prepare << "SELECT code, title, credits, grade, scale, taken_on, "
                           "passed, source, "
                           "entered_by, " +
                               context_.dialect.instant("entered_at") +
                               " FROM transcript_entries WHERE "
                               "learning_agreement_id = :id ORDER BY position",
           soci::use(id), soci::into(t.code), soci::into(t.title), soci::into(t.credits),
           soci::into(t.grade), soci::into(t.scale), soci::into(t.date), soci::into(passed),
           soci::into(t.source), soci::into(t.entered_by), soci::into(t.entered_at));
      st.execute();
      while (st.fetch()) {
        t.passed = passed != 0;
        r.transcript.push_back(t);
      }
    }
    domain::RecognitionEntry e;
    std::string notes;
    soci::statement st =
        (sql_.prepare << "SELECT home_code, home_title, home_credits, "
                         "host_grade, "
                         "host_scale, converted_grade, home_scale, method, "
                         "source, notes, "
                         "override_grade, override_reason, overridden_by FROM "
                         "recognition_entries WHERE learning_agreement_id = "
                         ":id ORDER BY position",
         soci::use(id), soci::into(e.home_code), soci::into(e.home_title),
         soci::into(e.home_credits), soci::into(e.host_grade), soci::into(e.host_scale),
         soci::into(e.converted_grade), soci::into(e.home_scale), soci::into(e.method),
         soci::into(e.source), soci::into(notes), soci::into(e.override_grade),
         soci::into(e.override_reason), soci::into(e.overridden_by));
    st.execute();
    while (st.fetch()) {
      e.notes = codec::decode_texts(notes);
      r.recognition.push_back(e);
    }
    int entry = 0;
    std::string code;
    soci::statement codes =
        (sql_.prepare << "SELECT entry_position, code FROM recognition_host_codes WHERE "
                         "learning_agreement_id = :id ORDER BY entry_position, position",
         soci::use(id), soci::into(entry), soci::into(code));
    codes.execute();
    while (codes.fetch()) {
      if (entry >= 0 && static_cast<std::size_t>(entry) < r.recognition.size())
        r.recognition[static_cast<std::size_t>(entry)].host_codes.push_back(code);
    }
  }

  void write_children(long long id, const LearningAgreementRecord& r) {
    for (const auto& v : r.versions) {
      sql_ << "INSERT INTO la_versions (learning_agreement_id, number, reason, "
              "proposed_by, "
              "proposed_at, sha256, state) VALUES (:id, :n, :reason, :by, " +
                  context_.dialect.optional_instant(":at") + ", :sha, :state)",
          soci::use(id), soci::use(v.number), soci::use(v.reason), soci::use(v.proposed_by),
          soci::use(v.proposed_at), soci::use(v.sha256), soci::use(v.state);
      for (std::size_t i = 0; i < v.components.size(); ++i) {
        const auto& c = v.components[i];
        const int position = static_cast<int>(i);
        sql_ << "INSERT INTO la_components (learning_agreement_id, "
                "version_number, position, "
                "host_code, host_title, host_credits, host_credit_system, "
                "home_code, home_title, "
                "home_credits, home_credit_system, term) VALUES (:id, :n, "
                ":position, :hc, :ht, "
                ":hcr, :hcs, :oc, :ot, :ocr, :ocs, :term)",
            soci::use(id), soci::use(v.number), soci::use(position), soci::use(c.host.code),
            soci::use(c.host.title), soci::use(c.host.credits), soci::use(c.host.credit_system),
            soci::use(c.home.code), soci::use(c.home.title), soci::use(c.home.credits),
            soci::use(c.home.credit_system), soci::use(c.term);
      }
      for (std::size_t i = 0; i < v.approvals.size(); ++i) {
        const auto& a = v.approvals[i];
        const int position = static_cast<int>(i);
        sql_ << "INSERT INTO la_approvals (learning_agreement_id, "
                "version_number, position, "
                "party, signer, name, role, at, sha256) VALUES (:id, :n, "
                ":position, :party, :by, "
                ":name, :role, " +
                    context_.dialect.optional_instant(":at") + ", :sha)",
            soci::use(id), soci::use(v.number), soci::use(position), soci::use(a.party),
            soci::use(a.by), soci::use(a.name), soci::use(a.role), soci::use(a.at),
            soci::use(a.sha256);
      }
      for (std::size_t i = 0; i < v.comments.size(); ++i) {
        const auto& c = v.comments[i];
        const int position = static_cast<int>(i);
        sql_ << "INSERT INTO la_comments (learning_agreement_id, "
                "version_number, position, party, "
                "author, at, text) VALUES (:id, :n, :position, :party, :by, " +
                    context_.dialect.optional_instant(":at") + ", :text)",
            soci::use(id), soci::use(v.number), soci::use(position), soci::use(c.party),
            soci::use(c.by), soci::use(c.at), soci::use(c.text);
      }
    }
    for (std::size_t i = 0; i < r.transcript.size(); ++i) {
      const auto& t = r.transcript[i];
      const int position = static_cast<int>(i), passed = t.passed ? 1 : 0;
      sql_ << "INSERT INTO transcript_entries (learning_agreement_id, "
              "position, code, title, "
              "credits, grade, scale, taken_on, passed, source, entered_by, "
              "entered_at) VALUES "
              "(:id, :position, :code, :title, :credits, :grade, :scale, "
              ":date, :passed, "
              ":source, :by, " +
                  context_.dialect.optional_instant(":at") + ")",
          soci::use(id), soci::use(position), soci::use(t.code), soci::use(t.title),
          soci::use(t.credits), soci::use(t.grade), soci::use(t.scale), soci::use(t.date),
          soci::use(passed), soci::use(t.source), soci::use(t.entered_by), soci::use(t.entered_at);
    }
    for (std::size_t i = 0; i < r.recognition.size(); ++i) {
      const auto& e = r.recognition[i];
      const int position = static_cast<int>(i);
      const std::string notes = codec::encode_texts(e.notes);
      sql_ << "INSERT INTO recognition_entries (learning_agreement_id, "
              "position, home_code, "
              "home_title, home_credits, host_grade, host_scale, "
              "converted_grade, "
              "home_scale, method, source, notes, override_grade, "
              "override_reason, "
              "overridden_by) VALUES (:id, :position, :hc, :ht, :hcr, "
              ":hg, :hs, :cg, "
              ":oscale, :method, :source, :notes, :og, :or, :ob)",
          soci::use(id), soci::use(position), soci::use(e.home_code), soci::use(e.home_title),
          soci::use(e.home_credits), soci::use(e.host_grade), soci::use(e.host_scale),
          soci::use(e.converted_grade), soci::use(e.home_scale), soci::use(e.method),
          soci::use(e.source), soci::use(notes), soci::use(e.override_grade),
          soci::use(e.override_reason), soci::use(e.overridden_by);
      for (std::size_t k = 0; k < e.host_codes.size(); ++k) {
        const int code_position = static_cast<int>(k);
        sql_ << "INSERT INTO recognition_host_codes (learning_agreement_id, entry_position, "
                "position, code) VALUES (:id, :entry, :position, :code)",
            soci::use(id), soci::use(position), soci::use(code_position),
            soci::use(e.host_codes[k]);
      }
    }
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<LearningAgreementRepository> make_learning_agreement_repository(
    const sql::Context& context) {
  return std::make_unique<SqlLearningAgreementRepository>(context);
}

}  // namespace orbis::store::internal
