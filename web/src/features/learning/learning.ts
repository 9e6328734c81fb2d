// Learning agreements, transcripts and recognition (docs/learning.md): what a stay abroad
// turns into at home. The types follow the JSON the API writes (src/domain/learning.h,
// src/service/learning.cc view_json); the helpers are what the pages share: who may do
// what on a stay's agreement, and the server's English warnings said again from their parts.
import { request, query, type ApiResponse, type CredentialRecord, type Id, type Schemas } from '../../api/client'

/** Credit systems a component may count in (src/domain/learning.cc, default_ects_per_credit). */
export const CREDIT_SYSTEMS = ['ects', 'cn', 'us_semester', 'uk_cats', 'jp'] as const

/** Grade scales a transcript result may be on (the grades scale registry). */
export const GRADE_SCALES = ['ects', 'us4', 'cn100', 'uk', 'de', 'fr20', 'it30', 'nl10', 'jp'] as const

export const LA_PARTIES = ['student', 'sending', 'receiving'] as const

export type LaParty = (typeof LA_PARTIES)[number]

export const LA_STATES = ['proposed', 'commented', 'approved', 'superseded'] as const

export const CONVERSION_METHODS = ['identity', 'formula', 'egracons-table', 'normalised-position'] as const

/** Credential types a stay may earn (POST /mobilities/{id}/credentials). */
export const STAY_CREDENTIAL_TYPES = ['exchange_completion', 'programme_participation'] as const

// --- records -------------------------------------------------------------------

export interface LaCourse {
  code: string
  title: string
  credits: number
  credit_system: string
}

export interface LaComponent {
  host: LaCourse
  home: LaCourse
  term: string
}

export interface LaApproval {
  party: string
  by: string
  name: string
  role: string
  at: string
  sha256: string
}

export interface LaComment {
  party: string
  by: string
  at: string
  text: string
}

export interface LaVersion {
  number: number
  components: LaComponent[]
  reason: string
  proposed_by: string
  proposed_at: string
  sha256: string
  state: string
  approvals: LaApproval[]
  comments: LaComment[]
}

export interface TranscriptEntry {
  code: string
  title: string
  credits: number
  grade: string
  scale: string
  date: string
  passed?: boolean
  source?: string
  entered_by?: string
  entered_at?: string
}

export interface RecognitionEntry {
  home_code: string
  home_title: string
  home_credits: number
  host_codes: string[]
  host_grade: string
  host_scale: string
  converted_grade: string
  home_scale: string
  method: string
  source: string
  notes: string[]
  override_grade: string
  override_reason: string
  overridden_by: string
}

export interface LearningAgreement {
  mobility_id: Id
  mobility: {
    id: Id
    direction: string
    status: string
    academic_year: string
    planned_start: string
    planned_end: string
  }
  person: { id?: Id; display_name: string; name_zh: string }
  /** The reader's side on the stay, or null. */
  party: LaParty | null
  versions: LaVersion[]
  transcript: TranscriptEntry[]
  recognition: RecognitionEntry[]
  recognised_at: string
  recognised_by: string
  /** In English, about credits (see creditWarning). */
  warnings: string[]
  record_version: number
  /** What the reader may do now; approve and comment are about the latest version, while open. */
  allowed_actions: LaAction[]
}

export type LaAction = Schemas['LearningAgreement']['allowed_actions'][number]

export interface TranscriptInput {
  code: string
  title: string
  credits: number
  grade: string
  scale: string
  date: string
}

export interface RecognitionInput {
  home_code: string
  home_title: string
  /** 0: computed from the ECTS and the home credit system. */
  home_credits: number
  host_codes: string[]
  override_grade: string
  override_reason: string
}

export interface RecognitionRate {
  institution: { id: Id; name: string; country: string }
  stays: number
  recognised_stays: number
  planned_ects: number
  recognised_ects: number
  rate: number | null
}

/** A component as the editor holds it (numbers as typed). */
export interface ComponentRow {
  key: number
  host_code: string
  host_title: string
  host_credits: string | number
  host_system: string
  home_code: string
  home_title: string
  home_credits: string | number
  home_system: string
  term: string
}

/** A transcript result as the editor holds it. */
export interface TranscriptRow {
  key: number
  code: string
  title: string
  credits: string | number
  grade: string
  scale: string
  date: string
}

/** A home course to credit, as the recognition form holds it. */
export interface RecognitionRow {
  key: number
  home_code: string
  home_title: string
  /** '' or 0: computed by the server. */
  home_credits: string | number
  host_codes: string[]
  override_grade: string
  override_reason: string
}

let rowKey = 0

export function nextRowKey(): number {
  return ++rowKey
}

function toNumber(value: string | number): number {
  if (typeof value === 'number') return value
  const n = Number(value.trim().replace(',', '.'))
  return value.trim() === '' || Number.isNaN(n) ? 0 : n
}

export function emptyComponentRow(homeSystem: string): ComponentRow {
  return {
    key: nextRowKey(),
    host_code: '',
    host_title: '',
    host_credits: '',
    host_system: 'ects',
    home_code: '',
    home_title: '',
    home_credits: '',
    home_system: homeSystem,
    term: '',
  }
}

export function componentRows(components: readonly LaComponent[]): ComponentRow[] {
  return components.map((c) => ({
    key: nextRowKey(),
    host_code: c.host.code,
    host_title: c.host.title,
    host_credits: c.host.credits,
    host_system: c.host.credit_system || 'ects',
    home_code: c.home.code,
    home_title: c.home.title,
    home_credits: c.home.credits || '',
    home_system: c.home.credit_system || 'ects',
    term: c.term,
  }))
}

export function rowComponents(rows: readonly ComponentRow[]): LaComponent[] {
  return rows.map((r) => ({
    host: { code: r.host_code.trim(), title: r.host_title.trim(), credits: toNumber(r.host_credits), credit_system: r.host_system },
    home: { code: r.home_code.trim(), title: r.home_title.trim(), credits: toNumber(r.home_credits), credit_system: r.home_system },
    term: r.term,
  }))
}

export function transcriptRows(entries: readonly TranscriptEntry[]): TranscriptRow[] {
  return entries.map((e) => ({ key: nextRowKey(), code: e.code, title: e.title, credits: e.credits, grade: e.grade, scale: e.scale, date: e.date }))
}

export function rowTranscript(rows: readonly TranscriptRow[]): TranscriptInput[] {
  return rows.map((r) => ({
    code: r.code.trim(),
    title: r.title.trim(),
    credits: toNumber(r.credits),
    grade: r.grade.trim(),
    scale: r.scale,
    date: r.date,
  }))
}

export function rowRecognition(rows: readonly RecognitionRow[]): RecognitionInput[] {
  return rows.map((r) => ({
    home_code: r.home_code.trim(),
    home_title: r.home_title.trim(),
    home_credits: toNumber(r.home_credits),
    host_codes: [...r.host_codes],
    override_grade: r.override_grade.trim(),
    override_reason: r.override_reason.trim(),
  }))
}

/**
 * The recognition form's first rows: what was converted before, else the home courses of
 * the approved agreement, each from the host results of its components.
 */
export function recognitionRows(a: LearningAgreement): RecognitionRow[] {
  if (a.recognition.length) {
    return a.recognition.map((e) => ({
      key: nextRowKey(),
      home_code: e.home_code,
      home_title: e.home_title,
      home_credits: e.home_credits || '',
      host_codes: [...e.host_codes],
      override_grade: e.override_grade,
      override_reason: e.override_reason,
    }))
  }
  const results = new Set(a.transcript.map((e) => e.code))
  const rows: RecognitionRow[] = []
  const byHome = new Map<string, RecognitionRow>()
  for (const c of approvedVersion(a)?.components ?? []) {
    if (!c.home.code) continue
    const hostCodes = results.has(c.host.code) ? [c.host.code] : []
    const existing = byHome.get(c.home.code)
    if (existing) {
      existing.host_codes.push(...hostCodes)
      if (c.home.credits) existing.home_credits = toNumber(existing.home_credits) + c.home.credits
      continue
    }
    // The home credits agreed; none agreed: the server computes them from the ECTS.
    const row: RecognitionRow = {
      key: nextRowKey(),
      home_code: c.home.code,
      home_title: c.home.title,
      home_credits: c.home.credits || '',
      host_codes: hostCodes,
      override_grade: '',
      override_reason: '',
    }
    byHome.set(c.home.code, row)
    rows.push(row)
  }
  if (!rows.length) rows.push(emptyRecognitionRow())
  return rows
}

export function emptyRecognitionRow(): RecognitionRow {
  return { key: nextRowKey(), home_code: '', home_title: '', home_credits: '', host_codes: [], override_grade: '', override_reason: '' }
}

/** The transcript editor's first rows: the results so far, else the approved host courses. */
export function initialTranscriptRows(a: LearningAgreement, scale: string): TranscriptRow[] {
  if (a.transcript.length) return transcriptRows(a.transcript)
  const rows = (approvedVersion(a)?.components ?? []).map((c) => ({
    key: nextRowKey(),
    code: c.host.code,
    title: c.host.title,
    credits: ectsOf(c.host),
    grade: '',
    scale,
    date: '',
  }))
  return rows.length ? rows : [emptyTranscriptRow(scale)]
}

export function emptyTranscriptRow(scale: string): TranscriptRow {
  return { key: nextRowKey(), code: '', title: '', credits: '', grade: '', scale, date: '' }
}

// --- requests -------------------------------------------------------------------

function la(id: Id, rest = ''): string {
  return `/mobilities/${encodeURIComponent(String(id))}${rest}`
}

export async function getLearningAgreement(id: Id, signal?: AbortSignal): Promise<LearningAgreement> {
  return (await request<LearningAgreement>('GET', la(id, '/learning-agreement'), { signal })).data
}

/** Proposes the agreement, changes the open proposal, or starts a change of the approved one. */
export async function proposeVersion(id: Id, components: LaComponent[], reason: string): Promise<LearningAgreement> {
  return (await request<LearningAgreement>('POST', la(id, '/learning-agreement/versions'), { body: { components, reason } })).data
}

/** Signs a version: the SHA-256 as read, so that a version changed since is refused (409). */
export async function approveVersion(id: Id, number: number, sha256: string): Promise<LearningAgreement> {
  return (
    await request<LearningAgreement>('POST', la(id, `/learning-agreement/versions/${number}/approval`), { body: { sha256 } })
  ).data
}

export async function commentVersion(id: Id, number: number, text: string): Promise<LearningAgreement> {
  return (await request<LearningAgreement>('POST', la(id, `/learning-agreement/versions/${number}/comments`), { body: { text } }))
    .data
}

export async function putTranscript(id: Id, entries: TranscriptInput[]): Promise<LearningAgreement> {
  return (await request<LearningAgreement>('PUT', la(id, '/transcript'), { body: { entries } })).data
}

/** A CSV (code,title,credits,grade,scale,date) or EWP/ELMO XML file of results. */
export async function importTranscript(id: Id, file: File, scale: string): Promise<LearningAgreement> {
  const xml = /xml/.test(file.type) || /\.xml$/i.test(file.name)
  return (
    await request<LearningAgreement>('POST', la(id, '/transcript/import') + query({ scale }), {
      rawBody: file,
      rawType: xml ? 'application/xml' : 'text/csv',
    })
  ).data
}

export async function recognise(id: Id, entries: RecognitionInput[], approve: boolean): Promise<LearningAgreement> {
  return (await request<LearningAgreement>('POST', la(id, '/recognition'), { body: { entries, approve } })).data
}

export function ewpLaUrl(id: Id): string {
  return `/api/v1${la(id, '/ewp-la')}`
}

/** One page of the recognition indicator's partners (by id), with how many partners there are in all. */
export interface RecognitionPage {
  items: RecognitionRate[]
  next: string | null
  total?: number
}

export async function recognitionRates(cursor: string | null, signal?: AbortSignal): Promise<RecognitionPage> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''
  return (await request<RecognitionPage>('GET', `/indicators/recognition${query}`, { signal })).data
}

/** Issues the credential a completed stay earned; '' lets the server choose by the stay. */
export function issueStayCredential(id: Id, type: string): Promise<ApiResponse<CredentialRecord>> {
  return request<CredentialRecord>('POST', la(id, '/credentials'), { body: type ? { type } : {} })
}

// --- who may do what ------------------------------------------------------------------

/** The version still open for approval (the last, while proposed or commented), or null. */
export function openVersion(a: Pick<LearningAgreement, 'versions'>): LaVersion | null {
  const last = a.versions[a.versions.length - 1]
  return last && (last.state === 'proposed' || last.state === 'commented') ? last : null
}

/** The newest approved version, or null. */
export function approvedVersion(a: Pick<LearningAgreement, 'versions'>): LaVersion | null {
  return [...a.versions].reverse().find((v) => v.state === 'approved') ?? null
}

/** The first characters of a hash, enough to tell versions apart. */
export function shortHash(sha: string): string {
  return sha ? sha.slice(0, 12) : ''
}

/** ECTS of a component's host course (its credits in the host's system). */
export function ectsOf(course: Pick<LaCourse, 'credits' | 'credit_system'>): number {
  const factor: Record<string, number> = { ects: 1, cn: 1.5, us_semester: 2, uk_cats: 0.5, jp: 1.5 }
  return course.credits * (factor[course.credit_system] ?? 1)
}

export type CreditWarning =
  | { kind: 'few' | 'many'; ects: string; semesters: number }
  | { kind: 'other'; text: string }

/** A warning of the server ("18 ECTS for 1 semester: fewer than 20 …") in its parts. */
export function creditWarning(text: string): CreditWarning {
  const match = /^([\d.]+) ECTS for (\d+) semesters?: (fewer|more)/.exec(text)
  if (!match) return { kind: 'other', text }
  return { kind: match[3] === 'fewer' ? 'few' : 'many', ects: match[1] ?? '', semesters: Number(match[2]) }
}
