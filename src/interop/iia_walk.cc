#include "interop/iia_walk.h"

namespace orbis::interop::detail {
namespace {

const XmlAttributes kNone;

class Walker {
 public:
  explicit Walker(IiaSink& sink) : sink_(sink) {}

  void iia(const Iia& iia, std::string_view hash) {
    sink_.open(XmlNs::iias, "iia", kNone);
    for (const Partner& partner : iia.partners) this->partner(partner);
    leaf("in-effect", iia.in_effect ? "true" : "false");
    conditions(iia.cooperation_conditions);
    leaf("iia-hash", hash);
    optional_leaf("pdf-file", iia.pdf_file);
    sink_.close(XmlNs::iias, "iia");
  }

 private:
  void leaf(std::string_view name, std::string_view value, XmlNs ns = XmlNs::iias) {
    sink_.leaf(ns, name, value, kNone);
  }
  void optional_leaf(std::string_view name, const std::optional<std::string>& value,
                     XmlNs ns = XmlNs::iias) {
    if (value) leaf(name, *value, ns);
  }
  void leaves(std::string_view name, const std::vector<std::string>& values, XmlNs ns) {
    for (const std::string& value : values) leaf(name, value, ns);
  }
  void lang_strings(std::string_view name, const std::vector<LangString>& values) {
    for (const LangString& value : values) {
      XmlAttributes attributes;
      if (value.lang) attributes.push_back({"xml:lang", *value.lang});
      sink_.leaf(XmlNs::contact, name, value.text, attributes);
    }
  }

  void partner(const Partner& partner) {
    sink_.open(XmlNs::iias, "partner", kNone);
    leaf("hei-id", partner.hei_id);
    optional_leaf("ounit-id", partner.ounit_id);
    optional_leaf("iia-id", partner.iia_id);
    optional_leaf("iia-code", partner.iia_code);
    if (partner.signing_contact) contact(XmlNs::iias, "signing-contact", *partner.signing_contact);
    optional_leaf("signing-date", partner.signing_date);
    for (const Contact& other : partner.contacts) contact(XmlNs::contact, "contact", other);
    sink_.close(XmlNs::iias, "partner");
  }

  void contact(XmlNs ns, std::string_view name, const Contact& contact) {
    sink_.open(ns, name, kNone);
    lang_strings("contact-name", contact.contact_names);
    lang_strings("person-given-names", contact.person_given_names);
    lang_strings("person-family-name", contact.person_family_names);
    if (contact.person_gender)
      leaf("person-gender", std::to_string(*contact.person_gender), XmlNs::contact);
    for (const PhoneNumber& phone : contact.phone_numbers) phone_number("phone-number", phone);
    for (const PhoneNumber& fax : contact.fax_numbers) phone_number("fax-number", fax);
    leaves("email", contact.emails, XmlNs::contact);
    if (contact.street_address) address("street-address", *contact.street_address);
    if (contact.mailing_address) address("mailing-address", *contact.mailing_address);
    lang_strings("role-description", contact.role_descriptions);
    sink_.close(ns, name);
  }

  void phone_number(std::string_view name, const PhoneNumber& phone) {
    sink_.open(XmlNs::phone, name, kNone);
    optional_leaf("e164", phone.e164, XmlNs::phone);
    optional_leaf("ext", phone.ext, XmlNs::phone);
    optional_leaf("other-format", phone.other_format, XmlNs::phone);
    sink_.close(XmlNs::phone, name);
  }

  void address(std::string_view name, const FlexibleAddress& address) {
    constexpr XmlNs a = XmlNs::address;
    sink_.open(a, name, kNone);
    leaves("recipientName", address.recipient_names, a);
    leaves("addressLine", address.address_lines, a);
    optional_leaf("buildingNumber", address.building_number, a);
    optional_leaf("buildingName", address.building_name, a);
    optional_leaf("streetName", address.street_name, a);
    optional_leaf("unit", address.unit, a);
    optional_leaf("floor", address.floor, a);
    optional_leaf("postOfficeBox", address.post_office_box, a);
    leaves("deliveryPointCode", address.delivery_point_codes, a);
    optional_leaf("postalCode", address.postal_code, a);
    optional_leaf("locality", address.locality, a);
    optional_leaf("region", address.region, a);
    optional_leaf("country", address.country, a);
    sink_.close(a, name);
  }

  void conditions(const CooperationConditions& conditions) {
    XmlAttributes attributes;
    if (conditions.terminated_as_a_whole) {
      attributes.push_back(
          {"terminated-as-a-whole", *conditions.terminated_as_a_whole ? "true" : "false"});
    }
    sink_.open(XmlNs::iias, "cooperation-conditions", attributes);
    for (const auto& spec : conditions.student_studies)
      student(spec, "student-studies-mobility-spec");
    for (const auto& spec : conditions.student_traineeship)
      student(spec, "student-traineeship-mobility-spec");
    for (const auto& spec : conditions.staff_teacher) staff(spec, "staff-teacher-mobility-spec");
    for (const auto& spec : conditions.staff_training) staff(spec, "staff-training-mobility-spec");
    sink_.close(XmlNs::iias, "cooperation-conditions");
  }

  void subject_area(const SubjectArea& area) {
    sink_.open(XmlNs::iias, "subject-area", kNone);
    XmlAttributes attributes;
    if (area.isced_v6_value) attributes.push_back({"v6-value", *area.isced_v6_value});
    sink_.leaf(XmlNs::iias, "isced-f-code", area.isced_f_code, attributes);
    optional_leaf("isced-clarification", area.isced_clarification);
    sink_.close(XmlNs::iias, "subject-area");
  }

  static XmlAttributes not_yet_defined(bool flag) {
    return flag ? XmlAttributes{{"not-yet-defined", "true"}} : XmlAttributes{};
  }

  void common(const MobilitySpec& spec) {
    leaf("sending-hei-id", spec.sending_hei_id);
    optional_leaf("sending-ounit-id", spec.sending_ounit_id);
    for (const Contact& c : spec.sending_contacts) contact(XmlNs::iias, "sending-contact", c);
    leaf("receiving-hei-id", spec.receiving_hei_id);
    optional_leaf("receiving-ounit-id", spec.receiving_ounit_id);
    for (const Contact& c : spec.receiving_contacts) contact(XmlNs::iias, "receiving-contact", c);
    leaf("receiving-first-academic-year-id", spec.receiving_first_academic_year_id);
    leaf("receiving-last-academic-year-id", spec.receiving_last_academic_year_id);
    sink_.leaf(XmlNs::iias, "mobilities-per-year", std::to_string(spec.mobilities_per_year),
               not_yet_defined(spec.mobilities_per_year_not_yet_defined));
    for (const LanguageSkill& skill : spec.recommended_language_skills) {
      sink_.open(XmlNs::iias, "recommended-language-skill", not_yet_defined(skill.not_yet_defined));
      leaf("language", skill.language);
      optional_leaf("cefr-level", skill.cefr_level);
      if (skill.subject_area) subject_area(*skill.subject_area);
      sink_.close(XmlNs::iias, "recommended-language-skill");
    }
    for (const SubjectArea& area : spec.subject_areas) subject_area(area);
    optional_leaf("other-info-terms", spec.other_info_terms);
  }

  void student(const StudentMobilitySpec& spec, std::string_view name) {
    sink_.open(XmlNs::iias, name, kNone);
    common(spec);
    optional_leaf("total-months-per-year", spec.total_months_per_year);
    leaf("blended", spec.blended ? "true" : "false");
    for (int level : spec.eqf_levels) leaf("eqf-level", std::to_string(level));
    sink_.close(XmlNs::iias, name);
  }

  void staff(const StaffMobilitySpec& spec, std::string_view name) {
    sink_.open(XmlNs::iias, name, kNone);
    common(spec);
    optional_leaf("total-days-per-year", spec.total_days_per_year);
    sink_.close(XmlNs::iias, name);
  }

  IiaSink& sink_;
};

}  // namespace

void walk_iia(const Iia& iia, std::string_view hash, IiaSink& sink) { Walker(sink).iia(iia, hash); }

}  // namespace orbis::interop::detail

namespace orbis::interop::detail {
namespace {

bool repeatable(std::string_view name) {
  static constexpr std::string_view kRepeatable[] = {"iia",
                                                     "partner",
                                                     "contact",
                                                     "sending-contact",
                                                     "receiving-contact",
                                                     "student-studies-mobility-spec",
                                                     "student-traineeship-mobility-spec",
                                                     "staff-teacher-mobility-spec",
                                                     "staff-training-mobility-spec",
                                                     "recommended-language-skill",
                                                     "subject-area",
                                                     "eqf-level",
                                                     "contact-name",
                                                     "person-given-names",
                                                     "person-family-name",
                                                     "phone-number",
                                                     "fax-number",
                                                     "email",
                                                     "role-description",
                                                     "recipientName",
                                                     "addressLine",
                                                     "deliveryPointCode"};
  for (std::string_view candidate : kRepeatable) {
    if (candidate == name) return true;
  }
  return false;
}

}  // namespace

PathTracker::PathTracker() { frames_.push_back({}); }

std::string PathTracker::child(std::string_view name) {
  Frame& top = frames_.back();
  int count = 0;
  for (auto& [seen_name, seen_count] : top.seen) {
    if (seen_name == name) count = ++seen_count;
  }
  if (count == 0) {
    top.seen.emplace_back(std::string(name), 1);
    count = 1;
  }
  std::string segment(name);
  if (repeatable(name)) segment += "[" + std::to_string(count) + "]";
  return top.path.empty() ? segment : top.path + "/" + segment;
}

void PathTracker::open(std::string_view name) {
  std::string path = child(name);
  frames_.push_back({std::move(path), {}});
}

void PathTracker::close() {
  if (frames_.size() > 1) frames_.pop_back();
}

}  // namespace orbis::interop::detail
