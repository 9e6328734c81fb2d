// The roles of the credential pages (docs/credentials.md), for the menu and the routes. Who
// may issue comes from the server's policy (can('credential', 'issue')), and the status moves
// of each credential come with it (allowed_transitions), not from rules copied here.
import { type Role } from '../../api/client'
import { session } from '../../shared/session'

export const CREDENTIAL_READERS: Role[] = ['admin', 'officer', 'viewer', 'student']

export function canSeeCredentials(): boolean {
  const role = session.user?.role
  return role !== undefined && CREDENTIAL_READERS.includes(role)
}
