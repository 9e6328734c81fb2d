#include "http/json/codec.h"

#include <cmath>

namespace orbis::http::json {

Status Reader::finish(std::string_view what) const {
  if (errors_.empty()) return {};
  return fail(Error::invalid(fmt::format("the {} has invalid fields", what), errors_));
}

void Codec<std::string>::read(const Json& in, std::string& v, Reader& r, std::string_view path) {
  if (in.is_string())
    v = in.get<std::string>();
  else
    r.error(std::string(path), "text");
}

void Codec<bool>::read(const Json& in, bool& v, Reader& r, std::string_view path) {
  if (in.is_boolean())
    v = in.get<bool>();
  else
    r.error(std::string(path), "true or false");
}

void Codec<double>::read(const Json& in, double& v, Reader& r, std::string_view path) {
  if (in.is_number() && std::isfinite(in.get<double>()))
    v = in.get<double>();
  else
    r.error(std::string(path), "a number");
}

}  // namespace orbis::http::json
