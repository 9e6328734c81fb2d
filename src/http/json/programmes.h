// The API form of programmes and their scholarships. Thread-safety: stateless.
#pragma once

#include "http/json/common.h"
#include "service/mobility/programmes.h"

namespace orbis::http::json {

template <>
struct Codec<domain::Scholarship> : Object<domain::Scholarship, Codec<domain::Scholarship>> {
  static constexpr std::string_view name = "Scholarship";
  static constexpr auto fields() {
    using S = domain::Scholarship;
    return std::tuple{Field{"code", &S::code},
                      Field{"name", &S::name},
                      Field{"name_zh", &S::name_zh},
                      Field{"sponsor", &S::sponsor},
                      Field{"amount", &S::amount, kPlain, "per participant"},
                      Field{"eligibility", &S::eligibility, kPlain, "who may receive it, in words"},
                      Field{"eligibility_zh", &S::eligibility_zh},
                      Field{"nationalities", &S::nationalities, kPlain,
                            "ISO 3166-1 alpha-2 codes; empty: anyone"},
                      Field{"places", &S::places}};
  }
};

template <>
struct Codec<domain::Programme> : Object<domain::Programme, Codec<domain::Programme>> {
  static constexpr std::string_view name = "ProgrammeRecord";
  static constexpr auto fields() {
    using P = domain::Programme;
    return std::tuple{Field{"id", &P::id, kReadOnly},
                      Field{"code", &P::code, kPlain, "unique, e.g. WL-EXCH-SEM"},
                      Field{"name", &P::name},
                      Field{"name_zh", &P::name_zh},
                      Field{"kind", &P::kind},
                      Field{"host_ids", &P::hosts},
                      Field{"agreement_id", &P::agreement},
                      Field{"condition_ids", &P::conditions, kPlain, "conditions of the agreement"},
                      Field{"language", &P::language, kPlain, "ISO 639-1 language of instruction"},
                      Field{"fee", &P::fee},
                      Field{"capacity", &P::capacity},
                      Field{"max_duration_months", &P::max_duration_months},
                      Field{"description", &P::description},
                      Field{"description_zh", &P::description_zh},
                      Field{"scholarships", &P::scholarships},
                      Field{"published", &P::published, kPlain, "listed on the public page"},
                      Field{"version", &P::version, kReadOnly}};
  }
};

template <>
struct Codec<service::ProgrammeView> : Object<service::ProgrammeView, Codec<service::ProgrammeView>> {
  static constexpr std::string_view name = "Programme";
  static constexpr auto fields() {
    using V = service::ProgrammeView;
    return std::tuple{Embed{&V::programme}, Field{"hosts", &V::hosts, kReadOnly},
                      Field{"allowed_actions", &V::allowed_actions, kReadOnly,
                            "what the caller may do to it"}};
  }
};

}  // namespace orbis::http::json
