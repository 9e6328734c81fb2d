// The words of the scholar pages in the reader's language: states, kinds, directions, events,
// the clocks' states and the tasks. The server sends codes (and a task's English); a code
// this page does not know is shown as it is.
import { useI18n } from 'vue-i18n'
import type { Submit } from '../../shared/useSubmit'
import { isKnown } from '../mobility/mobility'
import { CASE_KINDS, CASE_STATUSES, CLOCK_STATES, DIRECTIONS, EVENT_KINDS, TASK_CODES, TASK_OWNERS, isStale, type ScholarTask } from './scholars'

/**
 * The badge class of a case's state and of a clock's state. The stylesheet's colours of the
 * other life cycles are reused: grey waiting, blue under way, amber pending, green running or
 * done, red refused or overdue, dark ended.
 */
const STATUS_CLASS: Record<string, string> = {
  requested: 'status--draft',
  screening: 'status--negotiation',
  approved: 'status--signed',
  permit_visa: 'status--expiring',
  arrived: 'status--renewed',
  registered: 'status--renewed',
  active: 'status--active',
  extended: 'status--active',
  departed: 'status--draft',
  closed: 'status--terminated',
  declined: 'status--expired',
  withdrawn: 'status--terminated',
}
const CLOCK_CLASS: Record<string, string> = {
  upcoming: 'status--draft',
  open: 'status--negotiation',
  overdue: 'status--expired',
  done: 'status--active',
  late: 'status--expiring',
}

export function statusClass(status: string): string {
  return STATUS_CLASS[status] ?? ''
}

export function clockClass(state: string): string {
  return CLOCK_CLASS[state] ?? ''
}

export function useScholarLabels() {
  const { t, locale } = useI18n()

  function known(list: readonly string[], prefix: string, value: string): string {
    return isKnown(list, value) ? t(`${prefix}.${value}`) : value
  }

  const status = (s: string): string => known(CASE_STATUSES, 'scholars.statuses', s)
  const kind = (s: string): string => known(CASE_KINDS, 'scholars.kinds', s)
  const direction = (s: string): string => known(DIRECTIONS, 'scholars.directions', s)
  const eventKind = (s: string): string => known(EVENT_KINDS, 'scholars.eventKinds', s)
  const clockState = (s: string): string => known(CLOCK_STATES, 'scholars.clockStates', s)
  const owner = (s: string): string => known(TASK_OWNERS, 'scholars.owners', s)
  /** A task in words: its code's translation, else the server's English. */
  const task = (x: ScholarTask): string => (isKnown(TASK_CODES, x.code) ? t(`scholars.tasks.${x.code}`) : x.text)
  /** The button that moves a case to `to`. */
  const move = (to: string): string => (isKnown(CASE_STATUSES, to) ? t(`scholars.moves.${to}`) : to)

  /** Why the last write of `submit` failed: changed meanwhile, else the field errors or the server's words, else `fallback`. */
  function failure(submit: Submit, fallback: string): string | null {
    const err = submit.error.value
    if (!err) return null
    if (isStale(err)) return t('scholars.conflict')
    const fields = submit.fields.all.value.map((e) => e.message).join(' ')
    return fields || err.detail || fallback
  }

  return { t, locale, status, kind, direction, eventKind, clockState, owner, task, move, failure }
}
