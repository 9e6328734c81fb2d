#include "http/export/export.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "common/csv.h"
#include "common/text.h"
#include "http/export/xlsx.h"

namespace orbis::http::exports {
namespace {

// The rows an export reads at a time: a list's largest page.
constexpr const char* kPageSize = "100";
// A list whose pages never end (a cursor that comes back) stops here.
constexpr std::size_t kMaxPages = 200'000;

enum class Format { csv, xlsx };

std::string csv_field(const Cell& cell) {
  return csv::escape(cell.kind == Cell::Kind::text ? inert(cell.text) : cell.text);
}

void append_csv_row(std::string& out, const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out.push_back(',');
    out += csv_field(cells[i]);
  }
  out += "\r\n";
}

// "institutions" for /api/v1/institutions, "calls-4-applications" for a call's.
std::string file_stem(const std::string& path) {
  std::string stem;
  for (const auto& part : text::split(path, '/')) {
    if (part.empty() || part == "api" || part == "v1") continue;
    if (!stem.empty()) stem.push_back('-');
    stem += part;
  }
  return stem.empty() ? "export" : stem;
}

// Reads the pages of a list in turn: the request as the list takes it, the cursor moved on.
class Pages {
 public:
  Pages(Request request, const ListExport& list, PageReader read)
      : request_(std::move(request)), read_(std::move(read)) {
    request_.query.erase(kFormatParam);
    request_.query.erase(kLangParam);
    request_.query.erase("cursor");
    request_.query.erase("limit");
    if (list.takes_limit) request_.query["limit"] = kPageSize;
    takes_cursor_ = list.takes_cursor;
  }

  bool done() const { return done_; }

  std::expected<Json, Response> next() {
    auto page = read_(request_);
    if (!page) return std::unexpected(std::move(page.error()));
    ++pages_;
    if (!page->next || !takes_cursor_ || page->next->empty() || *page->next == cursor_ ||
        pages_ >= kMaxPages) {
      done_ = true;
    } else {
      cursor_ = *page->next;
      request_.query["cursor"] = cursor_;
    }
    return std::move(page->items);
  }

 private:
  Request request_;
  PageReader read_;
  bool takes_cursor_ = false;
  bool done_ = false;
  std::string cursor_;
  std::size_t pages_ = 0;
};

Error page_failed(const Response& response) {
  return Error::unavailable(
      fmt::format("the export stopped: a page of the list answered {}", response.status));
}

Response csv_export(const std::shared_ptr<Pages>& pages,
                    const std::shared_ptr<const ListExport>& list, Language language) {
  // The first page before anything is sent, so that bad filters are a problem, not a file.
  auto first = pages->next();
  if (!first) return std::move(first.error());
  std::string head = "\xEF\xBB\xBF";  // a BOM: spreadsheets then read the text as UTF-8
  std::vector<Cell> heading_cells;
  for (auto& text : headings(list->columns, language))
    heading_cells.push_back(Cell{.kind = Cell::Kind::text, .text = std::move(text)});
  append_csv_row(head, heading_cells);
  for (const auto& item : *first) append_csv_row(head, cells_of(item, list->columns));

  Response response;
  response.content_type = kCsvType;
  response.stream = [pages, list, head = std::move(head),
                     sent_head = false]() mutable -> Result<std::optional<std::string>> {
    if (!sent_head) {
      sent_head = true;
      return std::optional<std::string>{std::move(head)};
    }
    if (pages->done()) return std::optional<std::string>{};
    auto items = pages->next();
    if (!items) return fail(page_failed(items.error()));
    std::string chunk;
    for (const auto& item : *items) append_csv_row(chunk, cells_of(item, list->columns));
    return std::optional<std::string>{std::move(chunk)};
  };
  return response;
}

Response xlsx_export(Pages& pages, const ListExport& list, Language language,
                     const std::string& sheet) {
  auto book = Workbook::create();
  if (!book) return problem(book.error());
  std::shared_ptr<Workbook> workbook = std::move(*book);
  if (auto ok = workbook->add_sheet(sheet, headings(list.columns, language)); !ok)
    return problem(ok.error());
  while (!pages.done()) {
    auto items = pages.next();
    if (!items) return std::move(items.error());
    for (const auto& item : *items) {
      if (auto ok = workbook->add_row(cells_of(item, list.columns)); !ok)
        return problem(ok.error());
    }
  }
  if (auto ok = workbook->finish(); !ok) return problem(ok.error());
  Response response;
  response.content_type = kXlsxType;
  response.stream = [workbook] { return workbook->read(); };
  return response;
}

}  // namespace

Language language_of(const Request& request) {
  if (const auto lang = request.query.find(kLangParam); lang != request.query.end())
    return lang->second == "zh" ? Language::zh : Language::en;
  // The highest q among the tags for English or Chinese; the earlier on a tie.
  double best = -1;
  Language chosen = Language::en;
  for (const auto& entry : text::split(request.header("accept-language"), ',')) {
    const auto parts = text::split(entry, ';');
    const std::string tag = text::to_lower_ascii(text::trim(parts.front()));
    double q = 1;
    for (std::size_t i = 1; i < parts.size(); ++i) {
      const auto param = text::trim(parts[i]);
      if (param.starts_with("q=")) q = std::strtod(std::string(param.substr(2)).c_str(), nullptr);
    }
    const bool zh = tag == "zh" || tag.starts_with("zh-");
    const bool en = tag == "en" || tag.starts_with("en-");
    if ((zh || en) && q > best) {
      best = q;
      chosen = zh ? Language::zh : Language::en;
    }
  }
  return chosen;
}

std::optional<Response> export_list(const Request& request,
                                    const std::shared_ptr<const ListExport>& list,
                                    PageReader read) {
  const auto format = request.query.find(kFormatParam);
  if (format == request.query.end()) return std::nullopt;
  Format chosen{};
  if (format->second == "csv") {
    chosen = Format::csv;
  } else if (format->second == "xlsx") {
    chosen = Format::xlsx;
  } else {
    return problem(Error::invalid("the export format is not one Orbis writes",
                                  {{kFormatParam, "csv or xlsx"}}));
  }
  if (const auto lang = request.query.find(kLangParam);
      lang != request.query.end() && lang->second != "en" && lang->second != "zh") {
    return problem(Error::invalid("the language of an export's headings is en or zh",
                                  {{kLangParam, "en or zh"}}));
  }
  const Language language = language_of(request);
  const std::string stem = file_stem(request.path);
  auto pages = std::make_shared<Pages>(request, *list, std::move(read));
  Response response = chosen == Format::csv ? csv_export(pages, list, language)
                                            : xlsx_export(*pages, *list, language, stem);
  if (response.status != 200) return response;
  response.headers.emplace_back(
      "Content-Disposition",
      content_disposition("attachment", stem + (chosen == Format::csv ? ".csv" : ".xlsx")));
  return response;
}

}  // namespace orbis::http::exports
