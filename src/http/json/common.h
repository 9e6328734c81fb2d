// Codecs of the small values many areas share: money, institution references, and the
// enumerations of the domain (the names come from the domain's to_string; the lists of
// values are here, once). Thread-safety: stateless.
#pragma once

#include "domain/agreement.h"
#include "domain/mobility.h"
#include "domain/person.h"
#include "domain/user.h"
#include "http/json/codec.h"
#include "service/support/views.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::Role> {
  static constexpr std::array values = {domain::Role::admin,       domain::Role::officer,
                                        domain::Role::coordinator, domain::Role::student,
                                        domain::Role::partner,     domain::Role::viewer};
};

template <>
struct EnumValues<domain::ProgrammeKind> {
  using K = domain::ProgrammeKind;
  static constexpr std::array values = {K::semester_exchange, K::year_exchange, K::summer_school,
                                        K::winter_school,     K::internship,    K::research_visit,
                                        K::staff_exchange,    K::joint_degree};
};

template <>
struct EnumValues<domain::MobilityType> {
  using T = domain::MobilityType;
  static constexpr std::array values = {
      T::student_studies,  T::student_traineeship, T::staff_teaching, T::staff_training,
      T::summer_programme, T::research_visit,      T::joint_degree};
};

template <>
struct EnumValues<domain::Direction> {
  static constexpr std::array values = {domain::Direction::outgoing, domain::Direction::incoming};
};

template <>
struct EnumValues<domain::PersonKind> {
  static constexpr std::array values = {domain::PersonKind::student, domain::PersonKind::staff};
};

// Money: {"amount": "2500.00", "currency": "EUR"}, or null when there is none.
template <>
struct Codec<domain::Money> {
  static void write(const domain::Money& m, Json& out) {
    if (m.empty())
      out = nullptr;
    else
      out = {{"amount", m.amount}, {"currency", m.currency}};
  }
  static void read(const Json& in, domain::Money& m, Reader& r, std::string_view path) {
    if (in.is_null()) {
      m = {};
      return;
    }
    if (!in.is_object() || !in.contains("amount") || !in["amount"].is_string() ||
        !in.contains("currency") || !in["currency"].is_string() || in.size() != 2) {
      r.error(std::string(path), R"({"amount": "2500.00", "currency": "EUR"} or null)");
      return;
    }
    m = {in["amount"].get<std::string>(), in["currency"].get<std::string>()};
  }
  static Json schema(Schemas& s) {
    return s.ref("Money", [](Schemas&) {
      return Json{{"type", Json::array({"object", "null"})},
                  {"properties",
                   {{"amount", {{"type", "string"}, {"pattern", "^[0-9]+(\\.[0-9]{1,4})?$"}}},
                    {"currency", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}}}},
                  {"required", Json::array({"amount", "currency"})}};
    });
  }
};

template <>
struct Codec<service::InstitutionRef>
    : Object<service::InstitutionRef, Codec<service::InstitutionRef>> {
  static constexpr std::string_view name = "InstitutionRef";
  static constexpr auto fields() {
    using R = service::InstitutionRef;
    return std::tuple{Field{"id", &R::id}, Field{"name", &R::name}, Field{"name_zh", &R::name_zh},
                      Field{"country", &R::country}};
  }
};

// One step of a record's history: who moved it from what to what, when and why.
template <>
struct Codec<domain::HistoryEntry> : Object<domain::HistoryEntry, Codec<domain::HistoryEntry>> {
  static constexpr std::string_view name = "HistoryEntry";
  static constexpr auto fields() {
    using H = domain::HistoryEntry;
    return std::tuple{Field{"at", &H::at}, Field{"actor", &H::actor}, Field{"from", &H::from},
                      Field{"to", &H::to}, Field{"reason", &H::reason}};
  }
};

}  // namespace orbis::http::json
