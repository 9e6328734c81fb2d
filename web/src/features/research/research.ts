// Publications imported from OpenAlex and the partners the institution publishes with
// (docs/research.md), and what one partner does with the institution in research. The types
// are the OpenAPI document's (CoPublicationPartner, PublicationImport, PartnerResearch); the
// helpers are what the co-publications page and a partner's research card show from them.
import { request, query, type Id, type Schemas } from '../../api/client'

export type CoPublicationPartner = Schemas['CoPublicationPartner']
export type PublicationImport = Schemas['PublicationImport']
/** A bad line of an extract: its 1-based line, the field and the server's message. */
export type RowError = Schemas['RowError']

export interface CoPublications {
  items: CoPublicationPartner[]
  next: string | null
  total?: number
}

/**
 * GET /institutions/{id}/research: the works co-published with the partner from `from` to `to`
 * (every year, zeros included) and whether it is a sustained partner abroad, the joint research
 * projects it is in, the scholar cases from and to it, and every agreement it is a party to
 * with the projects and cases under each, the latest start first.
 */
export type PartnerResearch = Schemas['PartnerResearch']

/** The span of years the server reports by default: the five calendar years to this one. */
export const DEFAULT_SPAN = 5

/** The earliest year a publication may have (docs/research.md: 1900 to 2100). */
export const FIRST_YEAR = 1900

/** The API path of the list (its export links add format and lang). */
export const CO_PUBLICATIONS_PATH = '/api/v1/research/co-publications'

/** The partners of the works published from `from` to `to` (calendar years), the most co-publications first. */
export async function listCoPublications(from: number, to: number, signal?: AbortSignal): Promise<CoPublications> {
  return (await request<CoPublications>('GET', '/research/co-publications' + query({ from, to }), { signal })).data
}

/** What the institution does with `institution` in research, over the server's default years. */
export async function getPartnerResearch(institution: Id, signal?: AbortSignal): Promise<PartnerResearch> {
  return (await request<PartnerResearch>('GET', `/institutions/${encodeURIComponent(String(institution))}/research`, { signal })).data
}

/**
 * Sends an OpenAlex works extract (JSON Lines). A dry run (`dryRun`) says what an import
 * would add and update and writes nothing; bad lines come back as a 422 problem whose
 * errors name their lines.
 */
export async function importPublications(file: File, dryRun: boolean): Promise<PublicationImport> {
  return (
    await request<PublicationImport>('POST', '/research/publications/import' + query({ dry_run: dryRun ? null : 'false' }), {
      rawBody: file,
      rawType: 'application/x-ndjson',
    })
  ).data
}

/** The years from `from` to `to`, oldest first: one column each. */
export function yearsBetween(from: number, to: number): number[] {
  const out: number[] = []
  for (let y = from; y <= to; y++) out.push(y)
  return out
}

/** A partner's co-publications in `year` (0 when the server lists none). */
export function publicationsIn(partner: CoPublicationPartner, year: number): number {
  return partner.years.find((y) => y.year === year)?.publications ?? 0
}

/** What the summary line counts: partners, sustained partners abroad, and those partners' countries. */
export function summarise(partners: CoPublicationPartner[]): { partners: number; sustained: number; countries: number } {
  const sustained = partners.filter((p) => p.sustained)
  const countries = new Set(sustained.map((p) => p.country).filter((c): c is string => c !== null))
  return { partners: partners.length, sustained: sustained.length, countries: countries.size }
}
