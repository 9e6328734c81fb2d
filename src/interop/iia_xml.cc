#include "interop/iia_xml.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "interop/iia_hash.h"
#include "interop/iia_walk.h"
#include "interop/xml_support.h"

namespace orbis::interop {
namespace {

using detail::XmlAttributes;
using detail::XmlNs;

constexpr std::string_view kIndent = "  ";

std::string_view prefix(XmlNs ns) {
  switch (ns) {
    case XmlNs::iias:
      return "";
    case XmlNs::contact:
      return "c:";
    case XmlNs::phone:
      return "p:";
    case XmlNs::address:
      return "a:";
  }
  return "";
}

bool all_of(std::string_view text, bool (*pred)(char)) {
  return std::all_of(text.begin(), text.end(), pred);
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_printable(char c) { return c >= 0x21 && c <= 0x7E; }

// trm:AcademicYearId: "2025/2026" (north), "2025/2025" (south); the schema checks only the
// pattern.
bool is_academic_year(std::string_view text) {
  return text.size() == 9 && text[4] == '/' && all_of(text.substr(0, 4), is_digit) &&
         all_of(text.substr(5), is_digit);
}

// xs:decimal > 0 with at most two fraction digits.
bool is_positive_decimal(std::string_view text) {
  const std::size_t dot = text.find('.');
  const std::string_view whole = text.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return false;
  if (!all_of(whole, is_digit) || !all_of(fraction, is_digit)) return false;
  if (fraction.size() > 2 && fraction.find_first_not_of('0', 2) != std::string_view::npos)
    return false;
  return text.find_first_of("123456789") != std::string_view::npos;
}

// xs:date: YYYY-MM-DD with an optional time zone ("Z", "+08:00").
bool is_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-' ||
      !all_of(text.substr(0, 4), is_digit) || !all_of(text.substr(5, 2), is_digit) ||
      !all_of(text.substr(8, 2), is_digit)) {
    return false;
  }
  const std::string_view zone = text.substr(10);
  return zone.empty() || zone == "Z" ||
         (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
          all_of(zone.substr(1, 2), is_digit) && all_of(zone.substr(4, 2), is_digit));
}

// Value rules the schema sets per element name (what the model's types cannot say).
std::optional<std::string> check_value(std::string_view name, std::string_view value) {
  const auto one_of = [&](std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  if (one_of({"hei-id", "sending-hei-id", "receiving-hei-id", "language"}) && value.empty()) {
    return "is empty";
  }
  if (one_of({"ounit-id", "iia-id", "sending-ounit-id", "receiving-ounit-id"}) &&
      (value.empty() || value.size() > 64 || !all_of(value, is_ascii_printable))) {
    return fmt::format("\"{}\" is not 1 to 64 printable ASCII characters", value);
  }
  if (one_of({"receiving-first-academic-year-id", "receiving-last-academic-year-id"}) &&
      !is_academic_year(value)) {
    return fmt::format("\"{}\" is not an academic year like 2025/2026", value);
  }
  if (name == "mobilities-per-year" && value == "0") return "must be positive";
  if (name == "cefr-level" && !(value.size() == 2 && value[0] >= 'A' && value[0] <= 'C' &&
                                (value[1] == '1' || value[1] == '2'))) {
    return fmt::format("\"{}\" is not a CEFR level A1 … C2", value);
  }
  if (name == "isced-f-code" && !(value.size() == 4 && all_of(value, is_digit))) {
    return fmt::format("\"{}\" is not a four-digit ISCED-F code", value);
  }
  if (name == "eqf-level" && !(value.size() == 1 && value[0] >= '1' && value[0] <= '8')) {
    return fmt::format("\"{}\" is not an EQF level 1 … 8", value);
  }
  if (one_of({"total-months-per-year", "total-days-per-year"}) && !is_positive_decimal(value)) {
    return fmt::format("\"{}\" is not a positive decimal with at most two fraction digits", value);
  }
  if (name == "signing-date" && !is_date(value))
    return fmt::format("\"{}\" is not a date like 2025-03-14", value);
  if (name == "person-gender" && value != "0" && value != "1" && value != "2" && value != "9") {
    return fmt::format("\"{}\" is not an ISO/IEC 5218 code 0, 1, 2 or 9", value);
  }
  if (name == "e164" && !(value.size() >= 2 && value.size() <= 16 && value[0] == '+' &&
                          all_of(value.substr(1), is_digit))) {
    return fmt::format("\"{}\" is not an E.164 number like +8657188888888", value);
  }
  if (name == "country" &&
      !(value.size() == 2 && std::isupper(static_cast<unsigned char>(value[0])) &&
        std::isupper(static_cast<unsigned char>(value[1])))) {
    return fmt::format("\"{}\" is not an ISO 3166-1 alpha-2 code", value);
  }
  if (name == "email") {
    const std::size_t at = value.find('@');
    if (at == 0 || at == std::string_view::npos ||
        value.find('@', at + 1) != std::string_view::npos ||
        value.find('.', at + 2) == std::string_view::npos) {
      return fmt::format("\"{}\" is not an e-mail address", value);
    }
  }
  return std::nullopt;
}

// Serialises the walk as indented XML and checks every value on the way; keeps the first
// problem, naming the field by its path.
class XmlWriter final : public detail::IiaSink {
 public:
  XmlWriter(std::string& out, std::string base) : out_(out), base_(std::move(base)) {}

  const std::optional<Error>& error() const { return error_; }

  void open(XmlNs ns, std::string_view name, const XmlAttributes& attributes) override {
    if (level_++ > 0) paths_.open(name);  // paths start below <iia>, which base_ names
    start_tag(ns, name, attributes, paths_.current());
    out_ += ">\n";
    ++depth_;
  }

  void leaf(XmlNs ns, std::string_view name, std::string_view value,
            const XmlAttributes& attributes) override {
    const std::string path = paths_.child(name);
    if (auto problem = check_value(name, value)) return report(path, *problem);
    auto text = xml::escape_text(value, path);
    if (!text) return report(path, text.error().message, true);
    start_tag(ns, name, attributes, path);
    fmt::format_to(std::back_inserter(out_), ">{}</{}{}>\n", *text, prefix(ns), name);
  }

  void close(XmlNs ns, std::string_view name) override {
    if (--level_ > 0) paths_.close();
    --depth_;
    indent();
    fmt::format_to(std::back_inserter(out_), "</{}{}>\n", prefix(ns), name);
  }

 private:
  void indent() {
    for (int i = 0; i < depth_; ++i) out_ += kIndent;
  }

  // `path` names the element in errors.
  void start_tag(XmlNs ns, std::string_view name, const XmlAttributes& attributes,
                 const std::string& path) {
    indent();
    fmt::format_to(std::back_inserter(out_), "<{}{}", prefix(ns), name);
    for (const auto& attribute : attributes) {
      if (attribute.name == "v6-value" &&
          !(!attribute.value.empty() && attribute.value.size() <= 3 &&
            all_of(attribute.value, is_digit))) {
        report(path + "/@v6-value",
               fmt::format("\"{}\" is not a 1 to 3 digit ISCED code", attribute.value));
      }
      auto value = xml::escape_attribute(attribute.value, path + "/@" + attribute.name);
      if (!value) {
        report(path, value.error().message, true);
        continue;
      }
      fmt::format_to(std::back_inserter(out_), " {}=\"{}\"", attribute.name, *value);
    }
  }

  void report(const std::string& path, const std::string& problem, bool complete = false) {
    if (error_) return;
    error_ = Error::invalid(complete ? fmt::format("{}/{}", base_, problem)
                                     : fmt::format("{}/{} {}", base_, path, problem));
  }

  std::string& out_;
  std::string base_;
  detail::PathTracker paths_;
  int depth_ = 1;  // indentation
  int level_ = 0;  // nesting below the walk's root
  std::optional<Error> error_;
};

// Rules about the shape of the model that the per-value checks cannot see.
Status check_shape(const Iia& iia, std::string_view base) {
  const auto check_contact = [&](const Contact& contact, std::string_view where) -> Status {
    if (contact.contact_names.empty()) {
      return fail(Error::invalid(fmt::format("{}/{} has no contact-name", base, where)));
    }
    for (const auto* address : {&contact.street_address, &contact.mailing_address}) {
      if (!*address) continue;
      const FlexibleAddress& a = **address;
      const bool detailed = a.building_number || a.building_name || a.street_name || a.unit ||
                            a.floor || a.post_office_box || !a.delivery_point_codes.empty();
      if (detailed && !a.address_lines.empty()) {
        return fail(
            Error::invalid(fmt::format("{}/{} has both address lines and detailed address fields; "
                                       "the schema allows one or the other",
                                       base, where)));
      }
      if (a.address_lines.size() > 4) {
        return fail(
            Error::invalid(fmt::format("{}/{} has more than 4 address lines", base, where)));
      }
    }
    return {};
  };
  for (std::size_t p = 0; p < iia.partners.size(); ++p) {
    const Partner& partner = iia.partners[p];
    const std::string where = fmt::format("partner[{}]", p + 1);
    if (partner.signing_contact) {
      if (auto ok = check_contact(*partner.signing_contact, where + "/signing-contact"); !ok)
        return ok;
    }
    for (const Contact& contact : partner.contacts) {
      if (auto ok = check_contact(contact, where + "/contact"); !ok) return ok;
    }
  }
  const auto check_spec = [&](const MobilitySpec& spec, std::string_view kind, std::size_t index,
                              bool needs_language) -> Status {
    const std::string where = fmt::format("cooperation-conditions/{}[{}]", kind, index + 1);
    if (needs_language && spec.recommended_language_skills.empty()) {
      return fail(Error::invalid(
          fmt::format("{}/{} needs at least one recommended-language-skill", base, where)));
    }
    for (const Contact& contact : spec.sending_contacts) {
      if (auto ok = check_contact(contact, where + "/sending-contact"); !ok) return ok;
    }
    for (const Contact& contact : spec.receiving_contacts) {
      if (auto ok = check_contact(contact, where + "/receiving-contact"); !ok) return ok;
    }
    if (spec.mobilities_per_year == 0) {
      return fail(
          Error::invalid(fmt::format("{}/{}/mobilities-per-year must be positive", base, where)));
    }
    return {};
  };
  const CooperationConditions& c = iia.cooperation_conditions;
  for (std::size_t i = 0; i < c.student_studies.size(); ++i) {
    if (auto ok = check_spec(c.student_studies[i], "student-studies-mobility-spec", i, true); !ok)
      return ok;
  }
  for (std::size_t i = 0; i < c.student_traineeship.size(); ++i) {
    if (auto ok =
            check_spec(c.student_traineeship[i], "student-traineeship-mobility-spec", i, false);
        !ok)
      return ok;
  }
  for (std::size_t i = 0; i < c.staff_teacher.size(); ++i) {
    if (auto ok = check_spec(c.staff_teacher[i], "staff-teacher-mobility-spec", i, true); !ok)
      return ok;
  }
  for (std::size_t i = 0; i < c.staff_training.size(); ++i) {
    if (auto ok = check_spec(c.staff_training[i], "staff-training-mobility-spec", i, false); !ok)
      return ok;
  }
  return {};
}

// ---- reading ---------------------------------------------------------------------------

// Reads one document into the model. Keeps the first problem (with its line) and returns
// defaults after it, so the code reads as the schema does; parse() reports that problem.
class Reader {
 public:
  std::vector<Iia> document(const xmlNode* root) {
    std::vector<Iia> iias;
    Children children(*this, root);
    while (const xmlNode* node = children.take(kIiasGetResponseNs, "iia"))
      iias.push_back(iia(node));
    children.finish();
    return iias;
  }

  const std::optional<Error>& error() const { return error_; }

 private:
  void report(const xmlNode* node, std::string problem) {
    if (!error_)
      error_ =
          Error::invalid(fmt::format("IIA get-response line {}: {}", xml::line_of(node), problem));
  }

  // The element children of one element, consumed in schema order.
  class Children {
   public:
    Children(Reader& reader, const xmlNode* parent)
        : reader_(reader), parent_(parent), next_(parent->children) {
      skip();
    }
    const xmlNode* take(const char* ns, std::string_view name) {
      if (!xml::is_element(next_, ns, name)) return nullptr;
      const xmlNode* node = next_;
      next_ = next_->next;
      skip();
      return node;
    }
    const xmlNode* require(const char* ns, std::string_view name) {
      const xmlNode* node = take(ns, name);
      if (node == nullptr) {
        reader_.report(next_ != nullptr ? next_ : parent_,
                       next_ != nullptr
                           ? fmt::format("<{}> where <{}> was expected in <{}>",
                                         xml::local_name(next_), name, xml::local_name(parent_))
                           : fmt::format("<{}> lacks <{}>", xml::local_name(parent_), name));
      }
      return node;
    }
    void finish() {
      if (next_ != nullptr) {
        reader_.report(next_, fmt::format("unexpected element <{}> in <{}>", xml::local_name(next_),
                                          xml::local_name(parent_)));
      }
    }

   private:
    // Skips comments, processing instructions and whitespace; text elsewhere is an error.
    void skip() {
      while (next_ != nullptr && next_->type != XML_ELEMENT_NODE) {
        if (next_->type == XML_TEXT_NODE || next_->type == XML_CDATA_SECTION_NODE) {
          const std::string text =
              next_->content ? reinterpret_cast<const char*>(next_->content) : "";
          if (text.find_first_not_of(" \t\r\n") != std::string::npos) {
            reader_.report(next_, fmt::format("text is not allowed directly in <{}>",
                                              xml::local_name(parent_)));
          }
        }
        next_ = next_->next;
      }
    }
    Reader& reader_;
    const xmlNode* parent_;
    const xmlNode* next_;
  };

  std::string text(const xmlNode* node) {
    if (node == nullptr) return {};
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) {
        report(child, fmt::format("<{}> must hold text, not <{}>", xml::local_name(node),
                                  xml::local_name(child)));
        return {};
      }
    }
    return xml::text_of(node);
  }

  static std::string_view trimmed(std::string_view s) {
    const std::size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
  }

  bool boolean(const xmlNode* node) {
    if (node == nullptr) return false;
    const std::string raw = text(node);
    const std::string_view value = trimmed(raw);
    if (value == "true" || value == "1") return true;
    if (value != "false" && value != "0") {
      report(node, fmt::format("<{}> is \"{}\", not a boolean", xml::local_name(node), raw));
    }
    return false;
  }

  std::optional<bool> boolean_attribute(const xmlNode* node, const char* name) {
    const auto raw = xml::attribute(node, name);
    if (!raw) return std::nullopt;
    const std::string_view value = trimmed(*raw);
    if (value == "true" || value == "1") return true;
    if (value != "false" && value != "0") {
      report(node, fmt::format("@{} of <{}> is \"{}\", not a boolean", name, xml::local_name(node),
                               *raw));
    }
    return false;
  }

  long integer(const xmlNode* node, long min, long max) {
    if (node == nullptr) return min;
    const std::string raw = text(node);
    std::string_view value = trimmed(raw);
    if (value.starts_with('+')) value.remove_prefix(1);
    long number = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size() || number < min ||
        number > max) {
      report(node, fmt::format("<{}> is \"{}\", not a whole number from {} to {}",
                               xml::local_name(node), raw, min, max));
      return min;
    }
    return number;
  }

  std::optional<std::string> optional_text(Children& children, const char* ns,
                                           std::string_view name) {
    const xmlNode* node = children.take(ns, name);
    return node == nullptr ? std::nullopt : std::optional(text(node));
  }

  std::vector<std::string> texts(Children& children, const char* ns, std::string_view name) {
    std::vector<std::string> values;
    while (const xmlNode* node = children.take(ns, name)) values.push_back(text(node));
    return values;
  }

  std::vector<LangString> lang_strings(Children& children, std::string_view name) {
    std::vector<LangString> values;
    while (const xmlNode* node = children.take(kContactNs, name)) {
      LangString value{text(node), std::nullopt};
      if (xmlChar* lang = xmlNodeGetLang(node);
          lang != nullptr && xmlHasNsProp(node, BAD_CAST "lang", XML_XML_NAMESPACE)) {
        value.lang = reinterpret_cast<const char*>(lang);
        xmlFree(lang);
      } else if (lang != nullptr) {
        xmlFree(lang);  // inherited from an ancestor: not this element's own attribute
      }
      values.push_back(std::move(value));
    }
    return values;
  }

  PhoneNumber phone_number(const xmlNode* node) {
    Children children(*this, node);
    PhoneNumber phone;
    phone.e164 = optional_text(children, kPhoneNumberNs, "e164");
    phone.ext = optional_text(children, kPhoneNumberNs, "ext");
    phone.other_format = optional_text(children, kPhoneNumberNs, "other-format");
    children.finish();
    return phone;
  }

  FlexibleAddress address(const xmlNode* node) {
    Children children(*this, node);
    FlexibleAddress a;
    a.recipient_names = texts(children, kAddressNs, "recipientName");
    a.address_lines = texts(children, kAddressNs, "addressLine");
    a.building_number = optional_text(children, kAddressNs, "buildingNumber");
    a.building_name = optional_text(children, kAddressNs, "buildingName");
    a.street_name = optional_text(children, kAddressNs, "streetName");
    a.unit = optional_text(children, kAddressNs, "unit");
    a.floor = optional_text(children, kAddressNs, "floor");
    a.post_office_box = optional_text(children, kAddressNs, "postOfficeBox");
    a.delivery_point_codes = texts(children, kAddressNs, "deliveryPointCode");
    a.postal_code = optional_text(children, kAddressNs, "postalCode");
    a.locality = optional_text(children, kAddressNs, "locality");
    a.region = optional_text(children, kAddressNs, "region");
    a.country = optional_text(children, kAddressNs, "country");
    children.finish();
    return a;
  }

  Contact contact(const xmlNode* node) {
    Children children(*this, node);
    Contact c;
    c.contact_names = lang_strings(children, "contact-name");
    if (c.contact_names.empty()) children.require(kContactNs, "contact-name");
    c.person_given_names = lang_strings(children, "person-given-names");
    c.person_family_names = lang_strings(children, "person-family-name");
    if (const xmlNode* gender = children.take(kContactNs, "person-gender")) {
      c.person_gender = static_cast<int>(integer(gender, 0, 9));
    }
    while (const xmlNode* phone = children.take(kPhoneNumberNs, "phone-number"))
      c.phone_numbers.push_back(phone_number(phone));
    while (const xmlNode* fax = children.take(kPhoneNumberNs, "fax-number"))
      c.fax_numbers.push_back(phone_number(fax));
    c.emails = texts(children, kContactNs, "email");
    if (const xmlNode* street = children.take(kAddressNs, "street-address"))
      c.street_address = address(street);
    if (const xmlNode* mailing = children.take(kAddressNs, "mailing-address"))
      c.mailing_address = address(mailing);
    c.role_descriptions = lang_strings(children, "role-description");
    children.finish();
    return c;
  }

  std::vector<Contact> contacts(Children& children, const char* ns, std::string_view name) {
    std::vector<Contact> values;
    while (const xmlNode* node = children.take(ns, name)) values.push_back(contact(node));
    return values;
  }

  Partner partner(const xmlNode* node) {
    Children children(*this, node);
    Partner p;
    p.hei_id = text(children.require(kIiasGetResponseNs, "hei-id"));
    p.ounit_id = optional_text(children, kIiasGetResponseNs, "ounit-id");
    p.iia_id = optional_text(children, kIiasGetResponseNs, "iia-id");
    p.iia_code = optional_text(children, kIiasGetResponseNs, "iia-code");
    if (const xmlNode* signer = children.take(kIiasGetResponseNs, "signing-contact"))
      p.signing_contact = contact(signer);
    p.signing_date = optional_text(children, kIiasGetResponseNs, "signing-date");
    p.contacts = contacts(children, kContactNs, "contact");
    children.finish();
    return p;
  }

  bool not_yet_defined(const xmlNode* node) {
    return boolean_attribute(node, "not-yet-defined").value_or(false);
  }

  SubjectArea subject_area(const xmlNode* node) {
    Children children(*this, node);
    SubjectArea area;
    const xmlNode* code = children.require(kIiasGetResponseNs, "isced-f-code");
    area.isced_f_code = text(code);
    if (code != nullptr) area.isced_v6_value = xml::attribute(code, "v6-value");
    area.isced_clarification = optional_text(children, kIiasGetResponseNs, "isced-clarification");
    children.finish();
    return area;
  }

  void common(Children& children, MobilitySpec& spec) {
    const char* ns = kIiasGetResponseNs;
    spec.sending_hei_id = text(children.require(ns, "sending-hei-id"));
    spec.sending_ounit_id = optional_text(children, ns, "sending-ounit-id");
    spec.sending_contacts = contacts(children, ns, "sending-contact");
    spec.receiving_hei_id = text(children.require(ns, "receiving-hei-id"));
    spec.receiving_ounit_id = optional_text(children, ns, "receiving-ounit-id");
    spec.receiving_contacts = contacts(children, ns, "receiving-contact");
    spec.receiving_first_academic_year_id =
        text(children.require(ns, "receiving-first-academic-year-id"));
    spec.receiving_last_academic_year_id =
        text(children.require(ns, "receiving-last-academic-year-id"));
    const xmlNode* mobilities = children.require(ns, "mobilities-per-year");
    spec.mobilities_per_year = static_cast<std::uint32_t>(integer(mobilities, 1, 0xFFFFFFFFL));
    if (mobilities != nullptr)
      spec.mobilities_per_year_not_yet_defined = not_yet_defined(mobilities);
    while (const xmlNode* node = children.take(ns, "recommended-language-skill")) {
      Children skill_children(*this, node);
      LanguageSkill skill;
      skill.language = text(skill_children.require(ns, "language"));
      skill.cefr_level = optional_text(skill_children, ns, "cefr-level");
      if (const xmlNode* area = skill_children.take(ns, "subject-area"))
        skill.subject_area = subject_area(area);
      skill.not_yet_defined = not_yet_defined(node);
      skill_children.finish();
      spec.recommended_language_skills.push_back(std::move(skill));
    }
    while (const xmlNode* node = children.take(ns, "subject-area"))
      spec.subject_areas.push_back(subject_area(node));
    spec.other_info_terms = optional_text(children, ns, "other-info-terms");
  }

  StudentMobilitySpec student(const xmlNode* node) {
    Children children(*this, node);
    StudentMobilitySpec spec;
    common(children, spec);
    spec.total_months_per_year =
        optional_text(children, kIiasGetResponseNs, "total-months-per-year");
    spec.blended = boolean(children.require(kIiasGetResponseNs, "blended"));
    while (const xmlNode* level = children.take(kIiasGetResponseNs, "eqf-level")) {
      spec.eqf_levels.push_back(static_cast<int>(integer(level, 1, 8)));
    }
    children.finish();
    return spec;
  }

  StaffMobilitySpec staff(const xmlNode* node) {
    Children children(*this, node);
    StaffMobilitySpec spec;
    common(children, spec);
    spec.total_days_per_year = optional_text(children, kIiasGetResponseNs, "total-days-per-year");
    children.finish();
    return spec;
  }

  Iia iia(const xmlNode* node) {
    const char* ns = kIiasGetResponseNs;
    Children children(*this, node);
    Iia result;
    for (Partner& p : result.partners) {
      const xmlNode* partner_node = children.require(ns, "partner");
      if (partner_node != nullptr) p = partner(partner_node);
    }
    result.in_effect = boolean(children.require(ns, "in-effect"));
    if (const xmlNode* conditions = children.require(ns, "cooperation-conditions")) {
      CooperationConditions& c = result.cooperation_conditions;
      c.terminated_as_a_whole = boolean_attribute(conditions, "terminated-as-a-whole");
      Children specs(*this, conditions);
      while (const xmlNode* spec = specs.take(ns, "student-studies-mobility-spec"))
        c.student_studies.push_back(student(spec));
      while (const xmlNode* spec = specs.take(ns, "student-traineeship-mobility-spec"))
        c.student_traineeship.push_back(student(spec));
      while (const xmlNode* spec = specs.take(ns, "staff-teacher-mobility-spec"))
        c.staff_teacher.push_back(staff(spec));
      while (const xmlNode* spec = specs.take(ns, "staff-training-mobility-spec"))
        c.staff_training.push_back(staff(spec));
      specs.finish();
    }
    result.iia_hash = text(children.require(ns, "iia-hash"));
    result.pdf_file = optional_text(children, ns, "pdf-file");
    children.finish();
    return result;
  }

  std::optional<Error> error_;
};

}  // namespace

namespace detail {

Result<std::string> write_get_response(std::span<const Iia> iias,
                                       std::span<const std::string> hashes) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<iias-get-response xmlns=\"{}\"\n    xmlns:c=\"{}\"\n    xmlns:p=\"{}\"\n    "
      "xmlns:a=\"{}\">\n",
      kIiasGetResponseNs, kContactNs, kPhoneNumberNs, kAddressNs);
  for (std::size_t i = 0; i < iias.size(); ++i) {
    const std::string base = fmt::format("iia[{}]", i + 1);
    if (auto shape = check_shape(iias[i], base); !shape) return fail(shape.error());
    std::string element;
    XmlWriter writer(element, base);
    detail::walk_iia(iias[i], hashes[i], writer);
    if (writer.error()) return fail(*writer.error());
    out += element;
  }
  out += "</iias-get-response>\n";
  return out;
}

}  // namespace detail

Result<std::string> to_get_response_xml(std::span<const Iia> iias) {
  // Written twice: once to learn the hashes the official stylesheet computes over this very
  // document, once to carry them. They equal iia_hash() of each agreement except where
  // the stylesheet's document-wide terminated-as-a-whole quirk applies (see iia_hash.h).
  const std::vector<std::string> placeholders(iias.size(), std::string(64, '0'));
  auto draft = detail::write_get_response(iias, placeholders);
  if (!draft) return fail(draft.error());
  auto hashes = iia_hashes_of_xml(*draft);
  if (!hashes)
    return fail(
        Error::internal("the IIAs Orbis wrote do not read back: " + hashes.error().message));
  if (hashes->size() != iias.size())
    return fail(Error::internal("the IIAs Orbis wrote read back as a different count"));
  return detail::write_get_response(iias, *hashes);
}

Result<std::vector<Iia>> parse_get_response(std::string_view xml) {
  auto doc = xml::parse_document(xml, "IIA get-response");
  if (!doc) return fail(doc.error());
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (!xml::is_element(root, kIiasGetResponseNs, "iias-get-response")) {
    return fail(Error::invalid(
        fmt::format("not an IIA v7 get-response: the root element is <{}> in namespace \"{}\", "
                    "expected <iias-get-response> in \"{}\"",
                    xml::local_name(root), xml::namespace_uri(root), kIiasGetResponseNs)));
  }
  Reader reader;
  std::vector<Iia> iias = reader.document(root);
  if (reader.error()) return fail(*reader.error());
  return iias;
}

}  // namespace orbis::interop
