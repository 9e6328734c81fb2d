// Who is signed in, and the little the shell needs about the installation.
// One module-level reactive object: the app is small enough not to need a store library.
import { reactive } from 'vue'
import * as api from '../api/client'

interface SessionState {
  /** Null until the first "who am I" answer, or after sign-out. */
  user: api.User | null
  /** True once we asked the server whether a session exists. */
  checked: boolean
  home: api.HomeSettings['institution'] | null
  countries: api.Country[]
  /** The session may only set up a second factor (admins must have one) until it does. */
  secondFactorSetup: boolean
  /** What the user may do, by resource, as the server's access policy says (see can()). */
  permissions: Permissions
}

/** Actions by resource: { call: ['read', 'create'], … }. */
export type Permissions = Record<string, string[]>

export const session = reactive<SessionState>({
  user: null,
  checked: false,
  home: null,
  countries: [],
  secondFactorSetup: false,
  permissions: {},
})

/**
 * Whether the signed-in user may do `action` on some `resource` record (create a call, issue a
 * credential): the server's access policy, sent at sign-in. What they may do with one record
 * comes with the record (allowed_actions).
 */
export function can(resource: string, action: string): boolean {
  return session.permissions[resource]?.includes(action) ?? false
}

let countriesRequest: Promise<void> | null = null

/** Loads the country list once per session; later calls share the first request. */
export function loadCountries(): Promise<void> {
  if (!countriesRequest) {
    countriesRequest = api
      .countries()
      .then((items) => {
        session.countries = items
      })
      .catch((err: unknown) => {
        countriesRequest = null // try again next time
        throw err
      })
  }
  return countriesRequest
}

async function loadHome(): Promise<void> {
  try {
    session.home = (await api.homeSettings()).institution
  } catch {
    session.home = null // the header simply omits the home institution
  }
}

function signedIn(user: api.User, secondFactorSetup: boolean, permissions: Permissions): void {
  session.user = user
  session.secondFactorSetup = secondFactorSetup
  session.permissions = permissions
  session.checked = true
  void loadHome()
  void loadCountries().catch(() => undefined)
}

/** Asks the server once whether the browser already has a session. */
export async function ensureChecked(): Promise<void> {
  if (session.checked) return
  const user = await api.me()
  if (user) signedIn(user, user.second_factor_setup_required === true, user.permissions)
  else session.checked = true
}

export async function login(email: string, password: string, code?: string): Promise<void> {
  const response = await api.login(email, password, code)
  signedIn(response.user, response.second_factor_setup_required === true, response.permissions)
}

/** Asks the server again who is signed in (after the account changed: a second factor set up). */
export async function refreshMe(): Promise<void> {
  const user = await api.me()
  if (user) signedIn(user, user.second_factor_setup_required === true, user.permissions)
  else forget()
}

/** Forgets the session locally (the server already ended it, or will). */
export function forget(): void {
  session.user = null
  session.home = null
  session.secondFactorSetup = false
  session.permissions = {}
  session.checked = true
}

export async function logout(): Promise<void> {
  try {
    await api.logout()
  } finally {
    forget()
  }
}

export function countryName(code: string, locale: string): string {
  const country = session.countries.find((c) => c.code === code)
  if (!country) return code
  return locale === 'zh' && country.name_zh ? country.name_zh : country.name
}
