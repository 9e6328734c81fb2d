#include "domain/mobility_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace orbis::domain {
namespace {

using nlohmann::json;

template <typename Tag>
json id_or_null(const std::optional<Id<Tag>>& id) {
  return id ? json(id->value) : json();
}
template <typename T>
json value_or_null(const std::optional<T>& v) {
  return v ? json(*v) : json();
}

json money_json(const Money& m) {
  if (m.empty()) return json();
  return {{"amount", m.amount}, {"currency", m.currency}};
}

json history_json(const std::vector<HistoryEntry>& history) {
  json out = json::array();
  for (const auto& h : history) {
    out.push_back(
        {{"at", h.at}, {"actor", h.actor}, {"from", h.from}, {"to", h.to}, {"reason", h.reason}});
  }
  return out;
}

// Reads the members of one JSON object into a record, collecting mistakes.
class Reader {
 public:
  Reader(const json& object, std::string prefix, std::vector<FieldError>& errors, JsonOrigin origin)
      : object_(object), prefix_(std::move(prefix)), errors_(errors), origin_(origin) {
    if (!object_.is_object()) error("", "an object");
  }

  bool ok_object() const { return object_.is_object(); }
  bool has(const char* name) {
    seen_.insert(name);
    return object_.is_object() && object_.contains(name);
  }
  const json& at(const char* name) const { return object_.at(name); }
  std::string path(std::string_view name) const {
    if (name.empty()) return prefix_;
    return prefix_.empty() ? std::string(name) : fmt::format("{}/{}", prefix_, name);
  }
  void error(std::string_view name, std::string message) {
    errors_.push_back({path(name), std::move(message)});
  }
  // Members only the store writes: a client that sends one is told so.
  bool system(const char* name) {
    if (origin_ == JsonOrigin::store) return has(name);
    if (object_.is_object() && object_.contains(name)) {
      seen_.insert(name);
      error(name, "set by Orbis, not by a client");
    }
    return false;
  }
  JsonOrigin origin() const { return origin_; }
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
  template <typename Tag>
  void ids(const char* name, std::vector<Id<Tag>>& out) {
    std::vector<std::int64_t> raw;
    raw.reserve(out.size());
    for (const auto& i : out) raw.push_back(i.value);
    i64s(name, raw);
    out.clear();
    for (const auto v : raw) out.push_back(Id<Tag>{v});
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
  void texts(const char* name, std::vector<std::string>& out) {
    if (!has(name)) return;
    const auto& v = at(name);
    if (!v.is_array()) return error(name, "a list of texts");
    out.clear();
    for (const auto& e : v) {
      if (!e.is_string()) return error(name, "a list of texts");
      out.push_back(e.get<std::string>());
    }
  }
  void money(const char* name, Money& out) {
    if (!has(name)) return;
    const auto& v = at(name);
    if (v.is_null()) {
      out = {};
      return;
    }
    if (!v.is_object() || !v.value("amount", json()).is_string() ||
        !v.value("currency", json()).is_string()) {
      return error(name, "{\"amount\": \"2500.00\", \"currency\": \"EUR\"} or null");
    }
    out = {v["amount"].get<std::string>(), v["currency"].get<std::string>()};
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
      Reader inner(v[i], path(fmt::format("{}/{}", name, i)), errors_, origin_);
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
  const json& object_;
  std::string prefix_;
  std::vector<FieldError>& errors_;
  JsonOrigin origin_;
  std::set<std::string, std::less<>> seen_;
};

json rules_json(const EligibilityRules& r) {
  return {{"levels", r.levels},
          {"years_of_study", r.years_of_study},
          {"min_gpa", value_or_null(r.min_gpa)},
          {"gpa_scale", r.gpa_scale},
          {"language", r.language},
          {"min_cefr", r.min_cefr},
          {"field", r.field}};
}

void read_rules(Reader& r, const char* name, EligibilityRules& out) {
  if (!r.has(name)) return;
  Reader inner(r.at(name), r.path(name), r.errors(), r.origin());
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

json offer_json(const Offer& o) {
  return {{"id", o.id},
          {"agreement_id", id_or_null(o.agreement)},
          {"condition_id", value_or_null(o.condition)},
          {"programme_id", id_or_null(o.programme)},
          {"host_id", o.host.value},
          {"seats", o.seats},
          {"title", o.title},
          {"eligibility", rules_json(o.eligibility)}};
}

Status finish(std::vector<FieldError> errors, std::string_view what) {
  if (errors.empty()) return {};
  return fail(Error::invalid(fmt::format("the {} has invalid fields", what), std::move(errors)));
}

}  // namespace

json to_json(const EligibilityRules& rules) { return rules_json(rules); }

json to_json(const Programme& p) {
  json hosts = json::array();
  for (const auto& h : p.hosts) hosts.push_back(h.value);
  json scholarships = json::array();
  for (const auto& s : p.scholarships) {
    scholarships.push_back({{"code", s.code},
                            {"name", s.name},
                            {"name_zh", s.name_zh},
                            {"sponsor", s.sponsor},
                            {"amount", money_json(s.amount)},
                            {"eligibility", s.eligibility},
                            {"eligibility_zh", s.eligibility_zh},
                            {"nationalities", s.nationalities},
                            {"places", value_or_null(s.places)}});
  }
  return {{"id", p.id.value},
          {"code", p.code},
          {"name", p.name},
          {"name_zh", p.name_zh},
          {"kind", to_string(p.kind)},
          {"host_ids", hosts},
          {"agreement_id", id_or_null(p.agreement)},
          {"condition_ids", p.conditions},
          {"language", p.language},
          {"fee", money_json(p.fee)},
          {"capacity", value_or_null(p.capacity)},
          {"max_duration_months", p.max_duration_months},
          {"description", p.description},
          {"description_zh", p.description_zh},
          {"scholarships", scholarships},
          {"published", p.published},
          {"version", p.version}};
}

Status read_json(const json& j, Programme& p, JsonOrigin origin) {
  std::vector<FieldError> errors;
  Reader r(j, "", errors, origin);
  if (r.system("id")) r.id("id", p.id);
  if (r.system("version")) r.integer("version", p.version);
  r.text("code", p.code);
  r.text("name", p.name);
  r.text("name_zh", p.name_zh);
  r.enumeration(
      "kind", p.kind, parse_programme_kind,
      "semester_exchange, year_exchange, summer_school, winter_school, internship, research_visit, "
      "staff_exchange or joint_degree");
  r.ids("host_ids", p.hosts);
  r.opt_id("agreement_id", p.agreement);
  r.i64s("condition_ids", p.conditions);
  r.text("language", p.language);
  r.money("fee", p.fee);
  r.opt_int("capacity", p.capacity);
  r.integer("max_duration_months", p.max_duration_months);
  r.text("description", p.description);
  r.text("description_zh", p.description_zh);
  r.boolean("published", p.published);
  r.list("scholarships", p.scholarships, [](Reader& s, Scholarship& out) {
    s.text("code", out.code);
    s.text("name", out.name);
    s.text("name_zh", out.name_zh);
    s.text("sponsor", out.sponsor);
    s.money("amount", out.amount);
    s.text("eligibility", out.eligibility);
    s.text("eligibility_zh", out.eligibility_zh);
    s.texts("nationalities", out.nationalities);
    s.opt_int("places", out.places);
  });
  r.finish();
  return finish(std::move(errors), "programme");
}

json to_json(const Call& c) {
  json offers = json::array();
  for (const auto& o : c.offers) offers.push_back(offer_json(o));
  return {{"id", c.id.value},
          {"code", c.code},
          {"title", c.title},
          {"title_zh", c.title_zh},
          {"academic_year", c.academic_year},
          {"term", c.term},
          {"opens_at", c.opens_at},
          {"closes_at", c.closes_at},
          {"time_zone", c.time_zone},
          {"org_unit_id", id_or_null(c.org_unit)},
          {"eligibility", rules_json(c.eligibility)},
          {"weights",
           {{"gpa", c.weights.gpa},
            {"language", c.weights.language},
            {"interview", c.weights.interview},
            {"motivation", c.weights.motivation}}},
          {"max_preferences", c.max_preferences},
          {"offers", offers},
          {"published_run_id", id_or_null(c.published_run)},
          {"version", c.version}};
}

namespace {

void read_offer(Reader& o, Offer& out) {
  o.opt_id("agreement_id", out.agreement);
  o.opt_i64("condition_id", out.condition);
  o.opt_id("programme_id", out.programme);
  o.id("host_id", out.host);
  o.integer("seats", out.seats);
  o.text("title", out.title);
  read_rules(o, "eligibility", out.eligibility);
}

}  // namespace

Status read_json(const json& j, Offer& offer, JsonOrigin origin) {
  std::vector<FieldError> errors;
  Reader r(j, "", errors, origin);
  if (r.system("id")) {
    std::optional<std::int64_t> id;
    r.opt_i64("id", id);
    offer.id = id.value_or(0);
  }
  read_offer(r, offer);
  r.finish();
  return finish(std::move(errors), "offer");
}

Status read_json(const json& j, Call& c, JsonOrigin origin) {
  std::vector<FieldError> errors;
  Reader r(j, "", errors, origin);
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
    Reader w(r.at("weights"), r.path("weights"), errors, origin);
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
        Reader o(v[i], fmt::format("offers/{}", i), errors, JsonOrigin::store);
        if (!o.ok_object()) continue;
        std::optional<std::int64_t> id;
        o.opt_i64("id", id);
        if (id && origin == JsonOrigin::client) {
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
  return finish(std::move(errors), "call");
}

json to_json(const Application& a) {
  json verdicts = json::array();
  for (const auto& v : a.verdicts) {
    verdicts.push_back(
        {{"offer_id", v.offer}, {"eligible", v.eligible}, {"code", v.code}, {"reason", v.reason}});
  }
  json documents = json::array();
  for (const auto& d : a.documents) {
    documents.push_back({{"id", d.id},
                         {"kind", d.kind},
                         {"name", d.name},
                         {"content_type", d.content_type},
                         {"sha256", d.sha256},
                         {"size", d.size},
                         {"uploaded_at", d.uploaded_at}});
  }
  json result;
  if (a.result) {
    json explanations = json::array();
    for (const auto& e : a.result->explanations) {
      explanations.push_back({{"offer_id", e.offer},
                              {"reason", e.reason},
                              {"priority_position", e.priority_position},
                              {"cutoff_score", value_or_null(e.cutoff_score)},
                              {"detail", e.detail}});
    }
    result = {{"run_id", a.result->run.value},
              {"offer_id", value_or_null(a.result->offer)},
              {"preference", value_or_null(a.result->preference)},
              {"waiting_position", value_or_null(a.result->waiting_position)},
              {"explanations", explanations}};
  }
  return {{"id", a.id.value},
          {"call_id", a.call.value},
          {"person_id", a.person.value},
          {"org_unit_id", id_or_null(a.org_unit)},
          {"status", to_string(a.status)},
          {"preferences", a.preferences},
          {"motivation", a.motivation},
          {"verdicts", verdicts},
          {"interview_score", value_or_null(a.interview_score)},
          {"motivation_score", value_or_null(a.motivation_score)},
          {"scored_by", a.scored_by},
          {"score", value_or_null(a.score)},
          {"documents", documents},
          {"result", result},
          {"submit_started_at", a.submit_started_at},
          {"submitted_at", a.submitted_at},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at},
          {"history", history_json(a.history)},
          {"version", a.version}};
}

namespace {

void read_history(Reader& r, std::vector<HistoryEntry>& history) {
  r.list("history", history, [](Reader& h, HistoryEntry& out) {
    h.text("at", out.at);
    h.text("actor", out.actor);
    h.text("from", out.from);
    h.text("to", out.to);
    h.text("reason", out.reason);
  });
}

}  // namespace

Status read_json(const json& j, Application& a, JsonOrigin origin) {
  std::vector<FieldError> errors;
  Reader r(j, "", errors, origin);
  if (r.system("id")) r.id("id", a.id);
  if (r.system("version")) r.integer("version", a.version);
  if (r.system("call_id")) r.id("call_id", a.call);
  if (r.system("org_unit_id")) r.opt_id("org_unit_id", a.org_unit);
  if (r.system("status"))
    r.enumeration("status", a.status, parse_application_status, "an application status");
  if (r.system("verdicts")) {
    r.list("verdicts", a.verdicts, [](Reader& v, Verdict& out) {
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
    r.list("documents", a.documents, [](Reader& d, ApplicationDocument& out) {
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
      Reader p(v, "result", errors, origin);
      if (p.ok_object()) {
        p.id("run_id", result.run);
        p.opt_i64("offer_id", result.offer);
        p.opt_int("preference", result.preference);
        p.opt_int("waiting_position", result.waiting_position);
        p.list("explanations", result.explanations, [](Reader& e, PlacementExplanation& out) {
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
  return finish(std::move(errors), "application");
}

json to_json(const Mobility& m) {
  json funding = json::array();
  for (const auto& f : m.funding) {
    funding.push_back({{"source", f.source},
                       {"scholarship", f.scholarship},
                       {"sponsor", f.sponsor},
                       {"amount", money_json(f.amount)}});
  }
  return {{"id", m.id.value},
          {"person_id", m.person.value},
          {"direction", to_string(m.direction)},
          {"type", to_string(m.type)},
          {"sending_institution_id", m.sending.value},
          {"receiving_institution_id", m.receiving.value},
          {"org_unit_id", id_or_null(m.org_unit)},
          {"agreement_id", id_or_null(m.agreement)},
          {"condition_id", value_or_null(m.condition)},
          {"programme_id", id_or_null(m.programme)},
          {"call_id", id_or_null(m.call)},
          {"application_id", id_or_null(m.application)},
          {"academic_year", m.academic_year},
          {"planned_start", m.planned_start},
          {"planned_end", m.planned_end},
          {"actual_start", m.actual_start},
          {"actual_end", m.actual_end},
          {"funding", funding},
          {"credits_planned", m.credits_planned},
          {"status", to_string(m.status)},
          {"nomination",
           {{"decision", to_string(m.nomination.decision)},
            {"nominated_at", m.nomination.nominated_at},
            {"nominated_by", m.nomination.nominated_by},
            {"decided_at", m.nomination.decided_at},
            {"decided_by", m.nomination.decided_by},
            {"reason", m.nomination.reason}}},
          {"cancel_reason", m.cancel_reason},
          {"history", history_json(m.history)},
          {"version", m.version}};
}

Status read_json(const json& j, Mobility& m, JsonOrigin origin) {
  std::vector<FieldError> errors;
  Reader r(j, "", errors, origin);
  if (r.system("id")) r.id("id", m.id);
  if (r.system("version")) r.integer("version", m.version);
  if (r.system("status"))
    r.enumeration("status", m.status, parse_mobility_status, "a mobility status");
  if (r.system("application_id")) r.opt_id("application_id", m.application);
  if (r.system("cancel_reason")) r.text("cancel_reason", m.cancel_reason);
  if (r.system("history")) read_history(r, m.history);
  if (r.system("nomination")) {
    Reader n(r.at("nomination"), "nomination", errors, origin);
    if (n.ok_object()) {
      n.enumeration(
          "decision", m.nomination.decision,
          [](std::string_view s) -> std::optional<NominationDecision> {
            if (s == "pending") return NominationDecision::pending;
            if (s == "accepted") return NominationDecision::accepted;
            if (s == "rejected") return NominationDecision::rejected;
            return std::nullopt;
          },
          "pending, accepted or rejected");
      n.text("nominated_at", m.nomination.nominated_at);
      n.text("nominated_by", m.nomination.nominated_by);
      n.text("decided_at", m.nomination.decided_at);
      n.text("decided_by", m.nomination.decided_by);
      n.text("reason", m.nomination.reason);
      n.finish();
    }
  }
  r.id("person_id", m.person);
  r.enumeration("direction", m.direction, parse_direction, "outgoing or incoming");
  r.enumeration("type", m.type, parse_mobility_type, "a mobility type");
  r.id("sending_institution_id", m.sending);
  r.id("receiving_institution_id", m.receiving);
  r.opt_id("org_unit_id", m.org_unit);
  r.opt_id("agreement_id", m.agreement);
  r.opt_i64("condition_id", m.condition);
  r.opt_id("programme_id", m.programme);
  r.opt_id("call_id", m.call);
  r.text("academic_year", m.academic_year);
  r.text("planned_start", m.planned_start);
  r.text("planned_end", m.planned_end);
  r.text("actual_start", m.actual_start);
  r.text("actual_end", m.actual_end);
  r.number("credits_planned", m.credits_planned);
  r.list("funding", m.funding, [](Reader& f, Funding& out) {
    f.text("source", out.source);
    f.text("scholarship", out.scholarship);
    f.text("sponsor", out.sponsor);
    f.money("amount", out.amount);
  });
  r.finish();
  return finish(std::move(errors), "mobility");
}

}  // namespace orbis::domain
