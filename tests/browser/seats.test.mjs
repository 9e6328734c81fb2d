// Browser tests of the seat use per cooperation condition on the Indicators page
// (docs/indicators.md, GET /api/v1/indicators/seat_utilisation and …/totals) against a real
// orbis server with the demo data. The officer finds the latest year of the page chosen, its
// tiles giving the totals the API gives and its table, followed through "More", holding the
// API's conditions of the year in their order with their numbers (a condition over its seats
// marked in words, one without seats "—"), and its export the same rows; another year gives
// that year's conditions, a year without any says so; the section reads in Chinese and the
// page fits a phone. A coordinator sees their org unit's conditions; a year the server
// refuses says so; a student reaches neither the page nor the API.
// Run: node --test seats.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { WAIT_MS, browserSuite, outDir, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const TEST_TIMEOUT_MS = 300_000
/** A phone's width: the page must not scroll sideways (its tables may, inside their frames). */
const PHONE = { width: 390, height: 844 }
/** The rows the section reads a page at a time. */
const PAGE_SIZE = 20

const orbis = browserSuite()
const { withPage, apiAs, tokenFor } = orbis

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })

const DIRECTIONS = { outgoing: 'Outgoing', incoming: 'Incoming', other: 'Between partners' }
const MOBILITY_TYPES = {
  student_studies: 'Student mobility for studies',
  student_traineeship: 'Student traineeship',
  staff_teaching: 'Staff mobility for teaching',
  staff_training: 'Staff mobility for training',
  summer_programme: 'Summer programme',
  research_visit: 'Research visit',
  joint_degree: 'Joint degree',
}

/** The academic year a year begins: 2025 → "2025/2026". */
function academicYear(year) {
  return `${year}/${year + 1}`
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

function scope(year, orgUnit) {
  const search = new URLSearchParams({ year: String(year) })
  if (orgUnit !== null) search.set('org_unit', String(orgUnit))
  return search
}

/** Every condition of `year` (and `orgUnit`) as the server gives them to `api`, page after page, and the first page's total. */
async function conditionsOf(api, year, orgUnit = null, limit = 100) {
  const items = []
  let total = null
  let cursor = null
  do {
    const search = scope(year, orgUnit)
    search.set('limit', String(limit))
    if (cursor) search.set('cursor', cursor)
    const page = (await api('GET', `/indicators/seat_utilisation?${search}`)).json
    if (total === null) total = page.total
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return { items, total }
}

async function totalsOf(api, year, orgUnit = null) {
  return (await api('GET', `/indicators/seat_utilisation/totals?${scope(year, orgUnit)}`)).json
}

/** The years the page shows by default, newest first, each with its conditions and totals as `api` reads them. */
async function yearsWithSeats(api) {
  const years = [...new Set((await api('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
  const out = []
  for (const year of years) out.push({ year, ...(await conditionsOf(api, year)), totals: await totalsOf(api, year) })
  return out
}

/** The latest year the page shows by default: the newest year of GET /indicators. */
async function latestYear(api) {
  return Math.max(...(await api('GET', '/indicators')).json.items.map((i) => i.year))
}

/**
 * A signed agreement of `unit`'s with a partner of the demo's for `year` alone: Westlake →
 * partner for studies with one seat, used by two stays (so over it by one), and partner →
 * Westlake for teaching naming no seats. Returns its id.
 */
async function addUnitAgreement(officer, unit, year) {
  const academic = academicYear(year)
  const first = (await officer('GET', '/agreements?limit=1')).json.items[0]
  const parties = (await officer('GET', `/agreements/${first.id}`)).json.parties
  const home = parties.find((p) => p.is_home).institution
  const partner = parties.find((p) => !p.is_home).institution
  const condition = (from, to, type, seats) => ({
    sending_institution_id: from.id,
    receiving_institution_id: to.id,
    mobility_type: type,
    academic_years: { first: academic, last: academic },
    ...(seats === undefined ? {} : { seats_per_year: seats }),
  })
  const created = (
    await officer('POST', '/agreements', {
      code: 'SEATS-TEST-1',
      title: 'Seat use: one seat, two students',
      kinds: ['student_exchange'],
      start_date: `${year}-09-01`,
      end_date: `${year + 1}-08-31`,
      parties: [{ institution_id: home.id, is_home: true, org_unit_id: unit }, { institution_id: partner.id }],
      conditions: [condition(home, partner, 'student_studies', 1), condition(partner, home, 'staff_teaching')],
    })
  ).json
  for (const to of ['negotiation', 'signed']) await officer('POST', `/agreements/${created.id}/transitions`, { to })
  const csv = [
    'email,family_name,given_name,nationality,kind,level,field,direction,type,sending,receiving,agreement,academic_year,planned_start,planned_end,status',
    ...['one', 'two'].map(
      (n) => `seats.${n}@westlake.edu.cn,Seat,${n},CN,student,6,0714,outgoing,student_studies,home,${partner.ror_id},SEATS-TEST-1,${academic},${year}-10-01,${year + 1}-01-31,accepted`,
    ),
  ].join('\n')
  const response = await fetch(`${orbis.baseUrl}/api/v1/mobilities/import?dry_run=false`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenFor(OFFICER)}`, 'Content-Type': 'text/csv' },
    body: csv,
  })
  assert.equal(response.status, 201, `the two stays are imported: ${await response.text()}`)
  return created.id
}

const section = (page) => page.getByTestId('seat-utilisation')

/** Waits until the section shows the rows and totals of `year` (or says the year has none). */
async function waitForYear(page, year, empty) {
  if (empty) {
    await waitForText(section(page).getByTestId('seats-empty'), academicYear(year))
    return
  }
  await section(page).locator(`[data-testid="seats-results"][data-year="${year}"]:not(.result-list--stale)`).waitFor()
}

/** Follows "More" until the table holds every condition. */
async function showAll(page) {
  const more = section(page).getByTestId('seats-more')
  for (let i = 0; i < 1000 && (await more.count()); i++) {
    const before = await section(page).getByTestId('seats-row').count()
    await more.click()
    const deadline = Date.now() + WAIT_MS
    while ((await section(page).getByTestId('seats-row').count()) === before && (await more.count()) && Date.now() < deadline) {
      await page.waitForTimeout(100)
    }
  }
}

/** The tiles as the page words them. */
function tiles(page) {
  return section(page)
    .getByTestId('seats-totals')
    .evaluate((dl) => {
      const text = (id) => dl.querySelector(`[data-testid="${id}"]`).innerText.trim()
      return {
        conditions: text('seats-total-conditions'),
        seats: text('seats-total-seats'),
        used: text('seats-total-used'),
        share: text('seats-total-share'),
        over: text('seats-total-over'),
      }
    })
}

function expectedTiles(totals) {
  return {
    conditions: whole.format(totals.conditions),
    seats: whole.format(totals.seats),
    used: whole.format(totals.used),
    share: totals.share === null ? '—' : percent.format(totals.share),
    over: `${totals.over > 0 ? '▲' : ''}${whole.format(totals.over)}`,
  }
}

/** The table's rows as the page words them. */
function tableRows(page) {
  return section(page)
    .getByTestId('seats-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (id) => tr.querySelector(`[data-testid="${id}"]`)
        const text = (id) => cell(id)?.innerText.trim() ?? null
        return {
          id: tr.getAttribute('data-condition'),
          agreement: text('seats-agreement'),
          href: cell('seats-agreement').getAttribute('href'),
          sending: text('seats-sending'),
          receiving: text('seats-receiving'),
          direction: text('seats-direction'),
          type: text('seats-type'),
          seats: text('seats-seats'),
          used: text('seats-used'),
          free: text('seats-free'),
          share: cell('seats-share').querySelector('.seat-share').innerText.trim(),
          over: text('seats-over'),
        }
      }),
    )
}

function expectedRow(i) {
  const over = i.seats > 0 ? Math.max(0, i.used - i.seats) : 0
  return {
    id: String(i.condition_id),
    agreement: i.agreement.code || `#${i.agreement.id}`,
    href: `/agreements/${i.agreement.id}`,
    sending: i.sending.name,
    receiving: i.receiving.name,
    direction: DIRECTIONS[i.direction] ?? i.direction,
    type: MOBILITY_TYPES[i.mobility_type] ?? i.mobility_type,
    // No seats named: "—" for the seats, the seats free and the share.
    seats: i.seats > 0 ? whole.format(i.seats) : '—',
    used: whole.format(i.used),
    free: i.seats > 0 ? whole.format(i.free) : '—',
    // Over its seats: ▲ before the share, and how many over in words.
    share: i.seats > 0 ? `${over ? '▲' : ''}${percent.format(i.share)}` : '—',
    over: over ? `over by ${whole.format(over)}` : null,
  }
}

/** Asserts that the tiles give `totals` and the table (once "More" is followed) holds `items`, in their order. */
async function assertYear(page, { items, totals }, what) {
  const wantTiles = expectedTiles(totals)
  assert.deepEqual(await tiles(page), wantTiles, `${what}: the tiles are the totals`)
  const first = Math.min(PAGE_SIZE, items.length)
  assert.equal(await section(page).getByTestId('seats-row').count(), first, `${what}: the first page`)
  assert.equal(await section(page).getByTestId('seats-more').count(), items.length > PAGE_SIZE ? 1 : 0, `${what}: "More" while there is more`)
  await showAll(page)
  const expected = items.map(expectedRow)
  const deadline = Date.now() + WAIT_MS
  let rows = await tableRows(page)
  while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    rows = await tableRows(page)
  }
  assert.deepEqual(rows, expected, `${what}: the table's rows are the API's items`)
  await waitForText(
    section(page).getByTestId('seats-status'),
    `Conditions in ${totals.academic_year}: ${whole.format(items.length)} of ${whole.format(items.length)} shown`,
  )
}

describe('Seat use per condition', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  /** The agreement the suite adds for the coordinator's org unit, and the year of it. */
  const added = { id: null, year: null }
  before(async () => {
    const officer = await apiAs(OFFICER)
    const unit = (await (await apiAs(COORDINATOR))('GET', '/auth/me')).json.org_unit_id
    added.year = await latestYear(officer)
    added.id = await addUnitAgreement(officer, unit, added.year)
  })

  test('the officer reads the seat use of the latest year and of another, in English and in Chinese, on a phone too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const years = await yearsWithSeats(api)
    const latest = years[0]
    // The API: by condition, each once, `total` counting them; the totals add them up.
    for (const { year, items, total, totals } of years) {
      const what = academicYear(year)
      const ids = items.map((i) => Number(i.condition_id))
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b), `${what}: by condition`)
      assert.equal(new Set(ids).size, items.length, `${what}: each condition once`)
      assert.equal(total, items.length, `${what}: total counts the conditions`)
      assert.equal(totals.academic_year, what)
      assert.equal(totals.conditions, items.length, `${what}: the totals' conditions`)
      assert.equal(totals.seats, items.reduce((n, i) => n + i.seats, 0), `${what}: the totals' seats`)
      assert.equal(totals.used, items.reduce((n, i) => n + Math.min(i.used, i.seats), 0), `${what}: each condition's use up to its seats`)
      assert.equal(totals.over, items.filter((i) => i.seats > 0 && i.used > i.seats).length, `${what}: the conditions over`)
      for (const i of items) {
        assert.equal(i.academic_year, what)
        assert.equal(i.free, Math.max(0, i.seats - i.used), `${what} condition ${i.condition_id}: seats free`)
        if (i.seats === 0) assert.equal(i.share, null, `${what} condition ${i.condition_id}: no seats, no share`)
        else assert.ok(Math.abs(i.share - i.used / i.seats) < 1e-4, `${what} condition ${i.condition_id}: used ÷ seats`)
      }
    }
    // The latest year holds the agreement added: a condition over its seats and one naming none.
    assert.equal(latest.year, added.year)
    const mine = latest.items.filter((i) => i.agreement.id === added.id)
    assert.deepEqual(
      mine.map((i) => [i.direction, i.seats, i.used, i.free, i.share]),
      [
        ['outgoing', 1, 2, 0, 2],
        ['incoming', 0, 0, 0, null],
      ],
    )
    assert.ok(latest.totals.over >= 1)
    // Another year of the page with conditions other than the latest's.
    const other = years.find((y) => y.year !== latest.year && y.items.length && JSON.stringify(y.items) !== JSON.stringify(latest.items))
    assert.ok(other, `the demo has conditions in another year of the page: ${JSON.stringify(years.map((y) => [y.year, y.items.length]))}`)

    await withPage('seats-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const seats = section(page)
      await waitForText(seats.locator('h2'), 'Seat use per condition')
      await waitForText(seats.getByTestId('seats-about'), 'The share is used ÷ seats')
      // The picker starts on the latest year the page shows.
      assert.equal(await page.getByTestId('indicators-to').inputValue(), String(latest.year))
      assert.equal(await seats.getByTestId('seats-year').inputValue(), String(latest.year), 'the seat use starts on the latest year')
      await waitForYear(page, latest.year, !latest.items.length)
      await assertYear(page, latest, academicYear(latest.year))
      // Over its seats: ▲ and how many in words as well as colour; no seats: "—".
      const over = seats.locator(`[data-testid="seats-row"][data-condition="${mine[0].condition_id}"]`)
      assert.equal(await over.getByTestId('seats-over').innerText(), 'over by 1')
      assert.equal((await over.locator('.seat-share').innerText()).trim(), '▲200.0%')
      const none = seats.locator(`[data-testid="seats-row"][data-condition="${mine[1].condition_id}"]`)
      assert.equal((await none.getByTestId('seats-share').innerText()).trim(), '—')
      assert.ok(Number((await seats.getByTestId('seats-total-over').innerText()).replace('▲', '')) >= 1)
      await mkdir(outDir, { recursive: true })
      await over.scrollIntoViewIfNeeded()
      await seats.screenshot({ path: path.join(outDir, 'seats.png') })

      // Another year: its conditions and totals, and the year in the address, beside the balance's.
      await seats.getByTestId('seats-year').selectOption(String(other.year))
      await page.waitForURL((url) => url.searchParams.get('seats_year') === String(other.year))
      assert.equal(await page.getByTestId('balance-year').inputValue(), String(latest.year), 'the balance keeps its own year')
      await waitForYear(page, other.year, false)
      await assertYear(page, other, academicYear(other.year))

      // The bar: the seats used and free, in words for a screen reader.
      const sum = other.totals
      if (sum.seats > 0) {
        assert.equal(
          await seats.getByTestId('seats-bar-track').getAttribute('aria-label'),
          `${sum.academic_year}: ${whole.format(sum.used)} of ${whole.format(sum.seats)} seats used, ${whole.format(sum.seats - sum.used)} free`,
        )
      }

      // The agreement leads to its page.
      const first = other.items[0]
      await seats.getByTestId('seats-row').first().getByTestId('seats-agreement').waitFor()
      assert.equal(await seats.getByTestId('seats-row').first().getByTestId('seats-agreement').getAttribute('href'), `/agreements/${first.agreement.id}`)

      // The export selects the same year, and its file holds a row per condition.
      const csvHref = await seats.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/seat_utilisation')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { year: String(other.year), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await seats.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, other.items.length + 1, 'the CSV: a header and a row per condition')

      // A year without conditions says so in words, and draws no table.
      const offered = (await seats.getByTestId('seats-year').locator('option').evaluateAll((os) => os.map((o) => Number(o.value)))).sort((a, b) => a - b)
      let quiet = null
      for (const year of offered) {
        if (!(await totalsOf(api, year)).conditions) {
          quiet = year
          break
        }
      }
      assert.ok(quiet, `a year the picker offers has no conditions: ${offered}`)
      await seats.getByTestId('seats-year').selectOption(String(quiet))
      await waitForText(seats.getByTestId('seats-empty'), `No agreement in force has cooperation conditions for ${academicYear(quiet)}.`)
      assert.equal(await seats.getByTestId('seats-table').count(), 0)
      await seats.getByTestId('seats-year').selectOption(String(other.year))
      await waitForYear(page, other.year, false)

      // In Chinese: the section's heading, its tiles, its columns and the explanation.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(seats.locator('h2'), '合作条款名额使用')
      const heads = (await seats.getByTestId('seats-table').locator('thead th').allInnerTexts()).map((h) => h.trim())
      assert.deepEqual(heads, ['协议', '派出方 → 接收方', '方向', '交流类型', '名额', '已用', '剩余', '使用率'])
      const tileNames = (await seats.getByTestId('seats-totals').locator('dt').allInnerTexts()).map((h) => h.trim())
      assert.deepEqual(tileNames, ['合作条款', '名额', '已用', '使用率', '超出名额的条款'])
      await waitForText(seats.getByTestId('seats-about'), '使用率 = 已用 ÷ 名额')
      await waitForText(seats.getByTestId('seats-status'), `${academicYear(other.year)} 学年的合作条款`)

      // On a phone: the page does not scroll sideways; the table scrolls inside its frame.
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await seats.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the seat use fits 390 px')
      for (const part of [seats.locator('.table-wrap'), seats.getByTestId('seats-totals'), seats.getByTestId('seats-bar')]) {
        const box = await part.boundingBox()
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `within the screen: ${JSON.stringify(box)}`)
      }
      await seats.getByTestId('seats-totals').scrollIntoViewIfNeeded()
      await screenshot(page, 'seats-zh-phone.png', { fullPage: false })
    })
  })

  test('a coordinator sees the seat use of their org unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    // The latest year of the page in which the coordinator's unit has conditions.
    const years = [...new Set((await coordinator('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
    let chosen = null
    for (const year of years) {
      const mine = await conditionsOf(coordinator, year)
      const totals = await totalsOf(coordinator, year)
      // The server forces their own unit: an officer choosing it reads the same.
      assert.deepEqual(mine.items, (await conditionsOf(officer, year, unit)).items, `${year}: the coordinator's conditions are their unit's`)
      assert.deepEqual(totals, await totalsOf(officer, year, unit), `${year}: the coordinator's totals are their unit's`)
      if (!chosen && mine.items.length) chosen = { year, ...mine, totals, all: await totalsOf(officer, year) }
    }
    assert.ok(chosen, 'the coordinator’s unit has conditions in a year of the page')
    assert.ok(chosen.totals.conditions <= chosen.all.conditions, 'a unit has no more conditions than the institution')

    await withPage('seats-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?seats_year=${chosen.year}`)
      await page.getByTestId('indicators-own-unit').waitFor()
      assert.equal(await section(page).getByTestId('seats-year').inputValue(), String(chosen.year))
      await waitForYear(page, chosen.year, false)
      await assertYear(page, chosen, `the coordinator's ${academicYear(chosen.year)}`)
      const csvUrl = new URL(await section(page).getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(csvUrl.searchParams.get('year'), String(chosen.year))
    })
  })

  test('a year the server does not report on is refused at `year`, and the page says so', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    for (const endpoint of ['/indicators/seat_utilisation?year=1800', '/indicators/seat_utilisation/totals?year=1800']) {
      await assert.rejects(api('GET', endpoint), (err) => {
        assert.match(err.message, /HTTP 422/)
        assert.match(err.message, /"field":"year"/)
        return true
      })
    }
    await withPage('seats-bad-year', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators?seats_year=1800')
      await waitForText(section(page).getByTestId('seats-error'), 'Choose an academic year Orbis reports on.')
      // The rest of the page is unaffected.
      await page.getByTestId('indicator-list').waitFor()
      await page.getByTestId('balance-results').or(page.getByTestId('balance-empty')).waitFor()
    })
  })

  test('a student reaches neither the seat use nor its API', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators/seat_utilisation'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/seat_utilisation/totals'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/seat_utilisation?format=csv'), /HTTP 403/)
    await withPage('seats-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto('/indicators?seats_year=2024')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('seat-utilisation').count(), 0)
    })
  })
})
