import type { AreaRoutes } from '../../shared/routes'
import LoginView from './LoginView.vue'

// Accounts: one's own, the admin's users page, and the page a reset link opens.
const AccountView = () => import('./AccountView.vue')
const UsersView = () => import('./UsersView.vue')
const ResetPasswordView = () => import('./ResetPasswordView.vue')

export const accountRoutes: AreaRoutes = {
  outside: [
    { path: '/login', name: 'login', component: LoginView, meta: { public: true, title: 'login.title' } },
    // An admin's one-time link: the token is in the fragment, which no request carries.
    {
      path: '/reset-password',
      name: 'reset-password',
      component: ResetPasswordView,
      meta: { public: true, title: 'resetPassword.title' },
    },
  ],
  shell: [
    { path: 'account', name: 'account', component: AccountView, meta: { title: 'account.title' } },
    { path: 'admin/users', name: 'users', component: UsersView, meta: { title: 'users.title', roles: ['admin'] } },
  ],
}
