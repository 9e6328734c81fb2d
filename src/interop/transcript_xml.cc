#include "interop/transcript_xml.h"

#include <fmt/format.h>

#include <cstdlib>

#include "interop/schema_validation.h"
#include "interop/xml_reader.h"
#include "interop/xml_support.h"
#include "interop/xml_writer.h"

namespace orbis::interop {

std::optional<std::string> identifier_of(std::span<const TypedIdentifier> identifiers,
                                         std::string_view type) {
  for (const TypedIdentifier& identifier : identifiers) {
    if (identifier.type == type) return identifier.value;
  }
  return std::nullopt;
}

namespace {

constexpr const char* kTorsNs = kImobilityTorsGetResponseNs;

// ---- reading ---------------------------------------------------------------------------

// Reads a document that has already validated against its schema: the order of elements is
// the schema's, so the reader takes the mapped ones in order and skips the others by name.
// It still reports what it does not expect, which would be a bug here.
class ElmoReader {
 public:
  explicit ElmoReader(const char* ns) : ns_(ns) {}

  xml::Reader& base() { return reader_; }

  std::vector<Transcript> tors_response(const xmlNode* root) {
    std::vector<Transcript> transcripts;
    xml::Children tors(reader_, root);
    while (const xmlNode* tor = tors.take(kTorsNs, "tor")) {
      xml::Children children(reader_, tor);
      const std::string omobility_id = children.required_text(kTorsNs, "omobility-id");
      Transcript transcript = elmo(children.require(ns_, "elmo"));
      transcript.omobility_id = omobility_id;
      if (const xmlNode* table = children.take(kTorsNs, "gradeConversionTable")) {
        xml::Children isced_tables(reader_, table);
        while (const xmlNode* isced = isced_tables.take(kTorsNs, "iscedTable")) {
          IscedGradeTable grades{.isced_code = token_attribute(isced, "iscedCode")};
          xml::Children frequencies(reader_, isced);
          while (const xmlNode* frequency = frequencies.take(kTorsNs, "gradeFrequency")) {
            grades.frequencies.push_back(
                {token_attribute(frequency, "label"), token_attribute(frequency, "percentage")});
          }
          frequencies.finish();
          transcript.grade_conversion.push_back(std::move(grades));
        }
        isced_tables.finish();
      }
      children.finish();
      transcripts.push_back(std::move(transcript));
    }
    tors.finish();
    return transcripts;
  }

  Transcript elmo(const xmlNode* node) {
    Transcript transcript;
    if (node == nullptr) return transcript;
    xml::Children children(reader_, node);
    transcript.generated_date = token(children.require(ns_, "generatedDate"));
    transcript.learner = learner(children.require(ns_, "learner"));
    while (const xmlNode* report_node = children.take(ns_, "report"))
      transcript.reports.push_back(report(report_node));
    for (const char* unmapped : {"attachment", "groups", "extension"})
      children.skip_all(ns_, unmapped);
    children.skip_all("http://www.w3.org/2000/09/xmldsig#", "Signature");
    children.finish();
    return transcript;
  }

 private:
  // xs:token and the types derived from it (dates, decimals, enumerations): the value with
  // its whitespace collapsed, as the schema reads it.
  std::string token(const xmlNode* node) { return xml::collapse_whitespace(reader_.text(node)); }

  std::optional<std::string> optional_token(xml::Children& children, std::string_view name) {
    const xmlNode* node = children.take(ns_, name);
    return node == nullptr ? std::nullopt : std::optional(token(node));
  }

  std::string token_attribute(const xmlNode* node, const char* name) {
    return xml::collapse_whitespace(xml::attribute(node, name).value_or(""));
  }

  std::vector<TypedIdentifier> identifiers(xml::Children& children) {
    std::vector<TypedIdentifier> values;
    while (const xmlNode* node = children.take(ns_, "identifier"))
      values.push_back({token_attribute(node, "type"), token(node)});
    return values;
  }

  // TokenWithOptionalLang (collapse) or PlaintextMultilineStringWithOptionalLang (verbatim).
  std::vector<LangString> lang_strings(xml::Children& children, std::string_view name,
                                       bool is_token) {
    std::vector<LangString> values;
    while (const xmlNode* node = children.take(ns_, name)) {
      values.push_back({is_token ? token(node) : reader_.text(node), xml::Reader::own_lang(node)});
    }
    return values;
  }

  Learner learner(const xmlNode* node) {
    Learner learner;
    if (node == nullptr) return learner;
    xml::Children children(reader_, node);
    learner.citizenship = optional_token(children, "citizenship");
    learner.identifiers = identifiers(children);
    learner.given_names = token(children.require(ns_, "givenNames"));
    learner.family_name = token(children.require(ns_, "familyName"));
    if (const xmlNode* name = children.take(ns_, "alternativeName"))
      learner.alternative_name = LangString{reader_.text(name), xml::Reader::own_lang(name)};
    learner.birth_date = optional_token(children, "dateOfBirth");
    if (auto bday = optional_token(children, "bday"); bday && !learner.birth_date)
      learner.birth_date = bday;
    for (const char* unmapped : {"placeOfBirth", "countryOfBirth", "birthName", "currentAddress"})
      children.skip_all(ns_, unmapped);
    if (const xmlNode* gender = children.take(ns_, "gender"))
      learner.gender = static_cast<int>(reader_.integer(gender, 0, 9));
    children.finish();
    return learner;
  }

  Issuer issuer(const xmlNode* node) {
    Issuer issuer;
    if (node == nullptr) return issuer;
    xml::Children children(reader_, node);
    issuer.country = optional_token(children, "country");
    issuer.identifiers = identifiers(children);
    issuer.titles = lang_strings(children, "title", true);
    issuer.url = token(children.require(ns_, "url"));
    children.finish();
    return issuer;
  }

  LearningOpportunityResult instance(const xmlNode* node) {
    LearningOpportunityResult result;
    if (node == nullptr) return result;
    xml::Children children(reader_, node);
    result.identifiers = identifiers(children);
    children.skip_all(ns_, "enrolment");
    result.start = optional_token(children, "start");
    result.date = optional_token(children, "date");
    if (const xmlNode* term = children.take(ns_, "academicTerm")) {
      xml::Children parts(reader_, term);
      AcademicTermSpan span;
      span.titles = lang_strings(parts, "title", true);
      span.start = token(parts.require(ns_, "start"));
      span.end = token(parts.require(ns_, "end"));
      parts.finish();
      result.academic_term = std::move(span);
    }
    children.skip_all(ns_, "duration");
    result.status = optional_token(children, "status");
    result.grading_scheme_local_id = optional_token(children, "gradingSchemeLocalId");
    children.skip_all(ns_, "gradingSchemeExternalId");
    result.result_label = optional_token(children, "resultLabel");
    children.skip_all(ns_, "shortenedGrading");
    if (const xmlNode* distribution = children.take(ns_, "resultDistribution")) {
      xml::Children categories(reader_, distribution);
      while (const xmlNode* category = categories.take(ns_, "category")) {
        ResultCategory value{.label = token_attribute(category, "label")};
        const std::string count = token_attribute(category, "count");
        value.count = std::strtoull(count.c_str(), nullptr, 10);
        result.result_distribution.push_back(std::move(value));
      }
      categories.skip_all(ns_, "description");
      categories.finish();
    }
    while (const xmlNode* credit = children.take(ns_, "credit")) {
      xml::Children parts(reader_, credit);
      TranscriptCredit value{.scheme = token(parts.require(ns_, "scheme"))};
      parts.skip_all(ns_, "level");  // ELMO v1, deprecated
      value.value = optional_token(parts, "value");
      parts.finish();
      result.credits.push_back(std::move(value));
    }
    while (const xmlNode* level = children.take(ns_, "level")) {
      xml::Children parts(reader_, level);
      StudyLevel value{.type = token(parts.require(ns_, "type"))};
      if (const xmlNode* description = parts.take(ns_, "description"))
        value.description = reader_.text(description);
      value.value = optional_token(parts, "value");
      parts.finish();
      result.levels.push_back(std::move(value));
    }
    result.language_of_instruction = optional_token(children, "languageOfInstruction");
    result.engagement_hours = optional_token(children, "engagementHours");
    for (const char* unmapped : {"attachments", "grouping", "extension", "diplomaSupplement"})
      children.skip_all(ns_, unmapped);
    children.finish();
    return result;
  }

  LearningOpportunity opportunity(const xmlNode* node) {
    LearningOpportunity los;
    xml::Children children(reader_, node);
    los.identifiers = identifiers(children);
    los.titles = lang_strings(children, "title", true);
    los.type = optional_token(children, "type");
    los.subject_area = optional_token(children, "subjectArea");
    los.isced_code = optional_token(children, "iscedCode");
    los.url = optional_token(children, "url");
    for (const char* unmapped : {"description", "descriptionHtml", "documentType"})
      children.skip_all(ns_, unmapped);
    if (const xmlNode* specifies = children.require(ns_, "specifies")) {
      xml::Children parts(reader_, specifies);
      los.result = instance(parts.require(ns_, "learningOpportunityInstance"));
      parts.skip_all(ns_, "extension");
      parts.finish();
    }
    while (const xmlNode* part = children.take(ns_, "hasPart")) {
      xml::Children parts(reader_, part);
      if (const xmlNode* child = parts.require(ns_, "learningOpportunitySpecification"))
        los.parts.push_back(opportunity(child));
      parts.finish();
    }
    children.skip_all(ns_, "extension");
    children.finish();
    return los;
  }

  TranscriptReport report(const xmlNode* node) {
    TranscriptReport report;
    xml::Children children(reader_, node);
    report.issuer = issuer(children.require(ns_, "issuer"));
    while (const xmlNode* los = children.take(ns_, "learningOpportunitySpecification"))
      report.learning_opportunities.push_back(opportunity(los));
    children.skip_all(ns_, "resultOfRecognition");
    report.issue_date = token(children.require(ns_, "issueDate"));
    while (const xmlNode* scheme = children.take(ns_, "gradingScheme")) {
      GradingScheme value{.local_id = token_attribute(scheme, "localId")};
      xml::Children parts(reader_, scheme);
      value.descriptions = lang_strings(parts, "description", false);
      parts.finish();
      report.grading_schemes.push_back(std::move(value));
    }
    for (const char* unmapped : {"status", "attachment"}) children.skip_all(ns_, unmapped);
    children.finish();
    return report;
  }

  const char* ns_;
  xml::Reader reader_{"transcript"};
};

// ---- writing ---------------------------------------------------------------------------

std::optional<std::string> check_los_type(std::string_view value) {
  for (std::string_view known : {"Degree Programme", "Module", "Course", "Class"}) {
    if (value == known) return std::nullopt;
  }
  return fmt::format("\"{}\" is not one of Degree Programme, Module, Course, Class", value);
}

std::optional<std::string> check_result_status(std::string_view value) {
  if (value == "passed" || value == "failed" || value == "in-progress") return std::nullopt;
  return fmt::format("\"{}\" is not one of passed, failed, in-progress", value);
}

class ElmoWriter {
 public:
  explicit ElmoWriter(std::string& out)
      : w_(out, "",
           {"tor", "report", "identifier", "title", "learningOpportunitySpecification", "hasPart",
            "credit", "level", "category", "gradingScheme", "description", "iscedTable",
            "gradeFrequency"},
           1) {}

  const std::optional<Error>& error() const { return w_.error(); }

  void tor(const Transcript& t) {
    w_.open("tor");
    if (t.omobility_id) {
      w_.leaf("omobility-id", *t.omobility_id, xml::check::ascii_identifier);
    } else {
      w_.problem("omobility-id", "is missing; a ToR response needs the mobility's id");
    }
    elmo(t);
    if (!t.grade_conversion.empty()) {
      w_.open("gradeConversionTable");
      for (const IscedGradeTable& table : t.grade_conversion) {
        w_.open("iscedTable", {{"iscedCode", xml::collapse_whitespace(table.isced_code)}});
        if (table.frequencies.empty()) w_.problem("", "has no gradeFrequency");
        for (const GradeFrequency& frequency : table.frequencies) {
          if (auto problem = xml::check::decimal(frequency.percentage))
            w_.problem("gradeFrequency/@percentage", *problem);
          w_.empty("gradeFrequency", {{"label", xml::collapse_whitespace(frequency.label)},
                                      {"percentage", frequency.percentage}});
        }
        w_.close();
      }
      w_.close();
    }
    w_.close();
  }

 private:
  void token(std::string_view name, std::string_view value, xml::Check check = nullptr,
             const xml::Attributes& attributes = {}) {
    w_.leaf(name, xml::collapse_whitespace(value), check, attributes);
  }
  void optional_token(std::string_view name, const std::optional<std::string>& value,
                      xml::Check check = nullptr) {
    if (value) token(name, *value, check);
  }

  static xml::Attributes lang(const LangString& text) {
    if (!text.lang) return {};
    return {{"xml:lang", *text.lang}};
  }

  void identifiers(const std::vector<TypedIdentifier>& values) {
    for (const TypedIdentifier& identifier : values) {
      if (identifier.type.empty()) w_.problem("identifier/@type", "is empty");
      token("identifier", identifier.value, nullptr,
            {{"type", xml::collapse_whitespace(identifier.type)}});
    }
  }

  void titles(const std::vector<LangString>& values) {
    if (values.empty()) w_.problem("title", "is missing; at least one title is required");
    for (const LangString& title : values) token("title", title.text, nullptr, lang(title));
  }

  void elmo(const Transcript& t) {
    w_.open("elmo", {{"xmlns", kElmoV1Ns}});
    token("generatedDate", t.generated_date, xml::check::date_time);
    learner(t.learner);
    if (t.reports.empty()) w_.problem("report", "is missing; ELMO needs at least one report");
    for (const TranscriptReport& r : t.reports) report(r);
    w_.close();
  }

  void learner(const Learner& l) {
    w_.open("learner");
    optional_token("citizenship", l.citizenship, xml::check::country);
    identifiers(l.identifiers);
    token("givenNames", l.given_names, xml::check::not_empty);
    token("familyName", l.family_name, xml::check::not_empty);
    if (l.alternative_name) {
      w_.problem("alternativeName",
                 "exists only in ELMO v2, and imobility-tors v2 carries ELMO v1; leave it out");
    }
    optional_token("bday", l.birth_date, xml::check::date);
    if (l.gender) {
      if (*l.gender != 0 && *l.gender != 1 && *l.gender != 2 && *l.gender != 9)
        w_.problem("gender", fmt::format("{} is not an ISO/IEC 5218 code 0, 1, 2 or 9", *l.gender));
      w_.leaf("gender", std::to_string(*l.gender));
    }
    w_.close();
  }

  void report(const TranscriptReport& r) {
    w_.open("report");
    w_.open("issuer");
    optional_token("country", r.issuer.country, xml::check::country);
    if (r.issuer.identifiers.empty())
      w_.problem("identifier", "is missing; an issuer needs at least one (e.g. schac)");
    identifiers(r.issuer.identifiers);
    titles(r.issuer.titles);
    token("url", r.issuer.url);
    w_.close();
    for (const LearningOpportunity& los : r.learning_opportunities) opportunity(los);
    token("issueDate", r.issue_date, xml::check::date_time);
    for (const GradingScheme& scheme : r.grading_schemes) {
      if (xml::collapse_whitespace(scheme.local_id).empty())
        w_.problem("gradingScheme/@localId", "is empty");
      w_.open("gradingScheme", {{"localId", xml::collapse_whitespace(scheme.local_id)}});
      for (const LangString& description : scheme.descriptions)
        w_.leaf("description", description.text, nullptr, lang(description));
      w_.close();
    }
    w_.close();
  }

  void opportunity(const LearningOpportunity& los) {
    w_.open("learningOpportunitySpecification");
    identifiers(los.identifiers);
    titles(los.titles);
    optional_token("type", los.type, check_los_type);
    optional_token("subjectArea", los.subject_area);
    optional_token("iscedCode", los.isced_code);
    optional_token("url", los.url);
    w_.open("specifies");
    instance(los.result);
    w_.close();
    for (const LearningOpportunity& part : los.parts) {
      w_.open("hasPart");
      opportunity(part);
      w_.close();
    }
    w_.close();
  }

  void instance(const LearningOpportunityResult& r) {
    w_.open("learningOpportunityInstance");
    identifiers(r.identifiers);
    optional_token("start", r.start, xml::check::date);
    optional_token("date", r.date, xml::check::date);
    if (r.academic_term) {
      w_.open("academicTerm");
      titles(r.academic_term->titles);
      token("start", r.academic_term->start, xml::check::date);
      token("end", r.academic_term->end, xml::check::date);
      w_.close();
    }
    optional_token("status", r.status, check_result_status);
    optional_token("gradingSchemeLocalId", r.grading_scheme_local_id);
    optional_token("resultLabel", r.result_label);
    if (!r.result_distribution.empty()) {
      w_.open("resultDistribution");
      for (const ResultCategory& category : r.result_distribution) {
        w_.empty("category", {{"label", xml::collapse_whitespace(category.label)},
                              {"count", std::to_string(category.count)}});
      }
      w_.close();
    }
    for (const TranscriptCredit& credit : r.credits) {
      w_.open("credit");
      token("scheme", credit.scheme, xml::check::not_empty);
      optional_token("value", credit.value, xml::check::decimal);
      w_.close();
    }
    for (const StudyLevel& level : r.levels) {
      w_.open("level");
      token("type", level.type, xml::check::not_empty);
      if (level.description) w_.leaf("description", *level.description);
      optional_token("value", level.value);
      w_.close();
    }
    optional_token("languageOfInstruction", r.language_of_instruction);
    optional_token("engagementHours", r.engagement_hours, xml::check::decimal);
    w_.close();
  }

  xml::Writer w_;
};

}  // namespace

Result<std::vector<Transcript>> parse_transcripts(std::string_view xml,
                                                  const std::filesystem::path& schema_root) {
  auto doc = xml::parse_document(xml, "transcript");
  if (!doc) return fail(doc.error());
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  const char* schema = nullptr;
  const char* elmo_ns = kElmoV1Ns;  // the ToR API v2 embeds ELMO v1
  if (xml::is_element(root, kTorsNs, "imobility-tors-get-response")) {
    schema = kImobilityTorsSchema;
  } else if (xml::is_element(root, kElmoV1Ns, "elmo")) {
    schema = kElmoV1Schema;
  } else if (xml::is_element(root, kElmoV2Ns, "elmo")) {
    schema = kElmoV2Schema;
    elmo_ns = kElmoV2Ns;
  } else {
    return fail(Error::invalid(
        fmt::format("not a transcript: the root element is <{}> in namespace \"{}\", expected "
                    "<imobility-tors-get-response> (imobility-tors v2) or <elmo> (ELMO v1 or v2)",
                    xml::local_name(root), xml::namespace_uri(root))));
  }
  if (auto valid = xml::validate_parsed(**doc, schema_root, schema); !valid)
    return fail(valid.error());
  ElmoReader reader(elmo_ns);
  std::vector<Transcript> transcripts;
  if (schema == kImobilityTorsSchema) {
    transcripts = reader.tors_response(root);
  } else {
    transcripts.push_back(reader.elmo(root));
  }
  if (reader.base().error()) {
    return fail(
        Error::internal("a valid transcript did not read: " + reader.base().error()->message));
  }
  return transcripts;
}

Result<std::string> to_xml(const std::vector<Transcript>& transcripts) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<imobility-tors-get-response xmlns=\"{}\">\n",
      kImobilityTorsGetResponseNs);
  ElmoWriter writer(out);
  for (const Transcript& transcript : transcripts) writer.tor(transcript);
  if (writer.error()) return fail(*writer.error());
  out += "</imobility-tors-get-response>\n";
  return out;
}

}  // namespace orbis::interop
