// What each area's routes.ts exports: the pages outside the shell (sign-in, public and
// printable pages) and the pages inside it (header and navigation).
import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '../api/client'

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

export interface AreaRoutes {
  outside?: RouteRecordRaw[]
  shell?: RouteRecordRaw[]
}
