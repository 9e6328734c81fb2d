// What the agreement pages share: the life-cycle rules as the API states them
// (docs/agreements.md), the ISCED-F list, and small display helpers.
import { AGREEMENT_STATUSES, type Agreement, type AgreementParty } from '../../api/client'

export function isKnownStatus(status: string): boolean {
  return (AGREEMENT_STATUSES as readonly string[]).includes(status)
}

export function partners(agreement: Pick<Agreement, 'parties'>): AgreementParty[] {
  return (agreement.parties ?? []).filter((p) => !p.is_home)
}
