// 简体中文: publications imported from OpenAlex and the partners the institution publishes with.
import type { ResearchMessages } from '../en/research'

const research: ResearchMessages = {
  research: {
    title: '合作论文',
    intro:
      '依据从 OpenAlex 导入的论文，统计本校研究人员与之合作发表论文的机构。截至所选最后一年的五年内合作论文达三篇及以上的境外机构为持续合作伙伴（QS 国际研究网络指标）。',
    years: '发表年份',
    from: '起始年份',
    to: '截止年份',
    loading: '正在加载合作论文…',
    error: '无法加载合作论文。',
    invalidYears: '无法按这些年份统计：起始年份不能晚于截止年份。',
    empty: '尚未导入论文，或这些年份中没有合作机构。',
    emptyImport: '请在下方导入本校在 OpenAlex 中的论文（JSON Lines 格式，每行一篇）。',
    emptyOffice: '本校论文由国际处从 OpenAlex 导入。',
    summary: '合作机构 {partners} 家 · 境外持续合作伙伴 {sustained} 家，分布于 {countries} 个国家和地区',
    colPartner: '合作机构',
    colCountry: '国家/地区',
    colTotal: '合作论文',
    colSustained: '合作关系',
    sustained: '境外持续合作伙伴',
    home: '国内机构',
    import: {
      title: '导入论文',
      hint: 'OpenAlex 论文数据：JSON Lines 文件（.jsonl），每行一个 Work 对象。“检查”只读取文件，不写入任何数据；已记录的论文将被替换。',
      file: '数据文件',
      check: '检查',
      checking: '正在检查…',
      run: '导入',
      running: '正在导入…',
      checked: '文件中共有 {rows} 篇论文：新增 {added} 篇，已记录 {updated} 篇（将被替换）。',
      imported: '已导入 {rows} 篇论文：新增 {added} 篇，替换 {updated} 篇。',
      invalid: '文件中有错误的行，未导入任何数据。请改正后重新检查。',
      failed: '无法导入论文。',
      colLine: '行',
      colField: '字段',
      colMessage: '问题（服务器原文）',
    },
  },
}

export default research
