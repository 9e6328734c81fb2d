// What the agreement pages share: the life-cycle rules as the API states them
// (docs/agreements.md), the ISCED-F list, and small display helpers.
import { AGREEMENT_STATUSES, type Agreement, type AgreementParty, type Id, type PartyInstitution } from './api'
import isced from '../../data/isced_f_2013.json'
import { session } from './session'

/** The moves an officer may make by hand, from the stored status. */
const MOVES: Readonly<Record<string, readonly string[]>> = {
  draft: ['negotiation', 'terminated'],
  negotiation: ['draft', 'signed', 'terminated'],
  signed: ['active', 'terminated'],
  active: ['terminated', 'renewed'],
  expired: ['renewed'],
}

/**
 * The statuses the agreement may move to now. `expiring` and `expired` are
 * derived from the end date: an expiring agreement is still stored as active,
 * and an expired one may be renewed.
 */
export function allowedMoves(agreement: Pick<Agreement, 'status' | 'stored_status'>): string[] {
  const moves = new Set<string>(MOVES[agreement.stored_status] ?? [])
  if (agreement.status === 'expired') {
    moves.clear()
    for (const to of MOVES.expired ?? []) moves.add(to)
  }
  return [...moves]
}

export function isKnownStatus(status: string): boolean {
  return (AGREEMENT_STATUSES as readonly string[]).includes(status)
}

export function canManageAgreements(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer'
}

export function canSeeAgreements(): boolean {
  const role = session.user?.role
  return role !== undefined && role !== 'student'
}

export function canSeeReminders(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer' || role === 'viewer'
}

export function institutionName(inst: Pick<PartyInstitution, 'name' | 'name_zh'>, locale: string): string {
  return locale === 'zh' && inst.name_zh ? inst.name_zh : inst.name
}

export function partners(agreement: Pick<Agreement, 'parties'>): AgreementParty[] {
  return (agreement.parties ?? []).filter((p) => !p.is_home)
}

export function sameId(a: Id | null | undefined, b: Id | null | undefined): boolean {
  return a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
}

export interface IscedField {
  code: string
  level: 'broad' | 'narrow' | 'detailed'
  label: string
}

export const ISCED_FIELDS: readonly IscedField[] = (isced as IscedField[]).map(({ code, level, label }) => ({
  code,
  level,
  label,
}))

export function iscedLabel(code: string | null | undefined): string | null {
  if (!code) return null
  return ISCED_FIELDS.find((f) => f.code === code)?.label ?? null
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
