// Files people upload (an agreement's attachments, a scholar case's documents): the kinds
// accepted, with their bytes checked against the type declared, and the file's name.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>

#include "common/error.h"

namespace orbis::service {

// The largest file accepted.
inline constexpr std::size_t kMaxFileBytes = 10 << 20;  // 10 MiB

// Checks an upload before it is stored: resource_exhausted over kMaxFileBytes;
// invalid_argument for an empty file, a name that is not plain (trimmed here: at most 200
// characters of UTF-8 without a slash, backslash, quote or line break), a type other than
// application/pdf, image/png, image/jpeg or text/plain, or bytes that are not of that type (a
// "PDF" that is not one is refused rather than stored and served back to someone's browser).
Status check_upload(std::string& filename, const std::string& content_type,
                    const std::string& content);

}  // namespace orbis::service
