#include <fmt/format.h>
#include <sodium.h>

#include <unordered_map>

#include "common/crypto.h"
#include "common/text.h"
#include "store/sql_repositories.h"
#include "store/sql_support.h"

namespace orbis::store::internal {
namespace {

using domain::Agreement;
using domain::CooperationCondition;
using domain::Party;

// Lists in one column: "a;b;c". Values never contain ';' (codes, tags, levels).
template <typename T, typename F>
std::string join_with(const std::vector<T>& values, F&& name) {
  std::vector<std::string> parts;
  for (const auto& v : values) parts.push_back(std::string(name(v)));
  return text::join(parts, ";");
}

std::vector<std::string> split_list(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  for (auto& part : text::split(joined, ';')) {
    if (!part.empty()) out.push_back(std::move(part));
  }
  return out;
}

std::string optional_number(const std::optional<double>& v) {
  return v ? fmt::format("{}", *v) : "";
}
std::optional<double> parse_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return std::stod(s);
}

struct AgreementRow {
  long long id = 0;
  std::string code, title, kinds, start_date, end_date, notes, tags, status;
  int auto_renewal = 0, version = 0;

  void from(const Agreement& a) {
    id = a.id.value;
    code = a.code;
    title = a.title;
    kinds = join_with(a.kinds, [](auto k) { return domain::to_string(k); });
    start_date = a.start_date;
    end_date = a.end_date;
    notes = a.notes;
    tags = text::join(a.tags, ";");
    status = std::string(domain::to_string(a.status));
    auto_renewal = a.auto_renewal ? 1 : 0;
    version = a.version;
  }
  Agreement to() const {
    Agreement a;
    a.id = AgreementId{id};
    a.code = code;
    a.title = title;
    for (const auto& k : split_list(kinds)) {
      if (const auto kind = domain::parse_agreement_kind(k)) a.kinds.push_back(*kind);
    }
    a.start_date = start_date;
    a.end_date = end_date;
    a.notes = notes;
    a.tags = split_list(tags);
    a.status = domain::parse_agreement_status(status).value_or(domain::AgreementStatus::draft);
    a.auto_renewal = auto_renewal != 0;
    a.version = version;
    return a;
  }
};

class SqlAgreementRepository final : public AgreementRepository {
 public:
  explicit SqlAgreementRepository(soci::session& sql) : sql_(sql) {}

  Result<std::vector<Agreement>> all() override {
    return guarded("reading agreements", [&]() -> Result<std::vector<Agreement>> {
      std::vector<Agreement> out;
      std::unordered_map<long long, std::size_t> index;
      AgreementRow r;
      soci::statement st =
          (sql_.prepare << (std::string(kSelect) + " ORDER BY id"), soci::into(r.id),
           soci::into(r.code), soci::into(r.title), soci::into(r.kinds), soci::into(r.start_date),
           soci::into(r.end_date), soci::into(r.auto_renewal), soci::into(r.notes),
           soci::into(r.tags), soci::into(r.status), soci::into(r.version));
      st.execute();
      while (st.fetch()) {
        index.emplace(r.id, out.size());
        out.push_back(r.to());
      }
      load_parties(out, index, std::nullopt);
      load_conditions(out, index, std::nullopt);
      return out;
    });
  }

  Result<Agreement> get(AgreementId id) override {
    return guarded("reading an agreement", [&]() -> Result<Agreement> {
      AgreementRow r;
      long long key = id.value;
      sql_ << (std::string(kSelect) + " WHERE id = :id"), soci::use(key), soci::into(r.id),
          soci::into(r.code), soci::into(r.title), soci::into(r.kinds), soci::into(r.start_date),
          soci::into(r.end_date), soci::into(r.auto_renewal), soci::into(r.notes),
          soci::into(r.tags), soci::into(r.status), soci::into(r.version);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
      std::vector<Agreement> one{r.to()};
      std::unordered_map<long long, std::size_t> index{{key, 0}};
      load_parties(one, index, key);
      load_conditions(one, index, key);
      std::string at, actor, from, to, reason;
      soci::statement history =
          (sql_.prepare << "SELECT at, actor, from_status, to_status, reason FROM "
                           "agreement_history WHERE agreement_id = :id ORDER BY id",
           soci::use(key), soci::into(at), soci::into(actor), soci::into(from), soci::into(to),
           soci::into(reason));
      history.execute();
      while (history.fetch()) {
        one[0].history.push_back(
            {at, actor,
             domain::parse_agreement_status(from).value_or(domain::AgreementStatus::draft),
             domain::parse_agreement_status(to).value_or(domain::AgreementStatus::draft), reason});
      }
      return std::move(one[0]);
    });
  }

  Result<AgreementId> insert(const Agreement& a) override {
    return guarded(fmt::format("adding the agreement '{}'", a.title), [&]() -> Result<AgreementId> {
      AgreementRow r;
      r.from(a);
      const std::string now = now_text();
      long long id = 0;
      sql_ << "INSERT INTO agreements (code, title, kinds, start_date, end_date, auto_renewal, "
              "notes, tags, status, "
              "version, created_at, updated_at) VALUES (:c, :t, :k, :s, :e, :ar, :n, :tg, :st, 1, "
              ":ca, :ua) RETURNING id",
          soci::use(r.code), soci::use(r.title), soci::use(r.kinds), soci::use(r.start_date),
          soci::use(r.end_date), soci::use(r.auto_renewal), soci::use(r.notes), soci::use(r.tags),
          soci::use(r.status), soci::use(now), soci::use(now), soci::into(id);
      write_children(id, a);
      return AgreementId{id};
    });
  }

  Status update(const Agreement& a) override {
    return guarded(fmt::format("saving the agreement '{}'", a.title), [&]() -> Status {
      AgreementRow r;
      r.from(a);
      const std::string now = now_text();
      soci::statement st =
          (sql_.prepare << "UPDATE agreements SET code = :c, title = :t, kinds = :k, start_date = "
                           ":s, end_date = :e, "
                           "auto_renewal = :ar, notes = :n, tags = :tg, version = version + 1, "
                           "updated_at = :u "
                           "WHERE id = :id AND version = :v",
           soci::use(r.code), soci::use(r.title), soci::use(r.kinds), soci::use(r.start_date),
           soci::use(r.end_date), soci::use(r.auto_renewal), soci::use(r.notes), soci::use(r.tags),
           soci::use(now), soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(r.id);
      sql_ << "DELETE FROM agreement_parties WHERE agreement_id = :id", soci::use(r.id);
      sql_ << "DELETE FROM agreement_conditions WHERE agreement_id = :id", soci::use(r.id);
      write_children(r.id, a);
      return {};
    });
  }

  Status change_status(AgreementId id, int expected_version,
                       const domain::StatusChange& change) override {
    return guarded("moving an agreement's status", [&]() -> Status {
      long long key = id.value;
      int version = expected_version;
      const std::string to(domain::to_string(change.to)), from(domain::to_string(change.from));
      soci::statement st =
          (sql_.prepare
               << "UPDATE agreements SET status = :s, version = version + 1, updated_at = :u "
                  "WHERE id = :id AND version = :v",
           soci::use(to), soci::use(change.at), soci::use(key), soci::use(version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(key);
      sql_ << "INSERT INTO agreement_history (agreement_id, at, actor, from_status, to_status, "
              "reason) "
              "VALUES (:a, :at, :ac, :f, :t, :r)",
          soci::use(key), soci::use(change.at), soci::use(change.actor), soci::use(from),
          soci::use(to), soci::use(change.reason);
      return {};
    });
  }

  Result<std::vector<AttachmentInfo>> attachments(AgreementId id) override {
    return guarded("listing attachments", [&]() -> Result<std::vector<AttachmentInfo>> {
      std::vector<AttachmentInfo> out;
      AttachmentInfo a;
      long long key = id.value, aid = 0, size = 0, institution = 0;
      soci::indicator institution_ind = soci::i_null;
      soci::statement st =
          (sql_.prepare << "SELECT id, filename, content_type, size, sha256, uploaded_at, "
                           "uploaded_by, institution_id "
                           "FROM agreement_attachments WHERE agreement_id = :id ORDER BY id",
           soci::use(key), soci::into(aid), soci::into(a.filename), soci::into(a.content_type),
           soci::into(size), soci::into(a.sha256), soci::into(a.uploaded_at),
           soci::into(a.uploaded_by), soci::into(institution, institution_ind));
      st.execute();
      while (st.fetch()) {
        a.id = aid;
        a.size = size;
        a.agreement = id;
        a.institution = institution_ind == soci::i_ok
                            ? std::optional<InstitutionId>(InstitutionId{institution})
                            : std::nullopt;
        out.push_back(a);
      }
      return out;
    });
  }

  Result<std::int64_t> insert_attachment(const AttachmentInfo& info,
                                         std::string_view content) override {
    return guarded("storing an attachment", [&]() -> Result<std::int64_t> {
      long long agreement = info.agreement.value, size = static_cast<long long>(content.size()),
                id = 0, institution = info.institution ? info.institution->value : 0;
      soci::indicator institution_ind = info.institution ? soci::i_ok : soci::i_null;
      const std::string encoded = base64(content);
      sql_ << "INSERT INTO agreement_attachments (agreement_id, filename, content_type, size, "
              "sha256, content_base64, uploaded_at, uploaded_by, institution_id) "
              "VALUES (:a, :f, :c, :s, :h, :b, :at, :by, :i) RETURNING id",
          soci::use(agreement), soci::use(info.filename), soci::use(info.content_type),
          soci::use(size), soci::use(info.sha256), soci::use(encoded), soci::use(info.uploaded_at),
          soci::use(info.uploaded_by), soci::use(institution, institution_ind), soci::into(id);
      return static_cast<std::int64_t>(id);
    });
  }

  Result<std::pair<AttachmentInfo, std::string>> attachment(AgreementId id,
                                                            std::int64_t attachment) override {
    return guarded("reading an attachment",
                   [&]() -> Result<std::pair<AttachmentInfo, std::string>> {
                     AttachmentInfo a;
                     long long key = id.value, aid = attachment, size = 0, institution = 0;
                     soci::indicator institution_ind = soci::i_null;
                     std::string encoded;
                     sql_ << "SELECT filename, content_type, size, sha256, uploaded_at, "
                             "uploaded_by, content_base64, institution_id FROM "
                             "agreement_attachments WHERE agreement_id = :a AND id = :id",
                         soci::use(key), soci::use(aid), soci::into(a.filename),
                         soci::into(a.content_type), soci::into(size), soci::into(a.sha256),
                         soci::into(a.uploaded_at), soci::into(a.uploaded_by), soci::into(encoded),
                         soci::into(institution, institution_ind);
                     if (!sql_.got_data())
                       return fail(Error::not_found(
                           fmt::format("no attachment {} on agreement {}", attachment, id.value)));
                     a.id = attachment;
                     a.agreement = id;
                     a.size = size;
                     if (institution_ind == soci::i_ok) a.institution = InstitutionId{institution};
                     return std::pair{a, unbase64(encoded)};
                   });
  }

  Result<std::vector<Comment>> comments(AgreementId id) override {
    return guarded("reading comments", [&]() -> Result<std::vector<Comment>> {
      std::vector<Comment> out;
      Comment c;
      long long key = id.value, cid = 0, institution = 0;
      soci::indicator institution_ind = soci::i_null;
      soci::statement st =
          (sql_.prepare << "SELECT id, at, author, author_role, text, institution_id FROM "
                           "agreement_comments WHERE agreement_id = :a ORDER BY id",
           soci::use(key), soci::into(cid), soci::into(c.at), soci::into(c.author),
           soci::into(c.author_role), soci::into(c.text), soci::into(institution, institution_ind));
      st.execute();
      while (st.fetch()) {
        c.id = cid;
        c.institution = institution_ind == soci::i_ok
                            ? std::optional<InstitutionId>(InstitutionId{institution})
                            : std::nullopt;
        out.push_back(c);
      }
      return out;
    });
  }

  Result<std::int64_t> insert_comment(AgreementId id, const Comment& c) override {
    return guarded("adding a comment", [&]() -> Result<std::int64_t> {
      long long key = id.value, cid = 0, institution = c.institution ? c.institution->value : 0;
      soci::indicator institution_ind = c.institution ? soci::i_ok : soci::i_null;
      sql_ << "INSERT INTO agreement_comments (agreement_id, at, author, author_role, text, "
              "institution_id) VALUES (:a, :at, :au, :r, :t, :i) RETURNING id",
          soci::use(key), soci::use(c.at), soci::use(c.author), soci::use(c.author_role),
          soci::use(c.text), soci::use(institution, institution_ind), soci::into(cid);
      return static_cast<std::int64_t>(cid);
    });
  }

  Result<EwpState> ewp(AgreementId id) override {
    return guarded("reading the EWP state", [&]() -> Result<EwpState> {
      EwpState e;
      long long key = id.value;
      sql_ << "SELECT ewp_partner_xml, ewp_partner_hash, ewp_approved_hash, ewp_approved_at FROM "
              "agreements WHERE id = :id",
          soci::use(key), soci::into(e.partner_xml), soci::into(e.partner_hash),
          soci::into(e.approved_hash), soci::into(e.approved_at);
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
      return e;
    });
  }

  Status set_ewp(AgreementId id, const EwpState& e) override {
    return guarded("saving the EWP state", [&]() -> Status {
      long long key = id.value;
      sql_ << "UPDATE agreements SET ewp_partner_xml = :x, ewp_partner_hash = :h, "
              "ewp_approved_hash = :a, "
              "ewp_approved_at = :t WHERE id = :id",
          soci::use(e.partner_xml), soci::use(e.partner_hash), soci::use(e.approved_hash),
          soci::use(e.approved_at), soci::use(key);
      return {};
    });
  }

 private:
  static constexpr const char* kSelect =
      "SELECT id, code, title, kinds, start_date, end_date, auto_renewal, notes, tags, status, "
      "version FROM agreements";

  Status stale_or_missing(long long id) {
    long long exists = 0;
    sql_ << "SELECT COUNT(*) FROM agreements WHERE id = :id", soci::use(id), soci::into(exists);
    if (!exists) return fail(Error::not_found(fmt::format("no agreement {}", id)));
    return fail(Error::conflict(
        "the agreement was changed by someone else since it was read; reload and try again"));
  }

  void load_parties(std::vector<Agreement>& out,
                    const std::unordered_map<long long, std::size_t>& index,
                    std::optional<long long> only) {
    long long agreement = 0, institution = 0, org_unit = 0, key = only.value_or(0);
    soci::indicator org_ind = soci::i_null;
    int is_home = 0;
    Party p;
    const std::string where = only ? " WHERE agreement_id = :a" : "";
    auto prep =
        (sql_.prepare
         << ("SELECT agreement_id, institution_id, is_home, org_unit_id, contact_name, "
             "contact_email, "
             "contact_phone, signatory_name, signatory_title, signed_on FROM agreement_parties" +
             where + " ORDER BY agreement_id, position"));
    if (only) prep, soci::use(key);
    soci::statement st =
        (prep, soci::into(agreement), soci::into(institution), soci::into(is_home),
         soci::into(org_unit, org_ind), soci::into(p.contact.name), soci::into(p.contact.email),
         soci::into(p.contact.phone), soci::into(p.signatory.name), soci::into(p.signatory.title),
         soci::into(p.signed_on));
    st.execute();
    while (st.fetch()) {
      const auto it = index.find(agreement);
      if (it == index.end()) continue;
      Party party = p;
      party.institution = InstitutionId{institution};
      party.is_home = is_home != 0;
      if (org_ind == soci::i_ok) party.org_unit = OrgUnitId{org_unit};
      out[it->second].parties.push_back(std::move(party));
    }
  }

  void load_conditions(std::vector<Agreement>& out,
                       const std::unordered_map<long long, std::size_t>& index,
                       std::optional<long long> only) {
    long long id = 0, agreement = 0, sending = 0, receiving = 0, key = only.value_or(0);
    int seats = 0, blended = 0;
    std::string type, first, last, eqf, isced, clarification, months, total_months, total_days,
        languages, other;
    const std::string where = only ? " WHERE agreement_id = :a" : "";
    auto prep =
        (sql_.prepare
         << ("SELECT id, agreement_id, sending_id, receiving_id, mobility_type, first_year, "
             "last_year, "
             "eqf_levels, isced, isced_clarification, seats_per_year, months_per_seat, "
             "total_months_per_year, total_days_per_year, languages, blended, other_terms FROM "
             "agreement_conditions" +
             where + " ORDER BY agreement_id, position"));
    if (only) prep, soci::use(key);
    soci::statement st =
        (prep, soci::into(id), soci::into(agreement), soci::into(sending), soci::into(receiving),
         soci::into(type), soci::into(first), soci::into(last), soci::into(eqf), soci::into(isced),
         soci::into(clarification), soci::into(seats), soci::into(months), soci::into(total_months),
         soci::into(total_days), soci::into(languages), soci::into(blended), soci::into(other));
    st.execute();
    while (st.fetch()) {
      const auto it = index.find(agreement);
      if (it == index.end()) continue;
      CooperationCondition c;
      c.id = id;
      c.sending = InstitutionId{sending};
      c.receiving = InstitutionId{receiving};
      c.mobility_type =
          domain::parse_mobility_type(type).value_or(domain::MobilityType::student_studies);
      c.first_academic_year = first;
      c.last_academic_year = last;
      for (const auto& level : split_list(eqf)) c.eqf_levels.push_back(std::stoi(level));
      c.isced = isced;
      c.isced_clarification = clarification;
      c.seats_per_year = seats;
      c.months_per_seat = parse_number(months);
      c.total_months_per_year = parse_number(total_months);
      if (!total_days.empty()) c.total_days_per_year = std::stoi(total_days);
      for (const auto& item : split_list(languages)) {
        const auto colon = item.find(':');
        c.languages.push_back(
            {item.substr(0, colon), colon == std::string::npos ? "" : item.substr(colon + 1)});
      }
      c.blended = blended != 0;
      c.other_terms = other;
      out[it->second].conditions.push_back(std::move(c));
    }
  }

  void write_children(long long id, const Agreement& a) {
    int position = 0;
    for (const auto& p : a.parties) {
      long long institution = p.institution.value, org_unit = p.org_unit ? p.org_unit->value : 0;
      soci::indicator org_ind = p.org_unit ? soci::i_ok : soci::i_null;
      int is_home = p.is_home ? 1 : 0;
      sql_ << "INSERT INTO agreement_parties (agreement_id, position, institution_id, is_home, "
              "org_unit_id, contact_name, "
              "contact_email, contact_phone, signatory_name, signatory_title, signed_on) VALUES "
              "(:a, :p, :i, :h, :o, :cn, "
              ":ce, :cp, :sn, :st, :so)",
          soci::use(id), soci::use(position), soci::use(institution), soci::use(is_home),
          soci::use(org_unit, org_ind), soci::use(p.contact.name), soci::use(p.contact.email),
          soci::use(p.contact.phone), soci::use(p.signatory.name), soci::use(p.signatory.title),
          soci::use(p.signed_on);
      ++position;
    }
    position = 0;
    for (const auto& c : a.conditions) {
      long long sending = c.sending.value, receiving = c.receiving.value;
      const std::string type(domain::to_string(c.mobility_type));
      const std::string eqf = join_with(c.eqf_levels, [](int l) { return std::to_string(l); });
      const std::string months = optional_number(c.months_per_seat);
      const std::string total_months = optional_number(c.total_months_per_year);
      const std::string total_days =
          c.total_days_per_year ? std::to_string(*c.total_days_per_year) : "";
      const std::string languages =
          join_with(c.languages,
                    [](const domain::LanguageRequirement& l) { return l.language + ":" + l.cefr; });
      int blended = c.blended ? 1 : 0;
      int seats = c.seats_per_year;
      sql_ << "INSERT INTO agreement_conditions (agreement_id, position, sending_id, receiving_id, "
              "mobility_type, "
              "first_year, last_year, eqf_levels, isced, isced_clarification, seats_per_year, "
              "months_per_seat, "
              "total_months_per_year, total_days_per_year, languages, blended, other_terms) VALUES "
              "(:a, :p, :s, :r, :t, "
              ":f, :l, :e, :i, :ic, :seats, :m, :tm, :td, :lang, :b, :o)",
          soci::use(id), soci::use(position), soci::use(sending), soci::use(receiving),
          soci::use(type), soci::use(c.first_academic_year), soci::use(c.last_academic_year),
          soci::use(eqf), soci::use(c.isced), soci::use(c.isced_clarification), soci::use(seats),
          soci::use(months), soci::use(total_months), soci::use(total_days), soci::use(languages),
          soci::use(blended), soci::use(c.other_terms);
      ++position;
    }
  }

  soci::session& sql_;
};

}  // namespace

std::unique_ptr<AgreementRepository> make_agreement_repository(soci::session& sql) {
  return std::make_unique<SqlAgreementRepository>(sql);
}

}  // namespace orbis::store::internal
