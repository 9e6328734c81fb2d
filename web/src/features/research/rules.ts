// Who reads the co-publications and who imports publications (docs/research.md). The server
// refuses students and partners; the role list only keeps the navigation and the route in
// step with it. Who may import is the server's policy (can('publication', 'import')), not a
// rule copied here.
import { type Role } from '../../api/client'
import { session, can } from '../../shared/session'

/** Roles that read the co-publications (the access policy's publication read). */
export const PUBLICATION_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

export function seesCoPublications(): boolean {
  const role = session.user?.role
  return role !== undefined && PUBLICATION_READERS.includes(role)
}

/** Whether the reader imports publications from an OpenAlex extract. */
export function importsPublications(): boolean {
  return can('publication', 'import')
}
