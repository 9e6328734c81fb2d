// The mobility rules the browser still copies from the server (docs/mobility.md): the roles
// of each page and who may score. What a reader may do with a stay — move it, decide its
// nomination — comes with the stay (allowed_actions, allowed_transitions).
import { type Role } from '../../api/client'
import { session } from '../../shared/session'

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
