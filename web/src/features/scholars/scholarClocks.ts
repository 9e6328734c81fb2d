// What the scholar pages work out from a case without asking the server: which clocks are
// overdue, a clock's name in the reader's language, and times in China's time (UTC+8, no
// daylight saving), in which the events are recorded and the clocks run (docs/scholars.md).
// No imports beyond types: web/test/scholars.test.mjs runs this file as it is.
import type { ScholarClock } from './scholars'

/** China's offset from UTC, all year. */
export const CHINA_OFFSET = '+08:00'
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** The clocks past their time and not done. */
export function overdueClocks(clocks: readonly Pick<ScholarClock, 'state'>[] | null | undefined): number {
  return (clocks ?? []).filter((c) => c.state === 'overdue').length
}

/** A clock's name in the reader's language: the Chinese one for Chinese readers where the rule has one. */
export function clockName(clock: Pick<ScholarClock, 'name' | 'name_zh'>, locale: string): string {
  return locale === 'zh' && clock.name_zh ? clock.name_zh : clock.name
}

/** `at` as China's wall clock reads it: "2026-12-07T14:30" (for an <input type="datetime-local">). */
export function chinaWallTime(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16)
}

/** `at` as an ISO 8601 time in China's time with its offset: "2026-12-07T14:30:05+08:00". */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19) + CHINA_OFFSET
}

/**
 * What an event's time field sends: a wall time typed in China's time ("2026-12-07T14:30")
 * with its offset, a date ("2026-12-07") as it is; null for anything else.
 */
export function fromChinaWallTime(value: string): string | null {
  const text = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(text)
  if (!match) return null
  return `${match[1]}${match[2] ?? ':00'}${CHINA_OFFSET}`
}

/** Whether moving a case to `to` needs a reason (a decline, a withdrawal). */
export function needsReason(to: string): boolean {
  return to === 'declined' || to === 'withdrawn'
}

/** Whether moving a case to `to` needs its new end (an extension). */
export function needsEnd(to: string): boolean {
  return to === 'extended'
}

/** The end the stay runs to now: its extension's, else the planned one. */
export function stayEnd(c: { planned_end: string; extended_to: string | null | undefined }): string {
  return c.extended_to ? c.extended_to : c.planned_end
}

/** Events whose doing a clock waits for (a registration, a filing); an exit calls for nothing. */
export function eventCallsForDoing(kind: string): boolean {
  return kind === 'entry' || kind === 'move' || kind === 'change'
}
