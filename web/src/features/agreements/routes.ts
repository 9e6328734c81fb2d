import type { AreaRoutes } from '../../shared/routes'
import { AGREEMENT_READERS, AGREEMENT_WRITERS } from './rules'

// The agreement pages are a chunk of their own (with ECharts and the map).
const AgreementsView = () => import('./AgreementsView.vue')
const AgreementDetailView = () => import('./AgreementDetailView.vue')
const AgreementFormView = () => import('./AgreementFormView.vue')

export const agreementRoutes: AreaRoutes = {
  shell: [
    {
      path: 'agreements',
      name: 'agreements',
      component: AgreementsView,
      meta: { title: 'agreements.title', roles: AGREEMENT_READERS },
    },
    {
      path: 'agreements/new',
      name: 'agreement-new',
      component: AgreementFormView,
      meta: { title: 'agreementForm.newTitle', roles: AGREEMENT_WRITERS },
    },
    {
      path: 'agreements/:id',
      name: 'agreement',
      component: AgreementDetailView,
      props: true,
      meta: { title: 'agreements.title', roles: AGREEMENT_READERS },
    },
    {
      path: 'agreements/:id/edit',
      name: 'agreement-edit',
      component: AgreementFormView,
      props: true,
      meta: { title: 'agreementForm.editTitle', roles: AGREEMENT_WRITERS },
    },
  ],
}
