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
        Field{"dry_run", &O::dry_run},
        Field{"rows", &O::rows, kPlain, "the works read"},
        Field{"errors", &O::errors, kPlain, "every bad line"},
        Field{"added", &O::added, kPlain, "publications new to Orbis"},
        Field{"updated", &O::updated, kPlain, "publications recorded before, replaced"},
        Field{"removed", &O::removed, kPlain,
              "publications recorded before and not in the extract, removed (replace=true)"}};
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
        Field{"years", &P::years, kPlain, "the years with co-publications, oldest first"},
        Field{"projects", &P::projects, kPlain,
              "joint research projects it is a partner in (0 when not in the registry)"},
        Field{"visits", &P::visits, kPlain,
              "scholars' stays from or to it, declined and withdrawn ones not counted"},
        Field{"agreements", &P::agreements, kPlain,
              "agreements in force with it: signed, active or expiring"}};
  }
};

template <>
struct Codec<service::PartnerResearch::Visits>
    : Object<service::PartnerResearch::Visits, Codec<service::PartnerResearch::Visits>> {
  static constexpr std::string_view name = "PartnerVisits";
  static constexpr auto fields() {
    using V = service::PartnerResearch::Visits;
    return std::tuple{
        Field{"incoming", &V::incoming, kPlain, "scholar cases of its people coming here"},
        Field{"outgoing", &V::outgoing, kPlain, "scholar cases of ours going there"}};
  }
};

template <>
struct Codec<store::AgreementTies> : Object<store::AgreementTies, Codec<store::AgreementTies>> {
  static constexpr std::string_view name = "AgreementResearch";
  static constexpr auto fields() {
    using A = store::AgreementTies;
    return std::tuple{Field{"id", &A::agreement},
                      Field{"code", &A::code, kNullIfEmpty},
                      Field{"title", &A::title},
                      Field{"status", &A::status},
                      Field{"start_date", &A::start_date},
                      Field{"end_date", &A::end_date, kNullIfEmpty, "none: open-ended"},
                      Field{"projects", &A::projects, kPlain, "research projects linked to it"},
                      Field{"visits", &A::visits, kPlain,
                            "scholars' stays under it, declined and withdrawn ones not counted"}};
  }
};

template <>
struct Codec<service::PartnerResearch>
    : Object<service::PartnerResearch, Codec<service::PartnerResearch>> {
  static constexpr std::string_view name = "PartnerResearch";
  static constexpr auto fields() {
    using R = service::PartnerResearch;
    return std::tuple{
        Field{"institution_id", &R::institution},
        Field{"ror", &R::ror, kNullIfEmpty, "none: the registry holds no ROR id, so no works"},
        Field{"from", &R::from, kPlain, "the first calendar year of publication counted"},
        Field{"to", &R::to, kPlain, "the last"},
        Field{"publications", &R::publications, kPlain,
              "works published with the home institution over the years"},
        Field{"sustained", &R::sustained, kPlain,
              "abroad, with three or more co-publications in the five years to `to`"},
        Field{"years", &R::years, kPlain, "every year from..to, oldest first, zeros included"},
        Field{"projects", &R::projects, kPlain, "joint research projects it is a partner in"},
        Field{"visits", &R::visits},
        Field{"agreements", &R::agreements, kPlain,
              "every agreement it is a party to, the latest start first"}};
  }
};

}  // namespace orbis::http::json
