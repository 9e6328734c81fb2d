import type { AreaRoutes } from '../../shared/routes'
import InstitutionsView from './InstitutionsView.vue'
import InstitutionDetailView from './InstitutionDetailView.vue'

export const registryRoutes: AreaRoutes = {
  shell: [
    {
      path: 'institutions',
      name: 'institutions',
      component: InstitutionsView,
      meta: { title: 'institutions.title' },
    },
    {
      path: 'institutions/:id',
      name: 'institution',
      component: InstitutionDetailView,
      props: true,
      meta: { title: 'institutions.title' },
    },
  ],
}
