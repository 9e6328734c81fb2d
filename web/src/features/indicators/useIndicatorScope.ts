// The years and org unit an indicators page reports on, kept in the URL (?from=, ?to=,
// ?org_unit=): the Indicators page and the printable report choose them alike. The Indicators
// page's exchange balance, seat use, partners by country, funding and programme participants
// each show one year of them (?balance_year=, ?seats_year=, ?partners_year=, ?funding_year=,
// ?programmes_year=, else the range's last), picked alike (sectionYear); the balance's rows are
// per partner unless ?balance_by= says agreement; the partners are grouped as ?partners_by=
// says (country unless region or type), and their world map counts what ?partners_map= says
// (partners unless outgoing or incoming students).
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { OrgUnit } from '../../api/client'
import { sameId } from '../../shared/format'
import { session } from '../../shared/session'
import { useHomeOrgUnits } from '../../shared/useHomeOrgUnits'
import { useUrlFilters } from '../../shared/usePagedList'
import {
  DEFAULT_YEARS,
  YEARS_BACK,
  currentAcademicYear,
  parseBalanceView,
  parseGrouping,
  parsePartnerMapCount,
  parseYear,
  yearsBetween,
  type BalanceView,
  type PartnerGrouping,
  type PartnerMapCount,
} from './indicators'
import { choosesOrgUnit } from './rules'

/** The address keys of the page's sections that show one academic year. */
type SectionYearKey = 'balance_year' | 'seats_year' | 'partners_year' | 'funding_year' | 'programmes_year'

/** One section's year: the one chosen (in the address), the years its picker offers, newest first, and a way to pick. */
export interface SectionYear {
  year: ComputedRef<number>
  options: ComputedRef<number[]>
  /** Puts the year picked (as the picker's value: "2024") in the address. */
  set: (text: string) => void
}

export function useIndicatorScope() {
  const { locale } = useI18n()
  const { filters, setFilters } = useUrlFilters([
    'from',
    'to',
    'org_unit',
    'balance_year',
    'balance_by',
    'seats_year',
    'partners_year',
    'partners_by',
    'partners_map',
    'funding_year',
    'programmes_year',
  ] as const)

  const thisYear = currentAcademicYear()
  /** The years in the URL, else the last DEFAULT_YEARS academic years up to the current one. */
  const range = computed(() => {
    const to = parseYear(filters.value.to) ?? thisYear
    const from = parseYear(filters.value.from) ?? to - (DEFAULT_YEARS - 1)
    return from <= to ? { from, to } : { from: to, to: from }
  })
  /** The years a picker offers, newest first. */
  const yearOptions = computed(() => {
    const years = yearsBetween(Math.min(thisYear - YEARS_BACK + 1, range.value.from), Math.max(thisYear, range.value.to))
    return years.reverse()
  })

  function setFrom(text: string): void {
    const from = Number(text)
    setFilters({ from: text, to: String(Math.max(from, range.value.to)) })
  }

  function setTo(text: string): void {
    const to = Number(text)
    setFilters({ to: text, from: String(Math.min(to, range.value.from)) })
  }

  function setOrgUnit(id: string): void {
    setFilters({ org_unit: id })
  }

  /**
   * The year a section shows: the one chosen (under `key` in the address), else the latest
   * the range shows; its picker offers the range pickers' years (and the one chosen, should
   * it lie outside them).
   */
  function sectionYear(key: SectionYearKey): SectionYear {
    const year = computed(() => parseYear(filters.value[key]) ?? range.value.to)
    const options = computed(() =>
      yearOptions.value.includes(year.value) ? yearOptions.value : [...yearOptions.value, year.value].sort((a, b) => b - a),
    )
    return { year, options, set: (text) => setFilters({ [key]: text }) }
  }

  const balance = sectionYear('balance_year')
  const seats = sectionYear('seats_year')
  const partners = sectionYear('partners_year')
  const funding = sectionYear('funding_year')
  const programmes = sectionYear('programmes_year')

  /** What the balance's rows are: a partner each unless the address says agreement. */
  const balanceBy = computed(() => parseBalanceView(filters.value.balance_by))

  /** Puts the balance's view in the address; per partner, the default, leaves it out. */
  function setBalanceBy(by: BalanceView): void {
    setFilters({ balance_by: by === 'partner' ? '' : by })
  }

  /** How the partners by country are grouped: country unless the address says region or type. */
  const partnersBy = computed(() => parseGrouping(filters.value.partners_by))

  /** Puts the grouping in the address; by country, the default, leaves it out. */
  function setPartnersBy(by: PartnerGrouping): void {
    setFilters({ partners_by: by === 'country' ? '' : by })
  }

  /** What the partners' world map counts: the partners unless the address says outgoing or incoming students. */
  const partnersMap = computed(() => parsePartnerMapCount(filters.value.partners_map))

  /** Puts what the map counts in the address; the partners, the default, leave it out. */
  function setPartnersMap(counted: PartnerMapCount): void {
    setFilters({ partners_map: counted === 'partners' ? '' : counted })
  }

  const choosesUnit = computed(() => choosesOrgUnit())
  /** The org unit chosen; null: the whole institution (or, for a coordinator, the one the server forces). */
  const orgUnit = computed(() => (choosesUnit.value && filters.value.org_unit ? filters.value.org_unit : null))

  const orgUnits = useHomeOrgUnits()

  function unitName(unit: OrgUnit): string {
    return locale.value === 'zh' && unit.name_zh ? unit.name_zh : unit.name
  }

  /** A coordinator's own org unit, which their reports cover. */
  const ownUnit = computed(() => {
    const id = session.user?.org_unit_id
    if (choosesUnit.value || id === null || id === undefined) return null
    const unit = orgUnits.value.find((u) => sameId(u.id, id))
    return unit ? unitName(unit) : `#${id}`
  })

  /** The name of the org unit the report covers: the one chosen or a coordinator's own; null for the whole institution. */
  const unitCovered = computed(() => {
    if (ownUnit.value) return ownUnit.value
    if (orgUnit.value === null) return null
    const unit = orgUnits.value.find((u) => sameId(u.id, orgUnit.value))
    return unit ? unitName(unit) : `#${orgUnit.value}`
  })

  /** The scope as a route query, for links between the indicators pages. */
  const scopeQuery = computed(() => {
    const query: Record<string, string> = { from: String(range.value.from), to: String(range.value.to) }
    if (orgUnit.value !== null) query.org_unit = orgUnit.value
    return query
  })

  return {
    range,
    yearOptions,
    setFrom,
    setTo,
    setOrgUnit,
    // Flat, so that a page's template reads them unwrapped.
    balanceYear: balance.year,
    balanceYearOptions: balance.options,
    setBalanceYear: balance.set,
    balanceBy,
    setBalanceBy,
    seatsYear: seats.year,
    seatsYearOptions: seats.options,
    setSeatsYear: seats.set,
    partnersYear: partners.year,
    partnersYearOptions: partners.options,
    setPartnersYear: partners.set,
    partnersBy,
    setPartnersBy,
    partnersMap,
    setPartnersMap,
    fundingYear: funding.year,
    fundingYearOptions: funding.options,
    setFundingYear: funding.set,
    programmesYear: programmes.year,
    programmesYearOptions: programmes.options,
    setProgrammesYear: programmes.set,
    choosesUnit,
    orgUnit,
    orgUnits,
    unitName,
    ownUnit,
    unitCovered,
    scopeQuery,
  }
}
