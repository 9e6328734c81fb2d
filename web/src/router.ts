import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router'
import { session, ensureChecked } from './session'
import { i18n } from './i18n'
import LoginView from './views/LoginView.vue'
import ShellLayout from './views/ShellLayout.vue'
import InstitutionsView from './views/InstitutionsView.vue'
import InstitutionDetailView from './views/InstitutionDetailView.vue'
import NotFoundView from './views/NotFoundView.vue'
import type { Role } from './api'
import { CREDENTIAL_READERS } from './credentials'
import { CALL_READERS, NOMINATION_READERS, NOMINATORS, OFFICE, PROGRAMME_READERS, STAY_READERS } from './mobility'

// The agreement pages are a chunk of their own (with ECharts and the map).
const AgreementsView = () => import('./views/AgreementsView.vue')
const AgreementDetailView = () => import('./views/AgreementDetailView.vue')
const AgreementFormView = () => import('./views/AgreementFormView.vue')
// The credential pages likewise; the verification page is public.
const CredentialsView = () => import('./views/CredentialsView.vue')
const CertificateView = () => import('./views/CertificateView.vue')
const VerifyView = () => import('./views/VerifyView.vue')
// Mobility: calls, applications, placement, stays and nominations; the programme list is public.
const ExchangeView = () => import('./views/ExchangeView.vue')
const ApplicationView = () => import('./views/ApplicationView.vue')
const CallsView = () => import('./views/CallsView.vue')
const CallDetailView = () => import('./views/CallDetailView.vue')
const CallFormView = () => import('./views/CallFormView.vue')
const ProgrammesView = () => import('./views/ProgrammesView.vue')
const ProgrammeFormView = () => import('./views/ProgrammeFormView.vue')
const PublicProgrammesView = () => import('./views/PublicProgrammesView.vue')
const MobilitiesView = () => import('./views/MobilitiesView.vue')
const MobilityDetailView = () => import('./views/MobilityDetailView.vue')
const LearningAgreementView = () => import('./views/LearningAgreementView.vue')
const NominationsView = () => import('./views/NominationsView.vue')
const NominationFormView = () => import('./views/NominationFormView.vue')
// Accounts: one's own, the admin's users page, and the page a reset link opens.
const AccountView = () => import('./views/AccountView.vue')
const UsersView = () => import('./views/UsersView.vue')
const ResetPasswordView = () => import('./views/ResetPasswordView.vue')

const AGREEMENT_READERS: Role[] = ['admin', 'officer', 'coordinator', 'partner', 'viewer']
const AGREEMENT_WRITERS: Role[] = ['admin', 'officer']

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session. */
    public?: boolean
    /** Message key for the document title. */
    title?: string
    /** Roles that may open the page (all signed-in users when absent). */
    roles?: Role[]
  }
}

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    { path: '/login', name: 'login', component: LoginView, meta: { public: true, title: 'login.title' } },
    // Anyone verifies a credential, signed in or not; a certificate's QR code leads to /verify/:id.
    { path: '/verify', name: 'verify', component: VerifyView, meta: { public: true, title: 'verify.title' } },
    {
      path: '/verify/:id',
      name: 'verify-id',
      component: VerifyView,
      props: true,
      meta: { public: true, title: 'verify.title' },
    },
    // An admin's one-time link: the token is in the fragment, which no request carries.
    {
      path: '/reset-password',
      name: 'reset-password',
      component: ResetPasswordView,
      meta: { public: true, title: 'resetPassword.title' },
    },
    // Prospective students browse the published programmes without an account.
    {
      path: '/programmes',
      name: 'public-programmes',
      component: PublicProgrammesView,
      meta: { public: true, title: 'publicProgrammes.title' },
    },
    // The printable certificate stands outside the shell: nothing but the page itself prints.
    {
      path: '/credentials/:id/certificate',
      name: 'credential-certificate',
      component: CertificateView,
      props: true,
      meta: { title: 'certificate.pageTitle', roles: CREDENTIAL_READERS },
    },
    {
      path: '/',
      component: ShellLayout,
      children: [
        { path: '', redirect: { name: 'institutions' } },
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
        {
          path: 'credentials',
          name: 'credentials',
          component: CredentialsView,
          meta: { title: 'credentials.title', roles: CREDENTIAL_READERS },
        },
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
          path: 'mobilities/:id/learning-agreement',
          name: 'learning-agreement',
          component: LearningAgreementView,
          props: true,
          meta: { title: 'learning.title', roles: STAY_READERS },
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
        { path: 'account', name: 'account', component: AccountView, meta: { title: 'account.title' } },
        { path: 'admin/users', name: 'users', component: UsersView, meta: { title: 'users.title', roles: ['admin'] } },
        { path: ':rest(.*)*', name: 'not-found', component: NotFoundView, meta: { title: 'notFound.title' } },
      ],
    },
  ],
})

/** Where to go after signing in: the page asked for, if it is one of ours. */
export function afterLogin(redirect: unknown): RouteLocationRaw {
  if (typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//') && !redirect.startsWith('/login')) {
    return redirect
  }
  return { name: 'institutions' }
}

router.beforeEach(async (to) => {
  if (!session.checked) {
    try {
      await ensureChecked()
    } catch {
      session.checked = true // server unreachable: the login page will say so on submit
    }
  }
  if (!to.meta.public && !session.user) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (to.name === 'login' && session.user) return afterLogin(to.query.redirect)
  // Until an admin who must have a second factor sets one up, the account page is all there is.
  if (session.user && session.secondFactorSetup && !to.meta.public && to.name !== 'account') {
    return { name: 'account' }
  }
  const roles = to.meta.roles
  if (roles && session.user && !roles.includes(session.user.role)) {
    // A page of another role: the nearest page this one may see.
    const reader = AGREEMENT_READERS.includes(session.user.role)
    if (to.name === 'agreement-edit' && reader) return { name: 'agreement', params: to.params }
    return { name: reader ? 'agreements' : 'institutions' }
  }
  return true
})

export function updateTitle(): void {
  const key = router.currentRoute.value.meta.title
  const name = i18n.global.t('app.name')
  document.title = key ? `${i18n.global.t(key)} · ${name}` : name
}

router.afterEach(() => updateTitle())
