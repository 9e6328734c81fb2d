import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router'
import { session, ensureChecked } from './shared/session'
import { i18n } from './i18n'
import type { AreaRoutes } from './shared/routes'
import ShellLayout from './features/home/ShellLayout.vue'
import NotFoundView from './features/home/NotFoundView.vue'
import { accountRoutes } from './features/account/routes'
import { agreementRoutes } from './features/agreements/routes'
import { credentialRoutes } from './features/credentials/routes'
import { homeRoutes } from './features/home/routes'
import { indicatorRoutes } from './features/indicators/routes'
import { learningRoutes } from './features/learning/routes'
import { mobilityRoutes } from './features/mobility/routes'
import { registryRoutes } from './features/registry/routes'
import { researchRoutes } from './features/research/routes'
import { scholarRoutes } from './features/scholars/routes'
import { teachingRoutes } from './features/teaching/routes'

// Each area declares its pages in features/<area>/routes.ts.
const areas: AreaRoutes[] = [
  homeRoutes,
  accountRoutes,
  registryRoutes,
  agreementRoutes,
  credentialRoutes,
  mobilityRoutes,
  learningRoutes,
  indicatorRoutes,
  researchRoutes,
  teachingRoutes,
  scholarRoutes,
]

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    ...areas.flatMap((area) => area.outside ?? []),
    {
      path: '/',
      component: ShellLayout,
      children: [
        ...areas.flatMap((area) => area.shell ?? []),
        { path: ':rest(.*)*', name: 'not-found', component: NotFoundView, meta: { title: 'notFound.title' } },
      ],
    },
  ],
})

/** The page nearest a form, for a reader who may not use it: the record's own page (same id) or the list. */
const NEAREST: Record<string, { name: string; sameId?: boolean }> = {
  'agreement-edit': { name: 'agreement', sameId: true },
  'agreement-new': { name: 'agreements' },
  'call-edit': { name: 'call', sameId: true },
  'call-new': { name: 'calls' },
  'programme-edit': { name: 'programmes' },
  'programme-new': { name: 'programmes' },
  'nomination-new': { name: 'nominations' },
  'scholar-new': { name: 'scholars' },
  'research-project-edit': { name: 'research-project', sameId: true },
  'research-project-new': { name: 'research-projects' },
  'joint-course-edit': { name: 'joint-course', sameId: true },
  'joint-course-new': { name: 'joint-courses' },
  'joint-programme-edit': { name: 'joint-programme', sameId: true },
  'joint-programme-new': { name: 'joint-programmes' },
}

/** Where to go after signing in: the page asked for, if it is one of ours; else the home page. */
export function afterLogin(redirect: unknown): RouteLocationRaw {
  if (typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//') && !redirect.startsWith('/login')) {
    return redirect
  }
  return { name: 'home' }
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
    // A page of another role: the nearest page this one may see (a form's record or list),
    // else the home page, which every role sees.
    const nearest = typeof to.name === 'string' ? NEAREST[to.name] : undefined
    if (nearest) {
      const target = { name: nearest.name, params: nearest.sameId ? to.params : {} }
      const allowed = router.resolve(target).meta.roles
      if (!allowed || allowed.includes(session.user.role)) return target
    }
    return { name: 'home' }
  }
  return true
})

export function updateTitle(): void {
  const key = router.currentRoute.value.meta.title
  const name = i18n.global.t('app.name')
  document.title = key ? `${i18n.global.t(key)} · ${name}` : name
}

router.afterEach(() => updateTitle())
