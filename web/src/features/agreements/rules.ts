// The roles of the agreement pages (docs/agreements.md), for the menu and the routes. What a
// reader may do with one agreement comes with it from the server (allowed_actions,
// allowed_transitions), and what a user may do at all from the policy sent at sign-in
// (can('agreement', 'create')), not from rules copied here.
import { type Role } from '../../api/client'
import { session } from '../../shared/session'

/** Roles that may open the agreement pages, and the forms that add and change agreements. */
export const AGREEMENT_READERS: Role[] = ['admin', 'officer', 'coordinator', 'partner', 'viewer']
export const AGREEMENT_WRITERS: Role[] = ['admin', 'officer']

export function canSeeAgreements(): boolean {
  const role = session.user?.role
  return role !== undefined && AGREEMENT_READERS.includes(role)
}
