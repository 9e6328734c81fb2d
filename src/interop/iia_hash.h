// The `iia-hash` of EWP IIAs API v7, computed natively: the same text as the official
// stylesheet transform_version_7.xsl puts in <text-to-hash>, then its SHA-256 in lower-case
// hex. docs/ewp.md describes the algorithm in words.
// Thread-safety: all functions are safe to call concurrently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "interop/iia.h"

namespace orbis::interop {

// The text the official stylesheet hashes for each `iia` element of an iias-get-response
// (v7), in document order, exactly as Saxon serialises it (& < > escaped, CR as &#xD;).
// Follows the stylesheet literally, including its quirk that a `terminated-as-a-whole`
// of true on any agreement marks every agreement of the same document.
// Fails with invalid_argument when the XML is malformed or not a v7 get-response.
Result<std::vector<std::string>> iia_hash_texts_of_xml(std::string_view get_response_xml);

// SHA-256 hex of each of iia_hash_texts_of_xml(): the hashes a partner's document should
// carry in its iia-hash elements.
Result<std::vector<std::string>> iia_hashes_of_xml(std::string_view get_response_xml);

// The iia-hash of one agreement: the hash of the document to_get_response_xml() writes for
// it alone. Equals the partner's hash when both write values in canonical form (e.g.
// mobilities-per-year "2", not "02"). Fails with invalid_argument like to_get_response_xml.
Result<std::string> iia_hash(const Iia& iia);

}  // namespace orbis::interop
