import type { AreaRoutes } from '../../shared/routes'

// The home page, where every role lands after signing in (the router's '/'); a chunk of its own.
const HomeView = () => import('./HomeView.vue')

export const homeRoutes: AreaRoutes = {
  shell: [{ path: '', name: 'home', component: HomeView, meta: { title: 'home.title' } }],
}
