// Browser tests of the credential pages (docs/credentials.md, "In the product") against a
// real orbis server: issuing, the printable certificate, the public verification page,
// revocation and a tampered copy.
// Run: node --test   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { DEMO_PASSWORD, WAIT_MS, browserSuite, screenshot, signIn as signInAt } from './harness.mjs'

const PASSWORD = DEMO_PASSWORD
const OFFICER = 'officer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const TEST_TIMEOUT_MS = 180_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const RECIPIENT = 'Wang Fang'
const RECIPIENT_ZH = '王芳'
const PROGRAMME = 'Westlake Summer School 2026: Sustainable Cities'

const orbis = browserSuite({ credentials: true })
const { withPage } = orbis

const signIn = (page, email) => signInAt(page, email, { path: '/credentials' })

/** Waits for the verdict of the verification page and returns it. */
async function verdictOf(page) {
  const verdict = page.getByTestId('verify-verdict')
  await verdict.waitFor()
  return verdict.getAttribute('data-verdict')
}

async function checkOutcomes(page) {
  const outcomes = {}
  for (const item of await page.locator('[data-testid^="check-"]').all()) {
    const id = await item.getAttribute('data-testid')
    outcomes[id.slice('check-'.length)] = await item.getAttribute('data-outcome')
  }
  return outcomes
}

describe('credentials', () => {
  test('an officer issues a summer-school credential; it verifies, is revoked, and a tampered copy fails', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage('credentials', async (page) => {
      await signIn(page, OFFICER)
      await assert.doesNotReject(page.getByTestId('nav-credentials').waitFor(), 'Credentials is in the navigation')

      // Issue: programme participation, to the demo student.
      await page.getByTestId('new-credential').click()
      // The demo names localhost as the issuer's address: the form warns before anything is
      // issued that nobody else could verify it.
      const warning = page.getByTestId('issuer-address-warning')
      await warning.waitFor()
      assert.match(await warning.innerText(), /Nobody else can verify[\s\S]*http:\/\/localhost:\d+/)
      await page.getByTestId('issue-type').selectOption('programme_participation')
      await page.getByTestId('issue-name').fill(RECIPIENT)
      await page.getByTestId('issue-name-zh').fill(RECIPIENT_ZH)
      await page.getByTestId('issue-email').fill(STUDENT)
      await page.getByTestId('issue-programme').fill(PROGRAMME)
      await page.getByTestId('issue-host_institution').fill('Westlake University')
      await page.getByTestId('issue-start_date').fill('2026-07-06')
      await page.getByTestId('issue-end_date').fill('2026-07-24')
      await page.getByTestId('issue-hours').fill('60')
      await page.getByTestId('issue-description').fill('Three weeks of lectures, studio work and field visits in Hangzhou.')
      const issued = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/credentials') && r.request().method() === 'POST',
      )
      await page.getByTestId('issue-submit').click()
      const issueResponse = await issued
      assert.ok(issueResponse.ok(), `issuing answered HTTP ${issueResponse.status()}: ${await issueResponse.text()}`)
      const record = await issueResponse.json()
      assert.match(record.id, UUID, 'the credential id is a UUID')
      assert.equal(record.status, 'active')
      assert.ok(record.document?.proof, 'the record carries the signed document')
      await page.getByTestId('issued-notice').waitFor()

      // The list shows it, active.
      const row = page.locator(`[data-testid="credential-row"][data-id="${record.id}"]`)
      await row.waitFor()
      assert.match(await row.getByTestId('credential-recipient').innerText(), /Wang Fang/)
      assert.equal((await row.getByTestId('credential-status-badge').innerText()).trim(), 'Active')

      // The certificate: recipient, programme, id and the QR code, ready to print.
      await page.getByTestId('issued-certificate').click()
      await page.waitForURL(new RegExp(`/credentials/${record.id}/certificate$`))
      const certificate = page.getByTestId('certificate')
      await certificate.waitFor()
      assert.match(await page.getByTestId('certificate-recipient').innerText(), /Wang Fang/)
      assert.match(await page.getByTestId('certificate-statement').innerText(), /Sustainable Cities/)
      assert.equal((await page.getByTestId('certificate-id').innerText()).trim(), record.id)
      assert.match(await page.getByTestId('certificate-title').innerText(), /Certificate of Participation/)
      const qr = page.getByTestId('certificate-qr')
      await page.waitForFunction(
        (img) => img.complete && img.naturalWidth > 0,
        await qr.elementHandle(),
        { timeout: WAIT_MS },
      )
      const qrResponse = await page.request.get(await qr.getAttribute('src'))
      assert.equal(qrResponse.status(), 200, 'the QR code is served')
      assert.match(qrResponse.headers()['content-type'] ?? '', /image\/svg\+xml/)
      await screenshot(page, 'certificate.png')

      // Its verification link, opened signed out.
      const verifyHref = await page.getByTestId('certificate-verify').getAttribute('href')
      assert.equal(verifyHref, `/verify/${record.id}`)
      const visitor = await orbis.openPage('credentials-visitor')
      try {
        const publicPage = visitor.page
        await publicPage.goto(verifyHref)
        assert.equal(await verdictOf(publicPage), 'valid')
        assert.match(await publicPage.getByTestId('verify-verdict').innerText(), /Valid/)
        const outcomes = await checkOutcomes(publicPage)
        for (const check of ['format', 'signature', 'issuer', 'dates', 'status']) {
          assert.equal(outcomes[check], 'passed', `the ${check} check passes`)
        }
        assert.match(await publicPage.getByTestId('verify-issuer-did').innerText(), /^did:/)
        assert.match(await publicPage.getByTestId('verify-subject').innerText(), /Wang Fang/)
        assert.match(await publicPage.getByTestId('verify-subject').innerText(), /Sustainable Cities/)
        assert.equal(await publicPage.getByTestId('logout').count(), 0, 'no shell: the visitor is not signed in')
        await screenshot(publicPage, 'verify.png')

        // The officer revokes it, with a reason.
        await page.getByTestId('certificate-back').click()
        await page.waitForURL(/\/credentials$/)
        const listed = page.locator(`[data-testid="credential-row"][data-id="${record.id}"]`)
        await listed.getByTestId('credential-move-revoked').click()
        const dialog = page.getByTestId('credential-status-dialog')
        await dialog.waitFor()
        await page.getByTestId('credential-move-confirm').click()
        await page.getByTestId('credential-move-error').waitFor() // a reason is required
        await page.getByTestId('credential-reason').fill('Issued to the wrong participant')
        await page.getByTestId('credential-move-confirm').click()
        await dialog.waitFor({ state: 'hidden' })
        await page.waitForFunction(
          (id) =>
            document
              .querySelector(`[data-testid="credential-row"][data-id="${id}"] [data-testid="credential-status-badge"]`)
              ?.textContent?.trim() === 'Revoked',
          record.id,
        )
        assert.equal(await listed.getByTestId('credential-move-active').count(), 0, 'a revoked credential cannot be reinstated')

        // The same link now says revoked.
        await publicPage.reload()
        assert.equal(await verdictOf(publicPage), 'revoked')
        assert.match(await publicPage.getByTestId('verify-verdict').innerText(), /Revoked/)
        assert.equal((await checkOutcomes(publicPage)).signature, 'passed', 'still genuine, only revoked')

        // A tampered copy (another name) pasted on the verification page is invalid.
        const original = await (await publicPage.request.get(`/api/v1/public/credentials/${record.id}`)).json()
        const text = JSON.stringify(original.document && !original['@context'] ? original.document : original, null, 2)
        assert.ok(text.includes(RECIPIENT), 'the signed document names the recipient')
        const tampered = text.replaceAll(RECIPIENT, 'Wang Fake')
        await publicPage.getByTestId('verify-another').click()
        await publicPage.waitForURL(/\/verify$/)
        await publicPage.getByTestId('verify-input').fill(tampered)
        await publicPage.getByTestId('verify-submit').click()
        await publicPage.waitForFunction(
          () => document.querySelector('[data-testid="verify-verdict"]')?.getAttribute('data-verdict') === 'invalid',
        )
        assert.match(await publicPage.getByTestId('verify-verdict').innerText(), /Not valid/)
        assert.equal((await checkOutcomes(publicPage)).signature, 'failed', 'the signature no longer holds')
        // Its contents are not shown as a valid credential's are: the page says they cannot be
        // trusted, keeps them folded away, and does not present the issuer as proven.
        assert.match(await publicPage.getByTestId('verify-untrusted').innerText(), /cannot be trusted/)
        assert.equal(await publicPage.getByTestId('verify-subject').count(), 0)
        assert.equal(await publicPage.getByText('Wang Fake').first().isVisible(), false, 'the false name is folded away')
        assert.equal(await publicPage.getByTestId('verify-issuer-ours').count(), 0)
        assert.match(await publicPage.getByTestId('verify-issuer-unproven').innerText(), /does not prove/)
        await publicPage.getByTestId('verify-claimed').locator('summary').click()
        await publicPage.getByText('Wang Fake').first().waitFor()

        // The untouched copy as a .json file: still genuine, still revoked.
        await publicPage.getByTestId('verify-file').setInputFiles({
          name: 'credential.json',
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        })
        await publicPage.waitForFunction(
          () => document.querySelector('[data-testid="verify-verdict"]')?.getAttribute('data-verdict') === 'revoked',
        )
        // Revoked but genuine: what it says is shown as it was signed.
        assert.equal(await publicPage.getByTestId('verify-untrusted').count(), 0)
        assert.match(await publicPage.getByTestId('verify-subject').innerText(), new RegExp(RECIPIENT))

        // Not JSON at all: said plainly, no verdict.
        await publicPage.getByTestId('verify-input').fill('{"@context": [')
        await publicPage.getByTestId('verify-submit').click()
        await publicPage.getByTestId('verify-error').waitFor()
        assert.match(await publicPage.getByTestId('verify-error').innerText(), /not valid JSON/)
        assert.equal(await publicPage.getByTestId('verify-verdict').count(), 0)

        // JSON that is not a credential.
        await publicPage.getByTestId('verify-input').fill('{"hello": "world"}')
        await publicPage.getByTestId('verify-submit').click()
        await publicPage.waitForFunction(() =>
          /not a verifiable credential/.test(document.querySelector('[data-testid="verify-error"]')?.textContent ?? ''),
        )
        assert.deepEqual(visitor.errors, [], 'errors in the visitor\'s page')
      } finally {
        await visitor.context.close()
      }
    })
  })

  test('the student sees the credentials issued to them, and cannot issue', { timeout: TEST_TIMEOUT_MS }, async () => {
    await withPage('credentials-student', async (page) => {
      await signIn(page, STUDENT)
      await page.getByTestId('credentials-status').waitFor()
      await page.waitForFunction(() => document.querySelector('[data-testid="credentials-status"]')?.textContent?.trim() !== 'Loading credentials…')
      const rows = page.getByTestId('credential-row')
      assert.ok((await rows.count()) >= 1, 'the credential issued to student@westlake.edu.cn is listed')
      assert.match(await rows.first().getByTestId('credential-recipient').innerText(), /Wang Fang/)
      assert.equal(await page.getByTestId('new-credential').count(), 0, 'no issue button for a student')
      assert.equal(await page.locator('[data-testid="credential-row"] [data-testid^="credential-move-"]').count(), 0, 'no status buttons for a student')
    })
  })
})
