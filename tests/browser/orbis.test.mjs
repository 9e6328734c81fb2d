// Browser tests of the web front end against a real orbis server.
// Run: node --test   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { DEMO_PASSWORD, browserSuite, screenshot, signIn as signInAt } from './harness.mjs'

const PASSWORD = DEMO_PASSWORD
const OFFICER = 'officer@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const TEST_TIMEOUT_MS = 90_000

const orbis = browserSuite({ viewport: { width: 1280, height: 860 } })
const { withPage } = orbis

/** Waits until the locator shows text (auto-retrying), then returns its text. */
async function waitForText(locator, text) {
  await locator.filter({ hasText: text }).first().waitFor()
  return locator.first().innerText()
}

function signIn(page, email, password = PASSWORD) {
  return signInAt(page, email, { path: '/institutions', password, back: false })
}

/** The result whose English name is exactly name (not a college of it). */
function resultNamed(page, name) {
  return page
    .getByTestId('institution-result')
    .filter({ has: page.getByTestId('result-name').getByText(name, { exact: true }) })
    .first()
}

async function openInstitution(page, query, name) {
  await page.getByTestId('institution-search').fill(query)
  await page.waitForURL((url) => url.searchParams.get('q') === query)
  await resultNamed(page, name).click()
  await page.waitForURL(/\/institutions\/[^/?]+$/)
  await waitForText(page.getByTestId('detail-name'), name)
}

describe('Orbis web', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  test('an officer finds Westlake University and reads it in English and Chinese', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('institutions', async (page) => {
      await signIn(page, OFFICER)
      await page.waitForURL(/\/institutions(\?|$)/)

      // The shell: product, home institution, user and role, honest navigation.
      await waitForText(page.getByTestId('product-name'), 'Orbis')
      await waitForText(page.getByTestId('home-institution'), 'Westlake')
      await waitForText(page.getByTestId('current-role'), 'International officer')
      const later = page.getByTestId('nav-administration')
      assert.equal(await later.getAttribute('aria-disabled'), 'true')
      assert.equal(await later.getAttribute('title'), 'Arrives in a later release')

      // Search as you type, in Chinese script; the query lands in the URL.
      await page.getByTestId('institution-search').fill('西湖')
      await page.waitForURL((url) => url.searchParams.get('q') === '西湖')
      await page.locator('[data-testid=institution-results]:not(.result-list--stale)').waitFor()
      const result = resultNamed(page, 'Westlake University')
      await result.waitFor()
      assert.match(await result.innerText(), /西湖大学/)
      assert.equal(new URL(page.url()).searchParams.get('q'), '西湖')
      await page.mouse.move(1, 1) // no hover highlight in the picture
      await screenshot(page, 'institutions.png', { fullPage: false })

      await result.click()
      await page.waitForURL(/\/institutions\/[^/?]+$/)
      await waitForText(page.getByTestId('detail-name'), 'Westlake University')
      await waitForText(page.getByTestId('detail-ror'), '05hfa4n20')
      assert.equal(
        await page.getByTestId('detail-ror').locator('a').getAttribute('href'),
        'https://ror.org/05hfa4n20',
      )
      await waitForText(page.getByTestId('detail-domains'), 'westlake.edu.cn')
      await waitForText(page.getByTestId('names-zh'), '西湖大学')
      assert.equal(await page.getByTestId('edit-institution').count(), 1, 'officers may edit')
      await screenshot(page, 'institution-detail.png')

      // Switch to Simplified Chinese: labels change, <html lang> follows, and
      // the choice survives a reload.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('nav-institutions'), '机构')
      await waitForText(page.locator('dt', { hasText: '网络域名' }), '网络域名')
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN')
      await page.reload()
      await waitForText(page.getByTestId('detail-name'), '西湖大学')
      await waitForText(page.getByTestId('current-role'), '国际处工作人员')
      await screenshot(page, 'institution-detail-zh.png')

      // Back to the list: the search is still there, from the URL.
      await page.getByTestId('back-to-list').click()
      await page.waitForURL(/\/institutions\?/)
      assert.equal(await page.getByTestId('institution-search').inputValue(), '西湖')
      await page.getByTestId('institution-result').first().waitFor()
    }))

  test('a wrong password shows the error and stays on the login page', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('wrong-password', async (page) => {
      await signIn(page, OFFICER, 'not-the-password')
      const text = await waitForText(page.getByTestId('login-error'), 'Wrong email or password.')
      assert.match(text, /Wrong email or password\./)
      assert.match(new URL(page.url()).pathname, /^\/login$/)
      assert.equal(await page.getByTestId('login-password').inputValue(), '', 'the password is cleared')
    }))

  test('an officer edits an institution; a stale edit is refused with 409', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('edit', async (page, context) => {
      await signIn(page, OFFICER)
      await page.waitForURL(/\/institutions(\?|$)/)
      await openInstitution(page, 'University of Oxford', 'University of Oxford')
      const detailUrl = page.url()

      // A second tab reads the same version before the first one saves.
      const stalePage = await context.newPage()
      await stalePage.goto(detailUrl)
      await waitForText(stalePage.getByTestId('detail-name'), 'University of Oxford')
      await stalePage.getByTestId('edit-institution').click()

      // Invalid input: the server's field error appears next to the field.
      await page.getByTestId('edit-institution').click()
      await page.getByTestId('edit-name').fill('')
      await page.getByTestId('edit-save').click()
      await page.getByTestId('edit-invalid').waitFor()
      await page.getByTestId('edit-error-name').waitFor()
      assert.equal(await page.getByTestId('edit-name').getAttribute('aria-invalid'), 'true')

      // A valid change saves and shows at once.
      await page.getByTestId('edit-name').fill('University of Oxford')
      await page.getByTestId('edit-city').fill('Oxford, Oxfordshire')
      await page.getByTestId('edit-save').click()
      await page.getByTestId('edit-saved').waitFor()
      await waitForText(page.getByTestId('detail-city'), 'Oxford, Oxfordshire')

      // The other tab still holds the old version: its save is a conflict.
      await stalePage.getByTestId('edit-city').fill('Oxford (stale)')
      await stalePage.getByTestId('edit-save').click()
      await stalePage.getByTestId('edit-conflict').waitFor()
      await stalePage.getByTestId('edit-reload').click()
      await stalePage.getByTestId('edit-form').waitFor()
      assert.equal(await stalePage.getByTestId('edit-city').inputValue(), 'Oxford, Oxfordshire')
      await stalePage.close()
    }))

  test('a viewer pages through results and is offered no edit', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('viewer', async (page) => {
      await signIn(page, VIEWER)
      await page.waitForURL(/\/institutions(\?|$)/)
      await waitForText(page.getByTestId('current-role'), 'Viewer')

      // "Load more" follows the cursor: more results, none twice.
      await page.getByTestId('institution-search').fill('university')
      await page.waitForURL(/[?&]q=university/)
      await page.locator('[data-testid=institution-results]:not(.result-list--stale)').waitFor()
      await page.getByTestId('load-more').click()
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid=institution-result]').length > 20,
      )
      const links = await page.$$eval('[data-testid=institution-result]', (as) => as.map((a) => a.getAttribute('href')))
      assert.equal(new Set(links).size, links.length, 'no result appears twice')

      await openInstitution(page, 'westlake', 'Westlake University')
      await page.getByTestId('detail-ror').waitFor()
      assert.equal(await page.getByTestId('edit-institution').count(), 0)
    }))
})
