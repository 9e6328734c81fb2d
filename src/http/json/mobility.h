// Codecs of mobility: programmes as a reader and the public see them, and what a client sends
// to add or change one. Thread-safety: stateless.
#pragma once

#include "domain/mobility.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/mobility/programmes.h"

namespace orbis::http::json {

template <>
struct Codec<domain::Scholarship> : Object<domain::Scholarship, Codec<domain::Scholarship>> {
  static constexpr std::string_view name = "Scholarship";
  static constexpr auto fields() {
    using S = domain::Scholarship;
    return std::tuple{
        Field{"code", &S::code, kPlain, "unique within its programme"},
        Field{"name", &S::name},
        Field{"name_zh", &S::name_zh},
        Field{"sponsor", &S::sponsor},
        Field{"amount", &S::amount, kPlain, "per participant"},
        Field{"eligibility", &S::eligibility, kPlain, "who may receive it"},
        Field{"eligibility_zh", &S::eligibility_zh},
        Field{"nationalities", &S::nationalities, kPlain, "ISO alpha-2; empty: anyone"},
        Field{"places", &S::places}};
  }
};

// The members of a programme anyone may read (the public page shows these).
struct PublicProgrammeFields {
  static constexpr std::string_view name = "PublicProgrammeRecord";
  static constexpr auto fields() {
    using P = domain::Programme;
    return std::tuple{
        Field{"id", &P::id, kReadOnly},
        Field{"code", &P::code, kPlain, "unique: e.g. WL-EXCH-SEM"},
        Field{"name", &P::name},
        Field{"name_zh", &P::name_zh},
        Field{"kind", &P::kind},
        Field{"host_ids", &P::hosts},
        Field{"language", &P::language, kPlain, "ISO 639-1 language of instruction"},
        Field{"fee", &P::fee},
        Field{"capacity", &P::capacity},
        Field{"max_duration_months", &P::max_duration_months, kPlain,
              "the longest stay; when a new programme leaves it out, its kind's default"},
        Field{"description", &P::description, kPlain, "public, for prospective students"},
        Field{"description_zh", &P::description_zh},
        Field{"scholarships", &P::scholarships},
        Field{"published", &P::published, kPlain, "listed on the public page"}};
  }
};

// A programme record: what a client sends to add one (every member it knows) or change one
// (only those it changes), and the record a reader's view embeds.
template <>
struct Codec<domain::Programme> : Object<domain::Programme, Codec<domain::Programme>> {
  static constexpr std::string_view name = "Programme";
  static constexpr auto fields() {
    using P = domain::Programme;
    return std::tuple_cat(
        PublicProgrammeFields::fields(),
        std::tuple{Field{"agreement_id", &P::agreement},
                   Field{"condition_ids", &P::conditions, kPlain, "conditions of the agreement"},
                   Field{"version", &P::version, kReadOnly}});
  }
};

// A programme as a signed-in reader sees it: the record, its hosts and what the reader may
// do with it.
template <>
struct Codec<service::ProgrammeView>
    : Object<service::ProgrammeView, Codec<service::ProgrammeView>> {
  static constexpr std::string_view name = "Programme";
  static constexpr auto fields() {
    using V = service::ProgrammeView;
    return std::tuple{
        Embed<V, domain::Programme>{&V::programme}, Field{"hosts", &V::hosts, kReadOnly},
        Field{"allowed_actions", &V::allowed_actions, kReadOnly, "update, when the reader may"}};
  }
  static int version(const service::ProgrammeView& view) { return view.programme.version; }
};

// A published programme as the public sees it: no agreement, conditions or version.
template <>
struct Codec<service::PublicProgrammeView> {
  static void write(const service::PublicProgrammeView& view, Json& out);
  static Json schema(Schemas& s);
};

}  // namespace orbis::http::json
