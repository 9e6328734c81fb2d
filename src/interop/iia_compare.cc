#include "interop/iia_compare.h"

#include <map>
#include <utility>

#include "interop/iia_walk.h"

namespace orbis::interop {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

// Flattens the walk into (path, value) pairs; the iia element itself is the root.
class Flattener final : public detail::IiaSink {
 public:
  Fields fields;

  void open(detail::XmlNs, std::string_view name,
            const detail::XmlAttributes& attributes) override {
    if (depth_++ == 0) return;  // <iia>: paths start below it
    paths_.open(name);
    add_attributes(attributes, paths_.current());
  }
  void leaf(detail::XmlNs, std::string_view name, std::string_view value,
            const detail::XmlAttributes& attributes) override {
    std::string path = paths_.child(name);
    if (name == "iia-hash") return;
    add_attributes(attributes, path);
    fields.emplace_back(std::move(path), std::string(value));
  }
  void close(detail::XmlNs, std::string_view) override {
    if (--depth_ > 0) paths_.close();
  }

 private:
  void add_attributes(const detail::XmlAttributes& attributes, const std::string& path) {
    for (const auto& attribute : attributes)
      fields.emplace_back(path + "/@" + attribute.name, attribute.value);
  }
  detail::PathTracker paths_;
  int depth_ = 0;
};

Fields flatten(const Iia& iia) {
  Flattener flattener;
  detail::walk_iia(iia, "", flattener);
  return std::move(flattener.fields);
}

}  // namespace

std::vector<FieldDifference> compare(const Iia& ours, const Iia& theirs) {
  Iia aligned = theirs;
  const auto& p = ours.partners;
  const auto& q = theirs.partners;
  if (p[0].hei_id != p[1].hei_id && q[0].hei_id == p[1].hei_id && q[1].hei_id == p[0].hei_id) {
    std::swap(aligned.partners[0], aligned.partners[1]);
  }
  const Fields mine = flatten(ours);
  const Fields other = flatten(aligned);
  std::map<std::string, std::size_t> other_index;
  for (std::size_t i = 0; i < other.size(); ++i) other_index.emplace(other[i].first, i);

  std::vector<FieldDifference> differences;
  std::vector<bool> matched(other.size(), false);
  for (const auto& [path, value] : mine) {
    auto it = other_index.find(path);
    if (it == other_index.end()) {
      differences.push_back({path, value, std::nullopt});
      continue;
    }
    matched[it->second] = true;
    if (other[it->second].second != value)
      differences.push_back({path, value, other[it->second].second});
  }
  for (std::size_t i = 0; i < other.size(); ++i) {
    if (!matched[i]) differences.push_back({other[i].first, std::nullopt, other[i].second});
  }
  return differences;
}

}  // namespace orbis::interop
