// Checks the API's answers against its own published OpenAPI document: every JSON answer
// the API suites receive must match the schema the document gives for that operation and
// status (issue: "a test validates every response the API suite receives against the
// published schema"). A status the operation does not list is checked against its
// `default` response, and is an error when there is none.
//
// The JSON Schema subset is the one the document uses: type (one or a list), enum, const,
// properties, required, additionalProperties, items, oneOf, anyOf, allOf, minimum, maximum,
// minLength, maxLength, minItems, maxItems, pattern, and $ref into #/components/schemas.
// Formats are annotations (JSON Schema 2020-12) and are not checked.
// Thread-safety: const methods may be called from several threads.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace orbis::testing {

class SchemaCheck {
 public:
  explicit SchemaCheck(nlohmann::json document);

  // What is wrong with an answer of `status` and `content_type` to METHOD TARGET (path
  // with its query), one line per mistake with its JSON pointer; empty when it matches,
  // when the target is not an operation of the document, or when the body is not JSON.
  std::vector<std::string> check(const std::string& method, const std::string& target, int status,
                                 const std::string& content_type, const std::string& body) const;

  // The mistakes of `value` against `schema` (resolving $ref in the document), each
  // prefixed with its JSON pointer under `at`.
  std::vector<std::string> validate(const nlohmann::json& schema, const nlohmann::json& value,
                                    const std::string& at = "") const;

 private:
  // The operation object for METHOD PATH, or null.
  const nlohmann::json* operation(const std::string& method, const std::string& path) const;
  void validate(const nlohmann::json& schema, const nlohmann::json& value, const std::string& at,
                std::vector<std::string>& out, int depth) const;

  nlohmann::json document_;
};

}  // namespace orbis::testing
