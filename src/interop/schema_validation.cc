#include "interop/schema_validation.h"

#include <fmt/format.h>
#include <libxml/xmlschemas.h>

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "interop/xml_support.h"

namespace orbis::interop {
namespace {

inline constexpr const char* kCatalogNs = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

struct SchemaFree {
  void operator()(xmlSchema* schema) const { xmlSchemaFree(schema); }
};
struct ParserCtxtFree {
  void operator()(xmlSchemaParserCtxt* ctxt) const { xmlSchemaFreeParserCtxt(ctxt); }
};
struct ValidCtxtFree {
  void operator()(xmlSchemaValidCtxt* ctxt) const { xmlSchemaFreeValidCtxt(ctxt); }
};
using SchemaPtr = std::shared_ptr<xmlSchema>;

// The system entries of an OASIS catalog, as system id → absolute local path.
Result<std::map<std::string, std::string>> read_catalog(const std::filesystem::path& schema_root) {
  std::map<std::string, std::string> entries;
  const std::filesystem::path file = schema_root / "catalog.xml";
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return entries;
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) return fail(Error::internal(fmt::format("cannot read {}", file.string())));
  auto doc = xml::parse_document(text.str(), "schema catalog");
  if (!doc) return fail(Error::internal(fmt::format("{}: {}", file.string(), doc.error().message)));
  for (const xmlNode* node = xmlDocGetRootElement(doc->get())->children; node != nullptr;
       node = node->next) {
    if (!xml::is_element(node, kCatalogNs, "system")) continue;
    const auto id = xml::attribute(node, "systemId");
    const auto uri = xml::attribute(node, "uri");
    if (id && uri) entries[*id] = (schema_root / *uri).lexically_normal().string();
  }
  return entries;
}

Result<SchemaPtr> compile(const std::filesystem::path& schema_root,
                          const std::filesystem::path& file) {
  static std::mutex mutex;
  static std::map<std::string, SchemaPtr> cache;
  const std::string key = file.string();
  std::lock_guard lock(mutex);
  if (auto it = cache.find(key); it != cache.end()) return it->second;

  auto catalog = read_catalog(schema_root);
  if (!catalog) return fail(catalog.error());
  xml::ScopedCatalog scoped_catalog(*catalog);
  xml::ErrorCapture errors;
  std::unique_ptr<xmlSchemaParserCtxt, ParserCtxtFree> parser(xmlSchemaNewParserCtxt(key.c_str()));
  if (parser == nullptr) return fail(Error::internal("libxml2 could not create a schema parser"));
  SchemaPtr schema(xmlSchemaParse(parser.get()), SchemaFree());
  if (schema == nullptr) {
    return fail(Error::internal(fmt::format("the schema {} does not compile: {}", key,
                                            errors.any() ? errors.first() : "unknown error")));
  }
  cache.emplace(key, schema);
  return schema;
}

void on_validation_error(void* context, xmlErrorPtr error) {
  static_cast<xml::ErrorCapture*>(context)->record(error);
}

// The compiled schema at `schema_root / schema`, checked to stay under the root.
Result<SchemaPtr> schema_at(const std::filesystem::path& schema_root, std::string_view schema) {
  const std::filesystem::path relative(schema);
  if (schema.empty() || relative.is_absolute()) {
    return fail(Error::invalid(
        fmt::format("schema \"{}\" must be a path relative to the schema folder", schema)));
  }
  for (const auto& part : relative) {
    if (part == "..")
      return fail(Error::invalid(fmt::format("schema \"{}\" must not contain \"..\"", schema)));
  }
  const std::filesystem::path file = (schema_root / relative).lexically_normal();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    return fail(
        Error::not_found(fmt::format("no schema {} under {}", schema, schema_root.string())));
  }
  xml::ensure_libxml2();
  return compile(schema_root, file);
}

Status validate_against(const xmlDoc& doc, const SchemaPtr& compiled, std::string_view schema) {
  xml::ErrorCapture errors;
  std::unique_ptr<xmlSchemaValidCtxt, ValidCtxtFree> validator(
      xmlSchemaNewValidCtxt(compiled.get()));
  if (validator == nullptr)
    return fail(Error::internal("libxml2 could not create a schema validator"));
  xmlSchemaSetValidStructuredErrors(validator.get(), on_validation_error, &errors);
  // Validation without options reads the document and changes nothing in it.
  const int result = xmlSchemaValidateDoc(validator.get(), const_cast<xmlDoc*>(&doc));
  if (result == 0) return {};
  if (result < 0)
    return fail(Error::internal(fmt::format("libxml2 failed while validating against {}", schema)));
  return fail(Error::invalid(fmt::format("the document does not validate against {}: {}", schema,
                                         errors.any() ? errors.first() : "unknown error")));
}

}  // namespace

Status validate(std::string_view xml_text, const std::filesystem::path& schema_root,
                std::string_view schema) {
  auto compiled = schema_at(schema_root, schema);
  if (!compiled) return fail(compiled.error());
  auto doc = xml::parse_document(xml_text, "document");
  if (!doc) return fail(doc.error());
  return validate_against(**doc, *compiled, schema);
}

namespace xml {

Status validate_parsed(const xmlDoc& doc, const std::filesystem::path& schema_root,
                       std::string_view schema) {
  auto compiled = schema_at(schema_root, schema);
  if (!compiled) return fail(compiled.error());
  return validate_against(doc, *compiled, schema);
}

}  // namespace xml

}  // namespace orbis::interop
