// The registry rules the browser copies from the server (docs/registry.md): who may edit
// institutions. To be replaced by the API's allowed_actions (issue 12, point 7).
import { session } from '../../shared/session'

export function canEditInstitutions(): boolean {
  const role = session.user?.role
  return role === 'admin' || role === 'officer'
}
