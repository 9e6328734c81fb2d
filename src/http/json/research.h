// Codecs of research (service/research): an import of publications and the partners by
// co-publication. Thread-safety: stateless.
#pragma once

#include "http/json/codec.h"
#include "http/json/imports.h"
#include "service/research/publications.h"

namespace orbis::http::json {

template <>
struct Codec<service::PublicationImport>
    : Object<service::PublicationImport, Codec<service::PublicationImport>> {
  static constexpr std::string_view name = "PublicationImport";
  static constexpr auto fields() {
    using O = service::PublicationImport;
    return std::tuple{
        Field{"dry_run", &O::dry_run}, Field{"rows", &O::rows, kPlain, "the works read"},
        Field{"errors", &O::errors, kPlain, "every bad line"},
        Field{"added", &O::added, kPlain, "publications new to Orbis"},
        Field{"updated", &O::updated, kPlain, "publications recorded before, replaced"}};
  }
};

template <>
struct Codec<service::PublicationCount>
    : Object<service::PublicationCount, Codec<service::PublicationCount>> {
  static constexpr std::string_view name = "PublicationCount";
  static constexpr auto fields() {
    using C = service::PublicationCount;
    return std::tuple{Field{"year", &C::year, kPlain, "the calendar year of publication"},
                      Field{"publications", &C::publications}};
  }
};

template <>
struct Codec<service::CoPublicationPartner>
    : Object<service::CoPublicationPartner, Codec<service::CoPublicationPartner>> {
  static constexpr std::string_view name = "CoPublicationPartner";
  static constexpr auto fields() {
    using P = service::CoPublicationPartner;
    return std::tuple{
        Field{"ror", &P::ror, kPlain, "the institution's ROR id"},
        Field{"institution_id", &P::institution, kPlain, "in the registry; null when it is not"},
        Field{"name", &P::name},
        Field{"name_zh", &P::name_zh, kNullIfEmpty},
        Field{"country", &P::country, kNullIfEmpty, "ISO 3166-1 alpha-2, as the source gives it"},
        Field{"abroad", &P::abroad, kPlain, "of a known country other than the home institution's"},
        Field{"publications", &P::publications, kPlain, "co-publications over the years asked for"},
        Field{"sustained", &P::sustained, kPlain,
              "abroad, with three or more co-publications in the five years to the last year "
              "asked for (QS's sustained research partnership)"},
        Field{"years", &P::years, kPlain, "the years with co-publications, oldest first"}};
  }
};

}  // namespace orbis::http::json
