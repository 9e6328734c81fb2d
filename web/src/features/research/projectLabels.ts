// The words of the project pages in the reader's language: states, partners' and
// investigators' roles, kinds of output, a partner's name and country, an amount. The server
// sends codes; a code these pages do not know is shown as it is.
import { useI18n } from 'vue-i18n'
import { countryName } from '../../shared/session'
import { institutionName } from '../../shared/format'
import { formatAmount } from '../indicators/indicators'
import { isKnown } from '../mobility/mobility'
import { INVESTIGATOR_ROLES, OUTPUT_KINDS, PARTNER_ROLES, PROJECT_STATUSES, type Money } from './projects'

/** The badge of a project's state, in the stylesheet's colours: grey waiting, green running, dark ended. */
const STATUS_CLASS: Record<string, string> = {
  planned: 'status--draft',
  active: 'status--active',
  ended: 'status--terminated',
}

export function projectStatusClass(status: string): string {
  return STATUS_CLASS[status] ?? ''
}

export function useProjectLabels() {
  const { t, locale } = useI18n()

  function known(list: readonly string[], prefix: string, value: string): string {
    return isKnown(list, value) ? t(`${prefix}.${value}`) : value
  }

  const status = (s: string): string => known(PROJECT_STATUSES, 'research.projects.statuses', s)
  const partnerRole = (s: string): string => known(PARTNER_ROLES, 'research.projects.partnerRoles', s)
  const investigatorRole = (s: string): string => known(INVESTIGATOR_ROLES, 'research.projects.investigatorRoles', s)
  const outputKind = (s: string): string => known(OUTPUT_KINDS, 'research.projects.outputKinds', s)

  /** An institution's name in the reader's language (name_zh in Chinese when it has one). */
  const partnerName = (p: { name: string; name_zh: string | null }): string => institutionName(p, locale.value)
  const country = (code: string): string => (code ? countryName(code, locale.value) : '')
  /** An amount in its currency as the reader's language writes money; '' for none. */
  const money = (m: Money | null): string => (m ? formatAmount(m.amount, m.currency, locale.value) : '')

  return { t, locale, status, partnerRole, investigatorRole, outputKind, partnerName, country, money }
}
