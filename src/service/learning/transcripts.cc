#include "service/learning/transcripts.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "common/csv.h"
#include "common/text.h"
#include "domain/reference.h"
#include "interop/transcript_xml.h"
#include "service/learning/internal.h"
#include "service/support/transaction.h"

namespace orbis::service {

namespace {

// The results of a transcript file and what it was: "csv" or "elmo".
struct TranscriptFile {
  std::vector<domain::TranscriptEntry> entries;
  std::string source;
};

// A transcript file: CSV (code,title,credits,grade,scale,date) or EWP/ELMO XML.
Result<TranscriptFile> parse_file(std::string_view body, std::string_view content_type,
                                  std::string_view default_scale,
                                  const grades::ScaleRegistry& scales,
                                  const std::filesystem::path& schema_root) {
  std::vector<domain::TranscriptEntry> entries;
  std::string source;
  const bool xml = content_type.find("xml") != std::string_view::npos ||
                   body.starts_with("<?xml") || body.starts_with("<");
  if (xml) {
    source = "elmo";
    auto transcripts = interop::parse_transcripts(body, schema_root);
    if (!transcripts) return fail(transcripts.error());
    // Every graded learning opportunity, modules' parts included.
    std::vector<const interop::LearningOpportunity*> pending;
    for (const auto& t : *transcripts) {
      for (const auto& report : t.reports) {
        for (const auto& lo : report.learning_opportunities) pending.push_back(&lo);
      }
    }
    while (!pending.empty()) {
      const auto* lo = pending.back();
      pending.pop_back();
      for (const auto& part : lo->parts) pending.push_back(&part);
      if (!lo->result.result_label) continue;
      domain::TranscriptEntry e;
      e.code =
          interop::identifier_of(lo->identifiers, "local")
              .value_or(lo->identifiers.empty() ? std::string() : lo->identifiers.front().value);
      e.title = lo->titles.empty() ? std::string() : lo->titles.front().text;
      e.grade = *lo->result.result_label;
      for (const auto& c : lo->result.credits) {
        if (c.value && text::to_lower_ascii(c.scheme) == "ects") e.credits = std::stod(*c.value);
      }
      e.date = lo->result.date.value_or("");
      e.scale = std::string(default_scale);
      // The result's own grading scheme when it is a scale Orbis knows; results on a scheme
      // it does not (a pass/fail "idoneità") carry no grade to convert and are left out.
      if (const auto& scheme = lo->result.grading_scheme_local_id) {
        if (scales.find(*scheme)) {
          e.scale = *scheme;
        } else if (*scheme != default_scale) {
          continue;
        }
      }
      entries.push_back(std::move(e));
    }
  } else {
    source = "csv";
    auto table = csv::parse(body);
    if (!table) return fail(table.error());
    std::map<std::string, std::size_t> col;
    for (std::size_t i = 0; i < table->header.size(); ++i)
      col[text::to_lower_ascii(text::trim(table->header[i]))] = i;
    for (const char* required : {"code", "credits", "grade"}) {
      if (!col.contains(required))
        return fail(Error::invalid(fmt::format(
            "the file has no '{}' column (code,title,credits,grade,scale,date)", required)));
    }
    std::vector<FieldError> errors;
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
      const auto& row = table->rows[r];
      const auto get = [&](const char* name) {
        const auto it = col.find(name);
        return it != col.end() && it->second < row.size() ? std::string(text::trim(row[it->second]))
                                                          : std::string();
      };
      domain::TranscriptEntry e;
      e.code = get("code");
      e.title = get("title");
      e.grade = get("grade");
      e.scale = get("scale").empty() ? std::string(default_scale) : get("scale");
      e.date = get("date");
      try {
        e.credits = std::stod(get("credits"));
      } catch (const std::exception&) {
        errors.push_back({fmt::format("line {}/credits", table->line_numbers[r]), "a number"});
        continue;
      }
      entries.push_back(std::move(e));
    }
    if (!errors.empty())
      return fail(Error::invalid("the transcript file has invalid rows", std::move(errors)));
  }
  if (entries.empty()) return fail(Error::invalid("the file holds no graded results"));
  return TranscriptFile{std::move(entries), std::move(source)};
}

// Checks each result's grade on its scale and stamps who entered it, from where and when.
Status check(std::vector<domain::TranscriptEntry>& entries, const std::string& source,
             const domain::Actor& actor, const Clock& clock, const grades::ScaleRegistry& scales) {
  std::vector<FieldError> errors;
  const std::string now = format_iso8601(clock.now());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto& e = entries[i];
    const std::string at = fmt::format("entries/{}", i);
    e.code = std::string(text::trim(e.code));
    if (e.code.empty()) errors.push_back({at + "/code", "the course code at the host"});
    if (!(e.credits >= 0 && e.credits <= 60))
      errors.push_back({at + "/credits", "from 0 to 60 ECTS"});
    auto scale = scales.find(e.scale);
    if (!scale) {
      errors.push_back({at + "/scale", scale.error().message});
    } else if (auto grade = (*scale)->parse(e.grade); !grade) {
      errors.push_back({at + "/grade", grade.error().message});
    } else {
      e.grade = grade->text;
      e.passed = grade->passes;
    }
    if (!e.date.empty() && !domain::parse_date(e.date))
      errors.push_back({at + "/date", "a date like 2027-01-20"});
    e.source = source;
    e.entered_by = actor.email;
    e.entered_at = now;
  }
  if (entries.empty()) errors.push_back({"entries", "at least one result"});
  if (!errors.empty())
    return fail(Error::invalid("the transcript has invalid results", std::move(errors)));
  return {};
}

// Enters checked results on the stay's learning agreement `l`, which the actor may enter
// results on, inside the caller's transaction: a result for a course replaces the earlier
// one. conflict once the stay is recognised.
Result<LearningAgreementView> enter(store::Transaction& tx, learning_rules::Loaded l,
                                    const std::vector<domain::TranscriptEntry>& entries,
                                    const domain::Actor& actor, const Clock& clock) {
  if (!l.record.recognised_at.empty())
    return fail(Error::conflict("the stay is recognised; its transcript is closed"));
  const auto before = l.record;
  auto& t = l.record.transcript;
  for (const auto& e : entries) {
    t.erase(std::remove_if(t.begin(), t.end(), [&](const auto& old) { return old.code == e.code; }),
            t.end());
    t.push_back(e);
  }
  if (auto ok = learning_rules::save(tx, l, clock, actor, "learning_agreement.transcript", before);
      !ok)
    return fail(ok.error());
  return learning_rules::shown(actor, std::move(l), {});
}

// The stay's learning agreement, if the actor may enter results on it.
Result<learning_rules::Loaded> open_for_entry(store::Transaction& tx, const domain::Actor& actor,
                                              MobilityId mobility) {
  auto l = learning_rules::load(tx, actor, mobility);
  if (!l) return fail(l.error());
  if (auto ok = learning_rules::may_enter_transcript(actor, *l); !ok) return fail(ok.error());
  return l;
}

}  // namespace

Transcripts::Transcripts(store::Store& store, const Clock& clock, std::filesystem::path schema_root)
    : store_(store),
      clock_(clock),
      schema_root_(std::move(schema_root)),
      scales_(grades::ScaleRegistry::with_builtins()) {}

Result<LearningAgreementView> Transcripts::set(const domain::Actor& actor, MobilityId mobility,
                                               std::vector<domain::TranscriptEntry> entries,
                                               const std::string& source) {
  if (auto ok = check(entries, source, actor, clock_, scales_); !ok) return fail(ok.error());
  return run(store_, store::Access::write,
             [&](store::Transaction& tx) -> Result<LearningAgreementView> {
               auto l = open_for_entry(tx, actor, mobility);
               if (!l) return fail(l.error());
               return enter(tx, std::move(*l), entries, actor, clock_);
             });
}

Result<LearningAgreementView> Transcripts::import_file(const domain::Actor& actor,
                                                       MobilityId mobility, std::string_view body,
                                                       std::string_view content_type,
                                                       std::string_view default_scale) {
  // One transaction: scope first, so that a file sent to a stay the caller cannot see or
  // may not enter results for is refused before a byte of it is parsed; then the results
  // are entered on the record that was checked.
  return run(store_, store::Access::write,
             [&](store::Transaction& tx) -> Result<LearningAgreementView> {
               auto l = open_for_entry(tx, actor, mobility);
               if (!l) return fail(l.error());
               auto file = parse_file(body, content_type, default_scale, scales_, schema_root_);
               if (!file) return fail(file.error());
               if (auto ok = check(file->entries, file->source, actor, clock_, scales_); !ok)
                 return fail(ok.error());
               return enter(tx, std::move(*l), file->entries, actor, clock_);
             });
}

}  // namespace orbis::service
