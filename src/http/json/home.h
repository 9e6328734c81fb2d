// Codecs of the home page (docs/home.md): each role's tasks with the first of their records.
// Thread-safety: stateless.
#pragma once

#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/home/home.h"

namespace orbis::http::json {

// The query parameters of a list, as an object of text values.
template <>
struct Codec<service::ListFilter> {
  static void write(const service::ListFilter& v, Json& out) {
    out = Json::object();
    for (const auto& [name, value] : v.params) out[name] = value;
  }
  static Json schema(Schemas&) {
    return {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}};
  }
};

template <>
struct Codec<service::HomeItem> : Object<service::HomeItem, Codec<service::HomeItem>> {
  static constexpr std::string_view name = "HomeItem";
  static constexpr auto fields() {
    using I = service::HomeItem;
    return std::tuple{
        Field{"id", &I::id, kPlain,
              "the record's id: an agreement's, a stay's, an application's "
              "or a call's, by the task"},
        Field{"title", &I::title}, Field{"detail", &I::detail},
        Field{"date", &I::date, kPlain,
              "ISO date: an agreement's end, a stay's start (its end when it ended), an "
              "application's submission, a call's closing; empty when none"},
        Field{"status", &I::status, kPlain, "the record's status code"}};
  }
};

template <>
struct Codec<service::HomeTask> : Object<service::HomeTask, Codec<service::HomeTask>> {
  static constexpr std::string_view name = "HomeTask";
  static constexpr auto fields() {
    using T = service::HomeTask;
    return std::tuple{
        Field{"kind", &T::kind, kPlain,
              "agreements_expiring, nominations_to_decide, nominations_awaiting_partner, "
              "applications_to_score, learning_agreements_to_approve, "
              "stays_without_recognition, calls_closing, my_applications, my_stays, "
              "calls_open, scholar_clocks_overdue"},
        Field{"count", &T::count, kPlain, "how many records in all"},
        Field{"filter", &T::filter, kPlain,
              "the query of the list that shows them all (GET /agreements, /nominations, "
              "/mobilities, /scholars)"},
        Field{"items", &T::items, kPlain, "the first five"}};
  }
};

template <>
struct Codec<service::HomeView> : Object<service::HomeView, Codec<service::HomeView>> {
  static constexpr std::string_view name = "Home";
  static constexpr auto fields() {
    using H = service::HomeView;
    return std::tuple{Field{"role", &H::role}, Field{"today", &H::today, kPlain, "ISO date, UTC"},
                      Field{"tasks", &H::tasks, kPlain,
                            "the role's tasks in the order to show them, those with nothing "
                            "waiting too"}};
  }
};

}  // namespace orbis::http::json
