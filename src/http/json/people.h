// Codecs of people: a person as a reader sees them, and what a client sends to add or
// change one. Thread-safety: stateless.
#pragma once

#include "domain/person.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/registry/people.h"

namespace orbis::http::json {

template <>
struct Codec<domain::LanguageCertificate>
    : Object<domain::LanguageCertificate, Codec<domain::LanguageCertificate>> {
  static constexpr std::string_view name = "LanguageCertificate";
  static constexpr auto fields() {
    using L = domain::LanguageCertificate;
    return std::tuple{Field{"language", &L::language, kPlain, "ISO 639-1"},
                      Field{"cefr", &L::cefr, kPlain, "A1 to C2"},
                      Field{"certificate", &L::certificate, kPlain, "e.g. IELTS 7.0, HSK 5"},
                      Field{"date", &L::date, kNullIfEmpty, "ISO date"}};
  }
};

// What a client sends to add a person (every member it knows) or change one (only those it
// changes). The person's id and version are Orbis's. The view a reader receives is
// `service::PersonView`'s codec below; this one is only read.
template <>
struct Codec<domain::Person> : Object<domain::Person, Codec<domain::Person>> {
  static constexpr std::string_view name = "Person";
  static constexpr auto fields() {
    using P = domain::Person;
    return std::tuple{
        Field{"kind", &P::kind},
        Field{"family_name", &P::family_name, kPlain, "Latin script"},
        Field{"given_name", &P::given_name},
        Field{"name_zh", &P::name_zh, kPlain, "Chinese script"},
        Field{"email", &P::email},
        Field{"nationality", &P::nationality, kPlain, "ISO 3166-1 alpha-2"},
        Field{"home_institution_id", &P::home_institution},
        Field{"org_unit_id", &P::org_unit},
        Field{"level", &P::level, kPlain, "EQF level, 5 to 8 (students)"},
        Field{"position", &P::position, kPlain, "staff: e.g. Associate Professor"},
        Field{"field", &P::field, kPlain, "ISCED-F code"},
        Field{"gpa", &P::gpa},
        Field{"gpa_scale", &P::gpa_scale, kPlain, "a grade scale id: cn100, us4, ..."},
        Field{"year_of_study", &P::year_of_study},
        Field{"graduated_in", &P::graduated_in, kPlain,
              "students: the academic year they graduated in, e.g. 2025/2026"},
        Field{"languages", &P::languages},
        Field{"user_id", &P::user, kPlain, "the account of a person who signs in"},
        Field{"date_of_birth", &P::date_of_birth},
        Field{"passport_number", &P::passport_number},
        Field{"phone", &P::phone}};
  }
};

// A person as the reader sees them: what the reader's standing does not disclose
// (domain/privacy.h) is null, and `personal` is there only for a reader who may see some
// of it.
template <>
struct Codec<service::PersonView> {
  static void write(const service::PersonView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::PersonView& view) { return view.person.version; }
};

}  // namespace orbis::http::json
