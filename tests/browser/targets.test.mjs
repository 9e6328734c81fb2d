// Browser tests of the indicators' targets (docs/indicators.md) against a real orbis server
// with the demo data, which sets targets for two academic years of four indicators. The
// officer sets a target for the outbound mobility rate in a year without one (a percentage,
// kept as a share), sees it beside the year's value as not met, replaces it with one that is
// met, is refused a share above 100% at its field (in English and in Chinese) and removes it;
// the printable report has a Target column; the officer's home tiles give the latest year's
// target and how far the value has come. A viewer reads the targets with no way to set one.
// On a phone the Nominations and Programmes lists, whose headers hold buttons, do not scroll
// sideways.
// Run: node --test targets.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const RATE = 'outbound_mobility_rate'
const TEST_TIMEOUT_MS = 300_000
/** A phone's width: a page must not scroll sideways (its tables may, inside their frames). */
const PHONE = { width: 390, height: 844 }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** A share as the page writes a target: a percentage with one or two decimals. */
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 })
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

function card(page, id) {
  return page.locator(`[data-testid="indicator"][data-id="${id}"]`)
}

function yearRow(page, id, year) {
  return card(page, id).locator(`[data-testid="indicator-year"][data-year="${year}"]`)
}

function tile(page, id) {
  return page.locator(`[data-testid="kpi"][data-id="${id}"]`)
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/** Every indicator of the default years, as the server gives them to `api`. */
async function indicators(api) {
  return (await api('GET', '/indicators')).json.items
}

/** A target as the page writes it beside a value: a percentage for a ratio, whole for a count. */
function targetText(item) {
  return item.unit === 'ratio' ? percent.format(item.target) : whole.format(item.target)
}

/** Saves the target dialog and waits for the server's answer; returns its status. */
async function saveTarget(page) {
  const answer = page.waitForResponse(isResponse('PUT', /\/api\/v1\/indicators\/targets$/))
  await page.getByTestId('target-dialog').getByTestId('target-save').click()
  return (await answer).status()
}

describe('Indicator targets', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  test('the officer sets a target for a year, replaces it, is refused a share above 100% and removes it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const items = await indicators(api)
    // The demo's targets: some met, some not.
    const demo = items.filter((i) => i.target !== null)
    assert.ok(demo.some((i) => i.value !== null && i.value >= i.target), `a demo target is met: ${JSON.stringify(demo)}`)
    assert.ok(demo.some((i) => i.value !== null && i.value < i.target), 'a demo target is not met')
    // A year of the outbound mobility rate with a value and no target yet.
    const free = items.filter((i) => i.id === RATE && i.value !== null && i.value > 0 && i.target === null).sort((a, b) => b.year - a.year)[0]
    assert.ok(free, `the demo leaves a year of the rate without a target: ${JSON.stringify(items.filter((i) => i.id === RATE))}`)
    const { year, academic_year: academicYear, value } = free
    // Half a point above the value (not met), then half the value (met).
    const above = Math.round((value * 100 + 0.5) * 100) / 100
    const below = Math.round((value * 100) / 2 * 100) / 100

    await withPage('targets-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const rate = card(page, RATE)
      const row = yearRow(page, RATE, year)
      await row.waitFor()

      // The demo's targets stand beside their years' values, met or not.
      for (const item of demo) {
        const cell = yearRow(page, item.id, item.year).getByTestId('indicator-year-target')
        await waitForText(cell, targetText(item))
        const met = item.value >= item.target
        await waitForText(cell, met ? 'met' : 'not met')
        assert.equal(await cell.getAttribute('data-met'), String(met), `${item.id} ${item.academic_year}: met is ${met}`)
      }

      // A target above the year's value: kept as a share, shown as a percentage, not met.
      await rate.getByTestId('indicator-set-target').click()
      const dialog = page.getByTestId('target-dialog')
      await dialog.waitFor()
      await waitForText(dialog.locator('h2'), 'Outbound mobility rate')
      await dialog.getByTestId('target-year').selectOption(String(year))
      await waitForText(dialog.getByTestId('target-year-value'), `Value in ${academicYear}`)
      assert.equal(await dialog.getByTestId('target-remove').count(), 0, 'nothing to remove in a year without a target')
      await dialog.getByTestId('target-value-input').fill(String(above))
      await dialog.getByTestId('target-note-input').fill('Browser test: half a point more')
      assert.equal(await saveTarget(page), 200, 'the target is saved')
      await dialog.waitFor({ state: 'detached' })
      await waitForText(rate.getByTestId('target-saved'), `The target for ${academicYear} is saved.`)
      let stored = (await indicators(api)).find((i) => i.id === RATE && i.year === year)
      assert.equal(stored.target, Math.round(above * 10_000) / 1_000_000, 'the percentage is kept as a share')
      const cell = row.getByTestId('indicator-year-target')
      await waitForText(cell, percent.format(stored.target))
      await waitForText(cell, 'not met')
      assert.equal(await cell.getAttribute('data-met'), 'false')
      await waitForText(rate.getByTestId('indicator-target-notes'), `Target for ${academicYear}: Browser test: half a point more`)

      // Replaced by one below the value: met.
      await rate.getByTestId('indicator-set-target').click()
      await dialog.getByTestId('target-year').selectOption(String(year))
      assert.equal(await dialog.getByTestId('target-value-input').inputValue(), String(above), 'the form holds the year’s target')
      await waitForText(dialog.getByTestId('target-current'), 'by officer@westlake.edu.cn')
      await waitForText(dialog.getByTestId('target-save'), 'Replace target')
      await dialog.getByTestId('target-value-input').fill(String(below))
      assert.equal(await saveTarget(page), 200, 'the target is replaced')
      await dialog.waitFor({ state: 'detached' })
      stored = (await indicators(api)).find((i) => i.id === RATE && i.year === year)
      assert.equal(stored.target, Math.round(below * 10_000) / 1_000_000)
      const replaced = await waitForText(cell, percent.format(stored.target))
      assert.match(replaced, /met$/)
      assert.doesNotMatch(replaced, /not met/)
      assert.equal(await cell.getAttribute('data-met'), 'true')
      await screenshot(page, 'indicator-targets.png')

      // A share above 100%: the server refuses it, and says so at the field.
      await rate.getByTestId('indicator-set-target').click()
      await dialog.getByTestId('target-year').selectOption(String(year))
      await dialog.getByTestId('target-value-input').fill('150')
      assert.equal(await saveTarget(page), 422, 'the server refuses a share above 1')
      await waitForText(dialog.getByTestId('target-value-error'), 'Enter a percentage from 0 to 100.')
      assert.equal(await dialog.getByTestId('target-value-input').getAttribute('aria-invalid'), 'true')
      await waitForText(dialog.getByTestId('target-error'), 'The target was not saved: check the fields.')
      stored = (await indicators(api)).find((i) => i.id === RATE && i.year === year)
      assert.equal(stored.target, Math.round(below * 10_000) / 1_000_000, 'the target stays as it was')

      // Removed: the year has no target again, and the server has none to remove.
      const removed = page.waitForResponse(isResponse('DELETE', /\/api\/v1\/indicators\/targets$/))
      await dialog.getByTestId('target-remove').click()
      assert.equal((await removed).status(), 204, 'the target is removed')
      await dialog.waitFor({ state: 'detached' })
      await waitForText(rate.getByTestId('target-saved'), `The target for ${academicYear} is removed.`)
      await waitForText(cell, '—')
      assert.equal((await indicators(api)).find((i) => i.id === RATE && i.year === year).target, null)
      await assert.rejects(api('DELETE', `/indicators/targets?indicator=${RATE}&year=${year}`), /HTTP 404/)

      // An indicator Orbis has no data for takes no target: a department's co-publication share
      // (publications are counted for the whole institution), beside the institution's, which
      // the demo's extract gives a value and so takes one.
      assert.equal(await card(page, 'international_copublication_share').getByTestId('indicator-set-target').count(), 1)
      const units = page.getByTestId('indicators-unit')
      const unit = await units.locator('option').nth(1).getAttribute('value')
      const ofUnit = page.waitForResponse(
        (r) => isResponse('GET', /\/api\/v1\/indicators$/)(r) && new URL(r.url()).searchParams.get('org_unit') === unit,
      )
      await units.selectOption(unit)
      await ofUnit
      await waitForText(card(page, 'international_copublication_share'), 'whole institution')
      assert.equal(await card(page, 'international_copublication_share').getByTestId('indicator-set-target').count(), 0)
      const ofInstitution = page.waitForResponse(
        (r) => isResponse('GET', /\/api\/v1\/indicators$/)(r) && !new URL(r.url()).searchParams.get('org_unit'),
      )
      await units.selectOption('')
      await ofInstitution

      // On a phone, in Chinese: the dialog and its field error read in Chinese, and fit.
      await page.setViewportSize(PHONE)
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(rate.getByTestId('indicator-set-target'), '设定目标')
      await waitForText(rate.getByTestId('indicator-target-head'), '目标值')
      await rate.getByTestId('indicator-set-target').click()
      await waitForText(dialog.locator('label[for="target-value"]'), '目标值（%）')
      await dialog.getByTestId('target-value-input').fill('101')
      assert.equal(await saveTarget(page), 422)
      await waitForText(dialog.getByTestId('target-value-error'), '请输入 0 到 100 之间的百分比。')
      assert.equal(await scrollsSideways(page), false, 'the dialog fits 390 px')
      await screenshot(page, 'indicator-target-dialog-zh-phone.png', { fullPage: false })
      await dialog.getByTestId('target-cancel').click()
      await dialog.waitFor({ state: 'detached' })
      assert.equal(await scrollsSideways(page), false, 'the indicators with their targets fit 390 px')
      await page.getByTestId('lang-switch').selectOption('en')

      // The printable report: a Target column where an indicator has a target in some year.
      await page.setViewportSize({ width: 1360, height: 900 })
      await page.getByTestId('indicators-report-link').click()
      await page.waitForURL((url) => url.pathname === '/indicators/report')
      for (const id of [...new Set(demo.map((i) => i.id))]) {
        const section = page.locator(`[data-testid="report-indicator"][data-id="${id}"]`)
        await waitForText(section.getByTestId('report-target-head'), 'Target')
        for (const item of demo.filter((i) => i.id === id)) {
          const printed = section.locator(`[data-testid="report-indicator-year"][data-year="${item.year}"]`).getByTestId('report-target')
          await waitForText(printed, `${targetText(item)} (${item.value >= item.target ? 'met' : 'not met'})`)
        }
      }
      assert.equal(await page.locator('[data-testid="report-indicator"][data-id="inbound_exchange_students"]').getByTestId('report-target-head').count(), 0, 'no Target column without targets')
    })
  })

  test('the officer’s home tiles give the latest year’s target and how far the value has come', { timeout: TEST_TIMEOUT_MS }, async () => {
    const items = await indicators(await apiAs(OFFICER))
    const latest = Math.max(...items.map((i) => i.year))
    const ofLatest = items.filter((i) => i.year === latest)
    assert.ok(ofLatest.some((i) => i.target !== null), 'the demo sets targets for the latest year')
    await withPage('targets-home', async (page) => {
      await signIn(page, OFFICER)
      await page.waitForURL((url) => url.pathname === '/')
      await tile(page, RATE).waitFor()
      for (const item of ofLatest) {
        const target = tile(page, item.id).getByTestId('kpi-target')
        if (item.target === null) {
          assert.equal(await target.count(), 0, `${item.id}: no target, nothing said`)
          continue
        }
        if (item.value === null) {
          await waitForText(target, `Target ${targetText(item)}`)
        } else if (item.value >= item.target) {
          await waitForText(target, `Target ${targetText(item)} · met`)
          assert.equal(await target.getAttribute('data-met'), 'true')
        } else {
          const progress = `${Math.floor(Math.round((item.value / item.target) * 1_000_000) / 10_000)}%`
          await waitForText(target, `Target ${targetText(item)} · ${progress} of it`)
          assert.equal(await target.getAttribute('data-met'), 'false')
        }
      }
      await screenshot(page, 'home-targets.png')
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      assert.equal(await scrollsSideways(page), false, 'the tiles with their targets fit 390 px')
    })
  })

  test('a viewer reads the targets and is offered no way to set one', { timeout: TEST_TIMEOUT_MS }, async () => {
    const items = await indicators(await apiAs(VIEWER))
    const demo = items.filter((i) => i.target !== null)
    assert.ok(demo.length, 'the viewer’s indicators carry the demo’s targets')
    await assert.rejects((await apiAs(VIEWER))('PUT', '/indicators/targets', { indicator: RATE, year: demo[0].year, value: 0.5 }), /HTTP 403/)
    await withPage('targets-viewer', async (page) => {
      await signIn(page, VIEWER)
      await page.goto('/indicators')
      await card(page, RATE).waitFor()
      for (const item of demo) {
        const cell = yearRow(page, item.id, item.year).getByTestId('indicator-year-target')
        await waitForText(cell, targetText(item))
        await waitForText(cell, item.value >= item.target ? 'met' : 'not met')
      }
      const headline = card(page, 'international_faculty_ratio').getByTestId('indicator-target')
      await waitForText(headline, 'Target for')
      assert.equal(await page.getByTestId('indicator-set-target').count(), 0, 'a viewer is offered no “Set target”')
    })
  })

  test('on a phone the Nominations and Programmes lists do not scroll sideways', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('targets-phone-lists', async (page) => {
      await page.setViewportSize(PHONE)
      await signIn(page, OFFICER)
      for (const [path, testid, button] of [
        ['/nominations', 'nominations-page', 'new-nomination'],
        ['/mobility/programmes', 'programmes-page', 'new-programme'],
      ]) {
        await page.goto(path)
        await page.getByTestId(testid).waitFor()
        await page.getByTestId(button).waitFor()
        await page.locator('.table-wrap table, [data-testid$="-empty"]').first().waitFor()
        assert.equal(await scrollsSideways(page), false, `${path} fits 390 px`)
        const box = await page.getByTestId(button).boundingBox()
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${path}: its header button is within the screen`)
      }
      await screenshot(page, 'programmes-phone.png', { fullPage: false })
    }),
  )
})
