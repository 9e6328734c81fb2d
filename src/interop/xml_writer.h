// Internal: an indented XML writer that checks values on the way and names the first
// offender by its path, and the lexical checks of the XML Schema types EWP documents use.
// Shared by the learning-agreement and transcript writers. Not part of the layer's public API.
//
// Thread-safety: a Writer is used by one thread; the check functions are pure.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::interop::xml {

struct Attribute {
  std::string name;  // as written, with its prefix: "xml:lang", "status"
  std::string value;
};
using Attributes = std::vector<Attribute>;

// A value check: nullopt when `value` is acceptable, otherwise the problem as a phrase that
// follows the field's path ("\"B3\" is not a CEFR level …").
using Check = std::optional<std::string> (*)(std::string_view value);

// Writes elements with two-space indentation into a string. Element names are given as
// written ("trm:term-number"); paths in errors use their local names, with a 1-based
// index on the names in `repeatable` ("la[1]/first-version/components-studied/
// component[2]/credit[1]/value"). After the first problem the writer keeps going but the
// output is to be discarded; error() holds that problem.
class Writer {
 public:
  // `out` receives the elements; `base` prefixes the paths in errors (may be empty);
  // `depth` is the indentation of the first element written.
  Writer(std::string& out, std::string base, std::set<std::string, std::less<>> repeatable,
         int depth);

  void open(std::string_view name, const Attributes& attributes = {});
  // <name>value</name>; `check`, when given, must accept the value.
  void leaf(std::string_view name, std::string_view value, Check check = nullptr,
            const Attributes& attributes = {});
  void optional_leaf(std::string_view name, const std::optional<std::string>& value,
                     Check check = nullptr);
  // <name/> with attributes only.
  void empty(std::string_view name, const Attributes& attributes);
  void close();

  // Reports a problem of the child `name` of the current element (or of the current
  // element when `name` is empty) that the model's shape, not one value, causes.
  void problem(std::string_view name, std::string_view what);

  const std::optional<Error>& error() const { return error_; }

 private:
  std::string child_path(std::string_view name);
  void indent();
  void start_tag(std::string_view name, const Attributes& attributes, const std::string& path);
  void report(const std::string& path, std::string_view what);

  struct Frame {
    std::string name;  // as written
    std::string path;
    std::vector<std::pair<std::string, int>> seen;
  };
  std::string& out_;
  std::string base_;
  std::set<std::string, std::less<>> repeatable_;
  int depth_;
  std::vector<Frame> frames_;
  std::optional<Error> error_;
};

// Lexical checks of XML Schema and EWP simple types (each returns nullopt when valid).
namespace check {
std::optional<std::string> not_empty(std::string_view value);
std::optional<std::string> ascii_identifier(
    std::string_view value);                                       // ewp:AsciiPrintableIdentifier
std::optional<std::string> academic_year(std::string_view value);  // trm:AcademicYearId
std::optional<std::string> date(std::string_view value);           // xs:date
std::optional<std::string> year_month(std::string_view value);     // xs:gYearMonth
std::optional<std::string> date_time(std::string_view value);      // xs:dateTime
std::optional<std::string> decimal(std::string_view value);        // xs:decimal
std::optional<std::string> email(std::string_view value);          // ewp:Email
std::optional<std::string> country(std::string_view value);        // ewp:CountryCode
std::optional<std::string> e164(std::string_view value);
std::optional<std::string> cefr(std::string_view value);      // ewp:CefrLevel, "A1" … "C2", "NS"
std::optional<std::string> http_url(std::string_view value);  // ewp:HTTP
std::optional<std::string> language(std::string_view value);  // xs:language (BCP 47 shape)
}  // namespace check

// True when `value` matches xs:date / xs:gYearMonth (for choosing between elements).
bool is_date(std::string_view value);
bool is_year_month(std::string_view value);

// xs:token's whitespace collapse: runs of space, tab, CR and LF become one space, and
// leading and trailing ones go.
std::string collapse_whitespace(std::string_view value);

}  // namespace orbis::interop::xml
