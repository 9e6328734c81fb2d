// The words of the mobility pages in the reader's language: statuses, terms and kinds,
// eligibility rules, and why an application was (not) eligible or placed. The server
// writes its reasons in English; here they are said again from their codes.
import { useI18n } from 'vue-i18n'
import { CEFR_LEVELS, MOBILITY_TYPES } from '../../api/client'
import { languageName } from '../../shared/format'
import { APPLICATION_STATUSES, DOCUMENT_KINDS, MOBILITY_STATUSES, NOMINATION_STATES, PROGRAMME_KINDS, TERMS, VERDICT_CODES, formatScore, isKnown, localName, offerOf, ordinal, type Application, type Call, type EligibilityRules, type Explanation, type Offer, type Verdict } from './mobility'
export function useMobilityLabels() {
  const { t, locale } = useI18n()

  function known(list: readonly string[], prefix: string, value: string): string {
    return isKnown(list, value) ? t(`${prefix}.${value}`) : value
  }

  const applicationStatus = (s: string): string => known(APPLICATION_STATUSES, 'mobility.applicationStatuses', s)
  const mobilityStatus = (s: string): string => known(MOBILITY_STATUSES, 'mobility.mobilityStatuses', s)
  const nominationState = (s: string): string => known(NOMINATION_STATES, 'mobility.nominationStates', s)
  const term = (s: string): string => known(TERMS, 'mobility.terms', s)
  const programmeKind = (s: string): string => known(PROGRAMME_KINDS, 'mobility.programmeKinds', s)
  const phase = (s: string): string => known(['upcoming', 'open', 'closed'], 'mobility.phases', s)
  const direction = (s: string): string => known(['outgoing', 'incoming'], 'mobility.directions', s)
  const documentKind = (s: string): string => known(DOCUMENT_KINDS, 'mobility.documentKinds', s)
  const mobilityType = (s: string): string => known(MOBILITY_TYPES, 'mobilityTypes', s)

  function list(values: readonly (string | number)[]): string {
    return values.join(locale.value === 'zh' ? '、' : ', ')
  }

  /** A rule set as short phrases ("EQF 6, 7", "English B2 or above"); empty when it asks nothing. */
  function rules(r: EligibilityRules | null | undefined): string[] {
    if (!r) return []
    const out: string[] = []
    if (r.levels.length) out.push(t('mobility.rules.levels', { levels: list(r.levels) }))
    if (r.years_of_study.length) out.push(t('mobility.rules.years', { years: list(r.years_of_study) }))
    if (r.min_gpa !== null && r.min_gpa !== undefined) {
      out.push(t('mobility.rules.gpa', { min: formatScore(r.min_gpa, locale.value), scale: r.gpa_scale || '—' }))
    }
    if (r.min_cefr && (CEFR_LEVELS as readonly string[]).includes(r.min_cefr)) {
      out.push(t('mobility.rules.language', { language: languageName(r.language || 'en', locale.value), cefr: r.min_cefr }))
    }
    if (r.field) out.push(t('mobility.rules.field', { field: r.field }))
    return out
  }

  /** The rule of a kind that decided a verdict: the offer's where it has one, else the call's. */
  function ruleFor(call: Call | null | undefined, offer: Offer | undefined): EligibilityRules | null {
    const offerRules = offer?.eligibility
    const callRules = call?.eligibility
    if (!offerRules) return callRules ?? null
    if (!callRules) return offerRules
    return {
      levels: offerRules.levels.length ? offerRules.levels : callRules.levels,
      years_of_study: offerRules.years_of_study.length ? offerRules.years_of_study : callRules.years_of_study,
      min_gpa: offerRules.min_gpa ?? callRules.min_gpa,
      gpa_scale: offerRules.min_gpa !== null ? offerRules.gpa_scale : callRules.gpa_scale,
      language: offerRules.min_cefr ? offerRules.language : callRules.language,
      min_cefr: offerRules.min_cefr || callRules.min_cefr,
      field: offerRules.field || callRules.field,
    }
  }

  /** Why an offer is or is not open to the applicant, from the verdict's code. */
  function verdictText(v: Verdict, call: Call | null | undefined): string {
    if (v.eligible) return t('mobility.verdicts.eligible')
    const r = ruleFor(call, offerOf(call, v.offer_id))
    if (!isKnown(VERDICT_CODES, v.code) || !r) return v.reason || t('mobility.verdicts.other')
    switch (v.code) {
      case 'level':
        return t('mobility.verdicts.level', { levels: list(r.levels) })
      case 'year_of_study':
        return t('mobility.verdicts.year_of_study', { years: list(r.years_of_study) })
      case 'gpa':
        return t('mobility.verdicts.gpa', { min: formatScore(r.min_gpa, locale.value), scale: r.gpa_scale || '—' })
      case 'language':
        return t('mobility.verdicts.language', { language: languageName(r.language || 'en', locale.value), cefr: r.min_cefr })
      case 'field':
        return t('mobility.verdicts.field', { field: r.field })
      default:
        return t(`mobility.verdicts.${v.code}`)
    }
  }

  function offerName(offer: Offer | undefined, id?: number | null): string {
    if (!offer) return id ? `#${id}` : ''
    const host = offer.host ? localName(offer.host, locale.value) : ''
    return host && !offer.title.includes(host) ? `${offer.title} · ${host}` : offer.title
  }

  /** "1st choice" / "第1志愿". */
  function choice(n: number): string {
    return t('mobility.choice', { ordinal: ordinal(n, locale.value) })
  }

  /** Why the placement did not give the applicant one of their better choices. */
  function explanationText(e: Explanation, application: Pick<Application, 'preferences' | 'verdicts'>, call: Call | null | undefined): string {
    const rank = application.preferences.indexOf(e.offer_id) + 1
    const params = {
      choice: rank > 0 ? choice(rank) : t('mobility.aChoice'),
      offer: offerName(offerOf(call, e.offer_id), e.offer_id),
      cutoff: formatScore(e.cutoff_score, locale.value),
    }
    switch (e.reason) {
      case 'not_eligible': {
        const verdict = application.verdicts.find((v) => v.offer_id === e.offer_id && !v.eligible)
        const reason = verdict ? verdictText(verdict, call) : e.detail
        return t('mobility.explanations.not_eligible', { ...params, reason })
      }
      case 'no_seats':
        return t('mobility.explanations.no_seats', params)
      case 'outranked':
        return e.cutoff_score === null
          ? t('mobility.explanations.outrankedNoCutoff', params)
          : t('mobility.explanations.outranked', params)
      case 'welfare_trade_off':
        return t('mobility.explanations.welfare_trade_off', params)
      default:
        return t('mobility.explanations.other', { ...params, reason: e.detail || e.reason })
    }
  }

  return {
    t,
    locale,
    applicationStatus,
    mobilityStatus,
    nominationState,
    term,
    programmeKind,
    phase,
    direction,
    documentKind,
    mobilityType,
    rules,
    verdictText,
    offerName,
    choice,
    explanationText,
  }
}
