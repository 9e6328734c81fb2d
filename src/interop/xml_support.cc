#include "interop/xml_support.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

namespace orbis::interop::xml {
namespace {

thread_local const std::map<std::string, std::string>* active_catalog = nullptr;
thread_local ErrorCapture* active_capture = nullptr;

bool is_remote(std::string_view url) {
  return url.starts_with("http://") || url.starts_with("https://") || url.starts_with("ftp://");
}

// libxml2 resolves every external entity through this function: schema imports through
// the active catalog, local files as files, and nothing over the network.
xmlParserInputPtr load_entity(const char* url, const char* /*id*/, xmlParserCtxtPtr ctxt) {
  if (url == nullptr) return nullptr;
  std::string target = url;
  if (active_catalog != nullptr) {
    if (auto it = active_catalog->find(target); it != active_catalog->end()) target = it->second;
  }
  if (is_remote(target)) {
    if (active_capture != nullptr) {
      active_capture->note(
          fmt::format("{} is not in the local schema catalog (no network access)", url));
    }
    return nullptr;
  }
  return xmlNewInputFromFile(ctxt, target.c_str());
}

void on_structured_error(void* context, xmlErrorPtr error) {
  static_cast<ErrorCapture*>(context)->record(error);
}

void on_generic_error(void*, const char*, ...) {}

std::string trim_message(const char* message) {
  std::string text = message == nullptr ? "unknown XML error" : message;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

// Decodes one UTF-8 sequence at `i`; returns the code point or -1 when invalid.
long decode_utf8(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  int extra = 0;
  long cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if ((lead & 0xE0) == 0xC0) {
    extra = 1;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3;
    cp = lead & 0x07;
  } else
    return -1;
  if (i + extra >= s.size()) return -1;
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr long kMin[] = {0, 0x80, 0x800, 0x10000};
  if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  i += extra + 1;
  return cp;
}

bool allowed_in_xml(long cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

Result<std::string> escape(std::string_view text, std::string_view field, bool attribute) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const long cp = decode_utf8(text, i);
    if (cp < 0) return fail(Error::invalid(fmt::format("{} is not valid UTF-8", field)));
    if (!allowed_in_xml(cp)) {
      return fail(Error::invalid(
          fmt::format("{} holds the character U+{:04X}, which XML 1.0 does not allow", field, cp)));
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        out.append(text.substr(start, i - start));
    }
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Checks the limits of xml_support.h in one pass over the bytes, without parsing: markup is
// told apart only as far as counting needs (comments, CDATA sections and processing
// instructions are skipped; attribute values are skipped by their quotes). Whether the
// document is well-formed is libxml2's business afterwards.
class ShapeScan {
 public:
  ShapeScan(std::string_view text, std::string_view what) : text_(text), what_(what) {}

  Status run() {
    while (at_ < text_.size()) {
      const std::size_t open = text_.find('<', at_);
      if (open == std::string_view::npos) break;
      advance_to(open);
      if (starts("<!--")) {
        skip_past("-->");
      } else if (starts("<![CDATA[")) {
        skip_past("]]>");
      } else if (starts("<?")) {
        skip_past("?>");
      } else if (starts("<!")) {
        skip_past(">");
      } else if (starts("</")) {
        close_element();
        skip_past(">");
      } else if (auto ok = start_tag(); !ok) {
        return ok;
      }
    }
    return {};
  }

 private:
  bool starts(std::string_view markup) const { return text_.substr(at_).starts_with(markup); }

  // Moves to `to`, counting the lines passed.
  void advance_to(std::size_t to) {
    to = std::min(to, text_.size());
    lines_ += static_cast<long>(std::count(text_.begin() + at_, text_.begin() + to, '\n'));
    at_ = to;
  }
  void skip_past(std::string_view end) {
    const std::size_t found = text_.find(end, at_);
    advance_to(found == std::string_view::npos ? text_.size() : found + end.size());
  }

  void close_element() {
    if (scopes_.empty()) return;
    in_scope_ -= scopes_.back();
    scopes_.pop_back();
  }

  // "the transcript has an element with more than 64 attributes (line 2)"
  Status refuse(long line, std::string_view problem) const {
    return fail(Error::invalid(fmt::format("the {} {} (line {})", what_, problem, line)));
  }

  Status start_tag() {
    const long line = lines_;
    advance_to(at_ + 1);
    while (at_ < text_.size() && !is_space(text_[at_]) && text_[at_] != '>' && text_[at_] != '/')
      advance_to(at_ + 1);
    int attributes = 0;
    int declarations = 0;
    while (at_ < text_.size() && text_[at_] != '>') {
      if (is_space(text_[at_]) || text_[at_] == '/') {
        advance_to(at_ + 1);
        continue;
      }
      const std::size_t name_start = at_;
      while (at_ < text_.size() && text_[at_] != '=' && text_[at_] != '>' && !is_space(text_[at_]))
        ++at_;
      const std::string_view name = text_.substr(name_start, at_ - name_start);
      while (at_ < text_.size() && is_space(text_[at_])) advance_to(at_ + 1);
      if (at_ < text_.size() && text_[at_] == '=') {
        advance_to(at_ + 1);
        while (at_ < text_.size() && is_space(text_[at_])) advance_to(at_ + 1);
        if (at_ < text_.size() && (text_[at_] == '"' || text_[at_] == '\'')) {
          const std::size_t close = text_.find(text_[at_], at_ + 1);
          advance_to(close == std::string_view::npos ? text_.size() : close + 1);
        }
      }
      ++attributes;
      if (name == "xmlns" || name.starts_with("xmlns:")) ++declarations;
      if (attributes > kMaxAttributes) {
        return refuse(line,
                      fmt::format("has an element with more than {} attributes", kMaxAttributes));
      }
    }
    const bool empty_element = at_ > 0 && at_ < text_.size() && text_[at_ - 1] == '/';
    advance_to(at_ + 1);
    if (empty_element) return {};
    scopes_.push_back(declarations);
    in_scope_ += declarations;
    if (static_cast<int>(scopes_.size()) > kMaxDepth) {
      return refuse(line, fmt::format("nests elements deeper than {} levels", kMaxDepth));
    }
    if (in_scope_ > kMaxNamespacesInScope) {
      return refuse(line, fmt::format("has more than {} namespace declarations in scope",
                                      kMaxNamespacesInScope));
    }
    return {};
  }

  std::string_view text_;
  std::string_view what_;
  std::size_t at_ = 0;
  long lines_ = 1;
  std::vector<int> scopes_;  // namespace declarations of each open element
  int in_scope_ = 0;
};

}  // namespace

void ensure_libxml2() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(load_entity);
  });
}

ScopedCatalog::ScopedCatalog(const std::map<std::string, std::string>& catalog)
    : previous_(active_catalog) {
  active_catalog = &catalog;
}

ScopedCatalog::~ScopedCatalog() { active_catalog = previous_; }

ErrorCapture::ErrorCapture() : previous_(active_capture) {
  ensure_libxml2();
  active_capture = this;
  xmlSetStructuredErrorFunc(this, on_structured_error);
  xmlSetGenericErrorFunc(nullptr, on_generic_error);
}

ErrorCapture::~ErrorCapture() {
  active_capture = previous_;
  if (previous_ != nullptr) {
    xmlSetStructuredErrorFunc(previous_, on_structured_error);
  } else {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSetGenericErrorFunc(nullptr, nullptr);
  }
}

void ErrorCapture::note(std::string message) {
  if (first_.empty()) first_ = std::move(message);
}

void ErrorCapture::record(const xmlError* error) {
  if (error == nullptr || !first_.empty() || error->level == XML_ERR_WARNING) return;
  const std::string message = trim_message(error->message);
  first_ = error->line > 0 ? fmt::format("line {}: {}", error->line, message) : message;
}

Result<DocPtr> parse_document(std::string_view text, std::string_view what) {
  if (text.size() > kMaxDocumentBytes) {
    return fail(
        Error::invalid(fmt::format("the {} is larger than {} bytes", what, kMaxDocumentBytes)));
  }
  // EWP documents are UTF-8. Refusing NUL bytes and forcing UTF-8 below also keeps a
  // UTF-16 or EBCDIC document from hiding a DOCTYPE from the check that follows.
  if (text.find('\0') != std::string_view::npos) {
    return fail(Error::invalid(fmt::format("the {} is not UTF-8 text (it holds NUL bytes)", what)));
  }
  if (text.find("<!DOCTYPE") != std::string_view::npos) {
    return fail(Error::invalid(fmt::format(
        "the {} has a DOCTYPE; documents with DTDs or entity declarations are not accepted",
        what)));
  }
  if (auto ok = ShapeScan(text, what).run(); !ok) return fail(ok.error());
  ErrorCapture errors;
  // No XML_PARSE_NOENT (entities stay unexpanded), no DTD loading, no network.
  const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  DocPtr doc(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "document.xml", "UTF-8", options));
  if (doc == nullptr || errors.any()) {
    return fail(Error::invalid(fmt::format("the {} is not well-formed XML: {}", what,
                                           errors.any() ? errors.first() : "empty document")));
  }
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
    return fail(Error::invalid(fmt::format("the {} has a DTD, which is not accepted", what)));
  }
  if (xmlDocGetRootElement(doc.get()) == nullptr) {
    return fail(Error::invalid(fmt::format("the {} has no root element", what)));
  }
  return doc;
}

bool is_element(const xmlNode* node, const char* ns, std::string_view name) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && local_name(node) == name &&
         namespace_uri(node) == std::string_view(ns);
}

std::string_view local_name(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

std::string_view namespace_uri(const xmlNode* node) {
  if (node->ns == nullptr || node->ns->href == nullptr) return {};
  return reinterpret_cast<const char*>(node->ns->href);
}

std::string text_of(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        child->content != nullptr) {
      text += reinterpret_cast<const char*>(child->content);
    } else if (child->type == XML_ELEMENT_NODE || child->type == XML_ENTITY_REF_NODE) {
      text += text_of(child);
    }
  }
  return text;
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

long line_of(const xmlNode* node) { return xmlGetLineNo(node); }

Result<std::string> escape_text(std::string_view text, std::string_view field) {
  return escape(text, field, false);
}

Result<std::string> escape_attribute(std::string_view text, std::string_view field) {
  return escape(text, field, true);
}

}  // namespace orbis::interop::xml
