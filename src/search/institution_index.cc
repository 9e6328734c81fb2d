#include "search/institution_index.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "common/text.h"

namespace orbis::search {
namespace {

using domain::InstitutionType;
using domain::NameKind;

// Score parts. A tier says how a name matched; within a tier the remaining parts order
// the hits, and no sum of them reaches the next tier.
constexpr double kTierWeight = 10.0;
constexpr int kPartial = 0, kAllWords = 1, kPrefix = 2, kExact = 3, kDomain = 4;
constexpr double kCoverageWeight = 0.5;  // share of the name's words the query covers
constexpr double kContiguousBonus =
    0.5;  // the query stands in the name as typed (西湖 in 西湖大学)
constexpr double kPrimaryNameBonus = 0.1;  // the display or Chinese name, not an alias
// Prominence, for names many institutions share ("oxford", "MIT"): research universities
// are also research funders in ROR, and old institutions are the ones people mean.
constexpr double kFunderBonus = 0.15;
constexpr double kAgeBonus = 0.15;  // at most, for 500 years and more
constexpr int kAgeReferenceYear = 2030;
constexpr double kNameCountBonus = 0.03;  // per other name (alias, acronym, label), at most 5
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
  if (std::find(in.types.begin(), in.types.end(), InstitutionType::funder) != in.types.end())
    bonus += kFunderBonus;
  if (in.established)
    bonus += kAgeBonus * std::clamp((kAgeReferenceYear - *in.established) / 500.0, 0.0, 1.0);
  bonus += kNameCountBonus * static_cast<double>(std::min<std::size_t>(in.names.size(), 5));
  return bonus;
}

double type_boost(const std::vector<InstitutionType>& types) {
  double best = 0;
  for (const auto t : types) {
    switch (t) {
      case InstitutionType::education:
        best = std::max(best, 0.3);
        break;
      case InstitutionType::government:
      case InstitutionType::funder:
      case InstitutionType::healthcare:
      case InstitutionType::nonprofit:
      case InstitutionType::company:
        best = std::max(best, 0.1);
        break;
      default:
        break;
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
    std::uint32_t first_name = 0;            // global id of names[0]
  };
  struct Posting {
    std::uint32_t doc;
    std::uint32_t name;  // global name id: docs[doc].first_name + index in docs[doc].names
  };

  // Per-thread scratch for one query, indexed by global name id and by doc; an epoch
  // stamp marks what belongs to the current pass, so nothing is cleared between queries.
  struct Scratch {
    std::uint32_t epoch = 0;
    std::vector<std::uint32_t> name_epoch;
    std::vector<float> sum;
    std::vector<std::uint16_t> matched;
    std::vector<std::int16_t> last_word;
    std::vector<std::uint32_t> name_doc;
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> doc_epoch;
    std::vector<float> doc_best;
    std::vector<std::uint32_t> doc_name;
    std::vector<std::uint32_t> touched_docs;

    void start(std::size_t names, std::size_t doc_count) {
      if (name_epoch.size() < names) {
        name_epoch.resize(names, 0);
        sum.resize(names);
        matched.resize(names);
        last_word.resize(names);
        name_doc.resize(names);
      }
      if (doc_epoch.size() < doc_count) {
        doc_epoch.resize(doc_count, 0);
        doc_best.resize(doc_count);
        doc_name.resize(doc_count);
      }
      if (++epoch == 0) {  // wrapped: forget every old stamp
        std::fill(name_epoch.begin(), name_epoch.end(), 0);
        std::fill(doc_epoch.begin(), doc_epoch.end(), 0);
        epoch = 1;
      }
      touched.clear();
      touched_docs.clear();
    }
  };
  std::uint32_t total_names = 0;

  std::vector<Doc> docs;
  std::unordered_map<std::int64_t, std::uint32_t> doc_of_id;
  std::map<std::string, std::uint32_t, std::less<>> vocabulary;  // word -> word id, in order
  // The same words hashed, keyed by the map's own (stable) keys: most words an institution
  // brings are in the vocabulary already, and this finds them without walking the tree.
  std::unordered_map<std::string_view, std::uint32_t> word_ids;
  std::vector<std::vector<Posting>> postings;  // by word id
  std::vector<std::string> word_text;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> words_by_trigram;
  std::unordered_map<std::string, std::uint32_t> doc_of_domain;
  std::unordered_map<std::string, std::vector<std::uint32_t>> docs_of_domain_label;
  std::size_t alive = 0;

  std::uint32_t word_id(const std::string& word) {
    if (const auto known = word_ids.find(word); known != word_ids.end()) return known->second;
    const auto [it, inserted] =
        vocabulary.try_emplace(word, static_cast<std::uint32_t>(word_text.size()));
    if (inserted) {
      word_ids.emplace(std::string_view(it->first), it->second);
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
    doc.first_name = total_names;
    doc.country = in.country;
    doc.types = in.types;
    // Withdrawn and inactive records stay findable but rank below living ones.
    doc.boost = type_boost(in.types) + prominence(in) - (in.status == "active" ? 0.0 : 0.5);
    doc.sort_key = text::fold_for_search(in.name);
    doc.domains = in.domains;
    for (const auto& d : in.domains) {
      doc.domain_labels.push_back(d.substr(0, d.find('.')));
      docs_of_domain_label[doc.domain_labels.back()].push_back(
          static_cast<std::uint32_t>(docs.size()));
    }
    const auto add_name = [&](const std::string& name, NameKind kind) {
      if (name.empty() || doc.names.size() >= 0xFFFF) return;
      const std::string folded = text::fold_for_search(name);
      if (folded.empty()) return;
      for (const auto& existing : doc.names) {
        if (existing.folded == folded) return;
      }
      const auto words = words_of(folded);
      const auto name_index = doc.first_name + static_cast<std::uint32_t>(doc.names.size());
      doc.names.push_back(
          {name, folded, without_spaces(folded), kind, static_cast<std::uint16_t>(words.size())});
      // A name has a few words: a word repeated in it is found by looking back.
      std::vector<std::uint32_t> seen;
      seen.reserve(words.size());
      for (const auto& w : words) {
        const auto id = word_id(w);
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        postings[id].push_back({doc_index, name_index});
      }
    };
    add_name(in.name, NameKind::display);
    add_name(in.name_zh, NameKind::zh);
    for (const auto& n : in.names) add_name(n.name, n.kind);
    for (const auto& d : in.domains) doc_of_domain[d] = doc_index;
    total_names += static_cast<std::uint32_t>(doc.names.size());
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
      if (const auto it = doc_of_domain.find(d);
          it != doc_of_domain.end() && it->second == doc_index) {
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
    if (const auto it = word_ids.find(query_word); it != word_ids.end()) {
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

  struct Candidate {
    double score;
    std::uint32_t doc;
    std::uint32_t name;  // global name id that matched best
  };

  const Name& name_of(std::uint32_t doc, std::uint32_t global) const {
    return docs[doc].names[global - docs[doc].first_name];
  }

  Page page_of(std::vector<Candidate> hits, const Query& q) const {
    Page page;
    page.total = hits.size();
    if (q.offset >= hits.size()) return page;
    const auto better = [&](const Candidate& a, const Candidate& b) {
      if (a.score != b.score) return a.score > b.score;
      const auto& ka = docs[a.doc].sort_key;
      const auto& kb = docs[b.doc].sort_key;
      if (ka != kb) return ka < kb;
      return docs[a.doc].id < docs[b.doc].id;
    };
    const std::size_t end = std::min(hits.size(), q.offset + q.limit);
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(end), hits.end(),
                      better);
    for (std::size_t i = q.offset; i < end; ++i) {
      page.hits.push_back(
          {docs[hits[i].doc].id, hits[i].score, name_of(hits[i].doc, hits[i].name).original});
    }
    return page;
  }

  Page search(const Query& q) const {
    const std::string folded = text::fold_for_search(q.text);
    std::vector<Candidate> hits;
    if (folded.empty()) {
      for (std::uint32_t d = 0; d < docs.size(); ++d) {
        if (passes_filters(docs[d], q)) hits.push_back({0, d, docs[d].first_name});
      }
      return page_of(std::move(hits), q);
    }

    std::vector<std::uint32_t> domain_docs;
    if (q.text.find('.') != std::string::npos && q.text.find(' ') == std::string::npos) {
      if (auto domain = domain::normalize_domain(q.text)) {
        // Try the domain and its parents: cs.ox.ac.uk finds ox.ac.uk.
        while (domain->find('.') != std::string::npos) {
          if (const auto it = doc_of_domain.find(*domain); it != doc_of_domain.end()) {
            domain_docs.push_back(it->second);
            break;
          }
          domain = domain->substr(domain->find('.') + 1);
        }
      }
    }

    auto words = words_of(folded);
    if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
    const std::string compact_query = without_spaces(folded);
    const bool query_has_cjk = std::any_of(words.begin(), words.end(), is_cjk_word);
    thread_local Scratch scratch;

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
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return volume[a] < volume[b]; });
    const auto collect = [&](std::size_t may_miss) {
      scratch.start(total_names, docs.size());
      const std::uint32_t epoch = scratch.epoch;
      for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k];
        const auto word = static_cast<std::int16_t>(i);
        const bool may_add = k <= may_miss;
        for (const auto& e : expansions[i]) {
          for (const auto& p : postings[e.word]) {
            if (scratch.name_epoch[p.name] != epoch) {
              if (!may_add) continue;
              scratch.name_epoch[p.name] = epoch;
              scratch.sum[p.name] = 0;
              scratch.matched[p.name] = 0;
              scratch.last_word[p.name] = -1;
              scratch.name_doc[p.name] = p.doc;
              scratch.touched.push_back(p.name);
            }
            if (scratch.last_word[p.name] == word) continue;  // a better word matched
            scratch.last_word[p.name] = word;
            scratch.sum[p.name] += static_cast<float>(e.weight);
            ++scratch.matched[p.name];
          }
        }
      }
    };
    // Names with every word; only when there are none, names missing one word (a word
    // mistyped beyond repair still finds the rest).
    const auto word_count = static_cast<std::uint16_t>(words.size());
    const auto doc_of_name = [&](std::uint32_t global) { return scratch.name_doc[global]; };
    collect(0);
    bool any_full = false;
    for (const auto n : scratch.touched) {
      if (scratch.matched[n] == word_count && passes_filters(docs[doc_of_name(n)], q)) {
        any_full = true;
        break;
      }
    }
    if (!any_full && words.size() >= 2) collect(1);

    const std::uint32_t epoch = scratch.epoch;
    const std::vector<std::uint32_t>* label_owners = nullptr;
    if (word_count == 1) {
      if (const auto it = docs_of_domain_label.find(compact_query);
          it != docs_of_domain_label.end()) {
        label_owners = &it->second;
      }
    }
    for (const auto n : scratch.touched) {
      const std::uint16_t matched = scratch.matched[n];
      const bool all = matched == word_count;
      if (!all && (word_count < 2 || matched + 1 < word_count)) continue;
      const auto doc_index = doc_of_name(n);
      const auto& doc = docs[doc_index];
      if (!passes_filters(doc, q)) continue;
      const auto& name = name_of(doc_index, n);
      int tier = all ? kAllWords : kPartial;
      if (all && !name.compact.empty() && name.compact[0] == compact_query[0] &&
          name.compact.starts_with(compact_query)) {
        tier = name.compact == compact_query ? kExact : kPrefix;
      }
      // CJK characters are indexed one by one, so 西湖 also "matches" 湖南省中西医…; a name
      // where they do not stand together ranks with the partial matches.
      if (tier == kAllWords && query_has_cjk &&
          name.compact.find(compact_query) == std::string::npos) {
        tier = kPartial;
      }
      double score =
          tier * kTierWeight + scratch.sum[n] / word_count +
          kCoverageWeight * std::min(1.0, double(matched) / std::max<int>(1, name.word_count)) +
          doc.boost;
      if (name.kind == NameKind::display || name.kind == NameKind::zh) score += kPrimaryNameBonus;
      // One Latin word stands as typed wherever it matched; only several words, or CJK
      // characters indexed one by one, can match apart.
      if (tier <= kAllWords && (word_count > 1 || query_has_cjk) &&
          name.compact.find(compact_query) != std::string::npos) {
        score += kContiguousBonus;
      }
      if (label_owners &&
          std::find(label_owners->begin(), label_owners->end(), doc_index) != label_owners->end()) {
        score += kDomainLabelBonus;
      }
      if (scratch.doc_epoch[doc_index] != epoch) {
        scratch.doc_epoch[doc_index] = epoch;
        scratch.doc_best[doc_index] = static_cast<float>(score);
        scratch.doc_name[doc_index] = n;
        scratch.touched_docs.push_back(doc_index);
      } else if (score > scratch.doc_best[doc_index]) {
        scratch.doc_best[doc_index] = static_cast<float>(score);
        scratch.doc_name[doc_index] = n;
      }
    }
    for (const auto doc_index : domain_docs) {
      const auto& doc = docs[doc_index];
      if (!passes_filters(doc, q)) continue;
      const double score = kDomain * kTierWeight + 1 + doc.boost;
      if (scratch.doc_epoch[doc_index] != epoch) {
        scratch.doc_epoch[doc_index] = epoch;
        scratch.touched_docs.push_back(doc_index);
      }
      scratch.doc_best[doc_index] = static_cast<float>(score);
      scratch.doc_name[doc_index] = doc.first_name;
    }
    hits.reserve(scratch.touched_docs.size());
    for (const auto d : scratch.touched_docs)
      hits.push_back({scratch.doc_best[d], d, scratch.doc_name[d]});
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
