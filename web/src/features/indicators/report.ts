// What the printable indicator report adds to the Indicators page's helpers: the notes that
// say why a year has no value (numbered once per reason), the change over the last year, the
// year whose people are counted, the office's figures in order, and the date it is produced.
import { sameId } from '../../shared/format'
import { isKnown } from '../mobility/mobility'
import { MEASURES, localised, type Indicator, type IndicatorFigure, type IndicatorSeries } from './indicators'

/** The report prints an index with the four decimals the server rounds to. */
export const REPORT_INDEX_DIGITS = 4

/** The reasons for no data, numbered from 1 in the order they first appear; one number per distinct reason. */
export interface ReportNotes {
  texts: string[]
  /** The number of an item's reason; null when it has a value or no reason. */
  numberOf: (item: Indicator) => number | null
}

export function noDataNotes(series: readonly IndicatorSeries[], locale: string): ReportNotes {
  const texts: string[] = []
  const numbers = new Map<Indicator, number>()
  for (const s of series) {
    for (const item of s.years) {
      if (item.value !== null) continue
      const text = localised(item, locale).noData
      if (!text) continue
      let index = texts.indexOf(text)
      if (index < 0) index = texts.push(text) - 1
      numbers.set(item, index + 1)
    }
  }
  return { texts, numberOf: (item) => numbers.get(item) ?? null }
}

/**
 * The change of a value from the year before, in the indicator's unit, rounded as it prints
 * (a ratio in percentage points with one decimal); null when either year has no value.
 */
export function changeOf(current: Indicator | undefined, previous: Indicator | undefined): number | null {
  if (!current || !previous || current.value === null || previous.value === null) return null
  const delta = current.value - previous.value
  if (current.unit === 'ratio') return Math.round(delta * 1000) / 10
  if (current.unit === 'index') return Math.round(delta * 10 ** REPORT_INDEX_DIGITS) / 10 ** REPORT_INDEX_DIGITS
  return Math.round(delta)
}

/** A change with its sign ("+1.2", "−3", "0"): percentage points for a ratio, the unit's decimals otherwise. */
export function formatChange(change: number, unit: string, locale: string): string {
  const digits = unit === 'ratio' ? 1 : unit === 'index' ? REPORT_INDEX_DIGITS : 0
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(change)
}

/**
 * The year whose people the report counts: the latest with a value, else the latest that
 * counts somebody (a rate whose denominator is not entered); null when there is none.
 */
export function countedYear(series: IndicatorSeries): Indicator | null {
  const newestFirst = [...series.years].reverse()
  return newestFirst.find((y) => y.value !== null) ?? newestFirst.find((y) => y.numerator > 0) ?? null
}

/** The figures of the report's org unit (null: the whole institution), by measure in the catalogue's order, then by year. */
export function figuresInOrder(figures: readonly IndicatorFigure[], orgUnit: string | number | null): IndicatorFigure[] {
  const rank = (measure: string) => (isKnown(MEASURES, measure) ? MEASURES.indexOf(measure) : MEASURES.length)
  return figures
    .filter((f) => (orgUnit === null ? f.org_unit === null : sameId(f.org_unit, orgUnit)))
    .sort((a, b) => rank(a.measure) - rank(b.measure) || a.measure.localeCompare(b.measure) || a.year - b.year)
}

/** Today in the reader's calendar, as an ISO date ("2026-12-05"). */
export function todayIso(today: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`
}
