#include "http/json/people.h"

namespace orbis::http::json {
namespace {

// The personal data a reader may see some of; null what it may not.
struct Personal {
  std::optional<std::string> date_of_birth;
  std::optional<std::string> passport_number;
  std::optional<std::string> phone;
};

// The person as written to the reader, with what is not disclosed taken out.
struct Shown {
  PersonId id;
  domain::PersonKind kind = domain::PersonKind::student;
  std::string family_name;
  std::string given_name;
  std::string name_zh;
  std::string display_name;
  std::optional<std::string> email;
  std::string nationality;
  InstitutionId home_institution;
  std::optional<OrgUnitId> org_unit;
  std::optional<int> level;
  std::string position;
  std::string field;
  std::optional<double> gpa;
  std::optional<std::string> gpa_scale;
  std::optional<int> year_of_study;
  std::string graduated_in;
  std::vector<domain::LanguageCertificate> languages;
  std::optional<UserId> user;
  int version = 0;
  std::optional<Personal> personal;
};

std::optional<std::string> disclosed(bool shown, const std::string& value) {
  if (!shown || value.empty()) return std::nullopt;
  return value;
}

Shown shown(const service::PersonView& view) {
  const auto& p = view.person;
  const auto& d = view.disclosure;
  Shown s{.id = p.id,
          .kind = p.kind,
          .family_name = p.family_name,
          .given_name = p.given_name,
          .name_zh = p.name_zh,
          .display_name = p.display_name(),
          .email = disclosed(d.email, p.email),
          .nationality = p.nationality,
          .home_institution = p.home_institution,
          .org_unit = p.org_unit,
          .level = p.level,
          .position = p.position,
          .field = p.field,
          .gpa = d.gpa ? p.gpa : std::nullopt,
          .gpa_scale = disclosed(d.gpa, p.gpa_scale),
          .year_of_study = p.year_of_study,
          .graduated_in = p.graduated_in,
          .languages = p.languages,
          .user = p.user,
          .version = p.version,
          .personal = std::nullopt};
  if (d.date_of_birth || d.passport_number || d.phone) {
    s.personal =
        Personal{disclosed(d.date_of_birth, p.date_of_birth),
                 disclosed(d.passport_number, p.passport_number), disclosed(d.phone, p.phone)};
  }
  return s;
}

}  // namespace

template <>
struct Codec<Personal> : Object<Personal, Codec<Personal>> {
  static constexpr std::string_view name = "PersonalData";
  static constexpr auto fields() {
    return std::tuple{Field{"date_of_birth", &Personal::date_of_birth},
                      Field{"passport_number", &Personal::passport_number},
                      Field{"phone", &Personal::phone}};
  }
};

template <>
struct Codec<Shown> : Object<Shown, Codec<Shown>> {
  static constexpr std::string_view name = "Person";
  static constexpr auto fields() {
    return std::tuple{Field{"id", &Shown::id},
                      Field{"kind", &Shown::kind},
                      Field{"family_name", &Shown::family_name},
                      Field{"given_name", &Shown::given_name},
                      Field{"name_zh", &Shown::name_zh, kNullIfEmpty},
                      Field{"display_name", &Shown::display_name, kPlain, "e.g. Wang Fang 王芳"},
                      Field{"email", &Shown::email, kPlain, "null for a reader who may not see it"},
                      Field{"nationality", &Shown::nationality},
                      Field{"home_institution_id", &Shown::home_institution},
                      Field{"org_unit_id", &Shown::org_unit},
                      Field{"level", &Shown::level},
                      Field{"position", &Shown::position},
                      Field{"field", &Shown::field, kNullIfEmpty},
                      Field{"gpa", &Shown::gpa, kPlain, "null for a reader who may not see it"},
                      Field{"gpa_scale", &Shown::gpa_scale},
                      Field{"year_of_study", &Shown::year_of_study},
                      Field{"graduated_in", &Shown::graduated_in, kNullIfEmpty,
                            "the academic year the student graduated in; null until then"},
                      Field{"languages", &Shown::languages},
                      Field{"user_id", &Shown::user},
                      Field{"version", &Shown::version},
                      Field{"personal", &Shown::personal, kOmitIfAbsent,
                            "only for a reader who may see some of it; null what it may not"}};
  }
};

void Codec<service::PersonView>::write(const service::PersonView& view, Json& out) {
  Codec<Shown>::write(shown(view), out);
}

Json Codec<service::PersonView>::schema(Schemas& s) { return Codec<Shown>::schema(s); }

}  // namespace orbis::http::json
