// Codecs of CSV imports: the raw file a client uploads, the bad rows an import reports and
// what an import of agreements or of the mobility context (stays, a call's applications,
// a course catalogue) did or, in a dry run, would do. Thread-safety: stateless.
#pragma once

#include "http/json/codec.h"
#include "service/mobility/import_outcome.h"
#include "service/partnerships/import.h"
#include "service/support/import.h"

namespace orbis::http::json {

// The body of an upload: the file's bytes as they are, of any media type. Only described:
// the routing framework hands the bytes to the handler (routing::Upload).
struct FileUpload {};

template <>
struct Codec<FileUpload> {
  static Json schema(Schemas& s) {
    s.add("FileUpload", {{"type", "string"}, {"contentMediaType", "application/octet-stream"}});
    return {{"$ref", "#/components/schemas/FileUpload"}};
  }
};

template <>
struct Codec<service::ImportRowError>
    : Object<service::ImportRowError, Codec<service::ImportRowError>> {
  static constexpr std::string_view name = "RowError";
  static constexpr auto fields() {
    using E = service::ImportRowError;
    return std::tuple{Field{"line", &E::line, kPlain, "the 1-based line of the file"},
                      Field{"field", &E::field}, Field{"message", &E::message}};
  }
};

template <>
struct Codec<service::ImportOutcome>
    : Object<service::ImportOutcome, Codec<service::ImportOutcome>> {
  static constexpr std::string_view name = "ImportOutcome";
  static constexpr auto fields() {
    using O = service::ImportOutcome;
    return std::tuple{Field{"dry_run", &O::dry_run},
                      Field{"agreements", &O::agreements, kPlain, "read (dry run) or created"},
                      Field{"conditions", &O::conditions},
                      Field{"errors", &O::errors, kPlain, "every bad row"},
                      Field{"created", &O::created, kPlain, "the agreements created"}};
  }
};

template <>
struct Codec<service::MobilityImportOutcome>
    : Object<service::MobilityImportOutcome, Codec<service::MobilityImportOutcome>> {
  static constexpr std::string_view name = "MobilityImportOutcome";
  static constexpr auto fields() {
    using O = service::MobilityImportOutcome;
    return std::tuple{Field{"dry_run", &O::dry_run}, Field{"rows", &O::rows},
                      Field{"errors", &O::errors, kPlain, "every bad row"},
                      Field{"created", &O::created, kPlain, "the ids of the records written"}};
  }
};

}  // namespace orbis::http::json
