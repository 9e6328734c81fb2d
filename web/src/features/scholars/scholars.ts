// The scholar case file (docs/scholars.md): one case per scholar and stay — faculty recruited,
// visiting scholars, faculty exchange — with its life cycle, the dated events China's legal
// clocks run from, its permits and the clocks themselves. The types are the OpenAPI
// document's (ScholarCaseView, ScholarClock, …); the requests are GET/POST /scholars,
// GET/PATCH /scholars/{id}, its transitions and events, and the overdue clocks.
import { API_ROOT, headerSafeFilename, request, query, type ApiError, type ApiResponse, type Id, type Schemas } from '../../api/client'

export type ScholarCase = Schemas['ScholarCaseView']
export type ScholarClock = Schemas['ScholarClock']
export type ScholarEvent = Schemas['ScholarEvent']
export type ScholarPermit = Schemas['ScholarPermit']
export type ScholarTask = Schemas['ScholarTask']
export type OverdueScholarClock = Schemas['OverdueScholarClock']
export type ScholarDocument = Schemas['ScholarDocument']

export const DOCUMENT_KINDS = ['passport', 'cv', 'invitation', 'contract', 'degree', 'permit', 'other'] as const
export const CASE_KINDS = ['faculty', 'visiting', 'exchange'] as const
export const DIRECTIONS = ['incoming', 'outgoing'] as const
export const CASE_STATUSES = [
  'requested',
  'screening',
  'approved',
  'permit_visa',
  'arrived',
  'registered',
  'active',
  'extended',
  'departed',
  'closed',
  'declined',
  'withdrawn',
] as const
export const EVENT_KINDS = ['entry', 'move', 'change', 'exit'] as const
export const CLOCK_STATES = ['upcoming', 'open', 'overdue', 'done', 'late'] as const
export const TASK_OWNERS = ['host', 'office', 'scholar'] as const
export const TASK_CODES = [
  'screen',
  'decide',
  'apply_work_permit',
  'send_invitation',
  'apply_visa',
  'obtain_visa',
  'prepare_arrival',
  'travel',
  'register_accommodation',
  'start',
  'file_residence_permit',
  'report_changes',
  'close',
] as const
/** The work permit's categories. */
export const PERMIT_CATEGORIES = ['A', 'B', 'C'] as const

export type CaseKind = (typeof CASE_KINDS)[number]
export type Direction = (typeof DIRECTIONS)[number]
export type EventKind = (typeof EVENT_KINDS)[number]

export interface ScholarPage {
  items: ScholarCase[]
  next: string | null
  total: number
}

export interface ScholarQuery {
  status?: string
  kind?: string
  direction?: string
  in_stay?: string
  person?: string
  host_unit?: string
  limit?: number
  cursor?: string | null
}

/** What POST /scholars takes: the case, and (`scholar`) the person when they are new to Orbis. */
export type ScholarRequest = Schemas['ScholarRequestInput']

/** What PATCH /scholars/{id} changes (only what it names). */
export type ScholarPatch = Schemas['ScholarCaseInput']

/** An event as POST and PUT /scholars/{id}/events take it. */
export type ScholarEventInput = Schemas['ScholarEventInput']

/** A move as POST /scholars/{id}/transitions takes it. */
export type ScholarTransition = Schemas['ScholarTransitionInput']

function casePath(id: Id, rest = ''): string {
  return `/scholars/${encodeURIComponent(String(id))}${rest}`
}

/** A page of the cases the reader may see, the latest planned start first. */
export async function listScholars(params: ScholarQuery, signal?: AbortSignal): Promise<ScholarPage> {
  return (await request<ScholarPage>('GET', '/scholars' + query({ ...params }), { signal })).data
}

/** The states in which the stay has begun: it can be asserted as an ORCID affiliation. */
const BEGUN = new Set(['arrived', 'registered', 'active', 'extended', 'departed', 'closed'])

/** The stay as an ORCID record item (XML), for those who see the case's personal data. */
export function orcidUrl(c: ScholarCase): string | null {
  return c.personal && BEGUN.has(c.status) ? `${API_ROOT}${casePath(c.id)}/orcid` : null
}

/** Keeps a document on the case (the office and the department). */
export async function uploadScholarDocument(id: Id, kind: string, file: File): Promise<ScholarDocument> {
  const { data } = await request<ScholarDocument>('POST', casePath(id, `/documents?kind=${encodeURIComponent(kind)}`), {
    rawBody: file,
    rawType: file.type || 'application/octet-stream',
    headers: { 'X-Filename': headerSafeFilename(file.name) },
  })
  return data
}

export function documentUrl(id: Id, document: Id): string {
  return `${API_ROOT}${casePath(id, `/documents/${encodeURIComponent(String(document))}`)}`
}

export function getScholar(id: Id, signal?: AbortSignal): Promise<ApiResponse<ScholarCase>> {
  return request<ScholarCase>('GET', casePath(id), { signal })
}

/** A department's request (a coordinator's is in their own department) or the office's record. */
export function createScholar(input: ScholarRequest): Promise<ApiResponse<ScholarCase>> {
  return request<ScholarCase>('POST', '/scholars', { body: input })
}

export function patchScholar(id: Id, etag: string, patch: ScholarPatch): Promise<ApiResponse<ScholarCase>> {
  return request<ScholarCase>('PATCH', casePath(id), { body: patch, headers: { 'If-Match': etag } })
}

/** Moves a case; a decline or withdrawal carries its reason, an extension its new end. */
export function transitionScholar(
  id: Id,
  etag: string,
  move: ScholarTransition,
): Promise<ApiResponse<ScholarCase>> {
  return request<ScholarCase>('POST', casePath(id, '/transitions'), { body: move, headers: { 'If-Match': etag } })
}

/** Records an entry, a move, a change or an exit. */
export function recordScholarEvent(id: Id, etag: string, event: ScholarEventInput): Promise<ApiResponse<ScholarCase>> {
  return request<ScholarCase>('POST', casePath(id, '/events'), { body: event, headers: { 'If-Match': etag } })
}

/** Changes a recorded event as a whole (e.g. sets when the registration was made). */
export function updateScholarEvent(id: Id, eventId: Id, etag: string, event: ScholarEventInput): Promise<ApiResponse<ScholarCase>> {
  return request<ScholarCase>('PUT', casePath(id, `/events/${encodeURIComponent(String(eventId))}`), {
    body: event,
    headers: { 'If-Match': etag },
  })
}

/** The If-Match value for a case: the ETag read with it, else its version quoted. */
export function ifMatchOf(c: { version: number }, etag: string | null): string {
  return etag ?? `"${c.version}"`
}

/**
 * Whether a write was refused because the case changed since it was read (reload and try
 * again) rather than because of what it asked: a 409 says which in its detail, since a move
 * the life cycle does not allow is a conflict too.
 */
export function isStale(err: ApiError): boolean {
  return err.status === 412 || (err.status === 409 && /changed by someone else/i.test(err.detail ?? ''))
}

// --- work-permit category and points (docs/scholars.md, docs/rules.md) ------------------

/** What POST /scholars/work-permit-points takes: what is known of a candidate, and the day. */
export type WorkPermitPointsInput = Schemas['WorkPermitCandidateInput']
/** Its answer: the result under each points table holding on the day, and which applied. */
export type WorkPermitPoints = Schemas['WorkPermitPoints']
export type WorkPermitAssessment = Schemas['WorkPermitAssessment']
/** A dated, cited rule set as GET /rules lists it. */
export type RuleSet = Schemas['RuleSet']

export const DEGREES = ['none', 'bachelor', 'master', 'doctorate'] as const
/** HSK levels 1 to 6 (HSK 2.0); 0: none. */
export const HSK_LEVELS = [0, 1, 2, 3, 4, 5, 6] as const
/** What a category rests on. */
export const CATEGORY_BASES = ['points', 'talent_criteria', 'degree_and_experience', 'below_thresholds'] as const
/** The evidence an assessment may find missing. */
export const EVIDENCE_KINDS = ['degree_verification', 'hsk_certificate', 'salary_contract'] as const
/** The rule-set kind of the points tables. */
export const POINTS_RULE_KIND = 'work_permit_points'

/**
 * The category and points under every table that holds on `assessed_on` (today when not
 * given). Refused with 422 and field errors for a bad input, 404 when no table holds on the
 * day, 403 for a role that may not assess.
 */
export async function assessWorkPermitPoints(input: WorkPermitPointsInput): Promise<WorkPermitPoints> {
  return (await request<WorkPermitPoints>('POST', '/scholars/work-permit-points', { body: input })).data
}

/** Every rule set Orbis ships, with its sources (any signed-in reader). */
export async function listRuleSets(signal?: AbortSignal): Promise<RuleSet[]> {
  return (await request<{ items: RuleSet[] }>('GET', '/rules', { signal })).data.items
}
