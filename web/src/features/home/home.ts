// The home page (GET /home): what waits for the signed-in user, as tasks in the order the
// server gives them, each with how many there are, up to five of them, and the filter of the
// list that shows them all. The page translates each kind and links each item to its record
// and the task to its list, with the filters that list reads from its URL.
import type { RouteLocationRaw } from 'vue-router'
import { request, type Id, type Schemas } from '../../api/client'

/** The kinds of task the server sends, in no particular order (the server orders them). */
export const TASK_KINDS = [
  'agreements_expiring',
  'nominations_to_decide',
  'nominations_awaiting_partner',
  'applications_to_score',
  'learning_agreements_to_approve',
  'stays_without_recognition',
  'calls_closing',
  'my_applications',
  'my_stays',
  'calls_open',
  'scholar_clocks_overdue',
] as const

export type TaskKind = (typeof TASK_KINDS)[number]

/**
 * One record a task is about: `title`, `detail`, `date` (an ISO date: an agreement's end, a
 * stay's start or, once ended, its end, a submission, a call's closing; empty for none) and
 * `status` (the record's own status code) by kind.
 */
export type HomeItem = Schemas['HomeItem']

/** How many records wait (`count`), the first five (`items`), and the query of the list that shows them all (`filter`). */
export type HomeTask = Schemas['HomeTask']

/** The reader's role, today (UTC) and their tasks in the order to show them. */
export type Home = Schemas['Home']

export async function getHome(signal?: AbortSignal): Promise<Home> {
  return (await request<Home>('GET', '/home', { signal })).data
}

export function isTaskKind(kind: string): kind is TaskKind {
  return (TASK_KINDS as readonly string[]).includes(kind)
}

// --- where a task leads ------------------------------------------------------------------

/** The list page that shows every record of a task, and the query parameters it reads from its URL. */
interface ListPage {
  route: string
  reads: readonly string[]
}

const AGREEMENTS: ListPage = {
  route: 'agreements',
  reads: ['q', 'partner', 'country', 'kind', 'status', 'expiring_within', 'isced'],
}
const STAYS: ListPage = { route: 'mobilities', reads: ['direction', 'status', 'year', 'awaiting_signature'] }
const NOMINATIONS: ListPage = { route: 'nominations', reads: ['state', 'direction'] }
// The calls list and a student's exchange page have no filters.
const CALLS: ListPage = { route: 'calls', reads: [] }
const EXCHANGE: ListPage = { route: 'exchange', reads: [] }
const SCHOLARS: ListPage = { route: 'scholars', reads: ['status', 'kind', 'direction', 'in_stay'] }

/**
 * The list of each kind. Applications have no list of their own across calls: the calls list
 * shows each call's submitted applications, and a call's page lists and scores them.
 */
const LIST_OF: Record<TaskKind, ListPage> = {
  agreements_expiring: AGREEMENTS,
  nominations_to_decide: NOMINATIONS,
  nominations_awaiting_partner: NOMINATIONS,
  applications_to_score: CALLS,
  learning_agreements_to_approve: STAYS,
  stays_without_recognition: STAYS,
  calls_closing: CALLS,
  my_applications: EXCHANGE,
  my_stays: STAYS,
  calls_open: EXCHANGE,
  scholar_clocks_overdue: SCHOLARS,
}

/** "See all": the task's list with those of its filters the list reads (the others would do nothing there). */
export function listLink(task: HomeTask & { kind: TaskKind }): RouteLocationRaw {
  const list = LIST_OF[task.kind]
  const query: Record<string, string> = {}
  for (const key of list.reads) {
    const value = task.filter?.[key]
    if (value !== undefined && value !== null && String(value) !== '') query[key] = String(value)
  }
  return { name: list.route, query }
}

/**
 * An item's record: an agreement, a stay (a nomination is one), a stay's learning agreement,
 * a student's application, a call (a student's open call on the exchange page), a scholar's
 * case (one of its legal clocks is overdue). An application
 * to score opens on its call's page at the applications in its status, the call's id read
 * first (`callOf`); until then, and when it cannot be read, the item leads to the calls.
 */
export function itemLink(kind: TaskKind, item: HomeItem, callOf?: Id | null): RouteLocationRaw {
  const id = String(item.id)
  switch (kind) {
    case 'agreements_expiring':
      return { name: 'agreement', params: { id } }
    case 'nominations_to_decide':
    case 'nominations_awaiting_partner':
    case 'stays_without_recognition':
    case 'my_stays':
      return { name: 'mobility', params: { id } }
    case 'learning_agreements_to_approve':
      return { name: 'learning-agreement', params: { id } }
    case 'applications_to_score':
      return callOf === undefined || callOf === null
        ? { name: 'calls' }
        : { name: 'call', params: { id: String(callOf) }, query: item.status ? { status: item.status } : {} }
    case 'calls_closing':
      return { name: 'call', params: { id } }
    case 'my_applications':
      return { name: 'application', params: { id } }
    case 'calls_open':
      return { name: 'exchange', hash: `#call-${id}` }
    case 'scholar_clocks_overdue':
      return { name: 'scholar', params: { id } }
  }
}

/** What an item's status code is: the vocabulary its label comes from. */
export type StatusDomain = 'agreement' | 'application' | 'stay' | 'call' | 'clock'

export const STATUS_DOMAIN: Record<TaskKind, StatusDomain> = {
  agreements_expiring: 'agreement',
  nominations_to_decide: 'stay',
  nominations_awaiting_partner: 'stay',
  applications_to_score: 'application',
  learning_agreements_to_approve: 'stay',
  stays_without_recognition: 'stay',
  calls_closing: 'call',
  my_applications: 'application',
  my_stays: 'stay',
  calls_open: 'call',
  scholar_clocks_overdue: 'clock',
}
