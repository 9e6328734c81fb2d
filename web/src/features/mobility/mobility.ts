// Mobility (docs/mobility.md): programmes, calls for applications and their offers,
// applications, placement runs, nominations and stays. The types follow the JSON the
// API writes (src/domain/mobility_json.cc, src/service/calls.cc, mobilities.cc); the
// helpers are what several pages share: who may do what, names in the reader's
// language, the life-cycle moves of a stay, and times with their offset.
import { request, query, type ApiResponse, type HistoryEntry, type Id } from '../../api/client'
export const PROGRAMME_KINDS = [
  'semester_exchange',
  'year_exchange',
  'summer_school',
  'winter_school',
  'internship',
  'research_visit',
  'staff_exchange',
  'joint_degree',
] as const

export const TERMS = ['autumn', 'spring', 'full_year', 'summer', 'winter'] as const

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'placed',
  'waitlisted',
  'unplaced',
  'nominated',
  'accepted',
  'rejected',
  'confirmed',
  'withdrawn',
] as const

export const MOBILITY_STATUSES = [
  'nominated',
  'accepted',
  'preparing',
  'abroad',
  'completed',
  'recognised',
  'cancelled',
] as const

export const VERDICT_CODES = ['level', 'year_of_study', 'gpa', 'gpa_missing', 'language', 'field', 'no_seats'] as const

export const EXPLANATION_REASONS = ['not_eligible', 'no_seats', 'outranked', 'welfare_trade_off'] as const

export const DOCUMENT_KINDS = [
  'transcript',
  'language_certificate',
  'motivation_letter',
  'cv',
  'passport',
  'other',
] as const

export const NOMINATION_STATES = ['pending', 'accepted', 'rejected'] as const

/** GPA scales the eligibility rules may name (the grades scale ids). */
export const GPA_SCALES = ['cn100', 'us4', 'uk', 'de', 'fr20', 'it30', 'nl10', 'percent'] as const

// --- records -------------------------------------------------------------------

export interface Money {
  amount: string
  currency: string
}

export interface InstitutionRef {
  id?: Id
  name: string
  name_zh: string | null
  country: string
}

export interface Scholarship {
  code: string
  name: string
  name_zh: string
  sponsor: string
  amount: Money | null
  eligibility: string
  eligibility_zh: string
  nationalities: string[]
  places: number | null
}

export interface Programme {
  id: Id
  code: string
  name: string
  name_zh: string
  kind: string
  host_ids: Id[]
  hosts?: InstitutionRef[]
  agreement_id?: Id | null
  condition_ids?: number[]
  language: string
  fee: Money | null
  capacity: number | null
  max_duration_months: number
  description: string
  description_zh: string
  scholarships: Scholarship[]
  published: boolean
  version?: number
  /** What the reader may do with it (not on the public list). */
  allowed_actions?: 'update'[]
}

/** A scholarship as the programme form edits it (numbers and lists as typed). */
export interface ScholarshipRow {
  key: number
  code: string
  name: string
  name_zh: string
  sponsor: string
  amount: string
  currency: string
  eligibility: string
  eligibility_zh: string
  nationalities: string
  places: string | number
}

export type ProgrammeInput = Omit<Programme, 'id' | 'hosts' | 'version'>

export interface EligibilityRules {
  levels: number[]
  years_of_study: number[]
  min_gpa: number | null
  gpa_scale: string
  language: string
  min_cefr: string
  field: string
}

export interface Weights {
  gpa: number
  language: number
  interview: number
  motivation: number
}

export interface Offer {
  id: number
  agreement_id: Id | null
  condition_id: number | null
  programme_id: Id | null
  host_id: Id
  host?: InstitutionRef
  seats: number
  title: string
  eligibility: EligibilityRules
  /** Staff only: how many applicants ranked it first, and at all. */
  first_choices?: number
  rankings?: number
}

export type CallPhase = 'upcoming' | 'open' | 'closed'

export interface Call {
  id: Id
  code: string
  title: string
  title_zh: string
  academic_year: string
  term: string
  opens_at: string
  closes_at: string
  time_zone: string
  org_unit_id: Id | null
  eligibility: EligibilityRules
  weights: Weights
  max_preferences: number
  offers: Offer[]
  phase: CallPhase
  published_run_id: Id | null
  /** Staff only. */
  applications?: { total: number; submitted: number }
  version: number
  /** What the reader may do with the call now, as its phase and the server's policy say. */
  allowed_actions: CallAction[]
}

export type CallAction = 'update' | 'add_offer' | 'apply' | 'import_applications' | 'place' | 'refill' | 'nominate'

/** An offer as the call form sends it: without an id to add one, with its id to keep it. */
export interface OfferInput {
  id?: number
  agreement_id?: Id | null
  condition_id?: number | null
  programme_id?: Id | null
  host_id?: Id
  seats: number
  title: string
  eligibility: EligibilityRules
}

/** An offer the call form is about to add, with what it shows about its source. */
export interface PickedOffer {
  input: OfferInput
  hostName: string
  source: string
}

export interface CallInput {
  code: string
  title: string
  title_zh: string
  academic_year: string
  term: string
  opens_at: string
  closes_at: string
  time_zone: string
  eligibility: EligibilityRules
  weights: Weights
  max_preferences: number
  offers: OfferInput[]
}

export interface Verdict {
  offer_id: number
  eligible: boolean
  code: string
  reason: string
}

export interface Explanation {
  offer_id: number
  reason: string
  priority_position: number
  cutoff_score: number | null
  detail: string
}

export interface PlacementResult {
  run_id: Id
  offer_id: number | null
  preference: number | null
  waiting_position: number | null
  explanations: Explanation[]
}

export interface ApplicationDocument {
  id: Id
  kind: string
  name: string
  content_type: string
  sha256: string
  size: number
  uploaded_at: string
}

export interface Applicant {
  id: Id
  display_name: string
  family_name: string
  given_name: string
  name_zh: string
  level: number | null
  field: string
  gpa?: number | null
  gpa_scale: string
  email?: string
}

export interface Application {
  id: Id
  call_id: Id
  person_id: Id
  org_unit_id: Id | null
  status: string
  preferences: number[]
  motivation?: string
  verdicts: Verdict[]
  interview_score: number | null
  motivation_score: number | null
  scored_by: string
  score: number | null
  documents?: ApplicationDocument[]
  result: PlacementResult | null
  submit_started_at: string
  submitted_at: string
  created_at: string
  updated_at: string
  history: HistoryEntry[]
  person: Applicant
  version: number
  /** What the signed-in user may do with it at its status, as the server decides. */
  allowed_actions: ('edit' | 'add_document' | 'submit' | 'withdraw' | 'score' | 'confirm')[]
}

export interface RunStatistics {
  algorithm: string
  applicants: number
  placed: number
  seats: number
  placed_at_preference: number[]
  total_rank: number
  blocking_pairs: number
}

export interface PlacementRun {
  id: Id
  call_id: Id
  mode: string
  seed: string
  input_sha256: string
  engine_version: string
  statistics: RunStatistics | null
  created_at: string
  created_by: string
  published_at: string | null
}

export interface RunPlacement {
  offer_id: number | null
  preference: number | null
}

export interface RunComparison {
  a: PlacementRun
  b: PlacementRun
  same_input: boolean
  unchanged: number
  differences: { application_id: Id; name: string; a: RunPlacement; b: RunPlacement }[]
}

export interface MobilityPerson {
  id: Id
  kind: string
  display_name: string
  family_name: string
  given_name: string
  name_zh: string
  nationality: string
  level: number | null
  field: string
  email?: string
}

export interface Funding {
  source: string
  scholarship: string
  sponsor: string
  amount: Money | null
}

export interface Nomination {
  decision: 'pending' | 'accepted' | 'rejected' | string
  nominated_at: string
  nominated_by: string
  decided_at: string
  decided_by: string
  reason: string
}

export interface Mobility {
  id: Id
  person_id: Id
  person: MobilityPerson
  direction: 'outgoing' | 'incoming' | string
  type: string
  sending_institution_id: Id
  receiving_institution_id: Id
  sending?: InstitutionRef
  receiving?: InstitutionRef
  agreement_id: Id | null
  agreement?: { id: Id; code: string; title: string }
  condition_id: number | null
  programme_id: Id | null
  programme?: { id: Id; code: string; name: string; name_zh: string }
  call_id: Id | null
  call?: { id: Id; code: string; title: string }
  application_id: Id | null
  academic_year: string
  planned_start: string
  planned_end: string
  planned_months?: number
  actual_start: string
  actual_end: string
  credits_planned: number
  funding: Funding[]
  status: string
  nomination: Nomination
  cancel_reason: string
  history: HistoryEntry[]
  version: number
  /** What the signed-in user may do with the stay now, as the server decides. */
  allowed_actions: ('update' | 'transition' | 'decide')[]
  /** The statuses the signed-in user may move the stay to now. */
  allowed_transitions: string[]
}

export interface MobilityPage {
  items: Mobility[]
  next: string | null
  total: number
}

export interface MobilityQuery {
  direction?: string
  status?: string
  year?: string
  /** 'true': only stays whose learning agreement waits for the reader's side to sign. */
  awaiting_signature?: string
  limit?: number
  cursor?: string | null
}

export interface NominationQuery {
  state?: string
  direction?: string
  year?: string
  limit?: number
  cursor?: string | null
}

export interface IncomingNominationInput {
  person: {
    family_name: string
    given_name: string
    name_zh: string
    email: string
    nationality: string
    level: number | null
    field: string
    languages: { language: string; cefr: string }[]
  }
  agreement_id: Id | null
  /** The office names the sender; a partner's own institution is the sender of its nominations. */
  sending_institution_id?: Id
  type: string
  academic_year: string
  planned_start: string
  planned_end: string
}

// --- requests -------------------------------------------------------------------

export interface List<T> {
  items: T[]
  next: string | null
}

/** The size of a page of the lists shown with "load more". */
const PAGE_SIZE = 20

function path(kind: string, id: Id, rest = ''): string {
  return `/${kind}/${encodeURIComponent(String(id))}${rest}`
}

/** The If-Match value for a record the server versions (its ETag is the quoted version). */
export function ifMatch(record: { version?: number }, etag?: string | null): Record<string, string> {
  return { 'If-Match': etag ?? `"${record.version ?? 0}"` }
}

/** One page of programmes, by code (`cursor` null: the first). */
export async function programmesPage(cursor: string | null, signal?: AbortSignal): Promise<List<Programme>> {
  return (await request<List<Programme>>('GET', '/programmes' + query({ limit: PAGE_SIZE, cursor }), { signal })).data
}

/** Every programme, to choose one from (a university runs tens of them). */
export function listProgrammes(signal?: AbortSignal): Promise<Programme[]> {
  return everyPage<Programme>('/programmes', signal)
}

/** One page of the published programmes, for anyone (no session needed). */
export async function publicProgrammesPage(cursor: string | null, signal?: AbortSignal): Promise<List<Programme>> {
  return (await request<List<Programme>>('GET', '/public/programmes' + query({ limit: PAGE_SIZE, cursor }), { signal, quiet401: true })).data
}

export function getProgramme(id: Id, signal?: AbortSignal): Promise<ApiResponse<Programme>> {
  return request<Programme>('GET', path('programmes', id), { signal })
}

export function createProgramme(input: ProgrammeInput): Promise<ApiResponse<Programme>> {
  return request<Programme>('POST', '/programmes', { body: input })
}

export function patchProgramme(id: Id, etag: string, patch: Partial<ProgrammeInput>): Promise<ApiResponse<Programme>> {
  return request<Programme>('PATCH', path('programmes', id), { body: patch, headers: { 'If-Match': etag } })
}

/** One page of calls: the newest academic year first, then by code (`cursor` null: the first). */
export async function callsPage(cursor: string | null, signal?: AbortSignal): Promise<List<Call>> {
  return (await request<List<Call>>('GET', '/calls' + query({ limit: PAGE_SIZE, cursor }), { signal })).data
}

/** Every call a student sees: the ones open now and the ones applied to, a short list. */
export function studentCalls(signal?: AbortSignal): Promise<Call[]> {
  return everyPage<Call>('/calls', signal)
}

export function getCall(id: Id, signal?: AbortSignal): Promise<ApiResponse<Call>> {
  return request<Call>('GET', path('calls', id), { signal })
}

export function createCall(input: CallInput): Promise<ApiResponse<Call>> {
  return request<Call>('POST', '/calls', { body: input })
}

export function patchCall(id: Id, etag: string, patch: Partial<CallInput>): Promise<ApiResponse<Call>> {
  return request<Call>('PATCH', path('calls', id), { body: patch, headers: { 'If-Match': etag } })
}

/** One page of a call's applications (50 at a time), in the order they were made. */
export async function listCallApplications(id: Id, status: string, cursor: string | null, signal?: AbortSignal): Promise<List<Application>> {
  const params: Record<string, string> = { status, limit: '50' }
  if (cursor) params.cursor = cursor
  return (await request<List<Application>>('GET', path('calls', id, '/applications') + query(params), { signal })).data
}

/** Every item of a short list, read page by page (a student's applications, a call's runs). */
async function everyPage<T>(listPath: string, signal?: AbortSignal): Promise<T[]> {
  const out: T[] = []
  let cursor: string | null = null
  do {
    const page: List<T> = (await request<List<T>>('GET', listPath + query(cursor ? { cursor } : {}), { signal })).data
    out.push(...page.items)
    cursor = page.next
  } while (cursor)
  return out
}

/** A student starts a draft with the offers ranked so far. */
export function applyToCall(id: Id, preferences: number[], motivation = ''): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('calls', id, '/applications'), { body: { preferences, motivation } })
}

export function myApplications(signal?: AbortSignal): Promise<Application[]> {
  return everyPage<Application>('/applications', signal)
}

export function getApplication(id: Id, signal?: AbortSignal): Promise<ApiResponse<Application>> {
  return request<Application>('GET', path('applications', id), { signal })
}

export function patchApplication(
  id: Id,
  etag: string,
  change: { preferences?: number[]; motivation?: string },
): Promise<ApiResponse<Application>> {
  return request<Application>('PATCH', path('applications', id), { body: change, headers: { 'If-Match': etag } })
}

/** Records that the student opened the submit confirmation (the grace period starts from it). */
export function beginSubmission(id: Id): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('applications', id, '/submission'))
}

export function submitApplication(id: Id, etag: string): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('applications', id, '/submit'), { headers: { 'If-Match': etag } })
}

export function withdrawApplication(id: Id, reason: string): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('applications', id, '/withdraw'), { body: { reason } })
}

export function confirmApplication(id: Id): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('applications', id, '/confirm'))
}

export function scoreApplication(
  id: Id,
  etag: string,
  scores: { interview_score: number | null; motivation_score: number | null },
): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('applications', id, '/score'), { body: scores, headers: { 'If-Match': etag } })
}

export function uploadApplicationDocument(id: Id, kind: string, file: File): Promise<ApiResponse<Application>> {
  return request<Application>('POST', path('applications', id, '/documents') + query({ kind, name: file.name }), {
    rawBody: file,
    rawType: file.type || 'application/octet-stream',
  })
}

export function applicationDocumentUrl(id: Id, document: Id): string {
  return `/api/v1${path('applications', id, `/documents/${encodeURIComponent(String(document))}`)}`
}

export function listRuns(callId: Id, signal?: AbortSignal): Promise<PlacementRun[]> {
  return everyPage<PlacementRun>(path('calls', callId, '/placement-runs'), signal)
}

export async function runPlacement(callId: Id, mode: string, seed: number | null): Promise<PlacementRun> {
  const body = seed === null ? { mode } : { mode, seed }
  return (await request<PlacementRun>('POST', path('calls', callId, '/placement-runs'), { body })).data
}

export async function compareRuns(a: Id, b: Id): Promise<RunComparison> {
  return (await request<RunComparison>('GET', '/placement-runs/compare' + query({ a: String(a), b: String(b) }))).data
}

export async function publishRun(id: Id): Promise<PlacementRun> {
  return (await request<PlacementRun>('POST', path('placement-runs', id, '/publish'))).data
}

export async function nominatePlaced(callId: Id): Promise<number> {
  return (await request<{ nominated: number }>('POST', path('calls', callId, '/nominations'))).data.nominated
}

export async function listMobilities(params: MobilityQuery, signal?: AbortSignal): Promise<MobilityPage> {
  return (await request<MobilityPage>('GET', '/mobilities' + query({ ...params }), { signal })).data
}

export function getMobility(id: Id, signal?: AbortSignal): Promise<ApiResponse<Mobility>> {
  return request<Mobility>('GET', path('mobilities', id), { signal })
}

export function transitionMobility(
  id: Id,
  etag: string,
  move: { to: string; reason: string; date?: string },
): Promise<ApiResponse<Mobility>> {
  const body = move.date ? move : { to: move.to, reason: move.reason }
  return request<Mobility>('POST', path('mobilities', id, '/transitions'), { body, headers: { 'If-Match': etag } })
}

export async function listNominations(params: NominationQuery, signal?: AbortSignal): Promise<MobilityPage> {
  return (await request<MobilityPage>('GET', '/nominations' + query({ ...params }), { signal })).data
}

export function nominateIncoming(input: IncomingNominationInput): Promise<ApiResponse<Mobility>> {
  return request<Mobility>('POST', '/nominations', { body: input })
}

export function decideNomination(id: Id, accept: boolean, reason: string): Promise<ApiResponse<Mobility>> {
  return request<Mobility>('POST', path('nominations', id, '/decision'), { body: { accept, reason } })
}

// --- who may do what ------------------------------------------------------------------

export function localName(
  item: { name: string; name_zh?: string | null } | null | undefined,
  locale: string,
): string {
  if (!item) return ''
  return locale === 'zh' && item.name_zh ? item.name_zh : item.name
}

export function callTitle(call: Pick<Call, 'title' | 'title_zh'>, locale: string): string {
  return locale === 'zh' && call.title_zh ? call.title_zh : call.title
}

/** A person's name in the reader's script: the Chinese one for Chinese readers where known. */
export function personName(p: { display_name: string; family_name?: string; given_name?: string; name_zh?: string }, locale: string): string {
  if (locale === 'zh' && p.name_zh) return p.name_zh
  return p.display_name || [p.given_name, p.family_name].filter(Boolean).join(' ')
}

/** 1 → "1st" in English, "1" in Chinese (the message around it says 第…志愿). */
export function ordinal(n: number, locale: string): string {
  if (locale === 'zh') return String(n)
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n)
  const suffix = { one: 'st', two: 'nd', few: 'rd' }[rule as 'one' | 'two' | 'few'] ?? 'th'
  return `${n}${suffix}`
}

export function formatMoney(money: Money | null | undefined, locale: string): string {
  if (!money || !money.amount) return ''
  const value = Number(money.amount)
  if (!Number.isFinite(value)) return `${money.amount} ${money.currency}`
  try {
    return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { style: 'currency', currency: money.currency }).format(value)
  } catch {
    return `${money.amount} ${money.currency}`
  }
}

export function formatScore(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 }).format(value)
}

export function isKnown<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

/** The offer of a call by id, if it has one. */
export function offerOf(call: Pick<Call, 'offers'> | null | undefined, id: number | null | undefined): Offer | undefined {
  if (!call || id === null || id === undefined) return undefined
  return call.offers.find((o) => o.id === id)
}

// --- times with their offset ---------------------------------------------------------------

/** Minutes east of UTC of a time zone at an instant, e.g. +480 for Asia/Shanghai. */
function offsetMinutes(timeZone: string, at: Date): number {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at)
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
    const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
    if (!match) return 0
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
    return match[1] === '-' ? -minutes : minutes
  } catch {
    return 0
  }
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** "2027-01-10T09:00" on the clocks of `timeZone` → "2027-01-10T09:00:00+08:00"; '' when empty. */
export function wallTimeToIso(wall: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(wall)) return wall
  const asUtc = new Date(`${wall.slice(0, 16)}:00Z`)
  // The offset at the guessed instant, then again at the corrected one (daylight saving).
  let offset = offsetMinutes(timeZone, asUtc)
  offset = offsetMinutes(timeZone, new Date(asUtc.getTime() - offset * 60_000))
  return `${wall.slice(0, 16)}:00${offsetText(offset)}`
}

/** An ISO instant as "YYYY-MM-DDTHH:MM" on the clocks of `timeZone`, for <input type="datetime-local">. */
export function isoToWallTime(iso: string, timeZone: string): string {
  const date = new Date(iso)
  if (!iso || Number.isNaN(date.getTime())) return ''
  const shifted = new Date(date.getTime() + offsetMinutes(timeZone, date) * 60_000)
  return shifted.toISOString().slice(0, 16)
}

/** A call's deadline or opening as its own time zone writes it, with the zone named. */
export function formatInstant(iso: string, timeZone: string, locale: string): string {
  const date = new Date(iso)
  if (!iso || Number.isNaN(date.getTime())) return iso
  try {
    // dateStyle and timeStyle do not combine with timeZoneName: name the parts instead.
    return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: timeZone || undefined,
      timeZoneName: 'short',
    }).format(date)
  } catch {
    return iso
  }
}

// --- errors next to fields -------------------------------------------------------------------

export function emptyRules(): EligibilityRules {
  return { levels: [], years_of_study: [], min_gpa: null, gpa_scale: '', language: '', min_cefr: '', field: '' }
}
