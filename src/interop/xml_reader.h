// Internal: reading a parsed document into a model in schema order, keeping the first
// problem with its line. Shared by the learning-agreement and transcript readers. Not part
// of the layer's public API.
//
// Thread-safety: a Reader and its cursors are used by one thread.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::interop::xml {

// Keeps the first problem found while reading; later ones are consequences. `what` names
// the document in messages ("omobility-las get-response line 12: …").
class Reader {
 public:
  explicit Reader(std::string what) : what_(std::move(what)) {}

  void report(const xmlNode* node, std::string_view problem);
  const std::optional<Error>& error() const { return error_; }

  // The text of an element that must hold only text (verbatim); "" for nullptr.
  std::string text(const xmlNode* node);
  // An xs:integer within [min, max]; `min` (and a problem) when it is not.
  std::int64_t integer(const xmlNode* node, std::int64_t min, std::int64_t max);
  // The element's own xml:lang (not one inherited from an ancestor).
  static std::optional<std::string> own_lang(const xmlNode* node);

 private:
  std::string what_;
  std::optional<Error> error_;
};

// The element children of one element, consumed in schema order. Comments, processing
// instructions and whitespace are skipped; other text between elements is a problem.
class Children {
 public:
  Children(Reader& reader, const xmlNode* parent);
  // The next child if it is `name` in `ns`, else nullptr.
  const xmlNode* take(const char* ns, std::string_view name);
  // As take(), but reports a problem when the next child is not `name`.
  const xmlNode* require(const char* ns, std::string_view name);
  std::optional<std::string> optional_text(const char* ns, std::string_view name);
  std::string required_text(const char* ns, std::string_view name);
  // Skips every next child called `name` in `ns` (elements the model does not map).
  void skip_all(const char* ns, std::string_view name);
  // Reports the first child not consumed.
  void finish();

 private:
  void skip();
  Reader& reader_;
  const xmlNode* parent_;
  const xmlNode* next_;
};

}  // namespace orbis::interop::xml
