#include "search/institution_index.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "common/text.h"

namespace orbis::search {
namespace {

using domain::InstitutionType;
using domain::NameKind;

// Score parts. A tier says how a name matched; within a tier the remaining parts order
// the hits, and no sum of them reaches the next tier.
constexpr double kTierWeight = 10.0;
constexpr int kPartial = 0, kAllWords = 1, kPrefix = 2, kExact = 3, kDomain = 4;
constexpr double kCoverageWeight = 0.5;   // share of the name's words the query covers
constexpr double kContiguousBonus = 0.5;  // the query stands in the name as typed (西湖 in 西湖大学)
constexpr double kPrimaryNameBonus = 0.1;  // the display or Chinese name, not an alias
// Prominence, for names many institutions share ("oxford", "MIT"): research universities
// are also research funders in ROR, and old institutions are the ones people mean.
constexpr double kFunderBonus = 0.15;
constexpr double kAgeBonus = 0.15;             // at most, for 500 years and more
constexpr int kAgeReferenceYear = 2030;
constexpr double kNameCountBonus = 0.03;       // per other name (alias, acronym, label), at most 5
// A one-word query that is the institution's own domain label ("cornell" for cornell.edu)
// names that institution rather than the others that share the word.
constexpr double kDomainLabelBonus = 0.4;
constexpr double kExactWordWeight = 1.0;
constexpr double kPrefixWordWeight = 0.8;
constexpr double kShortPrefixWordWeight = 0.6;
constexpr double kOneEditWeight = 0.75;
constexpr double kTwoEditsWeight = 0.6;
// How many vocabulary words one query word may expand to by prefix.
constexpr std::size_t kMaxPrefixExpansions = 256;
constexpr std::size_t kMaxShortPrefixExpansions = 64;
constexpr std::size_t kMaxQueryWords = 16;

double prominence(const domain::Institution& in) {
  double bonus = 0;
  if (std::find(in.types.begin(), in.types.end(), InstitutionType::funder) != in.types.end()) bonus += kFunderBonus;
  if (in.established) bonus += kAgeBonus * std::clamp((kAgeReferenceYear - *in.established) / 500.0, 0.0, 1.0);
  bonus += kNameCountBonus * static_cast<double>(std::min<std::size_t>(in.names.size(), 5));
  return bonus;
}

double type_boost(const std::vector<InstitutionType>& types) {
  double best = 0;
  for (const auto t : types) {
    switch (t) {
      case InstitutionType::education: best = std::max(best, 0.3); break;
      case InstitutionType::government:
      case InstitutionType::funder:
      case InstitutionType::healthcare:
      case InstitutionType::nonprofit:
      case InstitutionType::company: best = std::max(best, 0.1); break;
      default: break;
    }
  }
  return best;
}

// Splits folded text into index words: space-separated runs, with every CJK character a
// word of its own (those scripts are written without spaces).
std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) words.push_back(std::move(current));
    current.clear();
  };
  for (const char32_t cp : text::decode(folded)) {
    if (cp == U' ') {
      flush();
    } else if (text::is_cjk(cp)) {
      flush();
      std::string one;
      text::append_utf8(one, cp);
      words.push_back(std::move(one));
    } else {
      text::append_utf8(current, cp);
    }
  }
  flush();
  return words;
}

std::string without_spaces(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

constexpr char32_t kStartPad = 1;
constexpr char32_t kEndPad = 2;

std::vector<std::uint64_t> trigrams_of(std::u32string_view word) {
  std::u32string padded;
  padded.push_back(kStartPad);
  padded.append(word);
  padded.push_back(kEndPad);
  std::vector<std::uint64_t> grams;
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) {
    grams.push_back((std::uint64_t(padded[i]) << 42) | (std::uint64_t(padded[i + 1]) << 21) |
                    std::uint64_t(padded[i + 2]));
  }
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  return grams;
}

bool is_cjk_word(const std::string& word) {
  const auto cps = text::decode(word);
  return cps.size() == 1 && text::is_cjk(cps[0]);
}

}  // namespace

struct InstitutionIndex::Impl {
  struct Name {
    std::string original;
    std::string folded;
    std::string compact;  // folded without spaces: how CJK names compare whole
    NameKind kind;
    std::uint16_t word_count;
  };
  struct Doc {
    InstitutionId id;
    std::string country;
    std::vector<InstitutionType> types;
    double boost = 0;
    bool alive = true;
    std::string sort_key;
    std::vector<Name> names;
    std::vector<std::string> domains;
    std::vector<std::string> domain_labels;  // "cornell" of cornell.edu
  };
  struct Posting {
    std::uint32_t doc;
    std::uint16_t name;
  };

  std::vector<Doc> docs;
  std::unordered_map<std::int64_t, std::uint32_t> doc_of_id;
  std::map<std::string, std::uint32_t, std::less<>> vocabulary;  // word -> word id
  std::vector<std::vector<Posting>> postings;                     // by word id
  std::vector<std::string> word_text;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> words_by_trigram;
  std::unordered_map<std::string, std::uint32_t> doc_of_domain;
  std::size_t alive = 0;

  std::uint32_t word_id(const std::string& word) {
    const auto [it, inserted] = vocabulary.try_emplace(word, static_cast<std::uint32_t>(word_text.size()));
    if (inserted) {
      word_text.push_back(word);
      postings.emplace_back();
      const auto cps = text::decode(word);
      if (cps.size() >= 3 && !text::is_cjk(cps[0])) {
        for (const auto g : trigrams_of(cps)) words_by_trigram[g].push_back(it->second);
      }
    }
    return it->second;
  }

  void add(const domain::Institution& in) {
    if (const auto old = doc_of_id.find(in.id.value); old != doc_of_id.end()) retire(old->second);
    const auto doc_index = static_cast<std::uint32_t>(docs.size());
    Doc doc;
    doc.id = in.id;
    doc.country = in.country;
    doc.types = in.types;
    // Withdrawn and inactive records stay findable but rank below living ones.
    doc.boost = type_boost(in.types) + prominence(in) - (in.status == "active" ? 0.0 : 0.5);
    doc.sort_key = text::fold_for_search(in.name);
    doc.domains = in.domains;
    for (const auto& d : in.domains) doc.domain_labels.push_back(d.substr(0, d.find('.')));
    const auto add_name = [&](const std::string& name, NameKind kind) {
      if (name.empty() || doc.names.size() >= 0xFFFF) return;
      const std::string folded = text::fold_for_search(name);
      if (folded.empty()) return;
      for (const auto& existing : doc.names) {
        if (existing.folded == folded) return;
      }
      const auto words = words_of(folded);
      const auto name_index = static_cast<std::uint16_t>(doc.names.size());
      doc.names.push_back({name, folded, without_spaces(folded), kind,
                           static_cast<std::uint16_t>(words.size())});
      std::unordered_set<std::uint32_t> seen;
      for (const auto& w : words) {
        const auto id = word_id(w);
        if (seen.insert(id).second) postings[id].push_back({doc_index, name_index});
      }
    };
    add_name(in.name, NameKind::display);
    add_name(in.name_zh, NameKind::zh);
    for (const auto& n : in.names) add_name(n.name, n.kind);
    for (const auto& d : in.domains) doc_of_domain[d] = doc_index;
    docs.push_back(std::move(doc));
    doc_of_id[in.id.value] = doc_index;
    ++alive;
  }

  void retire(std::uint32_t doc_index) {
    Doc& doc = docs[doc_index];
    if (!doc.alive) return;
    doc.alive = false;
    --alive;
    for (const auto& d : doc.domains) {
      if (const auto it = doc_of_domain.find(d); it != doc_of_domain.end() && it->second == doc_index) {
        doc_of_domain.erase(it);
      }
    }
    doc_of_id.erase(doc.id.value);
  }

  struct Expansion {
    std::uint32_t word;
    double weight;
  };

  // The vocabulary words a query word stands for, with how well each matches.
  std::vector<Expansion> expand(const std::string& query_word, bool typing) const {
    std::vector<Expansion> out;
    if (const auto it = vocabulary.find(query_word); it != vocabulary.end()) {
      out.push_back({it->second, kExactWordWeight});
    }
    if (is_cjk_word(query_word)) return out;
    const auto cps = text::decode(query_word);
    const bool short_word = cps.size() <= 2;
    if (!short_word || typing) {
      std::vector<std::uint32_t> prefixed;
      for (auto it = vocabulary.upper_bound(query_word);
           it != vocabulary.end() && it->first.starts_with(query_word); ++it) {
        prefixed.push_back(it->second);
      }
      const std::size_t cap = short_word ? kMaxShortPrefixExpansions : kMaxPrefixExpansions;
      if (prefixed.size() > cap) {
        std::partial_sort(prefixed.begin(), prefixed.begin() + cap, prefixed.end(),
                          [&](std::uint32_t a, std::uint32_t b) {
                            return postings[a].size() != postings[b].size()
                                       ? postings[a].size() > postings[b].size()
                                       : a < b;
                          });
        prefixed.resize(cap);
      }
      const double weight = short_word ? kShortPrefixWordWeight : kPrefixWordWeight;
      for (const auto w : prefixed) out.push_back({w, weight});
    }
    const bool known = !out.empty();  // the exact word exists: it is no typo
    if (cps.size() >= 4 && !known) {
      const int max_edits = cps.size() >= 8 ? 2 : 1;
      const auto grams = trigrams_of(cps);
      // A word within d edits shares at least |grams| - 3d of the query's trigrams.
      const int needed = std::max(1, static_cast<int>(grams.size()) - 3 * max_edits);
      std::unordered_map<std::uint32_t, int> shared;
      for (const auto g : grams) {
        if (const auto it = words_by_trigram.find(g); it != words_by_trigram.end()) {
          for (const auto w : it->second) ++shared[w];
        }
      }
      for (const auto& [w, count] : shared) {
        if (count < needed) continue;
        const auto candidate = text::decode(word_text[w]);
        const int d = text::bounded_edit_distance(cps, candidate, max_edits);
        if (d >= 1 && d <= max_edits) out.push_back({w, d == 1 ? kOneEditWeight : kTwoEditsWeight});
      }
    }
    std::sort(out.begin(), out.end(), [](const Expansion& a, const Expansion& b) {
      return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    return out;
  }

  bool passes_filters(const Doc& doc, const Query& q) const {
    if (!doc.alive) return false;
    if (!q.country.empty() && doc.country != q.country) return false;
    if (q.type && std::find(doc.types.begin(), doc.types.end(), *q.type) == doc.types.end()) {
      return false;
    }
    return true;
  }

  Page page_of(std::vector<Hit> hits, const Query& q) const {
    Page page;
    page.total = hits.size();
    const auto better = [&](const Hit& a, const Hit& b) {
      if (a.score != b.score) return a.score > b.score;
      const auto& ka = docs[doc_of_id.at(a.id.value)].sort_key;
      const auto& kb = docs[doc_of_id.at(b.id.value)].sort_key;
      if (ka != kb) return ka < kb;
      return a.id < b.id;
    };
    const std::size_t end = std::min(hits.size(), q.offset + q.limit);
    if (q.offset >= hits.size()) return page;
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(end), hits.end(), better);
    page.hits.assign(hits.begin() + static_cast<std::ptrdiff_t>(q.offset),
                     hits.begin() + static_cast<std::ptrdiff_t>(end));
    return page;
  }

  Page search(const Query& q) const {
    const std::string folded = text::fold_for_search(q.text);
    std::vector<Hit> hits;
    if (folded.empty()) {
      for (const auto& doc : docs) {
        if (passes_filters(doc, q)) hits.push_back({doc.id, 0, doc.names.front().original});
      }
      return page_of(std::move(hits), q);
    }

    std::unordered_set<std::uint32_t> domain_docs;
    if (q.text.find('.') != std::string::npos && q.text.find(' ') == std::string::npos) {
      if (auto domain = domain::normalize_domain(q.text)) {
        // Try the domain and its parents: cs.ox.ac.uk finds ox.ac.uk.
        while (domain->find('.') != std::string::npos) {
          if (const auto it = doc_of_domain.find(*domain); it != doc_of_domain.end()) {
            domain_docs.insert(it->second);
            break;
          }
          domain = domain->substr(domain->find('.') + 1);
        }
      }
    }

    auto words = words_of(folded);
    if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
    const std::string compact_query = without_spaces(folded);
    struct Accumulator {
      double sum = 0;
      std::uint16_t matched = 0;
      std::int16_t last_word = -1;
    };
    // Rarest words first: once more words have been seen than a match may miss, a name
    // that matched none of them cannot qualify, so later (commoner) words only update
    // names already found. This bounds the work by the rarest words' postings.
    std::vector<std::vector<Expansion>> expansions(words.size());
    std::vector<std::size_t> order(words.size());
    std::vector<std::size_t> volume(words.size(), 0);
    for (std::size_t i = 0; i < words.size(); ++i) {
      expansions[i] = expand(words[i], i + 1 == words.size());
      for (const auto& e : expansions[i]) volume[i] += postings[e.word].size();
      order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return volume[a] < volume[b]; });
    const auto collect = [&](std::size_t may_miss) {
      std::unordered_map<std::uint64_t, Accumulator> found;
      for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        const bool may_add = k <= may_miss;
        for (const auto& e : expansions[i]) {
          for (const auto& p : postings[e.word]) {
            const std::uint64_t key = (std::uint64_t(p.doc) << 16) | p.name;
            Accumulator* acc = nullptr;
            if (may_add) {
              acc = &found[key];
            } else if (const auto it = found.find(key); it != found.end()) {
              acc = &it->second;
            } else {
              continue;
            }
            if (acc->last_word == static_cast<std::int16_t>(i)) continue;  // a better word matched
            acc->last_word = static_cast<std::int16_t>(i);
            acc->sum += e.weight;
            ++acc->matched;
          }
        }
      }
      return found;
    };
    // Names with every word; only when there are none, names missing one word (a word
    // mistyped beyond repair still finds the rest).
    auto matches = collect(0);
    const bool any_full = std::any_of(matches.begin(), matches.end(), [&](const auto& m) {
      return m.second.matched == words.size() && passes_filters(docs[m.first >> 16], q);
    });
    if (!any_full && words.size() >= 2) matches = collect(1);

    const auto word_count = static_cast<std::uint16_t>(words.size());
    std::unordered_map<std::uint32_t, Hit> best;
    for (const auto& [key, acc] : matches) {
      const auto doc_index = static_cast<std::uint32_t>(key >> 16);
      const auto& doc = docs[doc_index];
      if (!passes_filters(doc, q)) continue;
      const bool all = acc.matched == word_count;
      if (!all && (word_count < 2 || acc.matched + 1 < word_count)) continue;
      const auto& name = doc.names[key & 0xFFFF];
      int tier = all ? kAllWords : kPartial;
      if (all && name.compact.starts_with(compact_query)) {
        tier = name.compact == compact_query ? kExact : kPrefix;
      }
      double score = tier * kTierWeight + acc.sum / word_count +
                     kCoverageWeight * std::min(1.0, double(acc.matched) / std::max<int>(1, name.word_count)) +
                     doc.boost;
      if (name.kind == NameKind::display || name.kind == NameKind::zh) score += kPrimaryNameBonus;
      if (tier <= kAllWords && name.compact.find(compact_query) != std::string::npos) score += kContiguousBonus;
      if (word_count == 1 && std::find(doc.domain_labels.begin(), doc.domain_labels.end(), compact_query) !=
                                 doc.domain_labels.end()) {
        score += kDomainLabelBonus;
      }
      auto [it, inserted] = best.try_emplace(doc_index, Hit{doc.id, score, name.original});
      if (!inserted && score > it->second.score) it->second = Hit{doc.id, score, name.original};
    }
    for (const auto doc_index : domain_docs) {
      const auto& doc = docs[doc_index];
      if (!passes_filters(doc, q)) continue;
      const double score = kDomain * kTierWeight + 1 + doc.boost;
      best[doc_index] = Hit{doc.id, score, doc.names.front().original};
    }
    hits.reserve(best.size());
    for (auto& [_, hit] : best) hits.push_back(std::move(hit));
    return page_of(std::move(hits), q);
  }
};

InstitutionIndex::InstitutionIndex() : impl_(std::make_unique<Impl>()) {}
InstitutionIndex::~InstitutionIndex() = default;
InstitutionIndex::InstitutionIndex(InstitutionIndex&&) noexcept = default;
InstitutionIndex& InstitutionIndex::operator=(InstitutionIndex&&) noexcept = default;

void InstitutionIndex::upsert(const domain::Institution& institution) { impl_->add(institution); }

void InstitutionIndex::remove(InstitutionId id) {
  if (const auto it = impl_->doc_of_id.find(id.value); it != impl_->doc_of_id.end()) {
    impl_->retire(it->second);
  }
}

Page InstitutionIndex::search(const Query& query) const { return impl_->search(query); }

std::size_t InstitutionIndex::size() const { return impl_->alive; }

}  // namespace orbis::search
