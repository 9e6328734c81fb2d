import type { AreaRoutes } from '../../shared/routes'
import { STAY_READERS } from '../mobility/rules'

const LearningAgreementView = () => import('./LearningAgreementView.vue')

export const learningRoutes: AreaRoutes = {
  shell: [
    {
      path: 'mobilities/:id/learning-agreement',
      name: 'learning-agreement',
      component: LearningAgreementView,
      props: true,
      meta: { title: 'learning.title', roles: STAY_READERS },
    },
  ],
}
