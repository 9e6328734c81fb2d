// The credential rules the browser copies from the server (docs/credentials.md): who may
// read and issue, and the status moves. To be replaced by the API's allowed_actions and
// allowed_transitions (issue 12, point 7); keep them here until then.
import { type CredentialRecord, type Role } from '../../api/client'
import { session } from '../../shared/session'

export const CREDENTIAL_READERS: Role[] = ['admin', 'officer', 'viewer', 'student']

export const CREDENTIAL_ISSUERS: Role[] = ['admin', 'officer']

export function canSeeCredentials(): boolean {
  const role = session.user?.role
  return role !== undefined && CREDENTIAL_READERS.includes(role)
}

export function canIssueCredentials(): boolean {
  const role = session.user?.role
  return role !== undefined && CREDENTIAL_ISSUERS.includes(role)
}

/** The status moves of a credential: revoke is final, a suspended one may be reinstated. */
export function statusMoves(record: Pick<CredentialRecord, 'status'>): ('revoked' | 'suspended' | 'active')[] {
  if (record.status === 'active') return ['suspended', 'revoked']
  if (record.status === 'suspended') return ['active', 'revoked']
  return []
}

// --- reading credential JSON --------------------------------------------------
