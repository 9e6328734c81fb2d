#include "indicators/catalogue.h"

#include <algorithm>

namespace orbis::indicators {
namespace {

constexpr Definition kCatalogue[] = {
    {.id = "outbound_mobility_rate",
     .name = "Outbound mobility rate",
     .name_zh = "学生出境交流比例",
     .definition =
         "Home students who began an outgoing stay in the academic year (a stay now abroad, "
         "completed or recognised; planned and cancelled stays are not counted), each student "
         "counted once, divided by the students enrolled that year (headcount) as the office "
         "entered it.",
     .definition_zh =
         "本学年开始出境交流（在外、已结束或已认定学分；计划中与已取消的不计）的本校学生人数"
         "（每人只计一次），除以国际处录入的当年在校学生人数（按人头）。",
     .source = "UNESCO Institute for Statistics, outbound mobility ratio (UIS glossary), applied "
               "to one institution's enrolment",
     .unit = Unit::ratio,
     .basis = Basis::stays,
     .numerator_measure = "",
     .denominator_measure = "students_enrolled"},
    {.id = "outbound_students",
     .name = "Students going abroad",
     .name_zh = "出境交流学生人数",
     .definition = "Home students who began an outgoing stay in the academic year (now abroad, "
                   "completed or recognised), each student counted once.",
     .definition_zh =
         "本学年开始出境交流（在外、已结束或已认定学分）的本校学生人数，每人只计一次。",
     .source = "The numerator of the outbound mobility rate; people, not stays, as Erasmus+ "
               "reporting counts participants",
     .unit = Unit::count,
     .basis = Basis::stays,
     .numerator_measure = "",
     .denominator_measure = ""},
    {.id = "graduates_with_stay_abroad",
     .name = "Graduates with a stay abroad",
     .name_zh = "有境外学习经历的毕业生比例",
     .definition =
         "Students who graduated in the academic year and had, during their studies (in or "
         "before that year), an outgoing stay begun (abroad, completed or recognised) of at "
         "least 3 months (90 days, the actual dates where recorded, else the planned ones) or "
         "with at least 15 ECTS credits recognised (the passed results the recognition counts, "
         "of courses in ECTS), each graduate counted once, divided by the graduates of the "
         "year as the office entered them. A graduate is counted by the graduation year "
         "recorded on their person; those without one are not counted. The European "
         "benchmark was 20% by 2020 and is 23% by 2030.",
     .definition_zh =
         "本学年毕业、且在学期间（毕业学年及以前）有一次已开始（在外、已结束或已认定学分）的出境"
         "交流，时长至少 3 个月（90 天，有实际日期按实际日期，否则按计划日期）或认定至少 15 个 "
         "ECTS 学分（认定所计的已通过课程，限 ECTS 计分的课程）的学生人数（每人只计一次），除以"
         "国际处录入的当年毕业生人数。毕业生按其人员记录中的毕业学年计；未登记毕业学年者不计入。"
         "欧洲高等教育区的基准为 2020 年 20%，欧盟的目标为 2030 年 23%。",
     .source = "Council conclusions on a benchmark for learning mobility (2011/C 372/08): a "
               "period abroad of at least 3 months or 15 ECTS credits, 20% of higher-education "
               "graduates by 2020, as the EHEA's Leuven/Louvain-la-Neuve Communiqué (2009) set; "
               "Council Recommendation 'Europe on the Move' (2024): 23% by 2030",
     .unit = Unit::ratio,
     .basis = Basis::graduates,
     .numerator_measure = "",
     .denominator_measure = "graduates",
     .stay_min_days = 90,
     .stay_min_ects = 15},
    {.id = "inbound_exchange_students",
     .name = "Incoming exchange students",
     .name_zh = "来校交流学生人数",
     .definition = "Students of partner institutions who began an incoming stay here in the "
                   "academic year (now here, completed or recognised), each student counted "
                   "once. Degree-seeking international students are not included.",
     .definition_zh =
         "本学年开始来校交流（在校、已结束或已认定学分）的合作院校学生人数，每人只计一次；"
         "不含攻读学位的国际学生。",
     .source = "UNESCO Institute for Statistics, inbound internationally mobile students; here "
               "credit-mobile (exchange) students only",
     .unit = Unit::count,
     .basis = Basis::stays,
     .numerator_measure = "",
     .denominator_measure = ""},
    {.id = "nationality_concentration",
     .name = "Nationality concentration of incoming students",
     .name_zh = "来校学生国籍集中度",
     .definition =
         "The Herfindahl–Hirschman index of the nationalities of the incoming exchange "
         "students of the academic year: the sum, over nationalities, of the square of each "
         "one's share of the students. 1 means all share one nationality; n nationalities "
         "equally represented give 1/n. Students without a recorded nationality are left out "
         "and counted as missing.",
     .definition_zh =
         "本学年来校交流学生国籍的赫芬达尔-赫希曼指数：各国籍人数占比的平方之和。"
         "1 表示全部为同一国籍；n 个国籍人数相同时为 1/n。未登记国籍的学生不计入，记为缺失。",
     .source = "Herfindahl–Hirschman index (O. C. Herfindahl 1950; A. O. Hirschman 1945), the "
               "concentration measure of the indicators issue's nationality_concentration",
     .unit = Unit::index,
     .basis = Basis::stays,
     .numerator_measure = "",
     .denominator_measure = ""},
    {.id = "international_student_ratio",
     .name = "International student ratio",
     .name_zh = "国际学生比例",
     .definition =
         "International students divided by all students of the academic year, both as the "
         "office entered them. Times Higher Education counts students whose nationality is "
         "not the university's country; QS counts international students among all "
         "full-time students. Enter the figures by the definition of the ranking reported "
         "to, and name it in the figure's source.",
     .definition_zh =
         "国际处录入的当年国际学生人数除以在校学生总数。泰晤士高等教育（THE）以国籍不同于"
         "学校所在国的学生计；QS 以全日制学生中的国际学生计。请按所报送排名的口径录入，并在"
         "数据来源中注明。",
     .source = "Times Higher Education World University Rankings methodology (international "
               "outlook: proportion of international students); QS World University Rankings "
               "methodology (International Student Ratio)",
     .unit = Unit::ratio,
     .basis = Basis::figures,
     .numerator_measure = "international_students",
     .denominator_measure = "students_enrolled"},
    {.id = "international_student_diversity",
     .name = "International student diversity",
     .name_zh = "国际学生多样性",
     .definition =
         "The international student ratio adjusted by the diversity of nationalities: "
         "international students divided by all students (both as the office entered them), "
         "multiplied by 1 minus the Herfindahl–Hirschman index of the nationalities of the "
         "year's incoming students recorded in Orbis (the Gini–Simpson diversity: the chance "
         "that two students drawn at random are of different nationalities). It equals the "
         "ratio when every student is of another nationality and falls to 0 when all share one. "
         "Until degree-seeking international students are held in Orbis the nationalities are "
         "those of the incoming exchange students; those without a recorded nationality are "
         "left out and counted as missing.",
     .definition_zh =
         "按国籍多样性调整的国际学生比例：国际处录入的国际学生人数除以在校学生总数，再乘以 1 "
         "减去本学年 Orbis 所记来校学生国籍的赫芬达尔-赫希曼指数（即吉尼-辛普森多样性：随机"
         "抽取两名学生国籍不同的概率）。学生国籍各不相同时等于国际学生比例，全部同一国籍时为 "
         "0。在 Orbis 记录攻读学位的国际学生之前，国籍取自来校交流学生；未登记国籍者不计入，"
         "记为缺失。",
     .source = "QS World University Rankings: Europe methodology (International Student "
               "Diversity: the International Student Ratio multiplied by a student nationality "
               "ratio); the diversity measure here is the Gini–Simpson index, 1 − HHI",
     .unit = Unit::ratio,
     .basis = Basis::figures,
     .numerator_measure = "international_students",
     .denominator_measure = "students_enrolled",
     .nationality_diversity = true},
    {.id = "international_faculty_ratio",
     .name = "International faculty ratio",
     .name_zh = "国际教师比例",
     .definition = "International academic staff divided by all academic staff of the academic "
                   "year, both as the office entered them (THE: proportion of international "
                   "staff; QS: International Faculty Ratio). Name the definition followed in "
                   "the figure's source.",
     .definition_zh =
         "国际处录入的当年国际教学科研人员数除以教学科研人员总数（THE：国际教职工比例；"
         "QS：国际教师比例）。请在数据来源中注明所依口径。",
     .source = "Times Higher Education World University Rankings methodology (international "
               "outlook: proportion of international staff); QS World University Rankings "
               "methodology (International Faculty Ratio)",
     .unit = Unit::ratio,
     .basis = Basis::figures,
     .numerator_measure = "international_academic_staff",
     .denominator_measure = "academic_staff"},
    {.id = "international_copublication_share",
     .name = "International co-publication share",
     .name_zh = "国际合作论文比例",
     .definition = "Publications with at least one author at an institution in another country "
                   "or territory, divided by all the institution's publications of the year, "
                   "from the publications imported from an OpenAlex extract (each author's "
                   "institutions with their countries). An academic year counts the "
                   "publications of the calendar year it begins in: 2025/2026 those of 2025. "
                   "Counted for the whole institution only.",
     .definition_zh =
         "当年至少有一位作者来自其他国家或地区机构的论文数除以本校当年论文总数，依据从 "
         "OpenAlex 导出文件导入的论文（每位作者所属机构及其国家）。学年按其开始的"
         "公历年统计论文：2025/2026 学年统计 2025 年的论文。仅按全校统计。",
     .source = "Times Higher Education World University Rankings methodology (international "
               "outlook: international collaboration)",
     .unit = Unit::ratio,
     .basis = Basis::publications,
     .numerator_measure = "",
     .denominator_measure = ""},
    {.id = "international_research_network",
     .name = "International research network",
     .name_zh = "国际研究网络",
     .definition = "L / ln(P) over the five years of publications to the year (2021 to 2025 "
                   "for 2025/2026): P is the number of institutions abroad with which the "
                   "institution has a sustained research partnership (three or more "
                   "co-publications in those years), L the number of distinct countries and "
                   "territories those partners are in. With fewer than two such partners ln P "
                   "is not above 0, and there is no value. Counted for the whole institution "
                   "only.",
     .definition_zh = "基于截至当年的五年论文（2025/2026 学年为 2021 至 2025 年）计算 L / ln(P)：P "
                      "为与本校有持续合作（这五年合作论文三篇及以上）的境外机构数，L 为这些合作机构"
                      "所在的不同国家和地区数。此类机构少于两所时 ln P 不大于 0，无数值。仅按全校"
                      "统计。",
     .source = "QS World University Rankings methodology (International Research Network "
               "index, L / ln P)",
     .unit = Unit::index,
     .basis = Basis::publications,
     .numerator_measure = "",
     .denominator_measure = ""},
};

constexpr Measure kMeasures[] = {
    {"students_enrolled", "Students enrolled (headcount)", "在校学生人数（人头）"},
    {"graduates", "Graduates of the year", "当年毕业生人数"},
    {"academic_staff", "Academic staff (headcount)", "教学科研人员人数（人头）"},
    {"international_students", "International students (headcount)", "国际学生人数（人头）"},
    {"international_academic_staff", "International academic staff (headcount)",
     "国际教学科研人员人数（人头）"},
};

}  // namespace

std::string_view to_string(Unit unit) {
  switch (unit) {
    case Unit::ratio:
      return "ratio";
    case Unit::count:
      return "count";
    case Unit::index:
      return "index";
  }
  return "count";
}

std::span<const Definition> catalogue() { return kCatalogue; }

const Definition* find(std::string_view id) {
  const auto* it = std::ranges::find(kCatalogue, id, &Definition::id);
  return it == std::end(kCatalogue) ? nullptr : it;
}

std::span<const Measure> measures() { return kMeasures; }

const Measure* find_measure(std::string_view id) {
  const auto* it = std::ranges::find(kMeasures, id, &Measure::id);
  return it == std::end(kMeasures) ? nullptr : it;
}

}  // namespace orbis::indicators
