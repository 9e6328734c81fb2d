// The words of the learning-agreement pages in the reader's language: parties, version
// states, credit systems, grade scales and conversion methods. The server writes its credit
// warnings in English; here they are said again from their parts.
import { useI18n } from 'vue-i18n'
import { isKnown } from '../mobility/mobility'
import { CONVERSION_METHODS, CREDIT_SYSTEMS, GRADE_SCALES, LA_PARTIES, LA_STATES, creditWarning } from './learning'
export function useLearningLabels() {
  const { t, locale } = useI18n()

  function known(list: readonly string[], prefix: string, value: string): string {
    return isKnown(list, value) ? t(`${prefix}.${value}`) : value
  }

  const party = (p: string): string => known(LA_PARTIES, 'learning.parties', p)
  const laState = (s: string): string => known(LA_STATES, 'learning.states', s)
  const creditSystem = (s: string): string => known(CREDIT_SYSTEMS, 'learning.creditSystems', s)
  const gradeScale = (s: string): string => known(GRADE_SCALES, 'learning.scales', s)
  // Message keys have no hyphens: "egracons-table" is learning.methods.egracons_table.
  const method = (m: string): string => (isKnown(CONVERSION_METHODS, m) ? t(`learning.methods.${m.replace(/-/g, '_')}`) : m)

  function warning(text: string): string {
    const w = creditWarning(text)
    if (w.kind === 'other') return w.text
    const key = w.semesters === 1 ? `${w.kind}One` : w.kind
    return t(`learning.warnings.${key}`, { ects: w.ects, semesters: w.semesters })
  }

  function number(value: number | null | undefined): string {
    if (value === null || value === undefined || Number.isNaN(value)) return ''
    return new Intl.NumberFormat(locale.value === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(value)
  }

  function percent(value: number | null | undefined): string {
    if (value === null || value === undefined) return '—'
    return new Intl.NumberFormat(locale.value === 'zh' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: 0 }).format(value)
  }

  return { t, locale, party, laState, creditSystem, gradeScale, method, warning, number, percent }
}
