// Which roles see the learning pages' indicators (docs/learning.md). What a reader may do
// with one stay's learning agreement (propose, approve, comment, enter results, recognise,
// download it for EWP) comes with it from the server (allowed_actions), not from rules
// copied here.
import { type Role } from '../../api/client'
import { session } from '../../shared/session'

/** Roles that see the recognition indicators. */
export const INDICATOR_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

export function seesIndicators(): boolean {
  const r = session.user?.role
  return r !== undefined && INDICATOR_READERS.includes(r)
}
