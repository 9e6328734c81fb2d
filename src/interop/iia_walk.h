// Internal: walks an Iia in schema order, element by element, for the XML writer and for
// compare(). One walk keeps the two consistent. Not part of the layer's public API.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "interop/iia.h"

namespace orbis::interop::detail {

enum class XmlNs { iias, contact, phone, address };

struct XmlAttribute {
  std::string name;  // as written: "xml:lang", "not-yet-defined"
  std::string value;
};
using XmlAttributes = std::vector<XmlAttribute>;

class IiaSink {
 public:
  virtual ~IiaSink() = default;
  virtual void open(XmlNs ns, std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void leaf(XmlNs ns, std::string_view name, std::string_view value,
                    const XmlAttributes& attributes) = 0;
  virtual void close(XmlNs ns, std::string_view name) = 0;
};

// Emits the `iia` element of `iia`, writing `hash` as its iia-hash.
void walk_iia(const Iia& iia, std::string_view hash, IiaSink& sink);

}  // namespace orbis::interop::detail

namespace orbis::interop::detail {

// Writes an iias-get-response with `iias[i]` carrying `hashes[i]` as its iia-hash.
// REQUIRES: iias.size() == hashes.size(). Fails with invalid_argument when a value breaks
// the schema in a way the model cannot express (see to_get_response_xml).
Result<std::string> write_get_response(std::span<const Iia> iias,
                                       std::span<const std::string> hashes);

}  // namespace orbis::interop::detail

namespace orbis::interop::detail {

// Follows a walk and names each element by its path from the walk's root, with a 1-based
// index on the elements the schema lets repeat: "partner[2]/hei-id",
// "cooperation-conditions/student-studies-mobility-spec[1]/eqf-level[2]".
class PathTracker {
 public:
  PathTracker();
  void open(std::string_view name);
  void close();
  // The path of a child element `name` of the current element; counts it as seen.
  std::string child(std::string_view name);
  // The path of the current element ("" at the root).
  const std::string& current() const { return frames_.back().path; }

 private:
  struct Frame {
    std::string path;
    std::vector<std::pair<std::string, int>> seen;
  };
  std::vector<Frame> frames_;
};

}  // namespace orbis::interop::detail
