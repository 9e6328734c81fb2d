import type { AreaRoutes } from '../../shared/routes'
import { PUBLICATION_READERS } from './rules'

const CoPublicationsView = () => import('./CoPublicationsView.vue')

export const researchRoutes: AreaRoutes = {
  shell: [
    {
      // ?from= and ?to= say which calendar years of publication to count.
      path: 'research/co-publications',
      name: 'co-publications',
      component: CoPublicationsView,
      meta: { title: 'research.title', roles: PUBLICATION_READERS },
    },
  ],
}
