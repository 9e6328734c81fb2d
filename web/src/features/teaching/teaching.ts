// Joint teaching (docs/teaching.md): courses taught with a partner (COIL, co-taught, blended)
// with their students by academic year, and China-foreign joint programmes with each year's
// teaching plan held against the four one-thirds. The requests are GET/POST /joint-courses,
// GET /joint-courses/years, GET/PATCH /joint-courses/{id}, and the same for /joint-programmes.
import { request, query, type ApiResponse, type Id, type Schemas } from '../../api/client'

// The types are the OpenAPI document's (JointCourseView, JointCourseInput, JointCourseYear,
// JointProgrammeView, JointProgrammeInput and the rows they hold).

export const COURSE_MODES = ['coil', 'co_taught', 'blended'] as const
export const PROGRAMME_LEVELS = ['associate', 'bachelor', 'master', 'doctoral'] as const
export const PROGRAMME_FORMS = ['programme', 'institute'] as const
export const VERDICTS = ['met', 'not_met', 'no_base'] as const

export type CourseMode = (typeof COURSE_MODES)[number]
export type ProgrammeLevel = (typeof PROGRAMME_LEVELS)[number]
export type ProgrammeForm = (typeof PROGRAMME_FORMS)[number]

/**
 * GET /joint-courses/{id}: the writable members and what the server adds (the partner and the
 * department named, the agreement when the reader may read it, what the reader may do). The
 * document marks the added members optional; the server always sends them with a course.
 */
export type JointCourse = Required<Schemas['JointCourseView']>

/** What POST and PATCH take: the writable members (a PATCH only those it changes). */
export type JointCourseInput = Schemas['JointCourseInput']

/** The courses of one academic year and mode, and their students on each side. */
export type JointCourseYear = Schemas['JointCourseYear']

/**
 * GET /joint-programmes/{id}: the record, its partners and department named, the agreements the
 * reader may read, each plan year's four one-thirds, whether the approval holds today, and what
 * the reader may do (always sent, though the document marks them optional).
 */
export type JointProgramme = Required<Schemas['JointProgrammeView']>

export type JointProgrammeInput = Schemas['JointProgrammeInput']

/** One plan year held against the rule set in force on its 1 September. */
export type FourThirdsYear = JointProgramme['four_thirds'][number]

export type PlanCourse = Schemas['JointProgrammeCourse']

export interface Page<T> {
  items: T[]
  next: string | null
  total: number
}

export interface CourseQuery {
  q?: string
  mode?: string
  /** The academic year's first calendar year. */
  year?: string
  /** An institution id: the courses taught with it. */
  partner?: string
  org_unit?: string
  limit?: number
  cursor?: string | null
}

export interface ProgrammeQuery {
  q?: string
  level?: string
  /** An institution id: the programmes it is a partner in. */
  partner?: string
  limit?: number
  cursor?: string | null
}

/** Whether a filter's value is an id the server takes (a whole number); others are left out. */
export function isRecordId(value: string): boolean {
  return /^\d+$/.test(value)
}

function coursePath(id: Id): string {
  return `/joint-courses/${encodeURIComponent(String(id))}`
}

function programmePath(id: Id): string {
  return `/joint-programmes/${encodeURIComponent(String(id))}`
}

/** A page of the courses the reader may see, the latest academic year first. */
export async function listCourses(params: CourseQuery, signal?: AbortSignal): Promise<Page<JointCourse>> {
  return (await request<Page<JointCourse>>('GET', '/joint-courses' + query({ ...params }), { signal })).data
}

/**
 * The courses and their students by academic year (`from` to `to`, both first calendar years)
 * and mode, in the reader's scope; a year and mode without courses is left out.
 */
export async function courseYears(
  params: { from: number; to: number; mode?: string; partner?: string },
  signal?: AbortSignal,
): Promise<JointCourseYear[]> {
  return (await request<Page<JointCourseYear>>('GET', '/joint-courses/years' + query({ ...params }), { signal })).data.items
}

export function getCourse(id: Id, signal?: AbortSignal): Promise<ApiResponse<JointCourse>> {
  return request<JointCourse>('GET', coursePath(id), { signal })
}

export function createCourse(input: JointCourseInput): Promise<ApiResponse<JointCourse>> {
  return request<JointCourse>('POST', '/joint-courses', { body: input })
}

/** Changes the members `patch` names; `etag` is the version read (a stale one is refused). */
export function updateCourse(id: Id, etag: string, patch: Partial<JointCourseInput>): Promise<ApiResponse<JointCourse>> {
  return request<JointCourse>('PATCH', coursePath(id), { body: patch, headers: { 'If-Match': etag } })
}

/** A page of the programmes the reader may see, by name. */
export async function listProgrammes(params: ProgrammeQuery, signal?: AbortSignal): Promise<Page<JointProgramme>> {
  return (await request<Page<JointProgramme>>('GET', '/joint-programmes' + query({ ...params }), { signal })).data
}

export function getProgramme(id: Id, signal?: AbortSignal): Promise<ApiResponse<JointProgramme>> {
  return request<JointProgramme>('GET', programmePath(id), { signal })
}

export function createProgramme(input: JointProgrammeInput): Promise<ApiResponse<JointProgramme>> {
  return request<JointProgramme>('POST', '/joint-programmes', { body: input })
}

export function updateProgramme(id: Id, etag: string, patch: Partial<JointProgrammeInput>): Promise<ApiResponse<JointProgramme>> {
  return request<JointProgramme>('PATCH', programmePath(id), { body: patch, headers: { 'If-Match': etag } })
}

/** The latest plan year's four one-thirds, or null for a programme without a plan. */
export function latestFourThirds(p: Pick<JointProgramme, 'four_thirds'>): FourThirdsYear | null {
  let latest: FourThirdsYear | null = null
  for (const y of p.four_thirds) if (!latest || y.year > latest.year) latest = y
  return latest
}

/** A plan's hours and the foreign teachers' share of them, for the plan's totals row. */
export function planTotals(courses: readonly PlanCourse[]): { courses: number; core: number; hours: number; foreignHours: number } {
  return {
    courses: courses.length,
    core: courses.filter((c) => c.core).length,
    hours: courses.reduce((sum, c) => sum + c.hours, 0),
    foreignHours: courses.reduce((sum, c) => sum + c.foreign_teacher_hours, 0),
  }
}

/**
 * The ids typed in a list ("12, 15 4" → [12, 15, 4]; commas, spaces and Chinese commas
 * separate them), or null when something typed is not a whole number.
 */
export function parseIds(text: string): number[] | null {
  const parts = text.split(/[\s,，、]+/).filter((p) => p !== '')
  if (!parts.every((p) => /^\d+$/.test(p))) return null
  return parts.map(Number)
}

/**
 * A whole number typed in a form: the number; '' as `empty`; anything else as typed, for the
 * server to name the field ("a whole number") rather than the page guessing.
 */
export function wholeNumber(value: string | number, empty: number | null): number {
  if (typeof value === 'number') return value
  const text = value.trim()
  return (/^-?\d+$/.test(text) ? Number(text) : text === '' ? empty : text) as number
}
