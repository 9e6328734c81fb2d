// Offline XML Schema validation of EWP documents with libxml2.
// Thread-safety: validate() may be called concurrently; compiled schemas are cached
// process-wide behind a mutex and shared read-only.
#pragma once

#include <filesystem>
#include <string_view>

#include "common/error.h"

namespace orbis::interop {

// Validates `xml` against the schema at `schema_root / schema` (e.g. schema_root =
// <repo>/data/ewp/schemas, schema = "ewp-specs-api-iias-v7.0.0/endpoints/get-response.xsd").
// Imports resolve through relative paths and `schema_root/catalog.xml` (OASIS catalog,
// `system` entries); the network is never used and an import outside the catalog fails.
// The document itself is parsed XXE-safe (no DTDs, no entity expansion).
// Fails with:
//   invalid_argument — the document is malformed or not valid; the message names the
//                      line and the first problem, e.g. "line 12: Element '…': This element
//                      is not expected." — or `schema` is absolute or climbs out with "..";
//   not_found        — no such schema file under schema_root;
//   internal         — the schema itself does not compile (a broken schema folder).
Status validate(std::string_view xml, const std::filesystem::path& schema_root,
                std::string_view schema);

}  // namespace orbis::interop
