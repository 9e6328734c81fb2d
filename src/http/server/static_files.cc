#include "http/server/static_files.h"

#include <fstream>
#include <sstream>

#include "common/text.h"

namespace orbis::http {
namespace {

std::string_view mime_type(const std::filesystem::path& file) {
  const auto ext = text::to_lower_ascii(file.extension().string());
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

Response StaticFiles::serve(const std::string& path) const {
  for (const auto& segment : text::split(path, '/')) {
    if (segment == ".." || segment.find('\\') != std::string::npos ||
        segment.find('\0') != std::string::npos) {
      return problem(400, "bad_path", "the path may not leave the web root");
    }
  }
  std::filesystem::path file =
      root_ / std::filesystem::path(path.substr(path.find_first_not_of('/') == std::string::npos
                                                    ? path.size()
                                                    : path.find_first_not_of('/')));
  std::error_code ec;
  const bool is_file = std::filesystem::is_regular_file(file, ec);
  if (!is_file) {
    if (std::filesystem::path(path).has_extension())
      return problem(404, "not_found", "no file at " + path);
    file = root_ / "index.html";
  }
  auto content = read_file(file);
  if (!content) {
    Response r;
    r.status = 503;
    r.content_type = "text/plain; charset=utf-8";
    r.body =
        "The web front end is not built. Run scripts/demo, or: cd web && npm ci && npm run build\n"
        "网页前端尚未构建。请运行 scripts/demo。\n";
    return r;
  }
  Response r;
  r.content_type = std::string(mime_type(file));
  r.body = std::move(*content);
  // Vite names assets by content hash, so they never change; index.html must be fresh.
  r.headers.emplace_back("Cache-Control", path.starts_with("/assets/")
                                              ? "public, max-age=31536000, immutable"
                                              : "no-cache");
  return r;
}

}  // namespace orbis::http
