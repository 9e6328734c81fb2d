// Client for the Orbis JSON API (/api/v1).
//
// The browser authenticates with the session cookie the server sets at login;
// every request therefore goes out with credentials 'same-origin', and every
// non-GET request carries the CSRF token from the readable `orbis_csrf` cookie.
// Failures arrive as RFC 9457 problem details and are thrown as ApiError.

import type { components } from './schema'

/**
 * The schemas of the OpenAPI document the server serves (generated into schema.d.ts).
 * A type is written by hand below only where the document does not yet say what the
 * server really answers (issue 12, point 6 generates the document from the code): members
 * it leaves out (Mobility, Programme, Call and Offer, Application, LearningAgreement,
 * CredentialRecord), members it leaves untyped (an agreement's parties, contacts, history
 * and conditions) or optional though always sent (name_zh and city of institutions and
 * countries, the field and message of a problem's errors), and request members it types
 * too narrowly (null for an absent text of CredentialInput, an offer's id in CallInput).
 */
export type Schemas = components['schemas']

export type Role = Schemas['User']['role']

export type User = Schemas['User']

/** second_factor_setup_required: an admin without a second factor while admins must have one: set it up first. */
export type LoginResponse = Schemas['Login']

/** GET /auth/me: the user, and whether a second factor must be set up before anything else. */
export type Me = Schemas['Me']

export interface HomeSettings {
  institution: { id: string | number; name: string; name_zh: string | null; country?: string }
}

export interface Country {
  code: string
  name: string
  name_zh: string | null
  region: string | null
}

export const INSTITUTION_TYPES = [
  'education',
  'company',
  'facility',
  'funder',
  'government',
  'healthcare',
  'nonprofit',
  'archive',
  'other',
] as const
export type InstitutionType = (typeof INSTITUTION_TYPES)[number]

export interface InstitutionSummary {
  id: string | number
  name: string
  name_zh: string | null
  country: string
  city: string | null
  types: string[]
  ror_id: string | null
  domains: string[]
  established: number | null
}

export type NameKind = 'display' | 'zh' | 'alias' | 'acronym' | 'label'

export interface InstitutionName {
  name: string
  lang: string | null
  kind: NameKind
}

export type OrgUnit = Schemas['OrgUnit']

export interface Institution extends InstitutionSummary {
  names: InstitutionName[]
  website: string | null
  wikidata: string | null
  state_province: string | null
  org_units: OrgUnit[]
  version: number
  /** What the reader may do with it, as the server's access policy says. */
  allowed_actions?: ('update' | 'add_org_unit' | 'import_courses')[]
}

export interface Page<T> {
  items: T[]
  next: string | null
}

/** The fields PATCH /institutions/{id} accepts. */
export interface InstitutionPatch {
  name?: string
  name_zh?: string | null
  country?: string
  city?: string | null
  website?: string | null
  types?: string[]
  established?: number | null
  domains?: string[]
}

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: FieldError[]
}

/** A request that reached the server and failed, or that never reached it (status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null
  /** Seconds from a Retry-After header, when the server sent one. */
  readonly retryAfter: number | null

  constructor(status: number, problem: Problem | null, retryAfter: number | null, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }

  get detail(): string | null {
    return this.problem?.detail ?? null
  }

  get fieldErrors(): FieldError[] {
    return Array.isArray(this.problem?.errors) ? this.problem.errors : []
  }
}

/** True for the error fetch throws when its AbortSignal fires. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError'
}

export const API_ROOT = '/api/v1'
const CSRF_COOKIE = 'orbis_csrf'

// The token from the last login response; used only when the cookie is not
// readable (for example when the server marks it HttpOnly by mistake).
let csrfFromLogin: string | null = null

function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === CSRF_COOKIE) {
      return decodeURIComponent(part.slice(eq + 1).trim())
    }
  }
  return csrfFromLogin
}

let unauthorizedHandler: (() => void) | null = null

/** Called when a request other than login/me answers 401: the session has ended. */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler
}

export interface RequestOptions {
  body?: unknown
  /** A body sent as it is (a file), with its own Content-Type; excludes `body`. */
  rawBody?: Blob | string
  rawType?: string
  /** Read the answer as text rather than JSON (the EWP XML). */
  text?: boolean
  signal?: AbortSignal
  headers?: Record<string, string>
  /** Do not treat a 401 as the end of the session (login and "who am I"). */
  quiet401?: boolean
}

export interface ApiResponse<T> {
  data: T
  etag: string | null
}

/** One API call; the domain modules (mobility.ts) build on it. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.rawBody !== undefined) headers['Content-Type'] = options.rawType || 'application/octet-stream'
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken()
    if (token) headers['X-CSRF-Token'] = token
  }

  let response: Response
  try {
    response = await fetch(API_ROOT + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.rawBody !== undefined ? options.rawBody : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (err) {
    if (isAbort(err)) throw err
    throw new ApiError(0, null, null, err instanceof Error ? err.message : String(err))
  }

  const contentType = response.headers.get('Content-Type') ?? ''
  let payload: unknown = null
  if (options.text && response.ok) {
    payload = await response.text()
  } else if (response.status !== 204 && contentType.includes('json')) {
    try {
      payload = await response.json()
    } catch (err) {
      if (isAbort(err)) throw err
      payload = null
    }
  }

  if (!response.ok) {
    const problem = payload !== null && typeof payload === 'object' ? (payload as Problem) : null
    const retryHeader = response.headers.get('Retry-After')
    const retrySeconds = retryHeader !== null && /^\d+$/.test(retryHeader.trim()) ? Number(retryHeader) : null
    if (response.status === 401 && !options.quiet401) unauthorizedHandler?.()
    throw new ApiError(
      response.status,
      problem,
      retrySeconds,
      problem?.detail ?? problem?.title ?? `${method} ${path}: HTTP ${response.status}`,
    )
  }
  return { data: payload as T, etag: response.headers.get('ETag') }
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** The largest page a list gives (`limit`). */
const MAX_PAGE_SIZE = 100

/**
 * Every item of a list the server gives a page at a time, following `next` to the end: for
 * short lists a view shows whole (the countries, an agreement's discussion).
 */
async function allPages<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null = null
  do {
    const page: Page<T> = (await request<Page<T>>('GET', path + query({ limit: MAX_PAGE_SIZE, cursor }), { signal }))
      .data
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

/** Signs in; `code` is the second factor's, for accounts that have one. */
export async function login(email: string, password: string, code?: string): Promise<LoginResponse> {
  const { data } = await request<LoginResponse>('POST', '/auth/login', {
    body: code ? { email, password, code } : { email, password },
    quiet401: true,
  })
  csrfFromLogin = data.csrf ?? null
  return data
}

export async function logout(): Promise<void> {
  try {
    await request<null>('POST', '/auth/logout', { quiet401: true })
  } finally {
    csrfFromLogin = null
  }
}

/** The signed-in user, or null when there is no session. */
export async function me(): Promise<Me | null> {
  try {
    return (await request<Me>('GET', '/auth/me', { quiet401: true })).data
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null
    throw err
  }
}

export async function homeSettings(): Promise<HomeSettings> {
  return (await request<HomeSettings>('GET', '/settings/home')).data
}

export async function countries(): Promise<Country[]> {
  return allPages<Country>('/countries')
}

export interface InstitutionQuery {
  q?: string
  country?: string
  type?: string
  limit?: number
  cursor?: string | null
}

export async function searchInstitutions(
  params: InstitutionQuery,
  signal?: AbortSignal,
): Promise<Page<InstitutionSummary>> {
  const path = '/institutions' + query({ ...params })
  return (await request<Page<InstitutionSummary>>('GET', path, { signal })).data
}

export async function getInstitution(id: string, signal?: AbortSignal): Promise<ApiResponse<Institution>> {
  return request<Institution>('GET', `/institutions/${encodeURIComponent(id)}`, { signal })
}

export async function patchInstitution(
  id: string,
  etag: string,
  patch: InstitutionPatch,
): Promise<ApiResponse<Institution>> {
  return request<Institution>('PATCH', `/institutions/${encodeURIComponent(id)}`, {
    body: patch,
    headers: { 'If-Match': etag },
  })
}

// ---------------------------------------------------------------------------
// Partnerships: agreements (docs/agreements.md)

export const AGREEMENT_KINDS = [
  'student_exchange',
  'staff_exchange',
  'joint_research',
  'curriculum_development',
  'joint_degree',
  'summer_programme',
  'internship',
  'framework_mou',
] as const
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]

export const AGREEMENT_STATUSES = [
  'draft',
  'negotiation',
  'signed',
  'active',
  'expiring',
  'expired',
  'terminated',
  'renewed',
] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const MOBILITY_TYPES = [
  'student_studies',
  'student_traineeship',
  'staff_teaching',
  'staff_training',
  'summer_programme',
  'research_visit',
  'joint_degree',
] as const
export type MobilityType = (typeof MOBILITY_TYPES)[number]

export const EQF_LEVELS = [5, 6, 7, 8] as const
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

export type Id = string | number

export interface PartyInstitution {
  id: Id
  name: string
  name_zh: string | null
  country: string
}

export interface PartyContact {
  name: string
  email: string
  phone: string
  title?: string
}

export interface Signatory {
  name: string
  title: string
  email?: string
  phone?: string
}

export interface AgreementParty {
  institution: PartyInstitution
  is_home: boolean
  org_unit_id: Id | null
  contact: PartyContact | null
  signatory: Signatory | null
  signed_on: string | null
}

export interface LanguageRequirement {
  language: string
  cefr: string | null
}

export interface ConditionUsage {
  academic_year: string
  seats_used: number
  seats_free: number
}

export interface CooperationCondition {
  id?: Id
  sending_institution_id: Id
  receiving_institution_id: Id
  mobility_type: string
  academic_years: { first: string; last: string }
  eqf_levels: number[]
  isced: string | null
  /** Free text that narrows the ISCED field (EWP isced-clarification). */
  isced_clarification?: string
  seats_per_year: number | null
  months_per_seat: number | null
  total_months_per_year: number | null
  total_days_per_year: number | null
  languages: LanguageRequirement[]
  blended: boolean
  other_terms: string
  usage?: ConditionUsage | null
}

export interface HistoryEntry {
  at: string
  actor: string
  from: string | null
  to: string
  reason: string
}

export interface Attachment {
  id: Id
  filename: string
  content_type: string
  size: number
  sha256: string
  uploaded_at: string
  uploaded_by: string
  /** The partner the file is for (an annex); null: every party. */
  institution_id?: Id | null
}

export interface EwpState {
  our_hash?: string | null
  partner_hash: string | null
  approved_hash: string | null
}

export interface Agreement {
  id: Id
  code: string
  title: string
  kinds: string[]
  status: string
  stored_status: string
  start_date: string | null
  end_date: string | null
  /** Days until end_date; null when there is none or it is past. */
  days_left?: number | null
  auto_renewal: boolean
  notes: string
  tags: string[]
  version: number
  parties: AgreementParty[]
  conditions: CooperationCondition[]
  balance?: { institution_id: Id; outbound: number; inbound: number }[]
  history?: HistoryEntry[]
  attachments?: Attachment[]
  ewp?: EwpState
  /** In the detail: what the reader may do with it now, and where it may move it. */
  allowed_actions?: AgreementAction[]
  allowed_transitions?: Schemas['Agreement']['allowed_transitions']
}

export type AgreementAction = Schemas['Agreement']['allowed_actions'][number]

/** A party as create/PATCH take it. */
export interface PartyInput {
  institution_id: Id
  is_home: boolean
  org_unit_id: Id | null
  contact: PartyContact
  signatory: Signatory
  signed_on: string | null
}

export interface AgreementInput {
  code: string
  title: string
  kinds: string[]
  start_date: string | null
  end_date: string | null
  auto_renewal: boolean
  notes: string
  tags: string[]
  parties: PartyInput[]
  conditions: Omit<CooperationCondition, 'id' | 'usage'>[]
}

export interface AgreementQuery {
  q?: string
  partner?: string
  country?: string
  kind?: string
  status?: string
  expiring_within?: string
  isced?: string
  limit?: number
  cursor?: string | null
}

export interface AgreementComment {
  id: Id
  text: string
  author?: string | { name?: string; email?: string } | null
  author_name?: string | null
  author_role?: string
  at?: string
  created_at?: string
  /** The partner the comment is from or for; null: every party. */
  institution_id?: Id | null
}

/** One value of the field-by-field comparison of our IIA and the partner's. */
export interface IiaDifference {
  path: string
  ours: string | null
  theirs: string | null
}

export interface IiaImportResult {
  differences: IiaDifference[]
  our_hash?: string | null
  partner_hash?: string | null
  hashes_match?: boolean
}

export type Reminders = Schemas['Reminders']

function agreementPath(id: Id): string {
  return `/agreements/${encodeURIComponent(String(id))}`
}

/** A page of agreements; `total` counts every match of the filters, where the server says. */
export async function listAgreements(
  params: AgreementQuery,
  signal?: AbortSignal,
): Promise<Page<Agreement> & { total?: number }> {
  return (await request<Page<Agreement> & { total?: number }>('GET', '/agreements' + query({ ...params }), { signal }))
    .data
}

export async function getAgreement(id: Id, signal?: AbortSignal): Promise<ApiResponse<Agreement>> {
  return request<Agreement>('GET', agreementPath(id), { signal })
}

export async function createAgreement(input: AgreementInput): Promise<ApiResponse<Agreement>> {
  return request<Agreement>('POST', '/agreements', { body: input })
}

export async function patchAgreement(id: Id, etag: string, patch: Partial<AgreementInput>): Promise<ApiResponse<Agreement>> {
  return request<Agreement>('PATCH', agreementPath(id), { body: patch, headers: { 'If-Match': etag } })
}

export async function transitionAgreement(id: Id, to: string, reason: string): Promise<ApiResponse<Agreement>> {
  return request<Agreement>('POST', `${agreementPath(id)}/transitions`, { body: { to, reason } })
}

/** The whole discussion, the oldest comment first. */
export async function listComments(id: Id, signal?: AbortSignal): Promise<AgreementComment[]> {
  return allPages<AgreementComment>(`${agreementPath(id)}/comments`, signal)
}

/** `forPartner`: the one partner of the agreement the comment is for; none: every party. */
export async function addComment(id: Id, text: string, forPartner: Id | null = null): Promise<AgreementComment> {
  const body = forPartner === null ? { text } : { text, institution_id: forPartner }
  return (await request<AgreementComment>('POST', `${agreementPath(id)}/comments`, { body })).data
}

/** Header values must be Latin-1: other file names travel percent-encoded (RFC 3986). */
export function headerSafeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(name) ? name : encodeURIComponent(name)
}

/** `forPartner`: the one partner of the agreement the file is for (an annex); none: every party. */
export async function uploadAttachment(id: Id, file: File, forPartner: Id | null = null): Promise<Attachment> {
  const query = forPartner === null ? '' : `?institution=${encodeURIComponent(String(forPartner))}`
  const { data } = await request<Attachment>('POST', `${agreementPath(id)}/attachments${query}`, {
    rawBody: file,
    rawType: file.type || 'application/octet-stream',
    headers: { 'X-Filename': headerSafeFilename(file.name) },
  })
  return data
}

export function attachmentUrl(id: Id, attachment: Id): string {
  return `${API_ROOT}${agreementPath(id)}/attachments/${encodeURIComponent(String(attachment))}`
}

export function ewpIiaUrl(id: Id): string {
  return `${API_ROOT}${agreementPath(id)}/ewp-iia`
}

export async function importPartnerIia(id: Id, xml: Blob | string): Promise<IiaImportResult> {
  const { data } = await request<IiaImportResult>('POST', `${agreementPath(id)}/ewp-iia`, {
    rawBody: xml,
    rawType: 'application/xml',
  })
  return data
}

export async function approvePartnerIia(id: Id): Promise<unknown> {
  return (await request<unknown>('POST', `${agreementPath(id)}/ewp-iia/approve`)).data
}

/** The two lists of reminders, each read a page at a time with its own cursor. */
export type ReminderKind = 'expiring' | 'unused_seats'

/** The first page of both lists of reminders, or with `more` the next page of one. */
export async function agreementReminders(
  signal?: AbortSignal,
  more?: { kind: ReminderKind; cursor: string },
): Promise<Reminders> {
  const path = '/agreements/reminders' + (more ? query({ kind: more.kind, cursor: more.cursor }) : '')
  return (await request<Reminders>('GET', path, { signal })).data
}

export async function getInstitutionSummary(id: Id, signal?: AbortSignal): Promise<Institution> {
  return (await request<Institution>('GET', `/institutions/${encodeURIComponent(String(id))}`, { signal })).data
}

// ---------------------------------------------------------------------------
// Verifiable credentials (docs/credentials.md, "In the product")

export const CREDENTIAL_TYPES = ['exchange_completion', 'transcript_of_records', 'programme_participation'] as const
export type CredentialType = (typeof CREDENTIAL_TYPES)[number]

export const CREDENTIAL_STATUSES = ['active', 'suspended', 'revoked'] as const
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number]

export interface CredentialSubject {
  name: string
  name_zh?: string | null
  email?: string | null
}

export interface TranscriptCourse {
  code: string
  title: string
  credits: number | null
  grade: string
  grade_scale: string
  converted_grade: string
  home_scale: string
}

/** The achievement of any type, read loosely: each type fills its own fields. */
export interface Achievement {
  host_institution?: string
  host_country?: string
  programme?: string
  start_date?: string
  end_date?: string
  credits?: number | null
  credit_system?: string
  term?: string
  courses?: TranscriptCourse[]
  hours?: number | null
  description?: string
  [key: string]: unknown
}

/** A signed W3C Verifiable Credential, as JSON. */
export type VerifiableCredential = Record<string, unknown>

export interface CredentialRecord {
  id: string
  type: string
  subject: CredentialSubject
  achievement?: Achievement
  status: string
  status_reason: string | null
  issued_at: string
  issued_by: string | { name?: string; email?: string } | null
  updated_at?: string
  /** Absent from list items; present on one record and on the answer to issuing. */
  document?: VerifiableCredential
  verify_url: string
  /** The statuses the reader may move it to now (revoked is final). */
  allowed_transitions: ('active' | 'suspended' | 'revoked')[]
}

export interface CredentialInput {
  type: CredentialType
  subject: CredentialSubject
  achievement: Achievement
}

export interface CredentialQuery {
  q?: string
  status?: string
  type?: string
  limit?: number
  cursor?: string | null
}

export type CheckOutcome = 'passed' | 'failed' | 'skipped'

export interface VerificationCheck {
  name: string
  outcome: CheckOutcome | string
  reason: string
}

export interface VerificationResult {
  verdict: 'valid' | 'invalid' | 'revoked' | 'suspended' | string
  checks: VerificationCheck[]
  /** Read loosely: the issuer DID, or an object naming it. */
  issuer?: unknown
  /** The key that signed, when the signature could be checked. */
  verificationMethod?: string
  /** Issued by this installation, and its name. */
  ours?: boolean
  issuer_name?: string | null
  summary?: Record<string, unknown> | null
}

function credentialPath(id: Id): string {
  return `/credentials/${encodeURIComponent(String(id))}`
}

/** A page of credentials (the server may also answer a bare array). */
export async function listCredentials(params: CredentialQuery, signal?: AbortSignal): Promise<Page<CredentialRecord>> {
  const { data } = await request<Page<CredentialRecord> | CredentialRecord[]>(
    'GET',
    '/credentials' + query({ ...params }),
    { signal },
  )
  return Array.isArray(data) ? { items: data, next: null } : { items: data?.items ?? [], next: data?.next ?? null }
}

export async function getCredential(id: Id, signal?: AbortSignal): Promise<CredentialRecord> {
  return (await request<CredentialRecord>('GET', credentialPath(id), { signal })).data
}

export async function issueCredential(input: CredentialInput): Promise<CredentialRecord> {
  return (await request<CredentialRecord>('POST', '/credentials', { body: input })).data
}

export async function setCredentialStatus(id: Id, status: CredentialStatus, reason: string): Promise<CredentialRecord> {
  return (await request<CredentialRecord>('POST', `${credentialPath(id)}/status`, { body: { status, reason } })).data
}

/** Anyone may verify: no session is needed. */
export async function verifyCredential(credential: unknown, signal?: AbortSignal): Promise<VerificationResult> {
  return (await request<VerificationResult>('POST', '/verify', { body: { credential }, signal, quiet401: true })).data
}

/** The signed document behind a QR code (public). */
export async function getPublicCredential(id: string, signal?: AbortSignal): Promise<VerifiableCredential> {
  const { data } = await request<VerifiableCredential>('GET', `/public/credentials/${encodeURIComponent(id)}`, {
    signal,
    quiet401: true,
  })
  return data
}

export function credentialQrUrl(id: Id): string {
  return `${API_ROOT}/public/credentials/${encodeURIComponent(String(id))}/qr.svg`
}

/** Where credentials issued now say they come from, and whether others can reach it. */
export type IssuerAddress = Schemas['IssuerAddress']

export async function getIssuerAddress(signal?: AbortSignal): Promise<IssuerAddress> {
  return (await request<IssuerAddress>('GET', '/credentials/issuer', { signal })).data
}
