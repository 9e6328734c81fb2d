#include "http/server/message.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace orbis::http {
namespace {

TEST(ContentDisposition, KeepsAPlainNameAsItIs) {
  EXPECT_EQ(content_disposition("attachment", "signed-agreement.pdf"),
            "attachment; filename=\"signed-agreement.pdf\"; "
            "filename*=UTF-8''signed-agreement.pdf");
}

TEST(ContentDisposition, TakesOutLineBreaksQuotesAndOverrides) {
  // A forged header line, a quote that would end the parameter, and U+202E, with which
  // "invoice\u202Efdp.exe" reads as "invoiceexe.pdf".
  EXPECT_EQ(content_disposition("attachment",
                                "a\r\nSet-Cookie: x=1\"\xE2\x80\xAE"
                                "fdp.exe"),
            "attachment; filename=\"aSet-Cookie: x=1\\\"fdp.exe\"; "
            "filename*=UTF-8''aSet-Cookie%3A%20x%3D1%22fdp.exe");
  // Every bidirectional control and every C0 and C1 control goes; backslashes are escaped.
  std::string name = "x";
  for (const char* mark :
       {"\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x81\xA6",
        "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9", "\xE2\x80\x8E", "\xE2\x80\x8F", "\xD8\x9C",
        "\x01", "\x1F", "\x7F", "\xC2\x85", "\t"}) {
    name += mark;
  }
  name += "\\y";
  EXPECT_EQ(content_disposition("inline", name),
            "inline; filename=\"x\\\\y\"; filename*=UTF-8''x%5Cy");
}

TEST(ContentDisposition, GivesOldClientsAnAsciiNameAndNewOnesTheRealOne) {
  EXPECT_EQ(content_disposition("attachment", "合作协议 2026.pdf"),
            "attachment; filename=\"____ 2026.pdf\"; "
            "filename*=UTF-8''%E5%90%88%E4%BD%9C%E5%8D%8F%E8%AE%AE%202026.pdf");
}

TEST(ContentDisposition, NamesWhatHasNoNameLeft) {
  EXPECT_EQ(content_disposition("attachment", "\r\n\xE2\x80\xAE  "),
            "attachment; filename=\"download\"; filename*=UTF-8''download");
}

TEST(Problem, HeadersTooLargeHaveTheirOwnTitle) {
  const auto r = problem(431, "headers_too_large", "the request headers are larger than 16 KiB");
  const auto body = nlohmann::json::parse(r.body);
  EXPECT_EQ(r.status, 431);
  EXPECT_EQ(body["title"], "Request headers too large");
  EXPECT_EQ(r.content_type, "application/problem+json");
}

TEST(Problem, ARetryableErrorSaysWhenToRetry) {
  for (const auto& error : {Error::unavailable("the database is busy"),
                            Error::aborted("another writer changed the same records")}) {
    const auto r = problem(error);
    EXPECT_EQ(r.status, 503);
    const auto retry = std::find_if(r.headers.begin(), r.headers.end(),
                                    [](const auto& h) { return h.first == "Retry-After"; });
    ASSERT_NE(retry, r.headers.end()) << error.message;
    EXPECT_EQ(nlohmann::json::parse(r.body)["type"],
              "urn:orbis:problem:" + std::string(to_string(error.code)));
  }
  const auto state = problem(Error::failed_precondition("the call is closed"));
  EXPECT_EQ(state.status, 409);
  EXPECT_EQ(nlohmann::json::parse(state.body)["type"], "urn:orbis:problem:failed_precondition");
}

}  // namespace
}  // namespace orbis::http
