// One's own account (password, sessions, second factor, calendar feed), the admin's users
// page, and password reset links: the API calls and types (docs/api.md, "Accounts").
import { query, request, type User, type Schemas } from '../../api/client'

export interface AccountUser extends User {
  active: boolean
  totp_enabled: boolean
  version: number
}

export interface AccountSession {
  id: number
  created_at: string
  last_used_at: string
  expires_at: string
  client: string
  user_agent: string
  current: boolean
}

export type Account = Schemas['Account']

export type TotpEnrolment = Schemas['TotpEnrolment']

export type ResetLink = Schemas['ResetLink']

export type UserPatch = Schemas['UserPatch']

export async function getAccount(signal?: AbortSignal): Promise<Account> {
  return (await request<Account>('GET', '/account', { signal })).data
}

/** Ends every session and returns the new one the server starts for this browser. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request('POST', '/account/password', {
    body: { current_password: currentPassword, new_password: newPassword },
  })
}

export async function endSession(id: number): Promise<void> {
  await request<null>('DELETE', `/account/sessions/${id}`)
}

export async function startTotp(): Promise<TotpEnrolment> {
  return (await request<TotpEnrolment>('POST', '/account/totp')).data
}

export async function confirmTotp(code: string): Promise<void> {
  await request<null>('POST', '/account/totp/confirm', { body: { code } })
}

export async function disableTotp(password: string, code: string): Promise<void> {
  await request<null>('POST', '/account/totp/disable', { body: { password, code } })
}

export async function revokeCalendar(): Promise<void> {
  await request<null>('DELETE', '/account/calendar-token')
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await request<null>('POST', '/auth/password-reset', { body: { token, password }, quiet401: true })
}

// Administration of users (admins).

/** One page of 50 users, in the order the server keeps (`cursor` null: the first). */
export async function usersPage(cursor: string | null, signal?: AbortSignal): Promise<{ items: AccountUser[]; next: string | null }> {
  return (await request<{ items: AccountUser[]; next: string | null }>('GET', '/users' + query({ limit: 50, cursor }), { signal })).data
}

export async function patchUser(id: number, version: number, patch: UserPatch): Promise<AccountUser> {
  return (
    await request<AccountUser>('PATCH', `/users/${id}`, {
      body: patch,
      headers: { 'If-Match': `"${version}"` },
    })
  ).data
}

export async function createResetLink(id: number): Promise<ResetLink> {
  return (await request<ResetLink>('POST', `/users/${id}/password-reset`)).data
}

export async function removeUserTotp(id: number): Promise<AccountUser> {
  return (await request<AccountUser>('DELETE', `/users/${id}/totp`)).data
}

export async function getSecuritySettings(): Promise<{ admin_totp_required: boolean }> {
  return (await request<{ admin_totp_required: boolean }>('GET', '/settings/security')).data
}

export async function setSecuritySettings(adminTotpRequired: boolean): Promise<{ admin_totp_required: boolean }> {
  return (
    await request<{ admin_totp_required: boolean }>('PUT', '/settings/security', {
      body: { admin_totp_required: adminTotpRequired },
    })
  ).data
}

/** An SVG document as an <img> source (the CSP allows data: images, not inline SVG markup). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** A browser's User-Agent in a few words: "Chrome on Linux". */
export function describeUserAgent(ua: string): string {
  if (!ua) return ''
  const browser =
    /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : ''
  const system = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : ''
  if (browser && system) return `${browser} · ${system}`
  return browser || system || ua.slice(0, 60)
}
