// Internal helpers over libxml2 shared by the interop engine: safe parsing, error
// capture, element navigation and text escaping. Not part of the layer's public API.
//
// Thread-safety: every function may be called from any thread; libxml2 is initialised
// once (ensure_libxml2) and error capture uses libxml2's per-thread handlers.
#pragma once

#include <libxml/tree.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.h"

namespace orbis::interop::xml {

// The shape a document from outside may have, checked by a linear scan of its bytes before
// libxml2 sees it. libxml2 2.9 compares each attribute of an element with every other one
// and appends each to a list it walks from the head, so one element with 80,000 attributes
// (0.87 MB) costs minutes; it looks a namespace prefix up among all declarations in scope.
// EWP and ELMO documents stay far inside every limit (fewer than 10 attributes and 12
// levels in the official examples).
//
// The largest document the engine accepts; a get-response of a few hundred IIAs is far
// below it.
inline constexpr std::size_t kMaxDocumentBytes = 32 * 1024 * 1024;
// The deepest nesting of elements.
inline constexpr int kMaxDepth = 64;
// The most attributes on one element, namespace declarations included.
inline constexpr int kMaxAttributes = 64;
// The most namespace declarations in scope at once (on an element and its ancestors).
inline constexpr int kMaxNamespacesInScope = 128;

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// Initialises libxml2 once and installs an external-entity loader that never touches
// the network (see schema_validation.cc for the catalog it consults).
void ensure_libxml2();

// While alive, the calling thread's external-entity loads (xs:import / xs:include of a
// schema) resolve system ids through `catalog` (system id → local file); other http(s)
// or ftp addresses fail instead of reaching the network. Local paths load as files.
class ScopedCatalog {
 public:
  explicit ScopedCatalog(const std::map<std::string, std::string>& catalog);
  ~ScopedCatalog();
  ScopedCatalog(const ScopedCatalog&) = delete;
  ScopedCatalog& operator=(const ScopedCatalog&) = delete;

 private:
  const std::map<std::string, std::string>* previous_;
};

// Collects libxml2's structured errors of the calling thread while alive (the first
// error is kept: it is the cause, later ones are consequences) and silences its
// generic stderr output.
class ErrorCapture {
 public:
  ErrorCapture();
  ~ErrorCapture();
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;
  bool any() const { return !first_.empty(); }
  const std::string& first() const { return first_; }  // "line 12: <message>"
  void record(const xmlError* error);
  void note(std::string message);  // an error found outside libxml2 (e.g. a blocked load)

 private:
  ErrorCapture* previous_;
  std::string first_;
};

// Parses `text` as a well-formed XML document without DTDs, entity expansion or network
// access (XXE-safe), in time linear in its size. `what` names the document in error
// messages ("IIA get-response"). Fails with invalid_argument, naming the line, on malformed
// input, a DOCTYPE, more than kMaxDocumentBytes, or an element deeper than kMaxDepth, with
// more than kMaxAttributes or with more than kMaxNamespacesInScope declarations in scope
// (these named with the limit, before libxml2 reads anything).
Result<DocPtr> parse_document(std::string_view text, std::string_view what);

// Validates a document parse_document returned, as interop::validate() does a text
// (schema_validation.h; implemented there), so that a reader parses a document only once.
Status validate_parsed(const xmlDoc& doc, const std::filesystem::path& schema_root,
                       std::string_view schema);

// True when `node` is an element with this local name in namespace `ns`.
bool is_element(const xmlNode* node, const char* ns, std::string_view local_name);
std::string_view local_name(const xmlNode* node);
std::string_view namespace_uri(const xmlNode* node);
// The text of an element's text and CDATA children (its XPath string value when it has
// no element children).
std::string text_of(const xmlNode* node);
// Value of the attribute `name` in no namespace, if present.
std::optional<std::string> attribute(const xmlNode* node, const char* name);
long line_of(const xmlNode* node);

// Escapes character data for element content (& < > and CR) / attribute values
// (also " and tab/newline). Fails with invalid_argument when `text` is not UTF-8 or
// holds a character XML 1.0 forbids; `field` names the value in the message.
Result<std::string> escape_text(std::string_view text, std::string_view field);
Result<std::string> escape_attribute(std::string_view text, std::string_view field);

}  // namespace orbis::interop::xml
