#include "service/learning/recognitions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "common/text.h"
#include "grades/conversion.h"
#include "service/learning/internal.h"
#include "service/support/access.h"
#include "service/support/list_scope.h"
#include "service/support/paging.h"
#include "service/support/transaction.h"
#include "store/reporting.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;

constexpr const char* kHomeScaleSetting = "grades.home_scale";

// A partner's totals as the indicator shows them: the credits planned in every system as
// ECTS, and the share of them recognised.
RecognitionRate rate_of(const store::RecognitionTotals& t) {
  double planned = 0;
  for (const auto& [system, credits] : t.planned_by_system)
    planned += credits * domain::default_ects_per_credit(system).value_or(1);
  return {.institution = {InstitutionId{t.partner}, t.name, t.country},
          .stays = t.stays,
          .recognised_stays = t.recognised,
          .planned_ects = planned,
          .recognised_ects = t.credited,
          .rate = planned > 0 ? std::optional(std::round(t.credited / planned * 1000) / 1000)
                              : std::nullopt};
}

}  // namespace

Recognitions::Recognitions(store::Store& store, const Clock& clock)
    : store_(store), clock_(clock), scales_(grades::ScaleRegistry::with_builtins()) {}

Result<LearningAgreementView> Recognitions::recognise(const domain::Actor& actor,
                                                      MobilityId mobility,
                                                      std::vector<RecognitionRequest> requests,
                                                      bool approve) {
  if (auto ok = require_reach(actor, domain::access::Resource::recognition,
                              domain::access::Action::create, "recognise credits");
      !ok)
    return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<LearningAgreementView> {
        auto l = learning_rules::load(tx, actor, mobility);
        if (!l) return fail(l.error());
        if (auto ok = learning_rules::may_recognise(actor, *l); !ok) return fail(ok.error());
        if (!l->record.recognised_at.empty())
          return fail(Error::conflict("the stay is recognised already"));
        if (!l->record.approved())
          return fail(Error::conflict("recognition follows an approved learning agreement"));
        if (requests.empty())
          return fail(
              Error::invalid("name the home courses to credit", {{"entries", "at least one"}}));
        auto home_scale = tx.settings().get(kHomeScaleSetting);
        if (!home_scale) return fail(home_scale.error());
        const std::string scale = home_scale->value_or("cn100");
        auto credits = learning_rules::credit_system_in(tx, l->mobility.sending);
        if (!credits) return fail(credits.error());
        std::vector<FieldError> errors;
        std::vector<domain::RecognitionEntry> entries;
        for (std::size_t i = 0; i < requests.size(); ++i) {
          const auto& q = requests[i];
          const std::string at = fmt::format("entries/{}", i);
          domain::RecognitionEntry e;
          e.home_code = std::string(text::trim(q.home_code));
          e.home_title = std::string(text::trim(q.home_title));
          e.home_scale = scale;
          e.host_codes = q.host_codes;
          if (e.home_code.empty()) errors.push_back({at + "/home_code", "the home course"});
          if (q.host_codes.empty()) {
            errors.push_back({at + "/host_codes", "the host results it is credited from"});
            continue;
          }
          double ects = 0;
          const domain::TranscriptEntry* first = nullptr;
          for (const auto& code : q.host_codes) {
            const auto it = std::find_if(l->record.transcript.begin(), l->record.transcript.end(),
                                         [&](const auto& t) { return t.code == code; });
            if (it == l->record.transcript.end()) {
              errors.push_back(
                  {at + "/host_codes", fmt::format("no result for {} in the transcript", code)});
              continue;
            }
            if (!it->passed)
              errors.push_back(
                  {at + "/host_codes", fmt::format("{} was not passed at the host", code)});
            ects += it->credits;
            if (!first) first = &*it;
          }
          if (!first) continue;
          e.host_grade = first->grade;
          e.host_scale = first->scale;
          auto converted = grades::convert(scales_, first->scale, scale, first->grade);
          if (!converted) {
            errors.push_back({at, converted.error().message});
            continue;
          }
          if (q.host_codes.size() > 1)
            converted->notes.push_back(
                "converted from the first host result; several were combined");
          if (!q.override_grade.empty()) {
            auto overridden = grades::record_override(scales_, *converted, q.override_grade,
                                                      q.override_reason, actor.user, clock_.now());
            if (!overridden) {
              errors.push_back({at + "/override_grade", overridden.error().message});
              continue;
            }
            converted = std::move(overridden);
            e.override_grade = converted->coordinator_override->grade;
            e.override_reason = converted->coordinator_override->reason;
            e.overridden_by = actor.email;
          }
          e.converted_grade = converted->to_grade.text;
          e.method = std::string(grades::to_string(converted->method));
          e.source = converted->source;
          e.notes = converted->notes;
          e.home_credits = q.home_credits > 0
                               ? q.home_credits
                               : std::round(ects / credits->ects_per_credit * 10) / 10;
          entries.push_back(std::move(e));
        }
        if (!errors.empty())
          return fail(Error::invalid("the recognition cannot be made", std::move(errors)));
        const auto before = l->record;
        const std::string now = format_iso8601(clock_.now());
        l->record.recognition = std::move(entries);
        if (approve) {
          if (l->mobility.status != domain::MobilityStatus::completed) {
            return fail(
                Error::conflict(fmt::format("the stay is {}; it is recognised once completed",
                                            domain::to_string(l->mobility.status))));
          }
          l->record.recognised_at = now;
          l->record.recognised_by = actor.email;
          l->mobility.history.push_back(
              {now, actor.email, "completed", "recognised", "credits recognised"});
          l->mobility.status = domain::MobilityStatus::recognised;
          if (auto ok = tx.mobilities().update(l->mobility); !ok) return fail(ok.error());
          ++l->mobility.version;
        }
        if (auto ok = learning_rules::save(
                tx, *l, clock_, actor,
                approve ? "learning_agreement.recognise" : "learning_agreement.convert", before);
            !ok)
          return fail(ok.error());
        return learning_rules::shown(actor, std::move(*l), {});
      });
}

Result<Page<RecognitionRate>> Recognitions::rates(const domain::Actor& actor,
                                                  const PageRequest& request) const {
  // The reader's scope, from the policy (indicator read), becomes the query's filter: a
  // coordinator's totals count only their org unit's stays.
  if (auto ok = require_reach(actor, Resource::indicator, Action::read, "see indicators"); !ok)
    return fail(ok.error());
  const auto scope = domain::access::scope_of(actor, Resource::indicator, Action::read);
  auto spec = page_spec("recognition indicator", "partner", request);
  if (!spec) return fail(spec.error());
  store::RecognitionQuery query{.org_unit = {}, .user = {}, .page = std::move(*spec)};
  if (!scope_query(query, scope)) return Page<RecognitionRate>{{}, std::nullopt, 0};
  // Counted in the database (store/reporting.h): the indicator reads no record into memory,
  // and a page the totals of its partners only.
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<Page<RecognitionRate>> {
               auto totals = store::recognition_by_partner(tx, query);
               if (!totals) return fail(totals.error());
               auto partners = store::count_recognition_partners(tx, query);
               if (!partners) return fail(partners.error());
               Page<RecognitionRate> out{
                   {}, next_cursor("recognition indicator", "partner", totals->next), *partners};
               out.items.reserve(totals->items.size());
               for (const auto& t : totals->items) out.items.push_back(rate_of(t));
               return out;
             });
}

}  // namespace orbis::service
