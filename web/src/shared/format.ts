// Display helpers every area uses: names in the reader's language, dates, sizes, languages.
import { type Id, type PartyInstitution } from '../api/client'

export function institutionName(inst: Pick<PartyInstitution, 'name' | 'name_zh'>, locale: string): string {
  return locale === 'zh' && inst.name_zh ? inst.name_zh : inst.name
}

export function sameId(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
}

/** Days from today (local calendar) to an ISO date; negative when past. */
export function daysUntil(isoDate: string | null | undefined, today: Date = new Date()): number | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}/.test(isoDate)) return null
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number]
  const end = Date.UTC(y, m - 1, d)
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  return Math.round((end - now) / 86_400_000)
}

/** A date or timestamp as the reader's locale writes it. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return ''
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date)
}

export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: unit ? 1 : 0 })
  return `${number.format(value)} ${units[unit]}`
}

/** A language code (ISO 639-1) in the reader's language, e.g. "en" → "English" / "英语". */
export function languageName(code: string, locale: string): string {
  try {
    const names = new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'language' })
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** Common teaching languages offered first in the language picker. */
export const COMMON_LANGUAGES = ['en', 'zh', 'fr', 'de', 'es', 'it', 'ja', 'ko', 'pt', 'ru', 'nl', 'sv', 'ar'] as const
