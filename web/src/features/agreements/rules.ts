// The agreement rules the browser copies from the server (docs/agreements.md): who may
// see and change agreements, and the life-cycle moves. To be replaced by the API's
// allowed_actions and allowed_transitions (issue 12, point 7); keep them here until then.
import { type Agreement, type Role } from '../../api/client'
import { session } from '../../shared/session'

/** Roles that may open the agreement pages, and change agreements. */
export const AGREEMENT_READERS: Role[] = ['admin', 'officer', 'coordinator', 'partner', 'viewer']
export const AGREEMENT_WRITERS: Role[] = ['admin', 'officer']

/** The moves an officer may make by hand, from the stored status. */
const MOVES: Readonly<Record<string, readonly string[]>> = {
  draft: ['negotiation', 'terminated'],
  negotiation: ['draft', 'signed', 'terminated'],
  signed: ['active', 'terminated'],
  active: ['terminated', 'renewed'],
  expired: ['renewed'],
}

/**
 * The statuses the agreement may move to now. `expiring` and `expired` are
 * derived from the end date: an expiring agreement is still stored as active,
 * and an expired one may be renewed.
 */
export function allowedMoves(agreement: Pick<Agreement, 'status' | 'stored_status'>): string[] {
  const moves = new Set<string>(MOVES[agreement.stored_status] ?? [])
  if (agreement.status === 'expired') {
    moves.clear()
    for (const to of MOVES.expired ?? []) moves.add(to)
  }
  return [...moves]
}

export function canManageAgreements(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer'
}

export function canSeeAgreements(): boolean {
  const role = session.user?.role
  return role !== undefined && role !== 'student'
}

export function canSeeReminders(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer' || role === 'viewer'
}
