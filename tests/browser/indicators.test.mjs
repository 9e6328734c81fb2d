// Browser tests of the indicators page (docs/indicators.md) against a real orbis server with
// the demo data. The officer finds Indicators in the navigation and the outbound mobility rate
// of a past academic year, enters the students enrolled that year (a figure without its source
// is refused, and so is one the server finds out of range, at its field), sees the figure and
// the rate as a percentage, opens the people behind it and finds as many as were counted; the
// page fits a phone's width, and reads in Chinese. A viewer reads the same page without the
// means to enter figures; a student is not offered it, and the API refuses them.
// Run: node --test indicators.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const RATE = 'outbound_mobility_rate'
const TEST_TIMEOUT_MS = 300_000
/** A phone's width: the page must not scroll sideways (its tables may, inside their frames). */
const PHONE = { width: 390, height: 844 }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/** "1,234" → 1234. */
function count(text) {
  return Number(text.replace(/[^\d]/g, ''))
}

/**
 * The latest past academic year (before the current one, the last of the default range) in
 * which the demo's outbound mobility rate counts somebody.
 */
async function pastYearCounted(api) {
  const items = (await api('GET', '/indicators')).json.items
  const current = Math.max(...items.map((i) => i.year))
  const years = items.filter((i) => i.id === RATE && i.year < current && i.numerator > 0)
  assert.ok(years.length, `the demo counts outgoing students before ${current}: ${JSON.stringify(items.filter((i) => i.id === RATE))}`)
  return years.sort((a, b) => b.year - a.year)[0]
}

/** The outbound mobility rate of `year` as the server computes it now. */
async function rateOf(api, year) {
  const items = (await api('GET', `/indicators?from=${year}&to=${year}`)).json.items
  return items.find((i) => i.id === RATE)
}

function card(page, id) {
  return page.locator(`[data-testid="indicator"][data-id="${id}"]`)
}

function yearRow(page, id, year) {
  return card(page, id).locator(`[data-testid="indicator-year"][data-year="${year}"]`)
}

function figureCell(page, measure, year) {
  return page.locator(`[data-testid="figure-cell"][data-measure="${measure}"][data-year="${year}"]`)
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

describe('Indicators', { timeout: TEST_TIMEOUT_MS * 3 }, () => {
  test('the officer enters the students enrolled of a past year and reads its outbound mobility rate and the people behind it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const before = await pastYearCounted(api)
    const { year, academic_year: academicYear, numerator } = before
    const enrolled = (before.denominator ?? 5780) + 20

    await withPage('indicators-officer', async (page) => {
      await signIn(page, OFFICER)
      const nav = page.getByTestId('nav-indicators')
      assert.equal(await nav.getAttribute('aria-disabled'), null, 'Indicators is a live link for the office')
      await nav.click()
      await page.waitForURL(/\/indicators(\?|$)/)
      assert.equal(await nav.getAttribute('aria-current'), 'page')

      // The rate of that year counts the server's numerator; without the students enrolled it says why it has no value.
      const rate = card(page, RATE)
      const row = yearRow(page, RATE, year)
      await row.waitFor()
      assert.equal(count(await row.getByTestId('indicator-numerator').innerText()), numerator, 'the students counted are the server’s numerator')
      if (before.value === null) {
        await waitForText(row.getByTestId('indicator-year-value'), 'No data')
        await waitForText(rate.getByTestId('indicator-no-data-reasons'), `not entered for ${academicYear}`)
      }
      await rate.getByTestId('indicator-details').locator('summary').click()
      await waitForText(rate.getByTestId('indicator-details'), 'UNESCO')

      // The students enrolled that year: a figure without its source is refused before it is sent…
      const cell = figureCell(page, 'students_enrolled', year)
      await cell.getByTestId('figure-edit').click()
      const dialog = page.getByTestId('figure-dialog')
      await dialog.waitFor()
      await dialog.getByTestId('figure-value-input').fill(String(enrolled))
      await dialog.getByTestId('figure-source-input').fill('')
      await dialog.getByTestId('figure-save').click()
      await waitForText(dialog.getByTestId('figure-source-error'), 'Say where the figure comes from')
      assert.equal(await dialog.getByTestId('figure-source-input').getAttribute('aria-invalid'), 'true')
      // …one the server finds out of range comes back with the error at its field…
      await dialog.getByTestId('figure-value-input').fill('2000000000')
      await dialog.getByTestId('figure-source-input').fill('Registrar’s census of 15 October (browser test)')
      const refused = page.waitForResponse(isResponse('PUT', /\/api\/v1\/indicators\/figures$/))
      await dialog.getByTestId('figure-save').click()
      assert.equal((await refused).status(), 422, 'the server refuses a value out of range')
      await dialog.getByTestId('figure-value-error').waitFor()
      assert.equal(await dialog.getByTestId('figure-value-input').getAttribute('aria-invalid'), 'true')
      await dialog.getByTestId('figure-error').waitFor()
      // …and a right one is saved.
      await dialog.getByTestId('figure-value-input').fill(String(enrolled))
      const saved = page.waitForResponse(isResponse('PUT', /\/api\/v1\/indicators\/figures$/))
      await dialog.getByTestId('figure-save').click()
      assert.equal((await saved).status(), 200, 'the figure is saved')
      await dialog.waitFor({ state: 'detached' })
      await waitForText(cell.getByTestId('figure-value'), whole.format(enrolled))
      await waitForText(cell.getByTestId('figure-source'), '(browser test)')

      // The rate divides by it now: a percentage, with the students counted and enrolled.
      const after = await rateOf(api, year)
      assert.notEqual(after.value, null, 'the server computes the rate from the figure')
      assert.equal(after.denominator, enrolled)
      await waitForText(row.getByTestId('indicator-denominator'), whole.format(enrolled))
      const shown = await waitForText(row.getByTestId('indicator-year-value'), /%/)
      assert.equal(shown.split('\n')[0].trim(), percent.format(after.value))
      assert.match(shown, /^\d+(\.\d)?%/)
      assert.equal(await row.getAttribute('data-has-value'), 'true')
      assert.match(await rate.getByTestId('indicator-value').innerText(), /%$/, 'the card leads with a percentage')
      await screenshot(page, 'indicators.png')

      // The people behind it: as many as were counted, each with a link to a stay.
      await row.getByTestId('indicator-drill').first().click()
      await page.waitForURL((url) => url.pathname === `/indicators/${RATE}/records` && url.searchParams.get('year') === String(year))
      await page.getByTestId('indicator-records-table').waitFor()
      const more = page.getByTestId('indicator-records-more')
      while (await more.isVisible()) {
        const shownRows = await page.getByTestId('indicator-record').count()
        await more.click()
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="indicator-record"]').length > n, shownRows)
      }
      assert.equal(await page.getByTestId('indicator-record').count(), numerator, 'one row per person counted')
      await waitForText(page.getByTestId('indicator-records-status'), `${whole.format(numerator)} of ${whole.format(numerator)}`)
      for (const href of await page.getByTestId('indicator-record-stay').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        assert.match(href, /^\/mobilities\/\d+$/)
      }
      await screenshot(page, 'indicator-records.png')
      await page.getByTestId('indicator-records-back').click()
      await page.waitForURL((url) => url.pathname === '/indicators')

      // On a phone: no sideways scrolling of the page.
      await page.setViewportSize(PHONE)
      await row.waitFor()
      assert.equal(await scrollsSideways(page), false, 'the indicators page fits 390 px')
      await screenshot(page, 'indicators-phone.png')
      await page.goto(`/indicators/${RATE}/records?year=${year}`)
      await page.getByTestId('indicator-records-table').waitFor()
      assert.equal(await scrollsSideways(page), false, 'the people counted fit 390 px')

      // In Chinese.
      await page.goto('/indicators')
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(card(page, RATE).locator('h2'), '学生出境交流比例')
      await waitForText(page.getByTestId('indicator-figures').locator('h2'), '国际处录入的数据')
      await screenshot(page, 'indicators-zh-phone.png')
    })
  })

  test('a viewer reads the indicators and the figures but enters none', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('indicators-viewer', async (page) => {
      await signIn(page, VIEWER)
      await page.getByTestId('nav-indicators').click()
      await page.waitForURL(/\/indicators(\?|$)/)
      await card(page, RATE).waitFor()
      const served = await page.request.get('/api/v1/indicators')
      assert.equal(served.status(), 200)
      const items = (await served.json()).items
      const ids = new Set(items.map((i) => i.id))
      assert.equal(ids.has('graduates_with_stay_abroad'), true)
      assert.equal(await page.getByTestId('indicator').count(), ids.size, 'every indicator the server computes')
      const share = items.find((i) => i.id === 'international_copublication_share')
      assert.equal(typeof share.value, 'number', "the demo's co-publication extract gives the share a value")
      await card(page, 'international_copublication_share').waitFor()
      assert.equal(
        await card(page, 'international_copublication_share').getByText('no publications are recorded yet').count(),
        0,
      )
      await page.getByTestId('figures-table').waitFor()
      assert.equal(await page.getByTestId('figure-row').count() >= 5, true, 'every measure has its row')
      assert.equal(await page.getByTestId('figure-edit').count(), 0, 'a viewer is offered no way to enter figures')
    }),
  )

  test('a student is not offered the indicators, and the API refuses them', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators'), /HTTP 403/)
    await withPage('indicators-student', async (page) => {
      await signIn(page, STUDENT)
      const nav = page.getByTestId('nav-indicators')
      await nav.waitFor()
      assert.equal(await nav.getAttribute('aria-disabled'), 'true', 'Indicators stays a later capability for students')
      assert.equal(await nav.getAttribute('href'), null, 'and leads nowhere')
      await page.goto('/indicators')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('indicators-page').count(), 0)
    })
  })
})
