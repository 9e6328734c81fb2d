// The roles of each mobility page (docs/mobility.md), for the menu and the routes. What a
// reader may do with a stay or an application comes with it from the server
// (allowed_actions, allowed_transitions), not from rules copied here.
import { type Role } from '../../api/client'

export const CALL_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

export const OFFICE: Role[] = ['admin', 'officer']

export const MOBILITY_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

/** Everyone who reads stays, each in their scope: their own (students), to and from them (partners). */
export const STAY_READERS: Role[] = [...MOBILITY_READERS, 'student', 'partner']

export const NOMINATION_READERS: Role[] = ['admin', 'officer', 'partner', 'viewer']

export const NOMINATORS: Role[] = ['admin', 'officer', 'partner']

export const PROGRAMME_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

