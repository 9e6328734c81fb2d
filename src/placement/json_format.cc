#include "placement/json_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>

#include "common/json.h"
#include "placement/json_text.h"

namespace orbis::placement {
namespace {

using Json = nlohmann::json;

// Where a value sits in the document, e.g. applicants[3].score; spelt out only on failure,
// since a national call has millions of values.
struct Path {
  std::string_view array;  // "offers" or "applicants"; empty for the document itself
  std::size_t index = 0;
  std::string_view member;  // e.g. "score"; empty for the element itself
  std::string text() const {
    if (array.empty()) return std::string(member.empty() ? "the document" : member);
    std::string out = fmt::format("{}[{}]", array, index);
    if (!member.empty()) out += fmt::format(".{}", member);
    return out;
  }
  Path at(std::string_view name) const { return {array, index, name}; }
};

Error type_error(const std::string& field, std::string_view expectation) {
  std::string message = fmt::format("{} must be {}", field, expectation);
  return Error::invalid(message, {FieldError{field, message}});
}

// Rejects keys outside `known`, so that a misspelt optional field is not silently ignored.
Status check_keys(const Json& object, const Path& path,
                  std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : object.items()) {
    if (std::ranges::find(known, key) == known.end()) {
      std::string message = fmt::format("{} has an unknown field \"{}\"", path.text(), key);
      const std::string field = path.array.empty() ? key : path.text() + "." + key;
      return fail(Error::invalid(message, {FieldError{field, message}}));
    }
  }
  return {};
}

template <typename Id>
Result<std::vector<Id>> read_ids(const Json& value, const Path& path) {
  if (!value.is_array()) return fail(type_error(path.text(), "an array of ids"));
  std::vector<Id> ids;
  ids.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string())
      return fail(type_error(fmt::format("{}[{}]", path.text(), i), "a string id"));
    ids.push_back(Id{value[i].get_ref<const std::string&>()});
  }
  return ids;
}

// The required string "id" of `object`.
Result<std::string> read_id(const Json& object, const Path& path) {
  const auto id = object.find("id");
  if (id == object.end()) return fail(type_error(path.at("id").text(), "present"));
  if (!id->is_string()) return fail(type_error(path.at("id").text(), "a string"));
  return id->get_ref<const std::string&>();
}

Result<Offer> read_offer(const Json& value, const Path& path) {
  if (!value.is_object()) return fail(type_error(path.text(), "an object"));
  if (auto status = check_keys(value, path, {"id", "seats", "priority"}); !status)
    return fail(status.error());
  Offer offer;
  auto id = read_id(value, path);
  if (!id) return fail(id.error());
  offer.id.value = std::move(*id);
  const auto seats = value.find("seats");
  if (seats == value.end()) return fail(type_error(path.at("seats").text(), "present"));
  if (seats->is_number_unsigned()) {
    if (seats->get<std::uint64_t>() > std::uint64_t{std::numeric_limits<std::int64_t>::max()}) {
      return fail(type_error(path.at("seats").text(), "at most 2^63 - 1"));
    }
    offer.seats = static_cast<std::int64_t>(seats->get<std::uint64_t>());
  } else if (seats->is_number_integer()) {
    offer.seats = seats->get<std::int64_t>();
  } else {
    return fail(type_error(path.at("seats").text(), "an integer"));
  }
  if (const auto priority = value.find("priority"); priority != value.end()) {
    auto ids = read_ids<ApplicantId>(*priority, path.at("priority"));
    if (!ids) return fail(ids.error());
    offer.priority = std::move(*ids);
  }
  return offer;
}

Result<Applicant> read_applicant(const Json& value, const Path& path) {
  if (!value.is_object()) return fail(type_error(path.text(), "an object"));
  if (auto status = check_keys(value, path, {"id", "score", "preferences", "ineligible"});
      !status) {
    return fail(status.error());
  }
  Applicant applicant;
  auto id = read_id(value, path);
  if (!id) return fail(id.error());
  applicant.id.value = std::move(*id);
  const auto score = value.find("score");
  if (score == value.end() || !score->is_number())
    return fail(type_error(path.at("score").text(), "a number"));
  applicant.score = score->get<double>();
  const auto preferences = value.find("preferences");
  if (preferences == value.end()) return fail(type_error(path.at("preferences").text(), "present"));
  auto ids = read_ids<OfferId>(*preferences, path.at("preferences"));
  if (!ids) return fail(ids.error());
  applicant.preferences = std::move(*ids);
  if (const auto ineligible = value.find("ineligible"); ineligible != value.end()) {
    if (!ineligible->is_object()) {
      return fail(type_error(path.at("ineligible").text(), "an object from offer id to reason"));
    }
    for (const auto& [offer, reason] : ineligible->items()) {
      if (!reason.is_string()) {
        return fail(
            type_error(fmt::format("{}.{}", path.at("ineligible").text(), offer), "a string"));
      }
      applicant.ineligible.push_back({OfferId{offer}, reason.get<std::string>()});
    }
  }
  return applicant;
}

std::string_view ineligibility_reason(const Applicant& applicant, const OfferId& offer) {
  for (const Ineligibility& entry : applicant.ineligible) {
    if (entry.offer == offer) return entry.reason;
  }
  return {};
}

}  // namespace

Result<Problem> parse_problem(std::string_view input_json) {
  // A national call (hundreds of thousands of applicants) runs past the default size limit;
  // the depth limit stays.
  auto parsed = parse_json(input_json, {.max_bytes = kMaxProblemBytes});
  if (!parsed) return fail(parsed.error());
  const Json document = std::move(*parsed);
  if (!document.is_object()) return fail(type_error("the document", "an object"));
  if (auto status = check_keys(document, Path{}, {"offers", "applicants", "seed"}); !status) {
    return fail(status.error());
  }
  Problem problem;
  const auto offers = document.find("offers");
  if (offers == document.end() || !offers->is_array())
    return fail(type_error("offers", "an array"));
  problem.offers.reserve(offers->size());
  for (std::size_t o = 0; o < offers->size(); ++o) {
    auto offer = read_offer((*offers)[o], Path{"offers", o});
    if (!offer) return fail(offer.error());
    problem.offers.push_back(std::move(*offer));
  }
  const auto applicants = document.find("applicants");
  if (applicants == document.end() || !applicants->is_array()) {
    return fail(type_error("applicants", "an array"));
  }
  problem.applicants.reserve(applicants->size());
  for (std::size_t a = 0; a < applicants->size(); ++a) {
    auto applicant = read_applicant((*applicants)[a], Path{"applicants", a});
    if (!applicant) return fail(applicant.error());
    problem.applicants.push_back(std::move(*applicant));
  }
  if (const auto seed = document.find("seed"); seed != document.end()) {
    if (!seed->is_number_unsigned())
      return fail(type_error("seed", "a non-negative integer below 2^64"));
    problem.seed = seed->get<std::uint64_t>();
  }
  return problem;
}

// One JSON value per line inside the long arrays, so that a result diffs and greps well.
std::string to_json(const Problem& problem, const Allocation& allocation) {
  using detail::append_json_integer;
  using detail::append_json_number;
  using detail::append_json_string;
  std::string out;
  out.reserve(256 + 64 * allocation.applicants.size() + 96 * allocation.explanations.size());
  const auto key = [&out](std::string_view name) {
    append_json_string(out, name);
    out.push_back(':');
  };
  const auto integer = [&out](std::uint64_t value) { append_json_integer(out, value); };

  out += "{";
  key("engine");
  out += "{";
  key("name");
  append_json_string(out, kEngineName);
  out += ",";
  key("version");
  append_json_string(out, kEngineVersion);
  out += ",";
  key("algorithm");
  append_json_string(out, to_string(allocation.algorithm));
  out += "},\n";
  key("parameters");
  out += "{";
  key("mode");
  append_json_string(out, to_string(allocation.mode));
  out += ",";
  key("seed");
  integer(allocation.seed);
  out += "},\n";
  key("input_sha256");
  append_json_string(out, allocation.input_sha256);
  out += ",\n";

  const Statistics& stats = allocation.statistics;
  key("statistics");
  out += "{";
  key("applicants");
  integer(stats.applicants);
  out += ",";
  key("placed");
  integer(stats.placed);
  out += ",";
  key("unplaced");
  integer(stats.applicants - stats.placed);
  out += ",";
  key("seats");
  append_json_integer(out, stats.seats);
  out += ",";
  key("placed_at_preference");
  out += "[";
  for (std::size_t k = 0; k < stats.placed_at_preference.size(); ++k) {
    if (k > 0) out += ",";
    integer(stats.placed_at_preference[k]);
  }
  out += "],";
  key("total_rank");
  integer(stats.total_rank);
  out += ",";
  key("blocking_pairs");
  integer(stats.blocking_pairs);
  out += "},\n";

  key("assignments");
  out += "[";
  for (std::size_t a = 0; a < allocation.applicants.size(); ++a) {
    const ApplicantOutcome& outcome = allocation.applicants[a];
    out += a == 0 ? "\n{" : ",\n{";
    key("applicant");
    append_json_string(out, problem.applicants[a].id.value);
    out += ",";
    key("offer");
    if (outcome.offer) {
      append_json_string(out, problem.offers[*outcome.offer].id.value);
      out += ",";
      key("preference");
      integer(*outcome.preference + 1);
    } else {
      out += "null,";
      key("preference");
      out += "null";
    }
    out += "}";
  }
  out += allocation.applicants.empty() ? "],\n" : "\n],\n";

  key("offers");
  out += "[";
  for (std::size_t o = 0; o < allocation.offers.size(); ++o) {
    const OfferOutcome& outcome = allocation.offers[o];
    out += o == 0 ? "\n{" : ",\n{";
    key("offer");
    append_json_string(out, problem.offers[o].id.value);
    out += ",";
    key("seats");
    append_json_integer(out, problem.offers[o].seats);
    out += ",";
    key("admitted");
    integer(outcome.admitted);
    out += ",";
    key("cutoff");
    if (outcome.cutoff) {
      out += "{";
      key("applicant");
      append_json_string(out, problem.applicants[outcome.cutoff->applicant].id.value);
      out += ",";
      key("score");
      append_json_number(out, outcome.cutoff->score);
      out += ",";
      key("priority_position");
      integer(outcome.cutoff->priority_position);
      out += "}";
    } else {
      out += "null";
    }
    out += ",";
    key("waiting_list");
    out += "[";
    for (std::size_t i = 0; i < outcome.waiting_list.size(); ++i) {
      if (i > 0) out += ",";
      append_json_string(out, problem.applicants[outcome.waiting_list[i]].id.value);
    }
    out += "]}";
  }
  out += allocation.offers.empty() ? "],\n" : "\n],\n";

  key("explanations");
  out += "[";
  for (std::size_t i = 0; i < allocation.explanations.size(); ++i) {
    const Explanation& explanation = allocation.explanations[i];
    const Applicant& applicant = problem.applicants[explanation.applicant];
    const OfferId& offer_id = applicant.preferences[explanation.preference];
    out += i == 0 ? "\n{" : ",\n{";
    key("applicant");
    append_json_string(out, applicant.id.value);
    out += ",";
    key("offer");
    append_json_string(out, offer_id.value);
    out += ",";
    key("preference");
    integer(explanation.preference + 1);
    out += ",";
    key("reason");
    append_json_string(out, to_string(explanation.reason));
    if (explanation.reason == Reason::not_eligible) {
      out += ",";
      key("detail");
      append_json_string(out, ineligibility_reason(applicant, offer_id));
    } else if (explanation.reason != Reason::no_seats) {
      out += ",";
      key("priority_position");
      integer(explanation.priority_position);
      if (const auto& cutoff = allocation.offers[explanation.offer].cutoff) {
        out += ",";
        key("cutoff_score");
        append_json_number(out, cutoff->score);
        out += ",";
        key("cutoff_priority_position");
        integer(cutoff->priority_position);
      }
    }
    out += "}";
  }
  out += allocation.explanations.empty() ? "]}\n" : "\n]}\n";
  return out;
}

Result<std::string> allocate_json(std::string_view input_json, const Options& options) {
  auto problem = parse_problem(input_json);
  if (!problem) return fail(problem.error());
  auto allocation = allocate(*problem, options);
  if (!allocation) return fail(allocation.error());
  return to_json(*problem, *allocation);
}

}  // namespace orbis::placement
