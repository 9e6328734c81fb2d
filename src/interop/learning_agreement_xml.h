// omobility-las v1.2 get-response documents: writing Orbis's learning agreements, reading a
// partner's.
// Thread-safety: all functions are safe to call concurrently; no shared mutable state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "interop/learning_agreement.h"

namespace orbis::interop {

// Writes an `omobility-las-get-response` (default namespace kOmobilityLasGetResponseNs;
// academic-term and phone-number types under the prefixes trm: and p:) holding `agreements`
// in order. Output is deterministic: UTF-8, two-space indentation, elements in schema order,
// a start/end date written as start-date or start-year-month after its form. Fails with
// invalid_argument naming the first offending field, e.g. `la[1]/student/email "x" is not an
// e-mail address`, when a value breaks the schema (a malformed id, date, level, e-mail,
// decimal or code; text XML cannot hold) or the shape is not a valid agreement (neither a
// first version nor a proposal; a first version or approved changes without the receiving
// HEI's signature; a term number above its total).
Result<std::string> to_xml(const std::vector<LearningAgreement>& agreements);

// Reads a partner's `omobility-las-get-response` (v1.2) into the model, one
// LearningAgreement per `la` element. Reads the bytes as UTF-8, rejects DTDs and entity
// declarations (XXE) and never reads the network. Fails with invalid_argument naming the
// line when the document is malformed, is not an omobility-las get-response, or breaks the
// schema's structure (order, required elements, an unknown component status). Comments and
// whitespace between elements are ignored; element text is kept verbatim; an unknown
// reason-code reads as absent (as the API tells clients to treat it). It does not check
// facets (patterns, dates); call validate() first for that.
Result<std::vector<LearningAgreement>> parse_learning_agreements(std::string_view xml);

}  // namespace orbis::interop
