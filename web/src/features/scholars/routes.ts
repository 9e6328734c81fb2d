import type { AreaRoutes } from '../../shared/routes'
import { SCHOLAR_READERS, SCHOLAR_REQUESTERS } from './rules'

// The scholar case file: the list (filters in the address), a new request, a case; and the
// work-permit category and points of a candidate. Every reader reaches the points page: one
// who may not assess is told so there, as the server would answer (403).
const ScholarsView = () => import('./ScholarsView.vue')
const ScholarFormView = () => import('./ScholarFormView.vue')
const ScholarDetailView = () => import('./ScholarDetailView.vue')
const WorkPermitPointsView = () => import('./WorkPermitPointsView.vue')

export const scholarRoutes: AreaRoutes = {
  shell: [
    { path: 'scholars', name: 'scholars', component: ScholarsView, meta: { title: 'scholars.title', roles: SCHOLAR_READERS } },
    {
      path: 'scholars/new',
      name: 'scholar-new',
      component: ScholarFormView,
      meta: { title: 'scholars.form.title', roles: SCHOLAR_REQUESTERS },
    },
    {
      path: 'scholars/work-permit-points',
      name: 'scholar-work-permit-points',
      component: WorkPermitPointsView,
      meta: { title: 'scholars.points.title', roles: SCHOLAR_READERS },
    },
    {
      path: 'scholars/:id',
      name: 'scholar',
      component: ScholarDetailView,
      props: true,
      meta: { title: 'scholars.title', roles: SCHOLAR_READERS },
    },
  ],
}
