#include "http/json/stays.h"

#include <gtest/gtest.h>

#include <set>

#include "http/json/imports.h"

namespace orbis::http::json {
namespace {

std::set<std::string> error_fields(const Status& status) {
  std::set<std::string> out;
  if (!status)
    for (const auto& f : status.error().fields) out.insert(f.field);
  return out;
}

TEST(NominationCodec, ReadsTheNomineeAsAPersonAndTheStayBesideIt) {
  service::IncomingNomination n;
  const auto ok = from_json(Json::parse(R"({
      "person": {"kind": "staff", "family_name": "Carter", "given_name": "Sophie",
                 "email": "sophie.carter@ox.ac.uk", "nationality": "GB", "level": 7,
                 "year_of_study": 2, "date_of_birth": "2001-04-05",
                 "languages": [{"language": "en", "cefr": "C2"}]},
      "agreement_id": 4, "condition_id": 2, "type": "staff_teaching",
      "academic_year": "2027/2028", "planned_start": "2027-09-01",
      "planned_end": "2027-09-14"})"),
                            n, "request");
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(n.person.kind, domain::PersonKind::staff);
  EXPECT_EQ(n.person.family_name, "Carter");
  EXPECT_EQ(n.person.email, "sophie.carter@ox.ac.uk");
  EXPECT_EQ(n.person.level, 7);
  EXPECT_EQ(n.person.year_of_study, 2);
  ASSERT_EQ(n.person.languages.size(), 1u);
  EXPECT_EQ(n.person.languages[0].cefr, "C2");
  EXPECT_EQ(n.mobility.agreement, AgreementId{4});
  EXPECT_EQ(n.mobility.type, domain::MobilityType::staff_teaching);
  EXPECT_EQ(n.mobility.planned_end, "2027-09-14");
  // Left out: the sending institution, which the service sets for a partner.
  EXPECT_FALSE(n.mobility.sending);
}

TEST(NominationCodec, NamesEveryBadMember) {
  service::IncomingNomination n;
  // The nominee is required.
  EXPECT_EQ(error_fields(from_json(Json::parse(R"({"agreement_id": 4})"), n, "request")),
            std::set<std::string>{"person"});
  EXPECT_EQ(error_fields(from_json(Json::parse(R"({"person": "Carter"})"), n, "request")),
            std::set<std::string>{"person"});
  // Members of a person that are Orbis's or the office's, members no person has, members of
  // the wrong type, and a stay's member Orbis sets.
  const auto bad = from_json(Json::parse(R"({
      "person": {"family_name": "Carter", "home_institution_id": 3, "user_id": 9,
                 "passport_number": "X1", "shoe_size": 44, "level": "six"},
      "agreement_id": "four", "status": "accepted", "colour": "red"})"),
                             n, "request");
  EXPECT_EQ(error_fields(bad),
            (std::set<std::string>{"person/home_institution_id", "person/user_id",
                                   "person/passport_number", "person/shoe_size", "person/level",
                                   "agreement_id", "status", "colour"}));
  EXPECT_EQ(bad.error().message, "the request has invalid fields");
}

TEST(NominationCodec, DescribesTheNomineeAndTheStay) {
  Schemas s;
  const Json ref = s.input([&] { return schema_of<service::IncomingNomination>(s); });
  EXPECT_EQ(ref["$ref"], "#/components/schemas/IncomingNominationInput");
  const Json& input = s.components().at("IncomingNominationInput");
  EXPECT_EQ(input["required"], Json::array({"person"}));
  EXPECT_EQ(input["additionalProperties"], false);
  EXPECT_EQ(input["properties"]["person"]["$ref"], "#/components/schemas/NomineeInput");
  EXPECT_TRUE(input["properties"].contains("agreement_id"));
  EXPECT_TRUE(input["properties"].contains("planned_start"));
  EXPECT_FALSE(input["properties"].contains("status"));  // Orbis's
  const Json& nominee = s.components().at("NomineeInput");
  std::set<std::string> members;
  for (const auto& [name, _] : nominee["properties"].items()) members.insert(name);
  EXPECT_EQ(members, (std::set<std::string>{"kind", "family_name", "given_name", "name_zh", "email",
                                            "nationality", "level", "position", "field",
                                            "year_of_study", "languages", "date_of_birth"}));
  EXPECT_EQ(nominee["additionalProperties"], false);
}

TEST(ImportCodecs, WriteAnOutcomeAsItWasSentBeforeAndDescribeIt) {
  service::ImportOutcome agreements{.dry_run = false,
                                    .agreements = 2,
                                    .conditions = 3,
                                    .errors = {{4, "partner", "no such institution"}},
                                    .created = {AgreementId{7}, AgreementId{8}}};
  EXPECT_EQ(to_json(agreements), Json::parse(R"({"dry_run":false,"agreements":2,"conditions":3,
      "errors":[{"line":4,"field":"partner","message":"no such institution"}],"created":[7,8]})"));
  service::MobilityImportOutcome stays{.dry_run = true, .rows = 5, .errors = {}, .created = {}};
  EXPECT_EQ(to_json(stays).dump(), R"({"created":[],"dry_run":true,"errors":[],"rows":5})");
  Schemas s;
  schema_of<service::MobilityImportOutcome>(s);
  EXPECT_EQ(s.components().at("MobilityImportOutcome")["properties"]["errors"]["items"]["$ref"],
            "#/components/schemas/RowError");
  EXPECT_EQ(s.components().at("RowError")["required"],
            Json::parse(R"(["line","field","message"])"));
}

}  // namespace
}  // namespace orbis::http::json
