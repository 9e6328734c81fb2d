// Joint research projects (issue 15): a project with its partners, investigators, funding and
// outputs, and the agreements and scholar visits it is linked to; the list, one project, its
// creation and change (PATCH with If-Match), and the import of a CSV file with a dry run.
// The requests are GET/POST /research-projects, GET/PATCH /research-projects/{id} and
// POST /research-projects/import.
import { request, query, type ApiResponse, type Id, type Schemas } from '../../api/client'

// The types are the OpenAPI document's (ResearchProjectView, ResearchProjectSummary,
// ResearchProjectImport, ResearchProjectInput and the rows they hold).

export const PROJECT_STATUSES = ['planned', 'active', 'ended'] as const
export const PARTNER_ROLES = ['coordinator', 'partner', 'associate'] as const
export const INVESTIGATOR_ROLES = ['principal', 'co_investigator'] as const
export const OUTPUT_KINDS = ['publication', 'patent', 'dataset', 'software', 'prototype', 'other'] as const

export type ProjectStatus = (typeof PROJECT_STATUSES)[number]
export type PartnerRole = (typeof PARTNER_ROLES)[number]
export type InvestigatorRole = (typeof INVESTIGATOR_ROLES)[number]
export type OutputKind = (typeof OUTPUT_KINDS)[number]

/** An amount as a decimal string, exact, in an ISO 4217 currency; null for none. */
export type Money = Schemas['Money']

/**
 * GET /research-projects/{id}: the writable members and what the server computes (its state,
 * the lead department and the partners named, the linked agreements and visits the reader may
 * see, what the reader may do). The document marks the computed members optional; the server
 * always sends them with a project.
 */
export type ResearchProject = Required<Schemas['ResearchProjectView']>

/** What POST and PATCH take: the writable members (a PATCH only those it changes). */
export type ResearchProjectInput = Schemas['ResearchProjectInput']

/** A project as the list gives it. */
export type ResearchProjectSummary = Schemas['ResearchProjectSummary']

/** The answer to an import: 200 for a dry run, 201 once written (`created`: the new ids). */
export type ResearchProjectImport = Schemas['ResearchProjectImport']

/** A bad row of a file: its 1-based line, the field and the server's message. */
export type RowError = Schemas['RowError']

export interface ResearchProjectPage {
  items: ResearchProjectSummary[]
  next: string | null
  total: number
}

export interface ResearchProjectQuery {
  q?: string
  status?: string
  /** An institution id: the projects it is a partner in. */
  partner?: string
  /** An agreement id: the projects that work under it. */
  agreement?: string
  /** A scholar case id: the projects the visit works on. */
  visit?: string
  org_unit?: string
  limit?: number
  cursor?: string | null
}

/** The filters that name one linked record: a partner, an agreement or a visit (scholar case). */
export const LINK_FILTERS = ['partner', 'agreement', 'visit'] as const
export type LinkFilter = (typeof LINK_FILTERS)[number]

/** The projects linked to one record: { partner: id }, { agreement: id } or { visit: id }. */
export type LinkedFilter = { partner: Id } | { agreement: Id } | { visit: Id }

/** The list's query for `filter` (the ids as text), as the request and the list's address take it. */
export function linkedQuery(filter: LinkedFilter): Partial<Record<LinkFilter, string>> {
  const out: Partial<Record<LinkFilter, string>> = {}
  for (const key of LINK_FILTERS) {
    const value = (filter as Partial<Record<LinkFilter, Id>>)[key]
    if (value !== undefined && value !== null && String(value) !== '') out[key] = String(value)
  }
  return out
}

/** Whether a filter's value is an id the server takes (a whole number); others are left out. */
export function isRecordId(value: string): boolean {
  return /^\d+$/.test(value)
}

function projectPath(id: Id): string {
  return `/research-projects/${encodeURIComponent(String(id))}`
}

/** A page of the projects the reader may see, the newest start first. */
export async function listProjects(params: ResearchProjectQuery, signal?: AbortSignal): Promise<ResearchProjectPage> {
  return (await request<ResearchProjectPage>('GET', '/research-projects' + query({ ...params }), { signal })).data
}

export function getProject(id: Id, signal?: AbortSignal): Promise<ApiResponse<ResearchProject>> {
  return request<ResearchProject>('GET', projectPath(id), { signal })
}

export function createProject(input: ResearchProjectInput): Promise<ApiResponse<ResearchProject>> {
  return request<ResearchProject>('POST', '/research-projects', { body: input })
}

/** Changes the members `patch` names; `etag` is the version read (a stale one is refused). */
export function updateProject(id: Id, etag: string, patch: Partial<ResearchProjectInput>): Promise<ApiResponse<ResearchProject>> {
  return request<ResearchProject>('PATCH', projectPath(id), { body: patch, headers: { 'If-Match': etag } })
}

/**
 * Sends a CSV file of projects. A dry run (`dryRun`) checks every row and writes nothing; bad
 * rows come back as a 422 problem whose errors name their lines, and then nothing is written.
 */
export async function importProjects(file: File, dryRun: boolean): Promise<ResearchProjectImport> {
  return (
    await request<ResearchProjectImport>('POST', '/research-projects/import' + query({ dry_run: dryRun ? null : 'false' }), {
      rawBody: file,
      rawType: 'text/csv',
    })
  ).data
}

/** The If-Match value for a project: the ETag read with it, else its version quoted. */
export function ifMatchOf(p: { version: number }, etag: string | null): string {
  return etag ?? `"${p.version}"`
}

/** An ORCID iD's public record. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${encodeURIComponent(orcid.trim())}`
}

/** A DOI's resolver address; the DOI's slashes stay as they are. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.trim().split('/').map(encodeURIComponent).join('/')}`
}

export function rorUrl(ror: string): string {
  return `https://ror.org/${encodeURIComponent(ror.trim())}`
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
