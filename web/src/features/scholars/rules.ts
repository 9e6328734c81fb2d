// Who opens the scholar pages (docs/scholars.md). Every signed-in role reads cases in its own
// scope (the office and viewers all, a coordinator their department's, a partner its own
// people's, a scholar their own); the server says which. Who may ask for a stay is the
// server's policy (can('scholar_case', 'create')); what a reader may do with one case comes
// with it (allowed_actions, allowed_transitions).
import { type Role } from '../../api/client'
import { can, session } from '../../shared/session'

export const SCHOLAR_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer', 'partner', 'student']

/** Those who may ask for a stay (a coordinator for their department) or record one. */
export const SCHOLAR_REQUESTERS: Role[] = ['admin', 'officer', 'coordinator']

export function seesScholars(): boolean {
  const role = session.user?.role
  return role !== undefined && SCHOLAR_READERS.includes(role)
}

/** Whether the reader may open a case (the access policy's scholar_case create). */
export function opensScholarCases(): boolean {
  return can('scholar_case', 'create')
}

/** The office chooses any department and any person already in Orbis; a coordinator asks for their own. */
export function isOffice(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer'
}
