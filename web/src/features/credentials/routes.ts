import type { AreaRoutes } from '../../shared/routes'
import { CREDENTIAL_READERS } from './rules'

// The credential pages are a chunk of their own; the verification page is public.
const CredentialsView = () => import('./CredentialsView.vue')
const CertificateView = () => import('./CertificateView.vue')
const VerifyView = () => import('./VerifyView.vue')

export const credentialRoutes: AreaRoutes = {
  outside: [
    // Anyone verifies a credential, signed in or not; a certificate's QR code leads to /verify/:id.
    { path: '/verify', name: 'verify', component: VerifyView, meta: { public: true, title: 'verify.title' } },
    {
      path: '/verify/:id',
      name: 'verify-id',
      component: VerifyView,
      props: true,
      meta: { public: true, title: 'verify.title' },
    },
    // The printable certificate stands outside the shell: nothing but the page itself prints.
    {
      path: '/credentials/:id/certificate',
      name: 'credential-certificate',
      component: CertificateView,
      props: true,
      meta: { title: 'certificate.pageTitle', roles: CREDENTIAL_READERS },
    },
  ],
  shell: [
    {
      path: 'credentials',
      name: 'credentials',
      component: CredentialsView,
      meta: { title: 'credentials.title', roles: CREDENTIAL_READERS },
    },
  ],
}
