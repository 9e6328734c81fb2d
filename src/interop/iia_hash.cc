#include "interop/iia_hash.h"

#include <fmt/format.h>

#include <array>

#include "common/crypto.h"
#include "interop/iia_walk.h"
#include "interop/xml_support.h"

namespace orbis::interop {
namespace {

// The stylesheet selects by local-name() only, so namespaces play no part below.

std::string_view name_of(const xmlNode* node) {
  return node != nullptr && node->type == XML_ELEMENT_NODE ? xml::local_name(node)
                                                           : std::string_view();
}

const xmlNode* element_parent(const xmlNode* node) {
  const xmlNode* parent = node->parent;
  return parent != nullptr && parent->type == XML_ELEMENT_NODE ? parent : nullptr;
}

bool has_element_children(const xmlNode* node) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) return true;
  }
  return false;
}

bool is_true(const std::optional<std::string>& value) { return value == "true" || value == "1"; }

// @not-yet-defined='true' or '1' (an attribute in no namespace).
bool not_yet_defined(const xmlNode* node) {
  return is_true(xml::attribute(node, "not-yet-defined"));
}

std::string attribute_value(const xmlAttr* attribute) {
  xmlChar* value = xmlNodeListGetString(attribute->doc, attribute->children, 1);
  std::string text = value == nullptr ? "" : reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

// ewp:dumpElement: "_name=value_", where an isced-f-code's value is its @v6-value when
// that is non-empty.
void dump_element(std::string& out, std::string_view name, const xmlNode* element) {
  std::string value;
  if (element != nullptr) {
    value = xml::text_of(element);
    if (name_of(element) == "isced-f-code") {
      if (auto v6 = xml::attribute(element, "v6-value"); v6 && !v6->empty()) value = *v6;
    }
  }
  fmt::format_to(std::back_inserter(out), "_{}={}_", name, value);
}

template <typename Visit>
void for_each_element(const xmlNode* first, Visit&& visit) {
  for (const xmlNode* node = first; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE) visit(node);
  }
}

const xmlNode* first_child_named(const xmlNode* parent, std::string_view name) {
  for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (node->type == XML_ELEMENT_NODE && xml::local_name(node) == name) return node;
  }
  return nullptr;
}

// One descendant of a mobility specification (the stylesheet's inner for-each over .//*),
// then its descendants in document order. `hidden` says an ancestor already excludes it:
// it lies inside a sending/receiving contact or under @not-yet-defined.
void dump_descendants(std::string& out, const xmlNode* parent, bool inside_contact,
                      bool under_nyd) {
  for_each_element(parent->children, [&](const xmlNode* node) {
    const std::string_view name = xml::local_name(node);
    const bool nyd = under_nyd || not_yet_defined(node);
    const bool excluded = inside_contact || nyd || name == "receiving-first-academic-year-id" ||
                          name == "receiving-last-academic-year-id";
    if (!excluded) {
      const xmlNode* up = element_parent(node);
      const xmlNode* up2 = up == nullptr ? nullptr : element_parent(up);
      for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
        const std::string_view attr_name = reinterpret_cast<const char*>(attr->name);
        if (attr->ns == nullptr && (attr_name == "not-yet-defined" || attr_name == "v6-value"))
          continue;
        fmt::format_to(std::back_inserter(out), "_@{}.{}.{}.{}={}@_", name_of(up2), name_of(up),
                       name, attr_name, attribute_value(attr));
      }
      if (!has_element_children(node)) {
        dump_element(out, fmt::format("{}.{}.{}", name_of(up2), name_of(up), name), node);
      }
    }
    const bool contact = name == "sending-contact" || name == "receiving-contact";
    dump_descendants(out, node, inside_contact || contact, nyd);
  });
}

// Saxon's XML output method escapes these in text, and the oracle hashes the escaped form:
// & < > as entities, CR as &#xD;, and (for readability, as Saxon does in XML 1.0 output)
// DEL, the C1 controls and LINE SEPARATOR as lower-case hex character references.
std::string serialise_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    switch (byte) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '\r':
        out += "&#xD;";
        continue;
      case 0x7F:
        out += "&#x7f;";
        continue;
      default:
        break;
    }
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {  // U+0080 … U+009F
      out += fmt::format("&#x{:x};", next);
      ++i;
    } else if (text.substr(i, 3) == "\xE2\x80\xA8") {  // U+2028
      out += "&#x2028;";
      i += 2;
    } else {
      out += static_cast<char>(byte);
    }
  }
  return out;
}

std::string text_to_hash(const xmlNode* iia, bool any_terminated) {
  std::string out;
  if (any_terminated) out += "_@terminated-as-a-whole@_";
  int position = 0;
  for_each_element(iia->children, [&](const xmlNode* partner) {
    if (xml::local_name(partner) != "partner") return;
    ++position;
    dump_element(out, fmt::format("iia-id_{}", position), first_child_named(partner, "iia-id"));
  });
  // ancestor-or-self::*[@not-yet-defined='true'] reaches above the specification too.
  bool above_nyd = false;
  for (const xmlNode* node = iia; node != nullptr; node = element_parent(node))
    above_nyd = above_nyd || not_yet_defined(node);
  for_each_element(iia->children, [&](const xmlNode* conditions) {
    if (xml::local_name(conditions) != "cooperation-conditions") return;
    const bool conditions_nyd = above_nyd || not_yet_defined(conditions);
    for_each_element(conditions->children, [&](const xmlNode* spec) {
      dump_descendants(out, spec, false, conditions_nyd || not_yet_defined(spec));
      dump_element(out, "receiving-first-academic-year-id",
                   first_child_named(spec, "receiving-first-academic-year-id"));
      dump_element(out, "receiving-last-academic-year-id",
                   first_child_named(spec, "receiving-last-academic-year-id"));
    });
  });
  return serialise_text(out);
}

template <typename Visit>
void for_each_descendant(const xmlNode* node, Visit&& visit) {
  for_each_element(node, [&](const xmlNode* element) {
    visit(element);
    for_each_descendant(element->children, visit);
  });
}

}  // namespace

Result<std::vector<std::string>> iia_hash_texts_of_xml(std::string_view get_response_xml) {
  auto doc = xml::parse_document(get_response_xml, "IIA get-response");
  if (!doc) return fail(doc.error());
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (!xml::is_element(root, kIiasGetResponseNs, "iias-get-response")) {
    return fail(Error::invalid(
        fmt::format("not an IIA v7 get-response: the root element is <{}> in namespace \"{}\"",
                    xml::local_name(root), xml::namespace_uri(root))));
  }
  // //*[local-name()='cooperation-conditions']/@terminated-as-a-whole is evaluated from
  // the document root, so one terminated agreement marks every agreement in the document.
  bool any_terminated = false;
  std::vector<const xmlNode*> iias;
  for_each_descendant(root, [&](const xmlNode* element) {
    const std::string_view name = xml::local_name(element);
    if (name == "iia") iias.push_back(element);
    if (name == "cooperation-conditions") {
      for (const xmlAttr* attr = element->properties; attr != nullptr; attr = attr->next) {
        if (std::string_view(reinterpret_cast<const char*>(attr->name)) != "terminated-as-a-whole")
          continue;
        const std::string value = attribute_value(attr);
        any_terminated = any_terminated || value == "true" || value == "1";
      }
    }
  });
  std::vector<std::string> texts;
  texts.reserve(iias.size());
  for (const xmlNode* iia : iias) texts.push_back(text_to_hash(iia, any_terminated));
  return texts;
}

Result<std::vector<std::string>> iia_hashes_of_xml(std::string_view get_response_xml) {
  auto texts = iia_hash_texts_of_xml(get_response_xml);
  if (!texts) return fail(texts.error());
  std::vector<std::string> hashes;
  hashes.reserve(texts->size());
  for (const std::string& text : *texts) hashes.push_back(crypto::sha256_hex(text));
  return hashes;
}

Result<std::string> iia_hash(const Iia& iia) {
  // The hash element lies outside cooperation-conditions, so a placeholder does not
  // change the text; a valid Sha256Hex keeps the intermediate document schema-valid.
  const std::array<std::string, 1> placeholder = {std::string(64, '0')};
  auto xml = detail::write_get_response(std::span<const Iia>(&iia, 1), placeholder);
  if (!xml) return fail(xml.error());
  auto hashes = iia_hashes_of_xml(*xml);
  if (!hashes)
    return fail(
        Error::internal("the IIA Orbis wrote does not read back: " + hashes.error().message));
  return hashes->front();
}

}  // namespace orbis::interop
