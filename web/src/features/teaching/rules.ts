// Who opens the joint teaching pages (the access policy's joint_teaching, docs/teaching.md):
// the office and viewers every course and programme, a coordinator their department's, a
// partner those taught with it; students none. The server refuses the others; the role lists
// only keep the navigation and the routes in step with it. Who may create is the server's
// policy (can('joint_teaching', 'create')); what a reader may do with one record comes with it
// (allowed_actions).
import { type Role } from '../../api/client'
import { can, session } from '../../shared/session'

/** Roles that read courses and programmes, each in its scope. */
export const TEACHING_READERS: Role[] = ['admin', 'officer', 'coordinator', 'partner', 'viewer']

/** Roles that record and change them (a coordinator those of their own department). */
export const TEACHING_WRITERS: Role[] = ['admin', 'officer', 'coordinator']

export function seesTeaching(): boolean {
  const role = session.user?.role
  return role !== undefined && TEACHING_READERS.includes(role)
}

/** Whether the reader may record a new course or programme. */
export function createsTeaching(): boolean {
  return can('joint_teaching', 'create')
}

/** Whether the reader reads courses and programmes at all (a record's page shows its card). */
export function readsTeaching(): boolean {
  return can('joint_teaching', 'read')
}
