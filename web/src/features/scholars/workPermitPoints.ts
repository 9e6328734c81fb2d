// The work-permit points page's own logic (docs/scholars.md, "Work-permit category and
// points"): who may assess, the form as the request takes it, and the points tables'
// names, dates and sources from GET /rules. The server computes everything else.
import { can } from '../../shared/session'
import type { RuleSet, WorkPermitPointsInput } from './scholars'

/**
 * Whether the reader may assess a candidate: the access policy's scholar_case update, which
 * the server checks too (the office and the departments' coordinators; others get 403).
 */
export function assessesWorkPermits(): boolean {
  return can('scholar_case', 'update')
}

/** The form as typed: numbers as the inputs give them ('' when empty), the rest as sent. */
export interface PointsForm {
  annual_salary_cny: string | number
  degree: NonNullable<WorkPermitPointsInput['degree']>
  work_years: string | number
  months_in_china_per_year: string | number
  hsk_level: number
  chinese_taught_bachelor_or_higher: boolean
  former_chinese_national: boolean
  date_of_birth: string
  assessed_on: string
  encouraged_region: boolean
  top_university_or_fortune_500: boolean
  patents: boolean
  continuous_years_in_china: string | number
  provincial_bonus: string | number
  a_by_talent_criteria: boolean
  degree_verified: boolean
  hsk_certificate: boolean
  salary_evidence: boolean
}

export function emptyPointsForm(): PointsForm {
  return {
    annual_salary_cny: '',
    degree: 'none',
    work_years: '',
    months_in_china_per_year: '',
    hsk_level: 0,
    chinese_taught_bachelor_or_higher: false,
    former_chinese_national: false,
    date_of_birth: '',
    assessed_on: '',
    encouraged_region: false,
    top_university_or_fortune_500: false,
    patents: false,
    continuous_years_in_china: '',
    provincial_bonus: '',
    a_by_talent_criteria: false,
    degree_verified: false,
    hsk_certificate: false,
    salary_evidence: false,
  }
}

/**
 * A number input's value: null when empty. A number input gives '' for what is not a number,
 * so nothing typed is lost here; the server says what a field needs (a whole number, 0 to 12).
 */
function numberOrNull(value: string | number): number | null {
  const text = String(value).trim()
  if (text === '') return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

/**
 * The request for `form`. Unknown salary, work and months are null (they score nothing);
 * continuous years and the provincial bonus are 0 when empty; without a day of assessment the
 * server assesses today.
 */
export function pointsInput(form: PointsForm): WorkPermitPointsInput {
  return {
    annual_salary_cny: numberOrNull(form.annual_salary_cny),
    degree: form.degree,
    work_years: numberOrNull(form.work_years),
    months_in_china_per_year: numberOrNull(form.months_in_china_per_year),
    hsk_level: form.hsk_level,
    chinese_taught_bachelor_or_higher: form.chinese_taught_bachelor_or_higher,
    former_chinese_national: form.former_chinese_national,
    date_of_birth: form.date_of_birth,
    ...(form.assessed_on ? { assessed_on: form.assessed_on } : {}),
    encouraged_region: form.encouraged_region,
    top_university_or_fortune_500: form.top_university_or_fortune_500,
    patents: form.patents,
    continuous_years_in_china: numberOrNull(form.continuous_years_in_china) ?? 0,
    provincial_bonus: numberOrNull(form.provincial_bonus) ?? 0,
    a_by_talent_criteria: form.a_by_talent_criteria,
    degree_verified: form.degree_verified,
    hsk_certificate: form.hsk_certificate,
    salary_evidence: form.salary_evidence,
  }
}

/** The rule set `id` among `sets`, if GET /rules listed it. */
export function ruleSetOf(sets: readonly RuleSet[], id: string): RuleSet | undefined {
  return sets.find((s) => s.id === id)
}
