// Transcripts of records: reading a partner's imobility-tors v2 get-response or bare ELMO
// document, writing Orbis's own transcripts (of incoming students) as a get-response.
// Thread-safety: all functions are safe to call concurrently (validation shares compiled
// schemas read-only; see schema_validation.h).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "interop/transcript.h"

namespace orbis::interop {

// The schemas (relative to a schema root such as <repo>/data/ewp/schemas) a transcript is
// validated against, after its root element.
inline constexpr const char* kImobilityTorsSchema =
    "ewp-specs-api-imobility-tors-v2.0.0/endpoints/get-response.xsd";
inline constexpr const char* kElmoV1Schema = "elmo-schemas-v1.6.0/schema.xsd";
inline constexpr const char* kElmoV2Schema = "elmo-schemas-v2.1.1/schema.xsd";

// Reads transcripts from `xml`, which is one of
//   - an `imobility-tors-get-response` (ToR API v2; its ELMO is v1): one Transcript per
//     `tor`, with omobility_id and grade_conversion set;
//   - a bare ELMO document, v1 (`…/elmo-schemas/tree/v1`) or v2 (`…/tree/v2`): one
//     Transcript without omobility_id.
// The document is first validated against its schema under `schema_root` (offline, see
// validate()), then read. The XML is parsed XXE-safe (no DTD, no entities, no network).
// Fails with:
//   invalid_argument — malformed XML, an unknown root element, or a document that does not
//                      validate (the message names the line and the first problem);
//   not_found        — the schema file is missing under `schema_root`;
//   internal         — the schema folder is broken.
Result<std::vector<Transcript>> parse_transcripts(std::string_view xml,
                                                  const std::filesystem::path& schema_root);

// Writes `transcripts` as an `imobility-tors-get-response` (default namespace
// kImobilityTorsGetResponseNs, each `elmo` in ELMO v1 as the ToR API v2 requires), in order,
// deterministic, two-space indentation; token values are written whitespace-collapsed. No
// XML signature is added. Fails with invalid_argument naming the first offending field, e.g.
// `tor[1]/elmo/report[1]/learningOpportunitySpecification[2]/specifies/
// learningOpportunityInstance/credit[1]/value "6,5" is not a decimal number like 7.5`: a
// missing omobility_id, a transcript without reports, an issuer without identifier or title,
// a malformed date, decimal, country or enumerated value, or Learner::alternative_name (ELMO
// v2 only; clear it to write v1).
Result<std::string> to_xml(const std::vector<Transcript>& transcripts);

}  // namespace orbis::interop
