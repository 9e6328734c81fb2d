// The mobility rules the browser copies from the server (docs/mobility.md): the roles of
// each page, who may score, move stays and decide nominations, and the stay life cycle.
// To be replaced by the API's allowed_actions and allowed_transitions (issue 12, point 7).
import { type Role } from '../../api/client'
import { session } from '../../shared/session'
import type { Mobility } from './mobility'

export const CALL_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

export const OFFICE: Role[] = ['admin', 'officer']

export const MOBILITY_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

/** Everyone who reads stays, each in their scope: their own (students), to and from them (partners). */
export const STAY_READERS: Role[] = [...MOBILITY_READERS, 'student', 'partner']

export const NOMINATION_READERS: Role[] = ['admin', 'officer', 'partner', 'viewer']

export const NOMINATORS: Role[] = ['admin', 'officer', 'partner']

export const PROGRAMME_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

function hasRole(roles: readonly Role[]): boolean {
  const role = session.user?.role
  return role !== undefined && roles.includes(role)
}

export function isOffice(): boolean {
  return hasRole(OFFICE)
}

export function canScore(): boolean {
  return hasRole(['admin', 'officer', 'coordinator'])
}

export function canMoveMobilities(): boolean {
  return hasRole(['admin', 'officer', 'coordinator'])
}

/** May the signed-in user accept or reject this nomination? The receiving side decides. */
export function canDecide(m: Pick<Mobility, 'status' | 'nomination' | 'receiving_institution_id' | 'direction'>): boolean {
  if (m.status !== 'nominated' || m.nomination.decision !== 'pending') return false
  const user = session.user
  if (!user) return false
  if (user.role === 'partner') return user.institution_id !== null && String(user.institution_id) === String(m.receiving_institution_id)
  return user.role === 'admin' || user.role === 'officer'
}

// --- the life cycle of a stay ------------------------------------------------------------

const NEXT: Readonly<Record<string, string>> = {
  accepted: 'preparing',
  preparing: 'abroad',
  abroad: 'completed',
  completed: 'recognised',
}

/** The moves a stay may make by hand now (src/domain/mobility.cc, may_move). */
export function mobilityMoves(status: string): string[] {
  const moves: string[] = []
  const next = NEXT[status]
  if (next) moves.push(next)
  if (!['completed', 'recognised', 'cancelled'].includes(status)) moves.push('cancelled')
  return moves
}

// --- display -------------------------------------------------------------------------------
