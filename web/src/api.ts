// Client for the Orbis JSON API (/api/v1).
//
// The browser authenticates with the session cookie the server sets at login;
// every request therefore goes out with credentials 'same-origin', and every
// non-GET request carries the CSRF token from the readable `orbis_csrf` cookie.
// Failures arrive as RFC 9457 problem details and are thrown as ApiError.

export type Role = 'admin' | 'officer' | 'coordinator' | 'student' | 'partner' | 'viewer'

export interface User {
  id: string | number
  email: string
  name: string
  role: Role
  org_unit_id: string | number | null
  institution_id: string | number | null
}

export interface LoginResponse {
  token: string
  csrf: string
  user: User
}

export interface HomeSettings {
  institution: { id: string | number; name: string; name_zh: string | null }
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

export interface OrgUnit {
  id: string | number
  name: string
  name_zh: string | null
  code: string | null
  parent_id: string | number | null
}

export interface Institution extends InstitutionSummary {
  names: InstitutionName[]
  website: string | null
  wikidata: string | null
  state_province: string | null
  org_units: OrgUnit[]
  version: number
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

const API_ROOT = '/api/v1'
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

interface RequestOptions {
  body?: unknown
  signal?: AbortSignal
  headers?: Record<string, string>
  /** Do not treat a 401 as the end of the session (login and "who am I"). */
  quiet401?: boolean
}

export interface ApiResponse<T> {
  data: T
  etag: string | null
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
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
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (err) {
    if (isAbort(err)) throw err
    throw new ApiError(0, null, null, err instanceof Error ? err.message : String(err))
  }

  const contentType = response.headers.get('Content-Type') ?? ''
  let payload: unknown = null
  if (response.status !== 204 && contentType.includes('json')) {
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

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export async function login(email: string, password: string): Promise<LoginResponse> {
  const { data } = await request<LoginResponse>('POST', '/auth/login', {
    body: { email, password },
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
export async function me(): Promise<User | null> {
  try {
    return (await request<User>('GET', '/auth/me', { quiet401: true })).data
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null
    throw err
  }
}

export async function homeSettings(): Promise<HomeSettings> {
  return (await request<HomeSettings>('GET', '/settings/home')).data
}

export async function countries(): Promise<Country[]> {
  return (await request<{ items: Country[] }>('GET', '/countries')).data.items
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
