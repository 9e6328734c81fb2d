// The words of the joint teaching pages in the reader's language: modes, levels, forms and
// verdicts, academic years ("2026/2027"), names with their Chinese forms, shares and their
// minimums. The server sends codes; a code these pages do not know is shown as it is.
import { useI18n } from 'vue-i18n'
import { countryName } from '../../shared/session'
import { academicYear } from '../indicators/indicators'
import { isKnown } from '../mobility/mobility'
import { COURSE_MODES, PROGRAMME_FORMS, PROGRAMME_LEVELS, VERDICTS } from './teaching'

/** A verdict's colour, as the indicators' targets show theirs: green met, red not met. */
const VERDICT_CLASS: Record<string, string> = {
  met: 'target-verdict--met',
  not_met: 'target-verdict--missed',
}

export function verdictClass(verdict: string): string {
  return VERDICT_CLASS[verdict] ?? ''
}

/** The mark before a verdict, for readers who do not tell green from red. */
export function verdictMark(verdict: string): string {
  return verdict === 'met' ? '✓' : verdict === 'not_met' ? '✗' : '–'
}

export function useTeachingLabels() {
  const { t, locale } = useI18n()

  function known(list: readonly string[], prefix: string, value: string): string {
    return isKnown(list, value) ? t(`${prefix}.${value}`) : value
  }

  const mode = (s: string): string => known(COURSE_MODES, 'teaching.modes', s)
  const level = (s: string): string => known(PROGRAMME_LEVELS, 'teaching.levels', s)
  const form = (s: string): string => known(PROGRAMME_FORMS, 'teaching.forms', s)
  const verdict = (s: string): string => known(VERDICTS, 'teaching.verdicts', s)

  /** A name in the reader's language: its Chinese form in Chinese when it has one ('' counts as none). */
  const local = (item: { name: string; name_zh?: string | null } | null | undefined): string => {
    if (!item) return ''
    return locale.value === 'zh' && item.name_zh ? item.name_zh : item.name
  }
  /** A course's title in the reader's language. */
  const courseTitle = (c: { title: string; title_zh: string | null }): string => (locale.value === 'zh' && c.title_zh ? c.title_zh : c.title)
  const country = (code: string): string => (code ? countryName(code, locale.value) : '')

  /** A whole number as the reader's language writes it. */
  const count = (n: number): string => new Intl.NumberFormat(locale.value === 'zh' ? 'zh-CN' : 'en').format(n)
  /** A share's percent, to the tenth the server rounds it down to. */
  const percent = (p: number): string =>
    new Intl.NumberFormat(locale.value === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p) + '%'

  return { t, locale, mode, level, form, verdict, local, courseTitle, country, count, percent, academicYear }
}
