#include "interop/learning_agreement_xml.h"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "interop/xml_reader.h"
#include "interop/xml_support.h"
#include "interop/xml_writer.h"

namespace orbis::interop {
namespace {

constexpr std::array<std::pair<ReasonCode, std::string_view>, 6> kReasonCodes = {{
    {ReasonCode::not_available, "not-available"},
    {ReasonCode::language_mismatch, "language-mismatch"},
    {ReasonCode::timetable_conflict, "timetable-conflict"},
    {ReasonCode::substituting_deleted, "substituting-deleted"},
    {ReasonCode::extending_mobility, "extending-mobility"},
    {ReasonCode::adding_virtual_component, "adding-virtual-component"},
}};

std::string_view reason_name(ReasonCode code) {
  for (const auto& [value, name] : kReasonCodes) {
    if (value == code) return name;
  }
  return "";
}

std::optional<ReasonCode> reason_of(std::string_view name) {
  for (const auto& [value, known] : kReasonCodes) {
    if (known == name) return value;
  }
  return std::nullopt;
}

// The five tables of ListOf_Components, in schema order.
struct TableField {
  std::string_view name;
  std::optional<std::vector<LaComponent>> ComponentTables::* list;
};
constexpr std::array<TableField, 5> kTables = {{
    {"components-studied", &ComponentTables::components_studied},
    {"components-recognized", &ComponentTables::components_recognized},
    {"virtual-components", &ComponentTables::virtual_components},
    {"blended-mobility-components", &ComponentTables::blended_mobility_components},
    {"short-term-doctoral-components", &ComponentTables::short_term_doctoral_components},
}};

// ---- writing ---------------------------------------------------------------------------

// course:LosID / course:LoiID: a printable ASCII id of at most 64 characters made of a
// type prefix, a slash and 1 to 40 characters.
std::optional<std::string> check_course_id(std::string_view value,
                                           std::initializer_list<std::string_view> prefixes,
                                           std::string_view example) {
  if (auto problem = xml::check::ascii_identifier(value)) return problem;
  for (std::string_view prefix : prefixes) {
    if (value.size() > prefix.size() + 1 && value.starts_with(prefix) &&
        value[prefix.size()] == '/' && value.size() - prefix.size() - 1 <= 40) {
      return std::nullopt;
    }
  }
  return fmt::format("\"{}\" is not a Courses API id like {}", value, example);
}

std::optional<std::string> check_los_id(std::string_view value) {
  return check_course_id(value, {"CR", "CLS", "MOD", "DEP"}, "CR/1234");
}

std::optional<std::string> check_loi_id(std::string_view value) {
  return check_course_id(value, {"CRI", "CLSI", "MODI", "DEPI"}, "CRI/1234");
}

void write_gender(xml::Writer& w, const std::optional<int>& gender) {
  if (!gender) return;
  if (*gender != 0 && *gender != 1 && *gender != 2 && *gender != 9) {
    w.problem("gender", fmt::format("{} is not an ISO/IEC 5218 code 0, 1, 2 or 9", *gender));
    return;
  }
  w.leaf("gender", std::to_string(*gender));
}

void write_phone(xml::Writer& w, const PhoneNumber& phone) {
  w.open("p:phone-number");
  w.optional_leaf("p:e164", phone.e164, xml::check::e164);
  w.optional_leaf("p:ext", phone.ext);
  w.optional_leaf("p:other-format", phone.other_format);
  w.close();
}

void write_institution(xml::Writer& w, std::string_view name, const MobilityInstitution& hei) {
  w.open(name);
  w.leaf("hei-id", hei.hei_id, xml::check::not_empty);
  w.optional_leaf("ounit-name", hei.ounit_name);
  w.optional_leaf("ounit-id", hei.ounit_id, xml::check::ascii_identifier);
  w.open("contact-person");
  const LaContactPerson& person = hei.contact_person;
  w.leaf("given-names", person.given_names, xml::check::not_empty);
  w.leaf("family-name", person.family_name, xml::check::not_empty);
  w.leaf("email", person.email, xml::check::email);
  if (person.phone_number) write_phone(w, *person.phone_number);
  w.close();
  w.close();
}

void write_student(xml::Writer& w, const LaStudent& student) {
  w.open("student");
  w.leaf("given-names", student.given_names, xml::check::not_empty);
  w.leaf("family-name", student.family_name, xml::check::not_empty);
  w.optional_leaf("global-id", student.global_id);
  w.optional_leaf("birth-date", student.birth_date, xml::check::date);
  w.leaf("citizenship", student.citizenship, xml::check::country);
  write_gender(w, student.gender);
  w.leaf("email", student.email, xml::check::email);
  w.close();
}

void write_student_changes(xml::Writer& w, const StudentChanges& student) {
  w.open("student");
  w.optional_leaf("given-names", student.given_names, xml::check::not_empty);
  w.optional_leaf("family-name", student.family_name, xml::check::not_empty);
  w.optional_leaf("global-id", student.global_id);
  w.optional_leaf("birth-date", student.birth_date, xml::check::date);
  w.optional_leaf("citizenship", student.citizenship, xml::check::country);
  write_gender(w, student.gender);
  w.optional_leaf("email", student.email, xml::check::email);
  w.close();
}

// start-date or start-year-month, after the value's form.
void write_planned(xml::Writer& w, std::string_view which, const std::string& value) {
  if (xml::is_date(value)) {
    w.leaf(fmt::format("{}-date", which), value);
  } else if (xml::is_year_month(value)) {
    w.leaf(fmt::format("{}-year-month", which), value);
  } else {
    w.problem(
        fmt::format("{}-date", which),
        fmt::format("\"{}\" is neither a date like 2025-09-01 nor a month like 2025-09", value));
  }
}

void write_component(xml::Writer& w, const LaComponent& c) {
  xml::Attributes attributes;
  if (c.status)
    attributes.push_back(
        {"status", c.status == ComponentChange::inserted ? "inserted" : "deleted"});
  if (c.reason_code)
    attributes.push_back({"reason-code", std::string(reason_name(*c.reason_code))});
  if (c.reason_text) attributes.push_back({"reason-text", *c.reason_text});
  w.open("component", attributes);
  w.optional_leaf("los-id", c.los_id, check_los_id);
  w.optional_leaf("los-code", c.los_code);
  w.leaf("title", c.title, xml::check::not_empty);
  w.optional_leaf("loi-id", c.loi_id, check_loi_id);
  if (c.term_id) {
    if (c.term_id->total_terms < 1 || c.term_id->term_number < 1 ||
        c.term_id->term_number > c.term_id->total_terms) {
      w.problem("term-id", fmt::format("{} of {} is not a term: the number must be from 1 to the "
                                       "total, which must be positive",
                                       c.term_id->term_number, c.term_id->total_terms));
    }
    w.open("term-id");
    w.leaf("trm:term-number", std::to_string(c.term_id->term_number));
    w.leaf("trm:total-terms", std::to_string(c.term_id->total_terms));
    w.close();
  }
  for (const Credit& credit : c.credits) {
    w.open("credit");
    w.leaf("scheme", credit.scheme, xml::check::not_empty);
    w.leaf("value", credit.value, xml::check::decimal);
    w.close();
  }
  w.optional_leaf("recognition-conditions", c.recognition_conditions);
  w.optional_leaf("short-description", c.short_description);
  w.close();
}

void write_signature(xml::Writer& w, std::string_view name, const LaSignature& s) {
  w.open(name);
  w.optional_leaf("signer-name", s.signer_name);
  w.optional_leaf("signer-position", s.signer_position);
  w.optional_leaf("signer-email", s.signer_email);
  w.leaf("timestamp", s.timestamp, xml::check::date_time);
  w.optional_leaf("signer-app", s.signer_app);
  w.close();
}

// The content of ListOf_Components (the caller opens and closes the element).
void write_tables(xml::Writer& w, const ComponentTables& tables, bool receiving_required) {
  for (const TableField& table : kTables) {
    const auto& list = tables.*table.list;
    if (!list) continue;
    if (list->empty()) {
      w.empty(table.name, {});
      continue;
    }
    w.open(table.name);
    for (const LaComponent& component : *list) write_component(w, component);
    w.close();
  }
  write_signature(w, "student-signature", tables.student_signature);
  write_signature(w, "sending-hei-signature", tables.sending_hei_signature);
  if (tables.receiving_hei_signature) {
    write_signature(w, "receiving-hei-signature", *tables.receiving_hei_signature);
  } else if (receiving_required) {
    w.problem("receiving-hei-signature", "is missing; only a changes-proposal may lack it");
  }
}

void write_agreement(xml::Writer& w, const LearningAgreement& la) {
  w.open("la");
  w.leaf("omobility-id", la.omobility_id, xml::check::ascii_identifier);
  write_institution(w, "sending-hei", la.sending_hei);
  write_institution(w, "receiving-hei", la.receiving_hei);
  w.leaf("receiving-academic-year-id", la.receiving_academic_year_id, xml::check::academic_year);
  write_student(w, la.student);
  write_planned(w, "start", la.start_date);
  write_planned(w, "end", la.end_date);
  if (la.eqf_level_studied_at_departure < 1 || la.eqf_level_studied_at_departure > 8) {
    w.problem("eqf-level-studied-at-departure",
              fmt::format("{} is not an EQF level 1 … 8", la.eqf_level_studied_at_departure));
  }
  w.leaf("eqf-level-studied-at-departure", std::to_string(la.eqf_level_studied_at_departure));
  w.leaf("isced-f-code", la.isced_f_code, xml::check::not_empty);
  w.optional_leaf("isced-clarification", la.isced_clarification);
  w.open("student-language-skill");
  w.leaf("language", la.student_language_skill.language, xml::check::language);
  w.leaf("cefr-level", la.student_language_skill.cefr_level, xml::check::cefr);
  w.close();
  if (!la.first_version && !la.changes_proposal) {
    w.problem("", "has neither a first-version nor a changes-proposal");
  }
  if (la.first_version) {
    w.open("first-version");
    write_tables(w, *la.first_version, true);
    w.close();
  }
  if (la.approved_changes) {
    w.open("approved-changes");
    write_tables(w, *la.approved_changes, true);
    w.close();
  }
  if (la.changes_proposal) {
    const ChangesProposal& proposal = *la.changes_proposal;
    if (proposal.id.empty()) w.problem("changes-proposal/@id", "is empty");
    w.open("changes-proposal", {{"id", proposal.id}});
    write_tables(w, proposal, false);
    if (proposal.student) write_student_changes(w, *proposal.student);
    w.close();
  }
  w.optional_leaf("learning-outcomes-url", la.learning_outcomes_url, xml::check::http_url);
  w.optional_leaf("provisions-url", la.provisions_url, xml::check::http_url);
  w.close();
}

// ---- reading ---------------------------------------------------------------------------

constexpr const char* kNs = kOmobilityLasGetResponseNs;

class LaReader {
 public:
  xml::Reader& base() { return reader_; }

  std::vector<LearningAgreement> document(const xmlNode* root) {
    std::vector<LearningAgreement> agreements;
    xml::Children children(reader_, root);
    while (const xmlNode* node = children.take(kNs, "la")) agreements.push_back(agreement(node));
    children.finish();
    return agreements;
  }

 private:
  PhoneNumber phone(const xmlNode* node) {
    xml::Children children(reader_, node);
    PhoneNumber phone;
    phone.e164 = children.optional_text(kPhoneNumberNs, "e164");
    phone.ext = children.optional_text(kPhoneNumberNs, "ext");
    phone.other_format = children.optional_text(kPhoneNumberNs, "other-format");
    children.finish();
    return phone;
  }

  MobilityInstitution institution(const xmlNode* node) {
    MobilityInstitution hei;
    if (node == nullptr) return hei;
    xml::Children children(reader_, node);
    hei.hei_id = children.required_text(kNs, "hei-id");
    hei.ounit_name = children.optional_text(kNs, "ounit-name");
    hei.ounit_id = children.optional_text(kNs, "ounit-id");
    if (const xmlNode* person_node = children.require(kNs, "contact-person")) {
      xml::Children person(reader_, person_node);
      LaContactPerson& p = hei.contact_person;
      p.given_names = person.required_text(kNs, "given-names");
      p.family_name = person.required_text(kNs, "family-name");
      p.email = person.required_text(kNs, "email");
      if (const xmlNode* number = person.take(kPhoneNumberNs, "phone-number"))
        p.phone_number = phone(number);
      person.finish();
    }
    children.finish();
    return hei;
  }

  std::optional<int> gender(xml::Children& children) {
    const xmlNode* node = children.take(kNs, "gender");
    if (node == nullptr) return std::nullopt;
    return static_cast<int>(reader_.integer(node, 0, 9));
  }

  // The student element, every field optional as in a changes proposal.
  StudentChanges student_fields(const xmlNode* node) {
    StudentChanges s;
    xml::Children children(reader_, node);
    s.given_names = children.optional_text(kNs, "given-names");
    s.family_name = children.optional_text(kNs, "family-name");
    s.global_id = children.optional_text(kNs, "global-id");
    s.birth_date = children.optional_text(kNs, "birth-date");
    s.citizenship = children.optional_text(kNs, "citizenship");
    s.gender = gender(children);
    s.email = children.optional_text(kNs, "email");
    children.finish();
    return s;
  }

  // Outside a proposal the schema leaves the student's fields optional but EWP requires
  // them; the model requires the names, citizenship and e-mail.
  LaStudent student(const xmlNode* node) {
    LaStudent student;
    if (node == nullptr) return student;
    StudentChanges s = student_fields(node);
    const auto required = [&](std::optional<std::string>& value, std::string_view name) {
      if (!value) reader_.report(node, fmt::format("<student> lacks <{}>", name));
      return std::move(value).value_or("");
    };
    student.given_names = required(s.given_names, "given-names");
    student.family_name = required(s.family_name, "family-name");
    student.global_id = std::move(s.global_id);
    student.birth_date = std::move(s.birth_date);
    student.citizenship = required(s.citizenship, "citizenship");
    student.gender = s.gender;
    student.email = required(s.email, "email");
    return student;
  }

  // start-date or start-year-month (end-…), whichever is there.
  std::string planned(xml::Children& children, std::string_view which) {
    if (auto date = children.optional_text(kNs, fmt::format("{}-date", which))) return *date;
    if (auto month = children.optional_text(kNs, fmt::format("{}-year-month", which)))
      return *month;
    children.require(kNs, fmt::format("{}-date", which));
    return {};
  }

  LaComponent component(const xmlNode* node) {
    LaComponent c;
    if (auto status = xml::attribute(node, "status")) {
      if (*status == "inserted") {
        c.status = ComponentChange::inserted;
      } else if (*status == "deleted") {
        c.status = ComponentChange::deleted;
      } else {
        reader_.report(
            node,
            fmt::format("@status of <component> is \"{}\", not inserted or deleted", *status));
      }
    }
    if (auto reason = xml::attribute(node, "reason-code")) c.reason_code = reason_of(*reason);
    c.reason_text = xml::attribute(node, "reason-text");
    xml::Children children(reader_, node);
    c.los_id = children.optional_text(kNs, "los-id");
    c.los_code = children.optional_text(kNs, "los-code");
    c.title = children.required_text(kNs, "title");
    c.loi_id = children.optional_text(kNs, "loi-id");
    if (const xmlNode* term = children.take(kNs, "term-id")) {
      xml::Children parts(reader_, term);
      TermId id;
      id.term_number = static_cast<int>(
          reader_.integer(parts.require(kAcademicTermNs, "term-number"), 0, 1'000'000));
      id.total_terms = static_cast<int>(
          reader_.integer(parts.require(kAcademicTermNs, "total-terms"), 0, 1'000'000));
      parts.finish();
      c.term_id = id;
    }
    while (const xmlNode* credit_node = children.take(kNs, "credit")) {
      xml::Children parts(reader_, credit_node);
      Credit credit;
      credit.scheme = parts.required_text(kNs, "scheme");
      credit.value = parts.required_text(kNs, "value");
      parts.finish();
      c.credits.push_back(std::move(credit));
    }
    c.recognition_conditions = children.optional_text(kNs, "recognition-conditions");
    c.short_description = children.optional_text(kNs, "short-description");
    children.finish();
    return c;
  }

  LaSignature signature(const xmlNode* node) {
    LaSignature s;
    if (node == nullptr) return s;
    xml::Children children(reader_, node);
    s.signer_name = children.optional_text(kNs, "signer-name");
    s.signer_position = children.optional_text(kNs, "signer-position");
    s.signer_email = children.optional_text(kNs, "signer-email");
    s.timestamp = children.required_text(kNs, "timestamp");
    s.signer_app = children.optional_text(kNs, "signer-app");
    children.finish();
    return s;
  }

  // Reads the ListOf_Components part; the caller finishes `children`.
  void tables(xml::Children& children, ComponentTables& out) {
    for (const TableField& table : kTables) {
      const xmlNode* list = children.take(kNs, table.name);
      if (list == nullptr) continue;
      std::vector<LaComponent> components;
      xml::Children items(reader_, list);
      while (const xmlNode* node = items.take(kNs, "component"))
        components.push_back(component(node));
      items.finish();
      out.*table.list = std::move(components);
    }
    out.student_signature = signature(children.require(kNs, "student-signature"));
    out.sending_hei_signature = signature(children.require(kNs, "sending-hei-signature"));
    if (const xmlNode* node = children.take(kNs, "receiving-hei-signature"))
      out.receiving_hei_signature = signature(node);
  }

  LearningAgreement agreement(const xmlNode* node) {
    LearningAgreement la;
    xml::Children children(reader_, node);
    la.omobility_id = children.required_text(kNs, "omobility-id");
    la.sending_hei = institution(children.require(kNs, "sending-hei"));
    la.receiving_hei = institution(children.require(kNs, "receiving-hei"));
    la.receiving_academic_year_id = children.required_text(kNs, "receiving-academic-year-id");
    la.student = student(children.require(kNs, "student"));
    la.start_date = planned(children, "start");
    la.end_date = planned(children, "end");
    la.eqf_level_studied_at_departure = static_cast<int>(
        reader_.integer(children.require(kNs, "eqf-level-studied-at-departure"), 1, 8));
    la.isced_f_code = children.required_text(kNs, "isced-f-code");
    la.isced_clarification = children.optional_text(kNs, "isced-clarification");
    if (const xmlNode* skill = children.require(kNs, "student-language-skill")) {
      xml::Children parts(reader_, skill);
      la.student_language_skill.language = parts.required_text(kNs, "language");
      la.student_language_skill.cefr_level = parts.required_text(kNs, "cefr-level");
      parts.finish();
    }
    if (const xmlNode* version = children.take(kNs, "first-version")) {
      xml::Children parts(reader_, version);
      la.first_version.emplace();
      tables(parts, *la.first_version);
      parts.finish();
    }
    if (const xmlNode* version = children.take(kNs, "approved-changes")) {
      xml::Children parts(reader_, version);
      la.approved_changes.emplace();
      tables(parts, *la.approved_changes);
      parts.finish();
    }
    if (const xmlNode* proposal = children.take(kNs, "changes-proposal")) {
      ChangesProposal& p = la.changes_proposal.emplace();
      if (auto id = xml::attribute(proposal, "id")) {
        p.id = *id;
      } else {
        reader_.report(proposal, "<changes-proposal> lacks its id attribute");
      }
      xml::Children parts(reader_, proposal);
      tables(parts, p);
      if (const xmlNode* changed = parts.take(kNs, "student")) p.student = student_fields(changed);
      parts.finish();
    }
    la.learning_outcomes_url = children.optional_text(kNs, "learning-outcomes-url");
    la.provisions_url = children.optional_text(kNs, "provisions-url");
    children.finish();
    return la;
  }

  xml::Reader reader_{"omobility-las get-response"};
};

}  // namespace

Result<std::string> to_xml(const std::vector<LearningAgreement>& agreements) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<omobility-las-get-response xmlns=\"{}\"\n    xmlns:trm=\"{}\"\n    xmlns:p=\"{}\">\n",
      kOmobilityLasGetResponseNs, kAcademicTermNs, kPhoneNumberNs);
  xml::Writer writer(out, "", {"la", "component", "credit"}, 1);
  for (const LearningAgreement& la : agreements) write_agreement(writer, la);
  if (writer.error()) return fail(*writer.error());
  out += "</omobility-las-get-response>\n";
  return out;
}

Result<std::vector<LearningAgreement>> parse_learning_agreements(std::string_view xml) {
  auto doc = xml::parse_document(xml, "omobility-las get-response");
  if (!doc) return fail(doc.error());
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (!xml::is_element(root, kNs, "omobility-las-get-response")) {
    return fail(Error::invalid(fmt::format(
        "not an omobility-las v1 get-response: the root element is <{}> in namespace \"{}\", "
        "expected <omobility-las-get-response> in \"{}\"",
        xml::local_name(root), xml::namespace_uri(root), kNs)));
  }
  LaReader reader;
  std::vector<LearningAgreement> agreements = reader.document(root);
  if (reader.base().error()) return fail(*reader.base().error());
  return agreements;
}

}  // namespace orbis::interop
