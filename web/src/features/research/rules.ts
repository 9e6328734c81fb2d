// Who reads the co-publications and who imports publications (docs/research.md), and who opens
// the joint research projects. The server refuses the others; the role lists only keep the
// navigation and the routes in step with it. Who may import or create is the server's policy
// (can('publication', 'import'), can('research_project', …)), not a rule copied here; what a
// reader may do with one project comes with it (allowed_actions).
import { type Role } from '../../api/client'
import { session, can } from '../../shared/session'

/** Roles that read the co-publications (the access policy's publication read). */
export const PUBLICATION_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

/** Roles that read projects: the office and viewers all, a coordinator their unit's, a partner its own. */
export const PROJECT_READERS: Role[] = ['admin', 'officer', 'coordinator', 'partner', 'viewer']

/** Roles that create and change projects (a coordinator those of their own unit). */
export const PROJECT_WRITERS: Role[] = ['admin', 'officer', 'coordinator']

export function seesCoPublications(): boolean {
  const role = session.user?.role
  return role !== undefined && PUBLICATION_READERS.includes(role)
}

/** Whether the reader imports publications from an OpenAlex extract. */
export function importsPublications(): boolean {
  return can('publication', 'import')
}

export function seesProjects(): boolean {
  const role = session.user?.role
  return role !== undefined && PROJECT_READERS.includes(role)
}

/** Whether the reader may record a new project. */
export function createsProjects(): boolean {
  return can('research_project', 'create')
}

/** Whether the reader imports projects from a CSV file. */
export function importsProjects(): boolean {
  return can('research_project', 'import')
}

/** The office chooses any lead unit; a coordinator's projects are their own unit's. */
export function isOffice(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer'
}
