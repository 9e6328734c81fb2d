// Who sees the indicators page and who enters the office's figures (docs/indicators.md). The
// server forces a coordinator's reports to their own org unit and refuses students and
// partners; the role list only keeps the navigation and the routes in step with it. Who may
// enter figures is the server's policy (can('indicator', 'update')), not a rule copied here.
import { session, can } from '../../shared/session'
import { INDICATOR_READERS } from '../learning/rules'

export { INDICATOR_READERS }

export function seesIndicatorsPage(): boolean {
  const role = session.user?.role
  return role !== undefined && INDICATOR_READERS.includes(role)
}

/** Whether the reader enters the figures Orbis does not hold (students enrolled, academic staff). */
export function entersFigures(): boolean {
  return can('indicator', 'update')
}

/** A coordinator's reports cover their own org unit only; others choose one or the whole institution. */
export function choosesOrgUnit(): boolean {
  return session.user?.role !== 'coordinator'
}
