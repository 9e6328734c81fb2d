// Browser tests of accounts: the admin's users page (role and scope, disable and enable, a
// one-time reset link), the page that link opens, and one's own account page (password,
// sessions, the second factor, the calendar feed), in English and Chinese; and the Secure
// cookies of `orbis serve --secure-cookies`.
// Run: node --test accounts.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { DEMO_PASSWORD, browserSuite, screenshot, signIn as signInAt, startOrbis } from './harness.mjs'

const PASSWORD = DEMO_PASSWORD
const ADMIN = 'admin@westlake.edu.cn'
const OFFICER = 'officer@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const TEST_TIMEOUT_MS = 120_000

const orbis = browserSuite({ viewport: { width: 1280, height: 900 } })
const { withPage } = orbis

function signIn(page, email, password = PASSWORD) {
  return signInAt(page, email, { password, back: false })
}

/** RFC 6238 with SHA-1, six digits, 30 s: the code of a Base32 secret, `steps` from now. */
function totpCode(base32, steps = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const c of base32.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0')
  const bytes = []
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + steps))
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest()
  const offset = mac[mac.length - 1] & 15
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000
  return String(value).padStart(6, '0')
}

function userRow(page, email) {
  return page.locator(`[data-testid=user-row][data-email="${email}"]`)
}

describe('Accounts in the browser', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  test('an admin changes a role and scope, disables and enables, and makes a reset link that works once', { timeout: TEST_TIMEOUT_MS }, async () => {
    let resetUrl = ''
    await withPage('admin-users', async (page) => {
      await signIn(page, ADMIN)
      await page.getByTestId('home-page').waitFor() // signing in lands on the home page
      await page.getByTestId('nav-administration').click()
      await page.waitForURL(/\/admin\/users$/)
      await userRow(page, VIEWER).waitFor()
      // Every account of the demo is listed, as the API lists them to an admin.
      const login = await fetch(`${orbis.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ADMIN, password: PASSWORD }),
      })
      const users = await fetch(`${orbis.baseUrl}/api/v1/users`, {
        headers: { Authorization: `Bearer ${(await login.json()).token}` },
      })
      const listed = (await users.json()).items.length
      assert.ok(listed >= 6)
      assert.equal(await page.getByTestId('user-row').count(), listed)

      // The viewer becomes a coordinator of the first school: the scope is asked for.
      const viewer = userRow(page, VIEWER)
      await viewer.getByTestId('user-edit').click()
      await viewer.getByTestId('edit-role').selectOption('coordinator')
      await viewer.getByTestId('user-save').click()
      await viewer.getByTestId('user-notice').filter({ hasText: 'org_unit_id' }).waitFor()
      await viewer.getByTestId('edit-org-unit').selectOption({ index: 1 })
      await viewer.getByTestId('user-save').click()
      await viewer.getByTestId('user-notice').filter({ hasText: 'Saved.' }).waitFor()
      assert.match(await viewer.innerText(), /Coordinator/)

      // The officer is disabled, then enabled.
      const officer = userRow(page, OFFICER)
      await officer.getByTestId('user-disable').click()
      await officer.getByTestId('user-state').filter({ hasText: 'Disabled' }).waitFor()
      await officer.getByTestId('user-enable').click()
      await officer.getByTestId('user-state').filter({ hasText: 'Active' }).waitFor()

      // A reset link for the student, shown once.
      await userRow(page, STUDENT).getByTestId('user-reset-link').click()
      resetUrl = await page.getByTestId('reset-link-url').innerText()
      assert.match(resetUrl, /\/reset-password#token=[\w-]{20,}$/)
      await screenshot(page, 'admin-users.png')

      // The same page in Chinese.
      await page.getByTestId('lang-switch').selectOption('zh')
      await page.getByRole('heading', { name: '用户' }).waitFor()
      await page.getByText('管理员必须使用双重验证登录').waitFor()
      await screenshot(page, 'admin-users-zh.png', { fullPage: false })
    })

    await withPage('reset-link', async (page) => {
      await page.goto(resetUrl)
      await page.getByTestId('reset-page').waitFor()
      // The token leaves the address bar once read.
      assert.equal(new URL(page.url()).hash, '')
      await page.getByTestId('reset-password').fill('qwertyuiop')
      await page.getByTestId('reset-repeat').fill('qwertyuiop')
      await page.getByTestId('reset-submit').click()
      await page.getByTestId('reset-password-error').waitFor()
      await page.getByTestId('reset-password').fill('a new student passphrase')
      await page.getByTestId('reset-repeat').fill('a new student passphrase')
      await page.getByTestId('reset-submit').click()
      await page.getByTestId('reset-done').waitFor()
      await page.getByTestId('reset-sign-in').click()
      await signIn(page, STUDENT, 'a new student passphrase')
      await page.getByTestId('current-user').waitFor()
    })
  })

  test('a user changes the password, sets up a second factor, signs in with a code and revokes the calendar feed', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('account', async (page) => {
      // A calendar feed exists: the reminders made one.
      await signIn(page, OFFICER)
      await page.getByTestId('home-page').waitFor()
      await page.getByTestId('current-user').click()
      await page.waitForURL(/\/account$/)
      await page.getByTestId('session-current').waitFor()
      assert.equal(await page.getByTestId('calendar-none').count(), 1)
      await page.goto('/agreements')
      await page.getByTestId('calendar-url').waitFor()
      const feed = await page.getByTestId('calendar-url').inputValue()
      assert.equal((await fetch(feed)).status, 200)
      await page.getByTestId('current-user').click()
      await page.getByTestId('account-calendar-url').waitFor()

      // A second session, elsewhere, shows in the list.
      const elsewhere = await fetch(`${orbis.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Mozilla/5.0 (iPhone) Safari/605.1' },
        body: JSON.stringify({ email: OFFICER, password: PASSWORD }),
      })
      const otherToken = (await elsewhere.json()).token
      await page.reload()
      await page.getByTestId('session-row').nth(1).waitFor()
      assert.equal(await page.getByTestId('session-end').count(), 1)
      await page.getByTestId('session-end').click()
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=session-row]').length === 1)
      const ended = await fetch(`${orbis.baseUrl}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${otherToken}` } })
      assert.equal(ended.status, 401)

      // The password: a common one is refused by the server, then a good one ends the feed.
      await page.getByTestId('current-password').fill(PASSWORD)
      await page.getByTestId('new-password').fill('password123')
      await page.getByTestId('repeat-password').fill('password123')
      await page.getByTestId('change-password').click()
      await page.getByTestId('new-password-error').waitFor()
      await page.getByTestId('new-password').fill('an officer passphrase')
      await page.getByTestId('repeat-password').fill('an officer passphrase')
      await page.getByTestId('change-password').click()
      await page.getByTestId('password-changed').waitFor()
      assert.equal((await fetch(feed)).status, 404, 'the feed ended with the password change')
      // Still signed in (a new session), and the page still works.
      await page.getByTestId('session-current').waitFor()

      // The second factor: a QR code and a secret; the app's code turns it on.
      await page.getByTestId('totp-start').click()
      await page.getByTestId('totp-qr').waitFor()
      const secret = await page.getByTestId('totp-secret').innerText()
      assert.match(secret, /^[A-Z2-7]{32}$/)
      await page.getByTestId('totp-confirm-code').fill(totpCode(secret))
      await page.getByTestId('totp-confirm').click()
      await page.getByTestId('totp-notice').waitFor()
      await page.getByTestId('totp-state').filter({ hasText: 'On' }).waitFor()
      await screenshot(page, 'account.png')

      // Signing in again asks for the code.
      await page.getByTestId('logout').click()
      await page.waitForURL(/\/login/)
      await signIn(page, OFFICER, 'an officer passphrase')
      await page.getByTestId('login-code').waitFor()
      await page.getByTestId('login-code').fill(totpCode(secret, 1))
      await page.getByTestId('login-submit').click()
      await page.getByTestId('home-page').waitFor()

      // In Chinese, the account page; the feed is gone, a new one can be made and revoked.
      await page.getByTestId('lang-switch').selectOption('zh')
      await page.goto('/agreements')
      await page.getByTestId('calendar-url').waitFor()
      const fresh = await page.getByTestId('calendar-url').inputValue()
      assert.notEqual(fresh, feed)
      await page.getByTestId('current-user').click()
      await page.getByRole('heading', { name: '我的账户' }).waitFor()
      await page.getByTestId('calendar-revoke').click()
      await page.getByTestId('calendar-none').filter({ hasText: '已作废' }).waitFor()
      assert.equal((await fetch(fresh)).status, 404)
      await screenshot(page, 'account-zh.png')
    }))

  test('admins must set up a second factor when the setting is on', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('admin-totp', async (page) => {
      await signIn(page, ADMIN)
      await page.getByTestId('home-page').waitFor()
      await page.goto('/admin/users')
      // Not before the admin has a second factor of their own.
      await page.getByTestId('require-admin-totp').click()
      await page.getByTestId('security-error').waitFor()
      assert.equal(await page.getByTestId('require-admin-totp').isChecked(), false)
      await page.goto('/account')
      await page.getByTestId('totp-start').click()
      const secret = await page.getByTestId('totp-secret').innerText()
      await page.getByTestId('totp-confirm-code').fill(totpCode(secret))
      await page.getByTestId('totp-confirm').click()
      await page.getByTestId('totp-notice').waitFor()
      await page.goto('/admin/users')
      const saved = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/settings/security') && r.request().method() === 'PUT',
      )
      await page.getByTestId('require-admin-totp').click()
      assert.equal((await saved).status(), 200)
      assert.equal(await page.getByTestId('security-error').count(), 0)
      await page.reload()
      assert.equal(await page.getByTestId('require-admin-totp').isChecked(), true)
      await page.goto('/account')
      await page.getByTestId('totp-required').waitFor()
    }))
})

describe('orbis serve --secure-cookies', () => {
  test('marks both sign-in cookies Secure', { timeout: TEST_TIMEOUT_MS }, async () => {
    const secure = await startOrbis({ serveArgs: ['--secure-cookies'] })
    try {
      const response = await fetch(`${secure.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: VIEWER, password: PASSWORD }),
      })
      assert.equal(response.status, 200)
      const cookies = response.headers.getSetCookie()
      assert.equal(cookies.length, 2)
      for (const cookie of cookies) assert.match(cookie, /; Secure;/)
    } finally {
      await secure.stop()
    }
    const plain = await fetch(`${orbis.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: VIEWER, password: PASSWORD }),
    })
    for (const cookie of plain.headers.getSetCookie()) assert.doesNotMatch(cookie, /Secure/)
  })
})
