// IIA v7 get-response documents: writing Orbis's agreements, reading a partner's.
// Thread-safety: all functions are safe to call concurrently; no shared mutable state.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "interop/iia.h"

namespace orbis::interop {

// Writes an `iias-get-response` (namespace kIiasGetResponseNs; contact, phone-number and
// address types under the prefixes c:, p:, a:) holding `iias` in order. Each iia carries
// the iia-hash the official stylesheet computes over this document (iia_hashes_of_xml of
// the output; the same as iia_hash() of the agreement unless another agreement of the
// document is terminated-as-a-whole, see iia_hash.h); Iia::iia_hash is ignored. Output is
// deterministic: UTF-8, two-space indentation, elements in schema order. Fails with
// invalid_argument naming the field (e.g. "iia[1]/partner[2]/hei-id is empty") when a value breaks
// the schema: a missing required value, a malformed code or level, text that XML cannot hold.
Result<std::string> to_get_response_xml(std::span<const Iia> iias);

// Reads a partner's `iias-get-response` (IIA v7) into the model, one Iia per `iia`
// element, with Iia::iia_hash as received. Reads the bytes as UTF-8 (EWP's encoding), rejects
// DTDs and entity declarations (XXE) and never reads the network. Fails with invalid_argument
// naming the line when the document is malformed, is not a v7 get-response, or breaks the schema's
// structure. Comments and whitespace between elements are ignored; element text is kept verbatim.
Result<std::vector<Iia>> parse_get_response(std::string_view xml);

}  // namespace orbis::interop
