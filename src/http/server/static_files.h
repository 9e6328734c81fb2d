// Serving the built web front end. Thread-safety: thread-safe (reads files per request).
#pragma once

#include <filesystem>
#include <optional>

#include "http/server/message.h"

namespace orbis::http {

class StaticFiles {
 public:
  // `root` is the folder Vite built (web/dist); it need not exist, in which case every
  // page says how to build it.
  explicit StaticFiles(std::filesystem::path root);

  // The file for a GET of `path`, with its MIME type and caching headers; for a path with
  // no file extension that is not a file, index.html (the single-page app routes it).
  // 404 for a missing asset, 400 for a path that tries to leave the root.
  Response serve(const std::string& path) const;

 private:
  std::filesystem::path root_;
};

}  // namespace orbis::http
