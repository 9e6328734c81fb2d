#include "http/json/learning.h"

#include <gtest/gtest.h>

namespace orbis::http::json {
namespace {

service::LearningAgreementView sample_view() {
  service::LearningAgreementView v;
  v.record.id = 7;
  v.record.mobility = 3;
  v.record.version = 4;
  domain::LaVersion version;
  version.number = 1;
  version.components.push_back({.host = {"CS-ML", "Machine Learning", 10, "ects"},
                                .home = {"CS301", "机器学习", 4, "cn"},
                                .term = "autumn"});
  version.sha256 = std::string(64, 'a');
  version.approvals.push_back({"student", "tang.yi@westlake.edu.cn", "Tang Yi", "student",
                               "2026-09-01T08:00:00Z", std::string(64, 'a')});
  v.record.versions.push_back(version);
  v.mobility.id = MobilityId{3};
  v.mobility.status = domain::MobilityStatus::preparing;
  v.mobility.academic_year = "2026/2027";
  v.mobility.planned_start = "2026-09-01";
  v.mobility.planned_end = "2027-01-31";
  v.person.id = PersonId{11};
  v.person.family_name = "Tang";
  v.person.given_name = "Yi";
  v.person.name_zh = "唐一";
  v.warnings = {"10 ECTS for 1 semester: fewer than 20 (30 is usual)"};
  v.allowed_actions = {"approve", "comment"};
  return v;
}

TEST(LearningCodecs, TheViewShowsTheStayItsPersonAndTheRecordVersionButNotTheStoredOnes) {
  const Json out = to_json(sample_view());
  EXPECT_EQ(out["id"], 7);
  EXPECT_EQ(out["mobility_id"], 3);
  EXPECT_EQ(out["mobility"]["id"], 3);
  EXPECT_EQ(out["mobility"]["status"], "preparing");
  EXPECT_EQ(out["mobility"]["direction"], "outgoing");
  EXPECT_EQ(out["mobility"]["planned_end"], "2027-01-31");
  EXPECT_EQ(out["person"]["id"], 11);
  EXPECT_EQ(out["person"]["name_zh"], "唐一");
  EXPECT_FALSE(out["person"]["display_name"].get<std::string>().empty());
  EXPECT_TRUE(out["party"].is_null());  // the reader has no part in it
  EXPECT_EQ(out["record_version"], 4);
  EXPECT_FALSE(out.contains("version"));
  EXPECT_EQ(out["allowed_actions"], Json::array({"approve", "comment"}));
  const Json& v1 = out["versions"][0];
  EXPECT_EQ(v1["components"][0]["home"]["credit_system"], "cn");
  EXPECT_EQ(v1["approvals"][0]["party"], "student");
  EXPECT_EQ(v1["state"], "proposed");
  EXPECT_EQ(out["transcript"], Json::array());

  auto mine = sample_view();
  mine.party = "receiving";
  EXPECT_EQ(to_json(mine)["party"], "receiving");
}

TEST(LearningCodecs, AClientSendsOnlyWhatItWrites) {
  domain::LaApproval approval;
  EXPECT_TRUE(from_json(Json{{"sha256", "abc"}}, approval, "approval"));
  EXPECT_EQ(approval.sha256, "abc");
  const auto signed_by = from_json(Json{{"sha256", "abc"}, {"by", "x@y.z"}}, approval, "approval");
  ASSERT_FALSE(signed_by);
  ASSERT_EQ(signed_by.error().fields.size(), 1u);
  EXPECT_EQ(signed_by.error().fields[0].field, "by");

  TranscriptUpdate update;
  const auto entered =
      from_json(Json{{"entries", {{{"code", "CS-ML"}, {"credits", "ten"}, {"entered_by", "me"}}}}},
                update, "transcript");
  ASSERT_FALSE(entered);
  std::vector<std::string> fields;
  for (const auto& f : entered.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"entries/0/credits", "entries/0/entered_by"}));

  domain::LaVersion proposal;
  ASSERT_TRUE(from_json(Json{{"components",
                              {{{"host", {{"code", "CS-ML"}, {"credits", 10}}},
                                {"home", {{"code", ""}}},
                                {"term", "autumn"}}}},
                             {"reason", "late"}},
                        proposal, "proposal"));
  ASSERT_EQ(proposal.components.size(), 1u);
  EXPECT_EQ(proposal.components[0].host.credits, 10);
  EXPECT_EQ(proposal.reason, "late");
  EXPECT_FALSE(from_json(Json{{"state", "approved"}}, proposal, "proposal"));
}

TEST(LearningCodecs, SchemasSayWhatIsSentAndWhatMayBeSent) {
  Schemas s;
  const Json view = schema_of<service::LearningAgreementView>(s);
  EXPECT_EQ(view["$ref"], "#/components/schemas/LearningAgreement");
  const Json& la = s.components().at("LearningAgreement");
  EXPECT_EQ(la["properties"]["allowed_actions"]["items"]["enum"].size(), 6u);
  EXPECT_EQ(la["properties"]["party"]["type"], Json::array({"string", "null"}));
  for (const char* name : {"id", "mobility_id", "mobility", "person", "versions", "transcript",
                           "recognition", "party", "record_version", "allowed_actions"}) {
    EXPECT_NE(std::ranges::find(la["required"], Json(name)), la["required"].end()) << name;
  }
  s.input([&] { return schema_of<domain::LaVersion>(s); });
  const Json& input = s.components().at("LaVersionInput");
  EXPECT_EQ(input["properties"].size(), 2u);  // components and reason
  EXPECT_EQ(input["additionalProperties"], false);
  s.input([&] { return schema_of<domain::TranscriptEntry>(s); });
  EXPECT_FALSE(s.components().at("TranscriptEntryInput")["properties"].contains("entered_by"));
}

}  // namespace
}  // namespace orbis::http::json
