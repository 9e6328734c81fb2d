import type { AreaRoutes } from '../../shared/routes'
import { CALL_READERS, NOMINATION_READERS, NOMINATORS, OFFICE, PROGRAMME_READERS, STAY_READERS } from './rules'

// Mobility: calls, applications, placement, stays and nominations; the programme list is public.
const ExchangeView = () => import('./ExchangeView.vue')
const ApplicationView = () => import('./ApplicationView.vue')
const CallsView = () => import('./CallsView.vue')
const CallDetailView = () => import('./CallDetailView.vue')
const CallFormView = () => import('./CallFormView.vue')
const ProgrammesView = () => import('./ProgrammesView.vue')
const ProgrammeFormView = () => import('./ProgrammeFormView.vue')
const PublicProgrammesView = () => import('./PublicProgrammesView.vue')
const MobilitiesView = () => import('./MobilitiesView.vue')
const MobilityDetailView = () => import('./MobilityDetailView.vue')
const NominationsView = () => import('./NominationsView.vue')
const NominationFormView = () => import('./NominationFormView.vue')

export const mobilityRoutes: AreaRoutes = {
  outside: [
    // Prospective students browse the published programmes without an account.
    {
      path: '/programmes',
      name: 'public-programmes',
      component: PublicProgrammesView,
      meta: { public: true, title: 'publicProgrammes.title' },
    },
  ],
  shell: [
    {
      path: 'exchange',
      name: 'exchange',
      component: ExchangeView,
      meta: { title: 'exchange.title', roles: ['student'] },
    },
    {
      path: 'exchange/applications/:id',
      name: 'application',
      component: ApplicationView,
      props: true,
      meta: { title: 'application.title', roles: ['student'] },
    },
    { path: 'calls', name: 'calls', component: CallsView, meta: { title: 'calls.title', roles: CALL_READERS } },
    { path: 'calls/new', name: 'call-new', component: CallFormView, meta: { title: 'callForm.newTitle', roles: OFFICE } },
    { path: 'calls/:id', name: 'call', component: CallDetailView, props: true, meta: { title: 'calls.title', roles: CALL_READERS } },
    {
      path: 'calls/:id/edit',
      name: 'call-edit',
      component: CallFormView,
      props: true,
      meta: { title: 'callForm.editTitle', roles: OFFICE },
    },
    {
      path: 'mobility/programmes',
      name: 'programmes',
      component: ProgrammesView,
      meta: { title: 'programmes.title', roles: PROGRAMME_READERS },
    },
    {
      path: 'mobility/programmes/new',
      name: 'programme-new',
      component: ProgrammeFormView,
      meta: { title: 'programmeForm.newTitle', roles: OFFICE },
    },
    {
      path: 'mobility/programmes/:id/edit',
      name: 'programme-edit',
      component: ProgrammeFormView,
      props: true,
      meta: { title: 'programmeForm.editTitle', roles: OFFICE },
    },
    {
      path: 'mobilities',
      name: 'mobilities',
      component: MobilitiesView,
      // Students see their own stays, partners the stays to and from them.
      meta: { title: 'mobilities.title', roles: STAY_READERS },
    },
    {
      path: 'mobilities/:id',
      name: 'mobility',
      component: MobilityDetailView,
      props: true,
      meta: { title: 'mobilities.title', roles: STAY_READERS },
    },
    {
      path: 'nominations',
      name: 'nominations',
      component: NominationsView,
      meta: { title: 'nominations.title', roles: NOMINATION_READERS },
    },
    {
      path: 'nominations/new',
      name: 'nomination-new',
      component: NominationFormView,
      meta: { title: 'nominationForm.title', roles: NOMINATORS },
    },
  ],
}
