#include "interop/xml_reader.h"

#include <fmt/format.h>

#include <charconv>

#include "interop/xml_support.h"

namespace orbis::interop::xml {
namespace {

std::string_view trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

void Reader::report(const xmlNode* node, std::string_view problem) {
  if (error_) return;
  error_ = Error::invalid(fmt::format("{} line {}: {}", what_, line_of(node), problem));
}

std::string Reader::text(const xmlNode* node) {
  if (node == nullptr) return {};
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      report(child,
             fmt::format("<{}> must hold text, not <{}>", local_name(node), local_name(child)));
      return {};
    }
  }
  return text_of(node);
}

std::int64_t Reader::integer(const xmlNode* node, std::int64_t min, std::int64_t max) {
  if (node == nullptr) return min;
  const std::string raw = text(node);
  std::string_view value = trimmed(raw);
  if (value.starts_with('+')) value.remove_prefix(1);
  std::int64_t number = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size() || number < min ||
      number > max) {
    report(node, fmt::format("<{}> is \"{}\", not a whole number from {} to {}", local_name(node),
                             raw, min, max));
    return min;
  }
  return number;
}

std::optional<std::string> Reader::own_lang(const xmlNode* node) {
  xmlAttr* attribute =
      xmlHasNsProp(node, reinterpret_cast<const xmlChar*>("lang"), XML_XML_NAMESPACE);
  if (attribute == nullptr) return std::nullopt;
  xmlChar* value = xmlNodeListGetString(node->doc, attribute->children, 1);
  std::string lang = value == nullptr ? "" : reinterpret_cast<const char*>(value);
  xmlFree(value);
  return lang;
}

Children::Children(Reader& reader, const xmlNode* parent)
    : reader_(reader), parent_(parent), next_(parent == nullptr ? nullptr : parent->children) {
  skip();
}

const xmlNode* Children::take(const char* ns, std::string_view name) {
  if (!is_element(next_, ns, name)) return nullptr;
  const xmlNode* node = next_;
  next_ = next_->next;
  skip();
  return node;
}

const xmlNode* Children::require(const char* ns, std::string_view name) {
  const xmlNode* node = take(ns, name);
  if (node == nullptr && parent_ != nullptr) {
    reader_.report(next_ != nullptr ? next_ : parent_,
                   next_ != nullptr ? fmt::format("<{}> where <{}> was expected in <{}>",
                                                  local_name(next_), name, local_name(parent_))
                                    : fmt::format("<{}> lacks <{}>", local_name(parent_), name));
  }
  return node;
}

std::optional<std::string> Children::optional_text(const char* ns, std::string_view name) {
  const xmlNode* node = take(ns, name);
  return node == nullptr ? std::nullopt : std::optional(reader_.text(node));
}

std::string Children::required_text(const char* ns, std::string_view name) {
  return reader_.text(require(ns, name));
}

void Children::skip_all(const char* ns, std::string_view name) {
  while (take(ns, name) != nullptr) {
  }
}

void Children::finish() {
  if (next_ != nullptr) {
    reader_.report(next_, fmt::format("unexpected element <{}> in <{}>", local_name(next_),
                                      local_name(parent_)));
  }
}

void Children::skip() {
  while (next_ != nullptr && next_->type != XML_ELEMENT_NODE) {
    if (next_->type == XML_TEXT_NODE || next_->type == XML_CDATA_SECTION_NODE) {
      const std::string_view text =
          next_->content ? reinterpret_cast<const char*>(next_->content) : "";
      if (text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
        reader_.report(next_,
                       fmt::format("text is not allowed directly in <{}>", local_name(parent_)));
      }
    }
    next_ = next_->next;
  }
}

}  // namespace orbis::interop::xml
