// Internationalisation indicators (docs/indicators.md): what the office reports each academic
// year, computed by the server from the stays Orbis holds and from the figures the office
// enters (students enrolled, academic staff), because Orbis does not hold those records.
// The types are the OpenAPI document's (src/api/schema.d.ts); the helpers are what the pages
// share: the requests, the years of a range, and an indicator's value as a reader sees it.
import { request, query, type Id, type Page, type Schemas } from '../../api/client'

/** The figures the office enters, in the order the server lists them (src/indicators/catalogue.cc). */
export const MEASURES = [
  'students_enrolled',
  'graduates',
  'academic_staff',
  'international_students',
  'international_academic_staff',
] as const

/** How many academic years the page shows unless the reader picks others (the server's default too). */
export const DEFAULT_YEARS = 5

/** How far back the year range may reach, counted from the current academic year. */
export const YEARS_BACK = 15

/** One indicator for one academic year; `value` is null when it cannot be computed (`no_data` says why). */
export type Indicator = Schemas['Indicator']

/** A person behind an indicator's numerator, with how many stays they began that year and the first one. */
export type IndicatorRecord = Schemas['IndicatorRecord']

/** A page of records; `total` equals the indicator's numerator. */
export type IndicatorRecordPage = Page<IndicatorRecord> & { total?: number }

/** A figure the office entered for one measure, year and org unit (null: the whole institution). */
export type IndicatorFigure = Schemas['IndicatorFigure']

export type IndicatorFigureInput = Schemas['IndicatorFigureEntryInput']

/** The office's target for one indicator, year and org unit (null: the whole institution), in the indicator's unit. */
export type IndicatorTarget = Schemas['IndicatorTarget']

export type IndicatorTargetInput = Schemas['IndicatorTargetEntryInput']

/** One partner's exchange in an academic year: students and months out to it and in from it, and the balance (in less out). */
export type PartnerExchange = Schemas['PartnerExchange']

/**
 * The same under one agreement with one partner (a multilateral agreement has a row per
 * partner), or, with `agreement` null, under none: a student under two agreements with one
 * partner counts in both rows.
 */
export type AgreementExchange = Schemas['AgreementExchange']

/** The agreement of such a row: its page's id, its code and title. */
export type BalanceAgreement = Schemas['BalanceAgreement']

/**
 * One cooperation condition of an agreement in force in an academic year: its seats a year (0:
 * none named), the stays using it (not cancelled), the seats free and the share used (used ÷
 * seats, above 1 when more students went than agreed; null without seats).
 */
export type SeatUse = Schemas['SeatUse']

/** A page of conditions; `total` is how many conditions the year has. */
export type SeatUsePage = Page<SeatUse> & { total?: number }

/** The year's conditions together: seats, seats used (each condition's up to its seats), the share and how many are over. */
export type SeatTotals = Schemas['SeatTotals']

/**
 * One group of partners in an academic year (a country, a UN M49 region or an institution
 * type): the partner institutions of the agreements in force, those agreements, and the
 * students exchanged with the partners (out: ours who went; in: theirs who came).
 */
export type PartnerGroup = Schemas['PartnerGroup']

/**
 * One row of the funding of an academic year's student stays (a direction, source,
 * scholarship, sponsor and currency): the students funded so and their stays, each once, and
 * the lines' amounts added up exactly as a decimal string ("192000.00"; null when no line
 * names one, as for a self-funded stay).
 */
export type FundingGroup = Schemas['FundingGroup']

/**
 * One of the university's programmes (an exchange, a summer school, …) in an academic year:
 * its students whose stays on it began that year, ours abroad (out) and theirs with us (in),
 * each once per direction, and those stays. A student on two programmes is in both rows.
 */
export type ProgrammeGroup = Schemas['ProgrammeGroup']

/**
 * The university's students out and in per academic year beside its country's internationally
 * mobile students as UNESCO publishes them (docs/indicators.md, "Beside the country's"): the
 * country in both languages, where the figures come from, the newest year published, and a
 * NationalYear per academic year of the range, oldest first.
 */
export type NationalComparison = Schemas['NationalComparison']

/**
 * One academic year of it: the university's students out and in, the country's outbound and
 * inbound of the UNESCO reference year the academic year ends in (null: not published; an
 * estimate says so) and the university's share of each (null without the country's figure).
 */
export type NationalYear = Schemas['NationalYear']

/**
 * The tables the Quality Certification for International Students asks for, as far as Orbis
 * holds their records (docs/indicators.md): a CertificationYear per academic year asked for,
 * oldest first.
 */
export type Certification = Schemas['Certification']

/**
 * One academic year of them: the incoming exchange students with a stay begun that year
 * (abroad, completed or recognised), each once, by level of study (upwards), nationality and
 * language of instruction of their first stay that year (the most first; "not recorded"
 * last), and the scholarship holders among them (funded by any source but themselves, each
 * once) with their funding as FundingGroup rows.
 */
export type CertificationYear = Schemas['CertificationYear']

/**
 * A row of one of those tables: an EQF level ("6"), a nationality ("DE") or a language ("en"),
 * null when not recorded, its name where the server has one, and its students.
 */
export type CertificationCount = Schemas['CertificationCount']

/** The years and unit a report covers; absent members take the server's defaults. */
export interface IndicatorScope {
  from?: number
  to?: number
  org_unit?: Id | null
}

function scopeQuery(scope: IndicatorScope): Record<string, string | number | null | undefined> {
  return { from: scope.from, to: scope.to, org_unit: scope.org_unit === null ? undefined : scope.org_unit }
}

export async function listIndicators(scope: IndicatorScope, signal?: AbortSignal): Promise<Indicator[]> {
  return (await request<{ items: Indicator[] }>('GET', '/indicators' + query(scopeQuery(scope)), { signal })).data.items
}

/**
 * The Quality Certification's tables for the years of `scope`, for the whole institution or
 * an org unit (a coordinator: their own, which the server forces); a year the server refuses is
 * a 422 at its field.
 */
export async function certification(scope: IndicatorScope, signal?: AbortSignal): Promise<CertificationYear[]> {
  return (await request<Certification>('GET', '/indicators/certification' + query(scopeQuery(scope)), { signal })).data.items
}

export async function indicatorRecords(
  id: string,
  params: { year: number; org_unit?: Id | null; limit?: number; cursor?: string | null },
  signal?: AbortSignal,
): Promise<IndicatorRecordPage> {
  const search = query({
    year: params.year,
    org_unit: params.org_unit ?? undefined,
    limit: params.limit,
    cursor: params.cursor,
  })
  const path = `/indicators/${encodeURIComponent(id)}/records${search}`
  return (await request<IndicatorRecordPage>('GET', path, { signal })).data
}

export async function listFigures(scope: IndicatorScope, signal?: AbortSignal): Promise<IndicatorFigure[]> {
  const path = '/indicators/figures' + query(scopeQuery(scope))
  return (await request<{ items: IndicatorFigure[] }>('GET', path, { signal })).data.items
}

/** Saves (creates or replaces) one figure; resolves with it as stored. */
export async function putFigure(input: IndicatorFigureInput): Promise<IndicatorFigure> {
  return (await request<IndicatorFigure>('PUT', '/indicators/figures', { body: input })).data
}

export async function listTargets(scope: IndicatorScope, signal?: AbortSignal): Promise<IndicatorTarget[]> {
  const path = '/indicators/targets' + query(scopeQuery(scope))
  return (await request<{ items: IndicatorTarget[] }>('GET', path, { signal })).data.items
}

/** Sets (creates or replaces) one target; resolves with it as stored. */
export async function putTarget(input: IndicatorTargetInput): Promise<IndicatorTarget> {
  return (await request<IndicatorTarget>('PUT', '/indicators/targets', { body: input })).data
}

/** Removes one target (a 404 means there was none). */
export async function removeTarget(key: { indicator: string; year: number; org_unit: Id | null }): Promise<void> {
  const search = query({ indicator: key.indicator, year: key.year, org_unit: key.org_unit ?? undefined })
  await request<null>('DELETE', '/indicators/targets' + search)
}

/** A page of partners; `total` is how many partners the year has. */
export type PartnerExchangePage = Page<PartnerExchange> & { total?: number }

/**
 * A page of the partners' exchange in one academic year (the year it begins in; absent: the
 * server's default, the current one), for the whole institution or an org unit (a
 * coordinator: their own, which the server forces); the most students exchanged first, then
 * by name.
 */
export async function exchangeBalance(
  params: { year?: number; org_unit?: Id | null; limit?: number; cursor?: string | null },
  signal?: AbortSignal,
): Promise<PartnerExchangePage> {
  const search = query({ year: params.year, org_unit: params.org_unit ?? undefined, limit: params.limit, cursor: params.cursor })
  return (await request<PartnerExchangePage>('GET', '/indicators/exchange_balance' + search, { signal })).data
}

/** A page of the rows per agreement and partner; `total` is how many rows the year has. */
export type AgreementExchangePage = Page<AgreementExchange> & { total?: number }

/**
 * A page of the exchange of one academic year (the year it begins in; absent: the server's
 * default, the current one) per agreement and partner, for the whole institution or an org unit
 * (a coordinator: their own, which the server forces); the most students exchanged first, rows
 * under an agreement before those under none, then by agreement code and partner name.
 */
export async function agreementExchange(
  params: { year?: number; org_unit?: Id | null; limit?: number; cursor?: string | null },
  signal?: AbortSignal,
): Promise<AgreementExchangePage> {
  const search = query({ year: params.year, org_unit: params.org_unit ?? undefined, limit: params.limit, cursor: params.cursor })
  return (await request<AgreementExchangePage>('GET', '/indicators/exchange_balance/agreements' + search, { signal })).data
}

/**
 * A page of the cooperation conditions of the agreements in force in one academic year (the
 * year it begins in; absent: the server's default, the current one), by condition, for the
 * whole institution or an org unit (a coordinator: their own, which the server forces).
 */
export async function seatUtilisation(
  params: { year?: number; org_unit?: Id | null; limit?: number; cursor?: string | null },
  signal?: AbortSignal,
): Promise<SeatUsePage> {
  const search = query({ year: params.year, org_unit: params.org_unit ?? undefined, limit: params.limit, cursor: params.cursor })
  return (await request<SeatUsePage>('GET', '/indicators/seat_utilisation' + search, { signal })).data
}

/** The seats of those conditions and their use, together. */
export async function seatTotals(params: { year?: number; org_unit?: Id | null }, signal?: AbortSignal): Promise<SeatTotals> {
  const path = '/indicators/seat_utilisation/totals' + query({ year: params.year, org_unit: params.org_unit ?? undefined })
  return (await request<SeatTotals>('GET', path, { signal })).data
}

/** What the partners are grouped by: the server's `by`. */
export const PARTNER_GROUPINGS = ['country', 'region', 'type'] as const
export type PartnerGrouping = (typeof PARTNER_GROUPINGS)[number]

/** What the world map of the partners by country colours a country by: its partners, its students out or in. */
export const PARTNER_MAP_COUNTS = ['partners', 'outgoing', 'incoming'] as const
export type PartnerMapCount = (typeof PARTNER_MAP_COUNTS)[number]

/**
 * The partners of one academic year (the year it begins in; absent: the server's default, the
 * current one) grouped by country, region or institution type, for the whole institution or
 * an org unit (a coordinator: their own, which the server forces); the most partners first,
 * then the most students. One page: a row per group at most, never paged.
 */
export async function partnerGroups(
  params: { by: PartnerGrouping; year?: number; org_unit?: Id | null },
  signal?: AbortSignal,
): Promise<PartnerGroup[]> {
  const search = query({ by: params.by, year: params.year, org_unit: params.org_unit ?? undefined })
  return (await request<Page<PartnerGroup>>('GET', '/indicators/partners' + search, { signal })).data.items
}

/**
 * The funding recorded on the student stays begun in one academic year (the year it begins
 * in; absent: the server's default, the current one), for the whole institution or an org
 * unit (a coordinator: their own, which the server forces): a row per direction, source,
 * scholarship, sponsor and currency, outgoing first, then the most students funded. One
 * page, never paged.
 */
export async function fundingGroups(params: { year?: number; org_unit?: Id | null }, signal?: AbortSignal): Promise<FundingGroup[]> {
  const search = query({ year: params.year, org_unit: params.org_unit ?? undefined })
  return (await request<Page<FundingGroup>>('GET', '/indicators/funding' + search, { signal })).data.items
}

/**
 * The university's programmes with students on them whose stays began in one academic year
 * (the year it begins in; absent: the server's default, the current one), for the whole
 * institution or an org unit (a coordinator: their own, which the server forces): a row per
 * programme, the most students (out and in) first, then by code. One page, never paged.
 */
export async function programmeGroups(params: { year?: number; org_unit?: Id | null }, signal?: AbortSignal): Promise<ProgrammeGroup[]> {
  const search = query({ year: params.year, org_unit: params.org_unit ?? undefined })
  return (await request<Page<ProgrammeGroup>>('GET', '/indicators/programmes' + search, { signal })).data.items
}

/**
 * The university's students out and in over the years of `scope` beside its country's (the
 * home institution's), for the whole institution or an org unit (a coordinator: their own,
 * which the server forces). A year or an org unit the server refuses is a 422 at its field, as
 * is a registry without a home institution (at `country`).
 */
export async function nationalComparison(scope: IndicatorScope, signal?: AbortSignal): Promise<NationalComparison> {
  return (await request<NationalComparison>('GET', '/indicators/national' + query(scopeQuery(scope)), { signal })).data
}

// --- years -----------------------------------------------------------------------------

/** The first calendar year of the academic year `today` falls in (it starts in September, as the server's academic_year_of). */
export function currentAcademicYear(today: Date = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1
}

/** 2025 → "2025/2026". */
export function academicYear(year: number): string {
  return `${year}/${year + 1}`
}

/** The years from `from` to `to`, both included, oldest first. */
export function yearsBetween(from: number, to: number): number[] {
  const years: number[] = []
  for (let y = Math.min(from, to); y <= Math.max(from, to); y++) years.push(y)
  return years
}

/** A year as the URL holds it ("2025"), or null for anything else. */
export function parseYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null
}

// --- values ----------------------------------------------------------------------------

function numberLocale(locale: string): string {
  return locale === 'zh' ? 'zh-CN' : 'en'
}

/**
 * An indicator's value as its unit reads: a ratio as a percentage with one decimal
 * ("1.2%"), a count as a whole number ("1,234"), an index with three decimals ("0.250"), or
 * `indexDigits` (the printed report gives the four the server rounds to); "" for no value.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit: string,
  locale: string,
  { indexDigits = 3 }: { indexDigits?: number } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const options: Intl.NumberFormatOptions =
    unit === 'ratio'
      ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }
      : unit === 'index'
        ? { minimumFractionDigits: indexDigits, maximumFractionDigits: indexDigits }
        : { maximumFractionDigits: 0 }
  return new Intl.NumberFormat(numberLocale(locale), options).format(value)
}

/** A count (a numerator, a denominator, an entered figure) as a whole number; "" for none. */
export function formatCount(value: number | null | undefined, locale: string): string {
  return formatIndicatorValue(value, 'count', locale)
}

/** One indicator across the years of a report, in the order the server lists indicators. */
export interface IndicatorSeries {
  id: string
  /** The latest year's item: the name, definition, source and unit to show. */
  latest: Indicator
  /** One item per year, oldest first. */
  years: Indicator[]
}

/** The items of GET /indicators grouped by indicator, each one's years oldest first. */
export function groupByIndicator(items: readonly Indicator[]): IndicatorSeries[] {
  const byId = new Map<string, Indicator[]>()
  for (const item of items) {
    const list = byId.get(item.id)
    if (list) list.push(item)
    else byId.set(item.id, [item])
  }
  return [...byId.entries()].map(([id, list]) => {
    const years = [...list].sort((a, b) => a.year - b.year)
    return { id, latest: years[years.length - 1] as Indicator, years }
  })
}

/** The name, definition and reason for no data in the reader's language. */
export function localised(item: Indicator, locale: string): { name: string; definition: string; noData: string } {
  const zh = locale === 'zh'
  return {
    name: zh && item.name_zh ? item.name_zh : item.name,
    definition: zh && item.definition_zh ? item.definition_zh : item.definition,
    noData: zh && item.no_data_zh ? item.no_data_zh : item.no_data,
  }
}

// --- targets ---------------------------------------------------------------------------

/** The indicators where less is better: their target is a ceiling, met at or below it. */
export const LOWER_IS_BETTER: readonly string[] = ['nationality_concentration']

export function lowerIsBetter(id: string): boolean {
  return LOWER_IS_BETTER.includes(id)
}

/** Whether an indicator's values and targets are shares from 0 to 1 (a ratio or an index), entered as percentages. */
export function isShare(unit: string): boolean {
  return unit !== 'count'
}

/**
 * Whether a year's value meets its target: at or above it, at or below it where less is
 * better; null when the year has no target or no value.
 */
export function targetMet(item: Pick<Indicator, 'id' | 'value' | 'target'>): boolean | null {
  if (item.target === null || item.target === undefined || item.value === null) return null
  return lowerIsBetter(item.id) ? item.value <= item.target : item.value >= item.target
}

/**
 * How far a value has come towards a target it does not meet, as a share of it rounded down
 * (so that 99.6% of it never reads as all of it); null when met, when less is better, or
 * without a target, a value or a target above 0.
 */
export function targetProgress(item: Pick<Indicator, 'id' | 'value' | 'target'>): number | null {
  if (targetMet(item) !== false || lowerIsBetter(item.id) || !item.target || item.value === null) return null
  // Rounded to a millionth first, so that a quotient the floats leave at 84.99999…% reads 85%.
  return Math.floor(Math.round((item.value / item.target) * 1_000_000) / 10_000) / 100
}

/**
 * A target as its unit reads beside a value: a ratio as a percentage (with a second decimal
 * when it has one: 0.35%), an index with `indexDigits` decimals, a count whole; "" for none.
 */
export function formatTarget(
  value: number | null | undefined,
  unit: string,
  locale: string,
  { indexDigits = 3 }: { indexDigits?: number } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  if (unit !== 'ratio') return formatIndicatorValue(value, unit, locale, { indexDigits })
  return new Intl.NumberFormat(numberLocale(locale), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value)
}

/** A share (0.035) as the percentage a person types (3.5), without the float's noise. */
export function shareToPercent(share: number): number {
  return Math.round(share * 1_000_000) / 10_000
}

/** A percentage typed (3.5) as the share the server keeps (0.035). */
export function percentToShare(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000
}

/**
 * Whether the office may set targets for an indicator: not for one Orbis has no data for by
 * its nature (the co-publication share), which every year says with the same reason, naming
 * none of them; the server refuses those (a problem at `indicator`) should this miss one.
 */
export function takesTargets(series: IndicatorSeries): boolean {
  const years = series.years
  if (!years.length || years.some((y) => y.value !== null || y.numerator > 0 || y.target !== null)) return true
  const reason = years[0]?.no_data ?? ''
  return !(reason && years.every((y) => y.no_data === reason && !reason.includes(y.academic_year)))
}

/** The targets of one indicator for an org unit (null: the whole institution), by year. */
export function targetsOf(targets: readonly IndicatorTarget[], indicator: string, orgUnit: Id | null): IndicatorTarget[] {
  return targets
    .filter((t) => t.indicator === indicator && (orgUnit === null ? t.org_unit === null : String(t.org_unit) === String(orgUnit)))
    .sort((a, b) => a.year - b.year)
}

// --- exchange balance ------------------------------------------------------------------

/** What the balance's rows are: a partner each (the default), or an agreement with one partner each. */
export const BALANCE_VIEWS = ['partner', 'agreement'] as const
export type BalanceView = (typeof BALANCE_VIEWS)[number]

/** A view as the URL holds it ("agreement"), else per partner. */
export function parseBalanceView(text: string): BalanceView {
  return (BALANCE_VIEWS as readonly string[]).includes(text) ? (text as BalanceView) : 'partner'
}

/** How many partners the balance chart draws: the rest are in the table below it. */
export const BALANCE_CHART_PARTNERS = 15

/**
 * How many rows the balance's table reads a page at a time, per partner and per agreement alike:
 * the first page holds the rows the chart draws (the server orders them by students exchanged).
 */
export const BALANCE_PAGE_SIZE = Math.max(20, BALANCE_CHART_PARTNERS)

/** Students exchanged with a partner both ways: what orders the partners. */
export function exchanged(item: Pick<PartnerExchange, 'outgoing_people' | 'incoming_people'>): number {
  return item.outgoing_people + item.incoming_people
}

/**
 * The partners with the most students exchanged, most first (ties in the server's order), at
 * most `count` of them.
 */
export function topExchanged<T extends Pick<PartnerExchange, 'outgoing_people' | 'incoming_people'>>(
  items: readonly T[],
  count: number = BALANCE_CHART_PARTNERS,
): T[] {
  return [...items].sort((a, b) => exchanged(b) - exchanged(a)).slice(0, count)
}

/** Months (30 days each) with the one decimal the server rounds to: "4.5"; "" for none. */
export function formatMonths(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  return new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
}

/**
 * A balance with its sign ("+3", "−1.5", "0"; a minus sign, not a hyphen): students whole,
 * months with one decimal; a zero without a sign, also where rounding leaves one (-0.04
 * months reads "0.0").
 */
export function formatBalance(value: number, kind: 'people' | 'months', locale: string): string {
  const digits = kind === 'months' ? 1 : 0
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits
  return new Intl.NumberFormat(numberLocale(locale), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  })
    .format(rounded === 0 ? 0 : rounded)
    .replace('-', '\u2212')
}

/** Which way a balance leans: 'in' (the partner sent more), 'out' (it received more) or 'even'. */
export function balanceSide(value: number, kind: 'people' | 'months'): 'in' | 'out' | 'even' {
  const rounded = kind === 'months' ? Math.round(value * 10) / 10 : Math.round(value)
  return rounded > 0 ? 'in' : rounded < 0 ? 'out' : 'even'
}

// --- seat use --------------------------------------------------------------------------

/** A share of seats used (0.5, 1.25) as a percentage with one decimal ("50.0%", "125.0%"); "—" without seats. */
export function formatSeatShare(share: number | null | undefined, locale: string): string {
  return formatIndicatorValue(share, 'ratio', locale) || '—'
}

/** How many stays a condition has beyond its seats; 0 when it is within them or names none. */
export function seatsOver(item: Pick<SeatUse, 'seats' | 'used'>): number {
  return item.seats > 0 ? Math.max(0, item.used - item.seats) : 0
}

// --- partners by country ---------------------------------------------------------------

/** A grouping as the URL holds it ("region"), else the server's default, by country. */
export function parseGrouping(text: string): PartnerGrouping {
  return (PARTNER_GROUPINGS as readonly string[]).includes(text) ? (text as PartnerGrouping) : 'country'
}

/** The UN M49 regions a country's `region` names, as the server writes them. */
export const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const

/**
 * What the year's rows by country add up to exactly: the countries with partners, and the
 * partners (each has one country). Not the agreements nor the students: an agreement with
 * partners in two countries counts in both rows, and so does a student who went to both.
 */
export function partnerTotals(countries: readonly Pick<PartnerGroup, 'partners'>[]): { countries: number; partners: number } {
  return {
    countries: countries.filter((c) => c.partners > 0).length,
    partners: countries.reduce((sum, c) => sum + c.partners, 0),
  }
}

/** What the map counts as the URL holds it ("outgoing"), else the partners. */
export function parsePartnerMapCount(text: string): PartnerMapCount {
  return (PARTNER_MAP_COUNTS as readonly string[]).includes(text) ? (text as PartnerMapCount) : 'partners'
}

/**
 * The number per country the world map colours: the partners, the students out or the
 * students in of each row by country; a country with none is left out, and stays uncoloured.
 */
export function countPerCountry(
  countries: readonly Pick<PartnerGroup, 'group' | 'partners' | 'outgoing_people' | 'incoming_people'>[],
  counted: PartnerMapCount,
): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const c of countries) {
    const n = counted === 'outgoing' ? c.outgoing_people : counted === 'incoming' ? c.incoming_people : c.partners
    if (c.group && n > 0) counts[c.group] = n
  }
  return counts
}

// --- funding and scholarships ----------------------------------------------------------

/** The directions of the funding's rows, in the order the server lists them. */
export const FUNDING_DIRECTIONS = ['outgoing', 'incoming'] as const
export type FundingDirection = (typeof FUNDING_DIRECTIONS)[number]

/** The sources of funding the page words; an office may record others, shown as recorded. */
export const FUNDING_SOURCES = ['scholarship', 'erasmus', 'csc', 'self', 'home'] as const
export type FundingSource = (typeof FUNDING_SOURCES)[number]

export function isFundingSource(source: string): source is FundingSource {
  return (FUNDING_SOURCES as readonly string[]).includes(source)
}

/**
 * The message that names a row's source in the reader's language (indicators.funding.sources),
 * null for a source Orbis does not know, which is shown as recorded. An incoming student's
 * home institution is theirs, not ours, which Chinese says in other words.
 */
export function fundingSourceMessage(r: Pick<FundingGroup, 'source' | 'direction'>): string | null {
  if (!isFundingSource(r.source)) return null
  if (r.source === 'home' && r.direction === 'incoming') return 'indicators.funding.sources.homeIncoming'
  return `indicators.funding.sources.${r.source}`
}

/** The rows of one direction, in the server's order. */
export function fundingOf(rows: readonly FundingGroup[], direction: FundingDirection): FundingGroup[] {
  return rows.filter((r) => r.direction === direction)
}

/**
 * An amount in its currency as the reader's language writes money ("CN¥192,000.00",
 * "€2,500.00"); "" for none. One value from its decimal string, for display only: amounts are
 * never added here (the server adds them exactly). A currency the browser does not know is
 * written as recorded ("192000.00 XYZ").
 */
export function formatAmount(amount: string | null | undefined, currency: string | null | undefined, locale: string): string {
  if (!amount) return ''
  const value = Number(amount)
  if (!currency || !Number.isFinite(value)) return [amount, currency].filter(Boolean).join(' ')
  try {
    return new Intl.NumberFormat(numberLocale(locale), { style: 'currency', currency }).format(value)
  } catch {
    return `${amount} ${currency}`
  }
}

// --- programme participants ------------------------------------------------------------

/** The kinds of programme the offices ask about most: summer and winter schools. */
export const SCHOOL_KINDS: readonly string[] = ['summer_school', 'winter_school']

export function isSchool(kind: string): boolean {
  return SCHOOL_KINDS.includes(kind)
}

// --- beside the country's --------------------------------------------------------------

/**
 * How many of the country's students there are for each of the university's: 3 of 1,052,283
 * → 350,761, from the counts themselves (the API's share is rounded to eight places, which
 * would make it 350,877). Null when the university has none, or the country's figure is not
 * published (or zero).
 */
export function oneIn(part: number, whole: number | null | undefined): number | null {
  if (part <= 0 || whole === null || whole === undefined || whole <= 0) return null
  return whole / part
}

/**
 * That number as the reader's language writes it: whole from 10 up, one decimal below, where
 * the university's students come near the country's count or pass it ("0.8": more than it).
 */
export function formatOneIn(n: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n)
}

/** Whether any year of the comparison has a figure of the country's published. */
export function hasNationalFigures(items: readonly NationalYear[]): boolean {
  return items.some((y) => y.inbound !== null || y.outbound !== null)
}
