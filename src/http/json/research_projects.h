// Codecs of joint research projects (service/research/projects.h): a project as a client sends
// it to record or change one, as a reader sees it with its partners' names and the agreements
// and visits it links to, a page of them, and what an import did. Thread-safety: stateless.
#pragma once

#include "domain/research/project.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "http/json/imports.h"
#include "http/json/scholars.h"
#include "service/research/projects.h"

namespace orbis::http::json {

template <>
struct EnumValues<domain::research::PartnerRole> {
  using R = domain::research::PartnerRole;
  static constexpr std::array values = {R::coordinator, R::partner, R::associate};
};
template <>
struct EnumValues<domain::research::InvestigatorRole> {
  using R = domain::research::InvestigatorRole;
  static constexpr std::array values = {R::principal, R::co_investigator};
};
template <>
struct EnumValues<domain::research::OutputKind> {
  using K = domain::research::OutputKind;
  static constexpr std::array values = {K::publication, K::patent,    K::dataset,
                                        K::software,    K::prototype, K::other};
};
template <>
struct EnumValues<domain::research::ProjectStatus> {
  using S = domain::research::ProjectStatus;
  static constexpr std::array values = {S::planned, S::active, S::ended};
};

template <>
struct Codec<domain::research::ProjectPartner>
    : Object<domain::research::ProjectPartner, Codec<domain::research::ProjectPartner>> {
  static constexpr std::string_view name = "ResearchProjectPartner";
  static constexpr auto fields() {
    using P = domain::research::ProjectPartner;
    return std::tuple{
        Field{"institution_id", &P::institution},
        Field{"role", &P::role, kPlain, "coordinator (at most one), partner, associate"}};
  }
};

template <>
struct Codec<domain::research::Investigator>
    : Object<domain::research::Investigator, Codec<domain::research::Investigator>> {
  static constexpr std::string_view name = "ResearchInvestigator";
  static constexpr auto fields() {
    using I = domain::research::Investigator;
    return std::tuple{Field{"name", &I::name}, Field{"institution_id", &I::institution},
                      Field{"role", &I::role},
                      Field{"orcid", &I::orcid, kNullIfEmpty, "an ORCID iD, 0000-0002-1825-0097"}};
  }
};

template <>
struct Codec<domain::research::Funding>
    : Object<domain::research::Funding, Codec<domain::research::Funding>> {
  static constexpr std::string_view name = "ResearchFunding";
  static constexpr auto fields() {
    using F = domain::research::Funding;
    return std::tuple{Field{"funder", &F::funder},
                      Field{"programme", &F::programme, kNullIfEmpty, "the funder's scheme"},
                      Field{"amount", &F::amount}};
  }
};

template <>
struct Codec<domain::research::Output>
    : Object<domain::research::Output, Codec<domain::research::Output>> {
  static constexpr std::string_view name = "ResearchOutput";
  static constexpr auto fields() {
    using O = domain::research::Output;
    return std::tuple{Field{"kind", &O::kind}, Field{"title", &O::title}, Field{"year", &O::year},
                      Field{"doi", &O::doi, kNullIfEmpty, "10.1000/xyz, without the resolver"},
                      Field{"url", &O::url, kNullIfEmpty}};
  }
};

// A project's record: what a client sends to record one (every member it knows) or change one
// (only those it changes), and the record a reader's view embeds.
template <>
struct Codec<domain::research::Project>
    : Object<domain::research::Project, Codec<domain::research::Project>> {
  static constexpr std::string_view name = "ResearchProject";
  static constexpr auto fields() {
    using P = domain::research::Project;
    return std::tuple{
        Field{"id", &P::id, kReadOnly},
        Field{"title", &P::title},
        Field{"acronym", &P::acronym, kNullIfEmpty},
        Field{"summary", &P::summary, kNullIfEmpty},
        Field{"start_date", &P::start_date, kPlain, "ISO date"},
        Field{"end_date", &P::end_date, kPlain, "ISO date, not before the start"},
        Field{"org_unit_id", &P::org_unit, kPlain, "the lead department; a coordinator's own"},
        Field{"partners", &P::partners},
        Field{"investigators", &P::investigators},
        Field{"funding", &P::funding},
        Field{"outputs", &P::outputs},
        Field{"agreement_ids", &P::agreements, kPlain, "the agreements the project works under"},
        Field{"visit_ids", &P::visits, kPlain, "scholar cases: the visits the project funds"},
        Field{"version", &P::version, kReadOnly}};
  }
};

template <>
struct Codec<service::ResearchProjectView> {
  static void write(const service::ResearchProjectView& view, Json& out);
  static Json schema(Schemas& s);
  static int version(const service::ResearchProjectView& view) { return view.record.version; }
};

template <>
struct Codec<service::ResearchProjectSummary> {
  static void write(const service::ResearchProjectSummary& summary, Json& out);
  static Json schema(Schemas& s);
};

template <>
struct Codec<service::ResearchProjectImport>
    : Object<service::ResearchProjectImport, Codec<service::ResearchProjectImport>> {
  static constexpr std::string_view name = "ResearchProjectImport";
  static constexpr auto fields() {
    using O = service::ResearchProjectImport;
    return std::tuple{Field{"dry_run", &O::dry_run}, Field{"rows", &O::rows},
                      Field{"errors", &O::errors, kPlain, "every bad row"},
                      Field{"created", &O::created, kPlain, "the ids of the projects recorded"}};
  }
};

}  // namespace orbis::http::json
