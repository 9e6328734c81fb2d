#include "service/support/uploads.h"

#include <fmt/format.h>

#include <string_view>

#include "common/text.h"

namespace orbis::service {
namespace {

Status check_content(const std::string& content_type, const std::string& content) {
  const auto starts = [&](std::string_view magic) { return content.starts_with(magic); };
  bool ok = false;
  if (content_type == "application/pdf")
    ok = starts("%PDF-");
  else if (content_type == "image/png")
    ok = starts("\x89PNG\r\n\x1a\n");
  else if (content_type == "image/jpeg")
    ok = starts("\xFF\xD8\xFF");
  else if (content_type == "text/plain")
    ok = text::valid_utf8(content) && content.find('\0') == std::string::npos;
  else {
    return fail(Error::invalid(
        "this kind of file is not accepted",
        {{"content-type", "send application/pdf, image/png, image/jpeg or text/plain"}}));
  }
  if (!ok) {
    return fail(
        Error::invalid("the file's content does not match its type",
                       {{"content-type", fmt::format("the bytes are not {}", content_type)}}));
  }
  return {};
}

}  // namespace

Status check_upload(std::string& filename, const std::string& content_type,
                    const std::string& content) {
  if (content.size() > kMaxFileBytes) return fail(Error::exhausted("a file has at most 10 MiB"));
  if (content.empty())
    return fail(Error::invalid("the file is empty", {{"body", "send the file's bytes"}}));
  filename = std::string(text::trim(filename));
  if (filename.empty() || filename.size() > 200 || !text::valid_utf8(filename) ||
      filename.find_first_of("/\\\"\r\n") != std::string::npos) {
    return fail(Error::invalid("the file needs a plain name",
                               {{"x-filename", "a name like signed-agreement.pdf"}}));
  }
  return check_content(content_type, content);
}

}  // namespace orbis::service
