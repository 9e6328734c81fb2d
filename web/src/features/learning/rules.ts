// The learning-agreement rules the browser copies from the server (docs/learning.md): who
// may propose, approve, comment, enter results and recognise, and when. To be replaced by
// the API's allowed_actions (issue 12, point 7); keep them here until then.
import { type Role } from '../../api/client'
import { session } from '../../shared/session'
import type { LaVersion, LearningAgreement } from './learning'

/** Roles that see the recognition indicators. */
export const INDICATOR_READERS: Role[] = ['admin', 'officer', 'coordinator', 'viewer']

function role(): Role | undefined {
  return session.user?.role
}

export function seesIndicators(): boolean {
  const r = role()
  return r !== undefined && INDICATOR_READERS.includes(r)
}

const CLOSED = ['completed', 'recognised', 'cancelled']

/** The student and the sending side propose, while the stay is not over. */
export function mayPropose(a: LearningAgreement): boolean {
  return (a.party === 'student' || a.party === 'sending') && !CLOSED.includes(a.mobility.status)
}

/** A party that has not signed the open version, while nobody has commented on it. */
export function mayApprove(a: LearningAgreement, v: LaVersion | null): boolean {
  if (!a.party || !v || v.state !== 'proposed') return false
  return !v.approvals.some((x) => x.party === a.party)
}

export function mayComment(a: LearningAgreement, v: LaVersion | null): boolean {
  return !!a.party && !!v
}

/** The receiving side, or the office, enters results until the stay is recognised. */
export function mayEnterTranscript(a: LearningAgreement): boolean {
  if (a.recognised_at) return false
  const r = role()
  return a.party === 'receiving' || r === 'officer' || r === 'admin'
}

/** Our coordinator or officer credits an outgoing stay at home. */
export function mayRecognise(a: LearningAgreement): boolean {
  const r = role()
  return (
    (r === 'officer' || r === 'admin' || r === 'coordinator') &&
    a.party === 'sending' &&
    a.mobility.direction === 'outgoing' &&
    !a.recognised_at
  )
}

export function mayDownloadEwp(): boolean {
  const r = role()
  return r !== undefined && r !== 'viewer'
}

// --- display -------------------------------------------------------------------------------
