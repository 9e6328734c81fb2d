// The headings of exported columns in English and Chinese, one entry per member name that
// any list's items have (tests/api/exports_test.cc fails on a list column without one).
#include <string_view>
#include <unordered_map>

#include "common/text.h"
#include "http/export/table.h"

namespace orbis::http::exports {
namespace {

struct Label {
  std::string_view en;
  std::string_view zh;
};

const std::unordered_map<std::string_view, Label>& labels() {
  static const std::unordered_map<std::string_view, Label> table = {
      {"@context", {"JSON-LD context", "JSON-LD 上下文"}},
      {"academic_year", {"Academic year", "学年"}},
      {"action", {"Action", "操作"}},
      {"active", {"Active", "有效"}},
      {"actor", {"By", "操作人"}},
      {"actual_end", {"Actual end", "实际结束"}},
      {"actual_start", {"Actual start", "实际开始"}},
      {"after", {"After", "变更后"}},
      {"agreement", {"Agreement", "协议"}},
      {"agreement_id", {"Agreement ID", "协议编号"}},
      {"amount", {"Amount", "金额"}},
      {"application_id", {"Application ID", "申请编号"}},
      {"applications", {"Applications", "申请"}},
      {"at", {"At", "时间"}},
      {"author", {"Author", "作者"}},
      {"author_role", {"Author's role", "作者角色"}},
      {"auto_renewal", {"Renews automatically", "自动续签"}},
      {"balance", {"Balance", "平衡"}},
      {"before", {"Before", "变更前"}},
      {"call", {"Call", "项目申请批次"}},
      {"call_id", {"Call ID", "申请批次编号"}},
      {"cancel_reason", {"Reason for cancelling", "取消原因"}},
      {"capacity", {"Seats", "名额"}},
      {"city", {"City", "城市"}},
      {"closes_at", {"Closes", "截止时间"}},
      {"code", {"Code", "代码"}},
      {"condition_id", {"Condition ID", "条款编号"}},
      {"condition_ids", {"Condition IDs", "条款编号"}},
      {"conditions", {"Conditions", "条款"}},
      {"country", {"Country", "国家/地区"}},
      {"created_at", {"Created", "创建时间"}},
      {"created_by", {"Created by", "创建人"}},
      {"credentialStatus", {"Credential status", "凭证状态"}},
      {"credentialSubject", {"Credential subject", "凭证主体"}},
      {"credit_system", {"Credit system", "学分制度"}},
      {"credits", {"Credits", "学分"}},
      {"credits_planned", {"Credits planned", "计划学分"}},
      {"currency", {"Currency", "币种"}},
      {"date_of_birth", {"Date of birth", "出生日期"}},
      {"days_left", {"Days left", "剩余天数"}},
      {"decided_at", {"Decided", "决定时间"}},
      {"decided_by", {"Decided by", "决定人"}},
      {"decision", {"Decision", "决定"}},
      {"definition", {"Definition", "定义"}},
      {"definition_zh", {"Definition (Chinese)", "定义（中文）"}},
      {"denominator", {"Denominator", "分母"}},
      {"description", {"Description", "说明"}},
      {"description_zh", {"Description (Chinese)", "说明（中文）"}},
      {"direction", {"Direction", "方向"}},
      {"display_name", {"Display name", "显示名称"}},
      {"document", {"Document", "文件"}},
      {"documents", {"Documents", "材料"}},
      {"domains", {"Web domains", "网站域名"}},
      {"eligibility", {"Eligibility", "申请条件"}},
      {"email", {"Email", "电子邮箱"}},
      {"end_date", {"End date", "结束日期"}},
      {"engine_version", {"Engine version", "算法版本"}},
      {"entity", {"Record", "记录"}},
      {"entity_id", {"Record ID", "记录编号"}},
      {"established", {"Founded", "创建年份"}},
      {"explanations", {"Explanations", "说明"}},
      {"family_name", {"Family name", "姓"}},
      {"fee", {"Fee", "费用"}},
      {"field", {"Field of study", "学科领域"}},
      {"funding", {"Funding", "资助"}},
      {"given_name", {"Given name", "名"}},
      {"gpa", {"GPA", "平均绩点"}},
      {"gpa_scale", {"GPA scale", "绩点满分"}},
      {"hash", {"Hash", "哈希值"}},
      {"history", {"History", "历史"}},
      {"home_institution_id", {"Home institution ID", "派出院校编号"}},
      {"host_ids", {"Host IDs", "接待院校编号"}},
      {"hosts", {"Hosts", "接待院校"}},
      {"id", {"ID", "编号"}},
      {"input", {"Input", "输入"}},
      {"input_sha256", {"Input SHA-256", "输入 SHA-256"}},
      {"institution", {"Institution", "院校"}},
      {"indicator", {"Indicator", "指标"}},
      {"institution_id", {"Institution ID", "院校编号"}},
      {"interview", {"Interview", "面试"}},
      {"interview_score", {"Interview score", "面试成绩"}},
      {"isced", {"ISCED field", "ISCED 学科"}},
      {"issued_at", {"Issued", "签发时间"}},
      {"issued_by", {"Issued by", "签发人"}},
      {"issuer", {"Issuer", "签发方"}},
      {"kind", {"Kind", "类别"}},
      {"kinds", {"Kinds", "类别"}},
      {"language", {"Language", "语言"}},
      {"languages", {"Languages", "语言"}},
      {"level", {"Level", "层次"}},
      {"levels", {"Levels", "层次"}},
      {"max_duration_months", {"Longest stay (months)", "最长期限（月）"}},
      {"max_preferences", {"Most preferences", "最多志愿数"}},
      {"measure", {"Measure", "指标项"}},
      {"min_cefr", {"Lowest CEFR level", "最低 CEFR 等级"}},
      {"min_gpa", {"Lowest GPA", "最低绩点"}},
      {"missing", {"Left out for lack of data", "因缺少数据未计入"}},
      {"mode", {"Mode", "方式"}},
      {"motivation", {"Motivation", "动机"}},
      {"motivation_score", {"Motivation score", "动机陈述成绩"}},
      {"name", {"Name", "名称"}},
      {"name_zh", {"Name (Chinese)", "中文名称"}},
      {"nationality", {"Nationality", "国籍"}},
      {"no_data", {"Why no data", "无数据原因"}},
      {"no_data_zh", {"Why no data (Chinese)", "无数据原因（中文）"}},
      {"nominated_at", {"Nominated", "提名时间"}},
      {"nominated_by", {"Nominated by", "提名人"}},
      {"nomination", {"Nomination", "提名"}},
      {"note", {"Note", "说明"}},
      {"notes", {"Notes", "备注"}},
      {"numerator", {"Numerator", "分子"}},
      {"offer_id", {"Offer ID", "名额编号"}},
      {"offers", {"Offers", "名额"}},
      {"opens_at", {"Opens", "开放时间"}},
      {"org_unit", {"Unit", "院系"}},
      {"org_unit_id", {"Unit ID", "院系编号"}},
      {"output", {"Output", "输出"}},
      {"parent_id", {"Parent ID", "上级编号"}},
      {"parties", {"Parties", "协议方"}},
      {"partner", {"Partner", "合作院校"}},
      {"partners", {"Partners", "合作院校"}},
      {"passport_number", {"Passport number", "护照号码"}},
      {"person", {"Person", "人员"}},
      {"person_id", {"Person ID", "人员编号"}},
      {"personal", {"Personal data", "个人信息"}},
      {"phase", {"Phase", "阶段"}},
      {"phone", {"Phone", "电话"}},
      {"planned_ects", {"ECTS planned", "计划 ECTS 学分"}},
      {"planned_end", {"Planned end", "计划结束"}},
      {"planned_months", {"Months planned", "计划月数"}},
      {"planned_start", {"Planned start", "计划开始"}},
      {"position", {"Position", "位置"}},
      {"preference", {"Preference", "志愿"}},
      {"preferences", {"Preferences", "志愿"}},
      {"prev_hash", {"Previous hash", "前一哈希值"}},
      {"programme", {"Programme", "项目"}},
      {"programme_id", {"Programme ID", "项目编号"}},
      {"proof", {"Proof", "证明"}},
      {"published", {"Published", "已发布"}},
      {"published_at", {"Published", "发布时间"}},
      {"published_run_id", {"Published run ID", "已发布的分配编号"}},
      {"rate", {"Rate", "比率"}},
      {"reason", {"Reason", "理由"}},
      {"receiving", {"Receiving institution", "接收院校"}},
      {"receiving_institution_id", {"Receiving institution ID", "接收院校编号"}},
      {"recognised_ects", {"ECTS recognised", "已认定 ECTS 学分"}},
      {"recognised_stays", {"Stays recognised", "已认定的交流"}},
      {"records", {"Records", "记录"}},
      {"region", {"Region", "地区"}},
      {"result", {"Result", "结果"}},
      {"role", {"Role", "角色"}},
      {"ror_id", {"ROR ID", "ROR 编号"}},
      {"run_id", {"Run ID", "分配编号"}},
      {"scholarships", {"Scholarships", "奖学金"}},
      {"score", {"Score", "成绩"}},
      {"scored_by", {"Scored by", "评分人"}},
      {"seed", {"Seed", "随机种子"}},
      {"sending", {"Sending institution", "派出院校"}},
      {"sending_institution_id", {"Sending institution ID", "派出院校编号"}},
      {"seq", {"Sequence", "序号"}},
      {"source", {"Source", "来源"}},
      {"start_date", {"Start date", "开始日期"}},
      {"statistics", {"Statistics", "统计"}},
      {"status", {"Status", "状态"}},
      {"status_reason", {"Reason for the status", "状态原因"}},
      {"stay", {"Stay", "交流"}},
      {"stays", {"Stays", "交流"}},
      {"stored_status", {"Stored status", "存储状态"}},
      {"subject", {"Subject", "主体"}},
      {"submit_started_at", {"Submission started", "开始提交时间"}},
      {"submitted", {"Submitted", "已提交"}},
      {"submitted_at", {"Submitted", "提交时间"}},
      {"tags", {"Tags", "标签"}},
      {"target", {"Target", "目标"}},
      {"term", {"Term", "学期"}},
      {"text", {"Text", "内容"}},
      {"time_zone", {"Time zone", "时区"}},
      {"title", {"Title", "标题"}},
      {"title_local", {"Title (local)", "标题（当地语言）"}},
      {"title_zh", {"Title (Chinese)", "中文标题"}},
      {"total", {"Total", "合计"}},
      {"totp_enabled", {"Second factor on", "已启用双重验证"}},
      {"type", {"Type", "类型"}},
      {"types", {"Types", "类型"}},
      {"unit", {"Unit", "单位"}},
      {"updated_at", {"Updated", "更新时间"}},
      {"updated_by", {"Updated by", "更新人"}},
      {"user_id", {"User ID", "用户编号"}},
      {"validFrom", {"Valid from", "生效时间"}},
      {"value", {"Value", "数值"}},
      {"verdicts", {"Verdicts", "核验结果"}},
      {"verify_url", {"Verification address", "核验地址"}},
      {"version", {"Version", "版本"}},
      {"waiting_position", {"Place on the waiting list", "候补位次"}},
      {"weights", {"Weights", "权重"}},
      {"year", {"Year", "年份"}},
      {"year_of_study", {"Year of study", "年级"}},
      {"years_of_study", {"Years of study", "年级"}},
  };
  return table;
}

// "start_date" as "Start date".
std::string spelled_out(std::string_view key) {
  std::string out(key);
  for (auto& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace

bool has_label(std::string_view name) { return labels().contains(name); }

std::string heading(const Column& column, Language language) {
  std::string out;
  for (const auto& part : column.path) {
    if (!out.empty()) out += " · ";
    const auto it = labels().find(part);
    if (it == labels().end())
      out += spelled_out(part);
    else
      out += language == Language::zh ? it->second.zh : it->second.en;
  }
  return out;
}

}  // namespace orbis::http::exports
