// Codecs of the institution registry: an institution as a search lists it and as it is
// read on its own, what a client sends to add or change one, org units, and the home
// institution setting. Thread-safety: stateless.
#pragma once

#include "domain/institution.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/registry/registry.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::InstitutionType> {
  using T = domain::InstitutionType;
  static constexpr std::array values = {T::education, T::company,    T::facility,
                                        T::funder,    T::government, T::healthcare,
                                        T::nonprofit, T::archive,    T::other};
};

template <>
struct EnumValues<domain::NameKind> {
  using K = domain::NameKind;
  static constexpr std::array values = {K::display, K::zh, K::alias, K::acronym, K::label};
};

// One name of an institution. Orbis writes the display and Chinese names among them; a
// client sends only aliases, acronyms and labels (alias when it says no kind).
template <>
struct Codec<domain::InstitutionName>
    : Object<domain::InstitutionName, Codec<domain::InstitutionName>> {
  static constexpr std::string_view name = "InstitutionName";
  static constexpr auto fields() {
    using N = domain::InstitutionName;
    return std::tuple{Field{"name", &N::name}, Field{"lang", &N::lang, kNullIfEmpty, "ISO 639-1"},
                      Field{"kind", &N::kind}};
  }
  static void read(const Json& in, domain::InstitutionName& name, Reader& r, std::string_view path);
};

// What a client sends to add an institution (every member it knows). Its id, status and
// version are Orbis's; the view a reader receives is InstitutionDetail's codec below.
template <>
struct Codec<domain::Institution> : Object<domain::Institution, Codec<domain::Institution>> {
  static constexpr std::string_view name = "Institution";
  static constexpr auto fields() {
    using I = domain::Institution;
    return std::tuple{Field{"name", &I::name},
                      Field{"name_zh", &I::name_zh},
                      Field{"country", &I::country, kPlain, "ISO 3166-1 alpha-2"},
                      Field{"city", &I::city},
                      Field{"state_province", &I::state_province},
                      Field{"website", &I::website},
                      Field{"wikidata", &I::wikidata, kPlain, "e.g. Q123"},
                      Field{"ror_id", &I::ror_id, kPlain, "a ROR id or its https://ror.org/ URL"},
                      Field{"types", &I::types},
                      Field{"established", &I::established},
                      Field{"domains", &I::domains},
                      Field{"names", &I::names}};
  }
};

// The changes a PATCH sends: the members present in `body`, read by the codec above;
// invalid_argument naming every bad member.
Result<service::InstitutionPatch> institution_patch(const Json& body);

// An institution as a search lists it (its names are not filled in).
struct InstitutionSummary {
  domain::Institution institution;
};

template <>
struct Codec<InstitutionSummary> {
  static void write(const InstitutionSummary& summary, Json& out);
  static Json schema(Schemas& s);
};

// An institution read on its own: every name, and when read or changed (not when created)
// its org units and what the reader may do with it.
struct InstitutionDetail {
  domain::Institution institution;
  std::optional<std::vector<domain::OrgUnit>> org_units;
  std::optional<std::vector<std::string>> allowed_actions;
};

template <>
struct Codec<InstitutionDetail> {
  static void write(const InstitutionDetail& detail, Json& out);
  static Json schema(Schemas& s);
  static int version(const InstitutionDetail& detail) { return detail.institution.version; }
};

// An org unit; a client sends its name, Chinese name, code and parent.
template <>
struct Codec<domain::OrgUnit> : Object<domain::OrgUnit, Codec<domain::OrgUnit>> {
  static constexpr std::string_view name = "OrgUnit";
  static constexpr auto fields() {
    using U = domain::OrgUnit;
    return std::tuple{Field{"id", &U::id, kReadOnly},
                      Field{"institution_id", &U::institution, kReadOnly},
                      Field{"parent_id", &U::parent},
                      Field{"code", &U::code, kNullIfEmpty},
                      Field{"name", &U::name},
                      Field{"name_zh", &U::name_zh, kNullIfEmpty},
                      Field{"version", &U::version, kReadOnly}};
  }
};

// The home institution setting as read.
struct HomeInstitution {
  InstitutionSummary institution;
};

template <>
struct Codec<HomeInstitution> : Object<HomeInstitution, Codec<HomeInstitution>> {
  static constexpr std::string_view name = "HomeInstitution";
  static constexpr auto fields() {
    return std::tuple{Field{"institution", &HomeInstitution::institution}};
  }
};

// The home institution an admin chooses.
struct HomeChoice {
  InstitutionId institution;
};

template <>
struct Codec<HomeChoice> : Object<HomeChoice, Codec<HomeChoice>> {
  static constexpr std::string_view name = "HomeInstitution";
  static constexpr auto fields() {
    return std::tuple{Field{"institution_id", &HomeChoice::institution, kPlain,
                            "required: the id of a registry institution"}};
  }
  // An institution_id is required.
  static void read(const Json& in, HomeChoice& choice, Reader& r, std::string_view path);
};

}  // namespace orbis::http::json
