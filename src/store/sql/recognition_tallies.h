// Internal to the store: the recognition tallies (migration 19), the summary the recognition
// indicator (store/reporting.h) reads for the office and a coordinator. A group is a partner
// (the receiving institution) and the org unit of its stays (0 for none); its row holds what
// the indicator shows of the group's outgoing stays that are completed or recognised and have
// an approved learning agreement. The repositories that write stays and learning agreements
// count a group again in the writer's transaction whenever they write a stay of it.
//
// Thread-safety: as the session. Throws as SOCI does (the repositories guard their calls).
#pragma once

#include <soci/soci.h>

#include <optional>
#include <string>
#include <string_view>

namespace orbis::store::internal {

struct RecognitionGroup {
  long long partner = 0;
  long long unit = 0;  // 0: the stays without an org unit
  bool operator==(const RecognitionGroup&) const = default;
};

// The group a stay with these columns is counted in, or none when the indicator does not
// count it (not outgoing, or neither completed nor recognised).
std::optional<RecognitionGroup> recognition_group_of(std::string_view direction,
                                                     std::string_view status, long long receiving,
                                                     std::optional<long long> org_unit);
// The group the stay `mobility` is counted in as it is stored now (none when it is not, or
// there is no such stay).
std::optional<RecognitionGroup> stored_recognition_group(soci::session& sql, long long mobility);
// Counts `group` again from its stays and learning agreements, replacing its rows.
void recount_recognition(soci::session& sql, const RecognitionGroup& group);

// The ECTS credits recognised for a stay, kept in its row (mobilities.recognised_ects,
// migration 31) so that graduates_with_stay_abroad reads them from an index
// (store/sql/graduates.cc): the credits of the transcript's passed results that its learning
// agreement's recognition names (as the recognition tallies count them) and that the
// agreement lists as courses in ECTS, once its recognition is recorded; 0 before. The
// learning agreements' repository counts them again in the writer's transaction whenever it
// writes an agreement.
//
// The SQL of the credits of the stay whose id is `stay` (a column or a bound parameter).
std::string recognised_ects_of(std::string_view stay);
// Counts the recognised ECTS credits of the stay `mobility` again.
void recount_recognised_ects(soci::session& sql, long long mobility);

}  // namespace orbis::store::internal
