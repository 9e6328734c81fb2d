#include "http/json/call_bodies.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace orbis::http::json::bodies {
namespace {

using domain::ApplicationDocument;
using domain::EligibilityRules;
using domain::HistoryEntry;
using domain::Offer;
using domain::PlacementExplanation;
using domain::PlacementResult;
using domain::Verdict;

// Reads the members of one JSON object into a record, collecting mistakes.
class BodyReader {
 public:
  BodyReader(const Json& object, std::string prefix, std::vector<FieldError>& errors, Origin origin)
      : object_(object), prefix_(std::move(prefix)), errors_(errors), origin_(origin) {
    if (!object_.is_object()) error("", "an object");
  }

  bool ok_object() const { return object_.is_object(); }
  bool has(const char* name) {
    seen_.insert(name);
    return object_.is_object() && object_.contains(name);
  }
  const Json& at(const char* name) const { return object_.at(name); }
  std::string path(std::string_view name) const {
    if (name.empty()) return prefix_;
    return prefix_.empty() ? std::string(name) : fmt::format("{}/{}", prefix_, name);
  }
  void error(std::string_view name, std::string message) {
    errors_.push_back({path(name), std::move(message)});
  }
  // Members only the store writes: a client that sends one is told so.
  bool system(const char* name) {
    if (origin_ == Origin::trusted) return has(name);
    if (object_.is_object() && object_.contains(name)) {
      seen_.insert(name);
      error(name, "set by Orbis, not by a client");
    }
    return false;
  }
  Origin origin() const { return origin_; }
  std::vector<FieldError>& errors() { return errors_; }

  void text(const char* name, std::string& out) {
    if (!has(name)) return;
    const auto& v = at(name);
    if (v.is_string())
      out = v.get<std::string>();
    else if (v.is_null())
      out.clear();
    else
      error(name, "text");
  }
  void boolean(const char* name, bool& out) {
    if (!has(name)) return;
    if (at(name).is_boolean())
      out = at(name).get<bool>();
    else
      error(name, "true or false");
  }
  void integer(const char* name, int& out) {
    if (!has(name)) return;
    if (at(name).is_number_integer() && at(name).get<std::int64_t>() >= -1000000 &&
        at(name).get<std::int64_t>() <= 1000000)
      out = at(name).get<int>();
    else
      error(name, "a whole number");
  }
  void opt_int(const char* name, std::optional<int>& out) {
    if (!has(name)) return;
    if (at(name).is_null())
      out.reset();
    else if (at(name).is_number_integer() && std::abs(at(name).get<std::int64_t>()) <= 1000000)
      out = at(name).get<int>();
    else
      error(name, "a whole number or null");
  }
  void number(const char* name, double& out) {
    if (!has(name)) return;
    if (at(name).is_number())
      out = at(name).get<double>();
    else
      error(name, "a number");
  }
  void opt_number(const char* name, std::optional<double>& out) {
    if (!has(name)) return;
    if (at(name).is_null())
      out.reset();
    else if (at(name).is_number())
      out = at(name).get<double>();
    else
      error(name, "a number or null");
  }
  void opt_i64(const char* name, std::optional<std::int64_t>& out) {
    if (!has(name)) return;
    if (at(name).is_null())
      out.reset();
    else if (at(name).is_number_integer() && at(name).get<std::int64_t>() > 0)
      out = at(name).get<std::int64_t>();
    else
      error(name, "an id or null");
  }
  template <typename Tag>
  void id(const char* name, Id<Tag>& out) {
    if (!has(name)) return;
    if (at(name).is_number_integer() && at(name).get<std::int64_t>() > 0)
      out = Id<Tag>{at(name).get<std::int64_t>()};
    else
      error(name, "an id");
  }
  template <typename Tag>
  void opt_id(const char* name, std::optional<Id<Tag>>& out) {
    std::optional<std::int64_t> raw = out ? std::optional<std::int64_t>(out->value) : std::nullopt;
    opt_i64(name, raw);
    out = raw ? std::optional<Id<Tag>>(Id<Tag>{*raw}) : std::nullopt;
  }
  void i64s(const char* name, std::vector<std::int64_t>& out) {
    if (!has(name)) return;
    const auto& v = at(name);
    if (!v.is_array()) return error(name, "a list of ids");
    out.clear();
    for (const auto& e : v) {
      if (!e.is_number_integer() || e.get<std::int64_t>() <= 0) return error(name, "a list of ids");
      out.push_back(e.get<std::int64_t>());
    }
  }
  void ints(const char* name, std::vector<int>& out) {
    if (!has(name)) return;
    const auto& v = at(name);
    if (!v.is_array()) return error(name, "a list of whole numbers");
    out.clear();
    for (const auto& e : v) {
      if (!e.is_number_integer() || std::abs(e.get<std::int64_t>()) > 1000)
        return error(name, "a list of whole numbers");
      out.push_back(e.get<int>());
    }
  }
  template <typename E, typename Parse>
  void enumeration(const char* name, E& out, Parse parse, std::string_view expected) {
    if (!has(name)) return;
    const auto& v = at(name);
    std::optional<E> parsed;
    if (v.is_string()) parsed = parse(v.get<std::string>());
    if (parsed)
      out = *parsed;
    else
      error(name, std::string(expected));
  }
  // Each element of an array member read by `each(reader, element)`.
  template <typename T, typename Each>
  void list(const char* name, std::vector<T>& out, Each each) {
    if (!has(name)) return;
    const auto& v = at(name);
    if (!v.is_array()) return error(name, "a list");
    out.clear();
    for (std::size_t i = 0; i < v.size(); ++i) {
      T element{};
      BodyReader inner(v[i], path(fmt::format("{}/{}", name, i)), errors_, origin_);
      if (!inner.ok_object()) continue;
      each(inner, element);
      inner.finish();
      out.push_back(std::move(element));
    }
  }
  // Names every member nobody asked for.
  void finish() {
    if (!object_.is_object()) return;
    for (const auto& [key, value] : object_.items()) {
      if (!seen_.contains(key)) error(key, "not a member of this record");
    }
  }

 private:
  const Json& object_;
  std::string prefix_;
  std::vector<FieldError>& errors_;
  Origin origin_;
  std::set<std::string, std::less<>> seen_;
};

void read_rules(BodyReader& r, const char* name, EligibilityRules& out) {
  if (!r.has(name)) return;
  BodyReader inner(r.at(name), r.path(name), r.errors(), r.origin());
  if (!inner.ok_object()) return;
  inner.ints("levels", out.levels);
  inner.ints("years_of_study", out.years_of_study);
  inner.opt_number("min_gpa", out.min_gpa);
  inner.text("gpa_scale", out.gpa_scale);
  inner.text("language", out.language);
  inner.text("min_cefr", out.min_cefr);
  inner.text("field", out.field);
  inner.finish();
}

void read_offer(BodyReader& o, Offer& out) {
  o.opt_id("agreement_id", out.agreement);
  o.opt_i64("condition_id", out.condition);
  o.opt_id("programme_id", out.programme);
  o.id("host_id", out.host);
  o.integer("seats", out.seats);
  o.text("title", out.title);
  read_rules(o, "eligibility", out.eligibility);
}

void read_history(BodyReader& r, std::vector<HistoryEntry>& history) {
  r.list("history", history, [](BodyReader& h, HistoryEntry& out) {
    h.text("at", out.at);
    h.text("actor", out.actor);
    h.text("from", out.from);
    h.text("to", out.to);
    h.text("reason", out.reason);
  });
}

}  // namespace

std::vector<FieldError> read(const Json& j, domain::Offer& offer, Origin origin) {
  std::vector<FieldError> errors;
  BodyReader r(j, "", errors, origin);
  if (r.system("id")) {
    std::optional<std::int64_t> id;
    r.opt_i64("id", id);
    offer.id = id.value_or(0);
  }
  read_offer(r, offer);
  r.finish();
  return errors;
}

std::vector<FieldError> read(const Json& j, domain::Call& c, Origin origin) {
  std::vector<FieldError> errors;
  BodyReader r(j, "", errors, origin);
  if (r.system("id")) r.id("id", c.id);
  if (r.system("version")) r.integer("version", c.version);
  if (r.system("published_run_id")) r.opt_id("published_run_id", c.published_run);
  r.text("code", c.code);
  r.text("title", c.title);
  r.text("title_zh", c.title_zh);
  r.text("academic_year", c.academic_year);
  r.text("term", c.term);
  r.text("opens_at", c.opens_at);
  r.text("closes_at", c.closes_at);
  r.text("time_zone", c.time_zone);
  r.opt_id("org_unit_id", c.org_unit);
  read_rules(r, "eligibility", c.eligibility);
  if (r.has("weights")) {
    BodyReader w(r.at("weights"), r.path("weights"), errors, origin);
    if (w.ok_object()) {
      w.number("gpa", c.weights.gpa);
      w.number("language", c.weights.language);
      w.number("interview", c.weights.interview);
      w.number("motivation", c.weights.motivation);
      w.finish();
    }
  }
  r.integer("max_preferences", c.max_preferences);
  // Offers: a client lists them without ids (numbered here in order) or with the ids of the
  // offers it keeps.
  if (r.has("offers")) {
    const auto& v = r.at("offers");
    if (!v.is_array()) {
      r.error("offers", "a list");
    } else {
      std::vector<Offer> offers;
      std::int64_t next = 1;
      for (const auto& o : c.offers) next = std::max(next, o.id + 1);
      for (std::size_t i = 0; i < v.size(); ++i) {
        Offer offer;
        BodyReader o(v[i], fmt::format("offers/{}", i), errors, Origin::trusted);
        if (!o.ok_object()) continue;
        std::optional<std::int64_t> id;
        o.opt_i64("id", id);
        if (id && origin == Origin::client) {
          const Offer* kept = c.offer(*id);
          if (!kept)
            o.error("id", "not an offer of this call; leave it out to add one");
          else
            offer = *kept;
        }
        offer.id = id.value_or(next++);
        read_offer(o, offer);
        o.finish();
        offers.push_back(std::move(offer));
      }
      c.offers = std::move(offers);
    }
  }
  r.finish();
  return errors;
}

std::vector<FieldError> read(const Json& j, domain::Application& a, Origin origin) {
  std::vector<FieldError> errors;
  BodyReader r(j, "", errors, origin);
  if (r.system("id")) r.id("id", a.id);
  if (r.system("version")) r.integer("version", a.version);
  if (r.system("call_id")) r.id("call_id", a.call);
  if (r.system("org_unit_id")) r.opt_id("org_unit_id", a.org_unit);
  if (r.system("status"))
    r.enumeration("status", a.status, domain::parse_application_status, "an application status");
  if (r.system("verdicts")) {
    r.list("verdicts", a.verdicts, [](BodyReader& v, Verdict& out) {
      std::optional<std::int64_t> offer;
      v.opt_i64("offer_id", offer);
      out.offer = offer.value_or(0);
      v.boolean("eligible", out.eligible);
      v.text("code", out.code);
      v.text("reason", out.reason);
    });
  }
  if (r.system("interview_score")) r.opt_number("interview_score", a.interview_score);
  if (r.system("motivation_score")) r.opt_number("motivation_score", a.motivation_score);
  if (r.system("scored_by")) r.text("scored_by", a.scored_by);
  if (r.system("score")) r.opt_number("score", a.score);
  if (r.system("documents")) {
    r.list("documents", a.documents, [](BodyReader& d, ApplicationDocument& out) {
      std::optional<std::int64_t> id;
      d.opt_i64("id", id);
      out.id = id.value_or(0);
      d.text("kind", out.kind);
      d.text("name", out.name);
      d.text("content_type", out.content_type);
      d.text("sha256", out.sha256);
      if (d.has("size") && d.at("size").is_number_integer())
        out.size = d.at("size").get<std::int64_t>();
      d.text("uploaded_at", out.uploaded_at);
    });
  }
  if (r.system("result")) {
    const auto& v = r.at("result");
    if (v.is_null()) {
      a.result.reset();
    } else {
      PlacementResult result;
      BodyReader p(v, "result", errors, origin);
      if (p.ok_object()) {
        p.id("run_id", result.run);
        p.opt_i64("offer_id", result.offer);
        p.opt_int("preference", result.preference);
        p.opt_int("waiting_position", result.waiting_position);
        p.list("explanations", result.explanations, [](BodyReader& e, PlacementExplanation& out) {
          std::optional<std::int64_t> offer;
          e.opt_i64("offer_id", offer);
          out.offer = offer.value_or(0);
          e.text("reason", out.reason);
          int position = 0;
          e.integer("priority_position", position);
          out.priority_position = static_cast<std::uint32_t>(std::max(position, 0));
          e.opt_number("cutoff_score", out.cutoff_score);
          e.text("detail", out.detail);
        });
        p.finish();
      }
      a.result = std::move(result);
    }
  }
  for (const char* name : {"submit_started_at", "submitted_at", "created_at", "updated_at"}) {
    if (r.system(name)) {
      std::string* target = std::string_view(name) == "submit_started_at" ? &a.submit_started_at
                            : std::string_view(name) == "submitted_at"    ? &a.submitted_at
                            : std::string_view(name) == "created_at"      ? &a.created_at
                                                                          : &a.updated_at;
      r.text(name, *target);
    }
  }
  if (r.system("history")) read_history(r, a.history);
  r.id("person_id", a.person);
  r.i64s("preferences", a.preferences);
  r.text("motivation", a.motivation);
  r.finish();
  return errors;
}

}  // namespace orbis::http::json::bodies
