// Browser tests of the funding and scholarships on the Indicators page (docs/indicators.md,
// GET /api/v1/indicators/funding) against a real orbis server with the demo data. The suite
// first records, through the API, students' stays begun in the latest year with funding of
// every kind: two sources on one stay, a self-funded stay, two Erasmus+ stays in euros, an
// incoming student's home institution and a source the page does not know, and a planned
// stay that is not counted; two of the students are of the coordinator's org unit. The
// officer finds the latest year of the page chosen, a table per direction holding the API's
// rows in their order with their numbers and amounts; another year gives that year's rows, a
// year without funding says so, and the export holds a row per row; the section reads in
// Chinese and the page fits a phone. A coordinator sees their org unit's rows; a year the
// server refuses says so; a student reaches neither the page nor the API.
// Run: node --test funding.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
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
const DIRECTIONS = ['outgoing', 'incoming']
/** A source the page does not know: it shows it as recorded. */
const OTHER_SOURCE = 'Provincial talent grant'
/** The source of the planned stay the suite adds: planned stays are not counted. */
const PLANNED_SOURCE = 'Planned stay grant'

const orbis = browserSuite()
const { withPage, apiAs } = orbis

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/** The sources as the page words them, in English and in Chinese; an incoming student's home institution is theirs. */
const SOURCES = {
  en: { scholarship: 'Scholarship', erasmus: 'Erasmus+', csc: 'China Scholarship Council', self: 'Self-funded', home: 'Home institution' },
  zh: { scholarship: '奖学金', erasmus: 'Erasmus+', csc: '国家留学基金委', self: '自费', home: '本校资助' },
}
const INCOMING_HOME = { en: 'Home institution', zh: '派出院校资助' }

/** The academic year a year begins: 2025 → "2025/2026". */
function academicYear(year) {
  return `${year}/${year + 1}`
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/** The rows of `year` (and of `orgUnit`) as the server gives them to `api`: one page. */
async function fundingOf(api, year, orgUnit = null) {
  const search = new URLSearchParams({ year: String(year) })
  if (orgUnit !== null) search.set('org_unit', String(orgUnit))
  const page = (await api('GET', `/indicators/funding?${search}`)).json
  assert.equal(page.next, null, `${year}: one page`)
  assert.equal(page.total, page.items.length, `${year}: total counts the rows`)
  return page.items
}

/** The years the page shows by default, newest first (the first is what the section starts on). */
async function pageYears(api) {
  return [...new Set((await api('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
}

/** The years of the page, newest first, each with its rows as `api` reads them. */
async function yearsWithFunding(api, orgUnit = null) {
  const out = []
  for (const year of await pageYears(api)) out.push({ year, rows: await fundingOf(api, year, orgUnit) })
  return out
}

/** What tells a row from the others: the server gives one per direction, source, scholarship, sponsor and currency. */
function rowKey(g) {
  return [g.direction, g.source, g.scholarship ?? '', g.sponsor ?? '', g.currency ?? '']
}

/** Asserts the API's rows of a year: each key once, outgoing first, the most students funded first, then by key; amounts as decimals. */
function assertApiYear(year, rows) {
  const what = academicYear(year)
  assert.equal(new Set(rows.map((g) => JSON.stringify(rowKey(g)))).size, rows.length, `${what}: each row once`)
  for (const g of rows) {
    assert.equal(g.academic_year, what)
    assert.ok(DIRECTIONS.includes(g.direction), `${what}: ${g.direction}`)
    assert.ok(g.holders >= 1 && g.stays >= g.holders, `${what}: ${JSON.stringify(g)} has students and at least as many stays`)
    if (g.amount === null) assert.equal(g.currency, null, `${what}: no currency without an amount`)
    else {
      assert.match(g.amount, /^\d+(\.\d+)?$/, `${what}: an amount is a decimal string`)
      assert.match(g.currency, /^[A-Z]{3}$/, `${what}: an amount has its currency`)
    }
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]
    const b = rows[i]
    const order = DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction)
    const [ka, kb] = [rowKey(a).slice(1), rowKey(b).slice(1)]
    const byKey = ka.findIndex((x, j) => x !== kb[j])
    assert.ok(
      order < 0 || (order === 0 && (a.holders > b.holders || (a.holders === b.holders && byKey >= 0 && ka[byKey] < kb[byKey]))),
      `${what}: ${JSON.stringify(a)} before ${JSON.stringify(b)}`,
    )
  }
}

/**
 * Records, through the API, students' stays of `year` with funding, under way or completed
 * (and one only planned), the first two students of `unit`. Returns what the rows of the
 * sources the demo does not record must say.
 */
async function addFundedStays(officer, unit, year) {
  const first = (await officer('GET', '/agreements?limit=1')).json.items[0]
  const parties = (await officer('GET', `/agreements/${first.id}`)).json.parties
  const home = parties.find((p) => p.is_home).institution
  const partner = parties.find((p) => !p.is_home).institution
  const money = (amount, currency) => ({ amount, currency })
  const stays = [
    {
      who: 'csc',
      unit,
      funding: [
        { source: 'csc', scholarship: '', sponsor: 'China Scholarship Council', amount: money('60000.00', 'CNY') },
        { source: 'home', scholarship: '', sponsor: 'Westlake University', amount: money('8000.00', 'CNY') },
      ],
      to: 'abroad',
    },
    { who: 'self', unit, funding: [{ source: 'self', scholarship: '', sponsor: '', amount: null }], to: 'abroad' },
    { who: 'erasmus.one', funding: [{ source: 'erasmus', scholarship: '', sponsor: 'European Commission', amount: money('2520.50', 'EUR') }], to: 'completed' },
    { who: 'erasmus.two', funding: [{ source: 'erasmus', scholarship: '', sponsor: 'European Commission', amount: money('1260.25', 'EUR') }], to: 'abroad' },
    {
      who: 'guest',
      incoming: true,
      funding: [
        { source: 'home', scholarship: '', sponsor: partner.name, amount: money('3000.00', 'GBP') },
        { source: OTHER_SOURCE, scholarship: '', sponsor: 'Zhejiang Provincial Government', amount: money('5000.00', 'CNY') },
      ],
      to: 'abroad',
    },
    { who: 'planned', funding: [{ source: PLANNED_SOURCE, scholarship: '', sponsor: '', amount: money('100.00', 'CNY') }], to: 'accepted' },
  ]
  for (const s of stays) {
    const person = (
      await officer('POST', '/people', {
        kind: 'student',
        family_name: 'Funded',
        given_name: s.who,
        email: `funding.${s.who}@example.edu`,
        nationality: s.incoming ? 'GB' : 'CN',
        home_institution_id: s.incoming ? partner.id : home.id,
        org_unit_id: s.unit ?? null,
      })
    ).json
    const created = (
      await officer('POST', '/mobilities', {
        person_id: person.id,
        direction: s.incoming ? 'incoming' : 'outgoing',
        type: 'student_studies',
        sending_institution_id: s.incoming ? partner.id : home.id,
        receiving_institution_id: s.incoming ? home.id : partner.id,
        academic_year: academicYear(year),
        planned_start: `${year}-10-01`,
        planned_end: `${year + 1}-01-31`,
        funding: s.funding,
      })
    ).json
    let stay = await officer('GET', `/mobilities/${created.id}`)
    const steps = { accepted: [], abroad: ['preparing', 'abroad'], completed: ['preparing', 'abroad', 'completed'] }[s.to]
    for (const to of steps) {
      const date = to === 'abroad' ? `${year}-10-01` : to === 'completed' ? `${year + 1}-01-31` : ''
      stay = await officer('POST', `/mobilities/${created.id}/transitions`, date ? { to, reason: '', date } : { to, reason: '' }, { 'If-Match': stay.etag })
    }
    assert.equal(stay.json.status, s.to)
  }
  // The rows of the sources the demo does not record: each of the suite's stays alone, the two in euros added up.
  const row = (direction, source, sponsor, holders, amount, currency) => ({ direction, source, scholarship: null, sponsor, holders, stays: holders, amount, currency })
  return [
    row('outgoing', 'csc', 'China Scholarship Council', 1, '60000.00', 'CNY'),
    row('outgoing', 'erasmus', 'European Commission', 2, '3780.75', 'EUR'),
    row('outgoing', 'self', null, 1, null, null),
    row('incoming', 'home', partner.name, 1, '3000.00', 'GBP'),
    row('incoming', OTHER_SOURCE, 'Zhejiang Provincial Government', 1, '5000.00', 'CNY'),
  ]
}

const section = (page) => page.getByTestId('funding-scholarships')

/** Waits until the section shows the rows of `year` (or says the year has none). */
async function waitForYear(page, year, empty) {
  if (empty) {
    await waitForText(section(page).getByTestId('funding-empty'), academicYear(year))
    return
  }
  await section(page).locator(`[data-testid="funding-results"][data-year="${year}"]:not(.result-list--stale)`).waitFor()
}

/** The tables' rows as the page words them, outgoing first. */
function tableRows(page) {
  return section(page)
    .getByTestId('funding-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const text = (id) => tr.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? null
        return {
          direction: tr.getAttribute('data-direction'),
          table: tr.closest('[data-testid^="funding-"][aria-labelledby]')?.getAttribute('data-testid') ?? null,
          source: text('funding-source'),
          scholarship: text('funding-scholarship'),
          sponsor: text('funding-sponsor'),
          holders: text('funding-holders'),
          stays: text('funding-stays'),
          amount: text('funding-amount'),
        }
      }),
    )
}

/** An amount in its currency as the page writes it in `lang`. */
function money(amount, currency, lang) {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency }).format(Number(amount))
}

/** A row as the page words it, in `lang`: the source in words (an unknown one as recorded), "—" for what is not recorded. */
function expectedRow(g, lang = 'en') {
  const source = g.direction === 'incoming' && g.source === 'home' ? INCOMING_HOME[lang] : (SOURCES[lang][g.source] ?? g.source)
  return {
    direction: g.direction,
    table: `funding-${g.direction}`,
    source,
    scholarship: g.scholarship || '—',
    sponsor: g.sponsor || '—',
    holders: whole.format(g.holders),
    stays: whole.format(g.stays),
    amount: g.amount === null ? '—' : money(g.amount, g.currency, lang),
  }
}

/** Asserts that the tables hold `rows`, in their order. */
async function assertRows(page, rows, what, lang = 'en') {
  const expected = rows.map((g) => expectedRow(g, lang))
  const deadline = Date.now() + WAIT_MS
  let shown = await tableRows(page)
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    shown = await tableRows(page)
  }
  assert.deepEqual(shown, expected, `${what}: the tables' rows are the API's items`)
}

/** The column headings of the first table as written (the stylesheet shows them in capitals), and the directions' headings. */
async function headings(page) {
  const columns = await section(page)
    .getByTestId('funding-table')
    .first()
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent.trim()))
  const directions = (await section(page).locator('h3').allTextContents()).map((h) => h.trim())
  return { columns, directions }
}

describe('Funding and scholarships', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  /** The latest year, in which the suite records its stays, and the rows they make. */
  const added = { year: null, rows: [] }
  before(async () => {
    const officer = await apiAs(OFFICER)
    const unit = (await (await apiAs(COORDINATOR))('GET', '/auth/me')).json.org_unit_id
    added.year = (await pageYears(officer))[0]
    added.rows = await addFundedStays(officer, unit, added.year)
  })

  test('the officer reads the funding of the latest year and of another, in English and in Chinese, on a phone too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const years = await yearsWithFunding(api)
    for (const y of years) assertApiYear(y.year, y.rows)
    const latest = years[0]
    assert.equal(latest.year, added.year)
    // The suite's stays: a student with two sources in each row, the amounts added up exactly, none for the self-funded.
    for (const row of added.rows) {
      const found = latest.rows.find((g) => JSON.stringify(rowKey(g)) === JSON.stringify(rowKey(row)))
      assert.deepEqual(found, { ...row, academic_year: academicYear(latest.year) }, `the row of ${row.direction} ${row.source}`)
    }
    assert.ok(latest.rows.some((g) => g.direction === 'outgoing' && g.source === 'home' && g.sponsor === 'Westlake University'), 'the second source of a stay has its own row')
    assert.ok(!latest.rows.some((g) => g.source === PLANNED_SOURCE), 'a planned stay is not counted')
    // Another year of the page with rows other than the latest's.
    const other = years.find((y) => y.year !== latest.year && y.rows.length && JSON.stringify(y.rows) !== JSON.stringify(latest.rows))
    assert.ok(other, `the demo has funding in another year of the page: ${JSON.stringify(years.map((y) => [y.year, y.rows.length]))}`)

    await withPage('funding-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const funding = section(page)
      await waitForText(funding.locator('h2'), 'Funding and scholarships')
      await waitForText(funding.getByTestId('funding-about'), 'A student funded from two sources counts in each row')
      await waitForText(funding.getByTestId('funding-about'), 'never converted')
      // The picker starts on the latest year the page shows.
      assert.equal(await funding.getByTestId('funding-year').inputValue(), String(latest.year), 'the section starts on the latest year')
      await waitForYear(page, latest.year, false)
      await assertRows(page, latest.rows, academicYear(latest.year))
      await waitForText(funding.getByTestId('funding-status'), `Funding in ${academicYear(latest.year)}: ${latest.rows.length} rows`)
      assert.deepEqual(await headings(page), {
        columns: ['Source', 'Scholarship', 'Sponsor', 'Students funded', 'Stays', 'Amount'],
        directions: ['Outgoing students', 'Incoming students'],
      })
      // The numbers stand right-aligned.
      const aligned = await funding
        .getByTestId('funding-row')
        .first()
        .evaluate((tr) => ['funding-holders', 'funding-stays', 'funding-amount'].map((id) => getComputedStyle(tr.querySelector(`[data-testid="${id}"]`)).textAlign))
      assert.deepEqual(aligned, ['right', 'right', 'right'])
      await mkdir(outDir, { recursive: true })
      await funding.screenshot({ path: path.join(outDir, 'funding.png') })

      // Another year: its rows, and the year in the address, the other sections keeping theirs.
      await funding.getByTestId('funding-year').selectOption(String(other.year))
      await page.waitForURL((url) => url.searchParams.get('funding_year') === String(other.year))
      assert.equal(await page.getByTestId('partners-year').inputValue(), String(latest.year), 'the partners keep their own year')
      assert.equal(await page.getByTestId('balance-year').inputValue(), String(latest.year), 'the balance keeps its own year')
      await waitForYear(page, other.year, false)
      await assertRows(page, other.rows, academicYear(other.year))

      // The export selects the same year, and its file holds a row per row.
      const csvHref = await funding.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/funding')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { year: String(other.year), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await funding.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, other.rows.length + 1, 'the CSV: a header and a row per row of the tables')

      // A year without funding says so in words, and draws no table.
      const offered = (await funding.getByTestId('funding-year').locator('option').evaluateAll((os) => os.map((o) => Number(o.value)))).sort((a, b) => a - b)
      let quiet = null
      for (const year of offered) {
        if (!(await fundingOf(api, year)).length) {
          quiet = year
          break
        }
      }
      assert.ok(quiet, `a year the picker offers has no funding: ${offered}`)
      await funding.getByTestId('funding-year').selectOption(String(quiet))
      await waitForText(funding.getByTestId('funding-empty'), `No funding is recorded on a student’s stay begun in ${academicYear(quiet)}.`)
      assert.equal(await funding.getByTestId('funding-table').count(), 0)

      // In Chinese: the heading, the columns, the directions, and the sources in Chinese.
      await page.goto(`/indicators?funding_year=${latest.year}`)
      await waitForYear(page, latest.year, false)
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(funding.locator('h2'), '资助与奖学金')
      assert.deepEqual(await headings(page), {
        columns: ['来源', '奖学金', '资助方', '受资助学生', '交流次数', '金额'],
        directions: ['出境学生', '来校学生'],
      })
      await assertRows(page, latest.rows, `${academicYear(latest.year)} in Chinese`, 'zh')
      const sources = (await funding.getByTestId('funding-source').allTextContents()).map((s) => s.trim())
      for (const name of ['国家留学基金委', '自费', '本校资助', '派出院校资助', OTHER_SOURCE]) assert.ok(sources.includes(name), `${name} among ${sources}`)
      await waitForText(funding.getByTestId('funding-status'), `${academicYear(latest.year)} 学年的资助：${latest.rows.length} 行`)
      const zhCsvUrl = new URL(await funding.getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(zhCsvUrl.searchParams.get('lang'), 'zh')

      // On a phone: the page does not scroll sideways; the tables scroll inside their frames.
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await funding.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the funding fits 390 px')
      for (const part of [...(await funding.locator('.table-wrap').all()), funding.getByTestId('funding-year'), funding.getByTestId('funding-export')]) {
        const box = await part.boundingBox()
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `within the screen: ${JSON.stringify(box)}`)
      }
      await funding.getByTestId('funding-outgoing').scrollIntoViewIfNeeded()
      await screenshot(page, 'funding-zh-phone.png', { fullPage: false })
    })
  })

  test('a coordinator sees the funding of their org unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    // The server forces their own unit: an officer choosing it reads the same.
    const years = await yearsWithFunding(coordinator)
    for (const y of years) assert.deepEqual(y.rows, await fundingOf(officer, y.year, unit), `${y.year}: the coordinator's rows are their unit's`)
    const chosen = years.find((y) => y.year === added.year)
    for (const source of ['csc', 'self']) assert.ok(chosen.rows.some((g) => g.source === source), `the unit's ${source} stay counts for the coordinator`)
    assert.ok(!chosen.rows.some((g) => g.source === 'erasmus' || g.source === OTHER_SOURCE), 'the stays of no org unit do not')
    const all = await fundingOf(officer, chosen.year)
    assert.ok(chosen.rows.length < all.length, 'a unit has fewer rows than the institution')

    await withPage('funding-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?funding_year=${chosen.year}`)
      await page.getByTestId('indicators-own-unit').waitFor()
      assert.equal(await section(page).getByTestId('funding-year').inputValue(), String(chosen.year))
      await waitForYear(page, chosen.year, false)
      await assertRows(page, chosen.rows, `the coordinator's ${academicYear(chosen.year)}`)
      // A direction without rows says so in words, in place of its table.
      for (const direction of DIRECTIONS) {
        const none = section(page).getByTestId(`funding-none-${direction}`)
        if (chosen.rows.some((g) => g.direction === direction)) assert.equal(await none.count(), 0)
        else await waitForText(none, academicYear(chosen.year))
      }
      const csvUrl = new URL(await section(page).getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(csvUrl.searchParams.get('year'), String(chosen.year))
    })
  })

  test('a year the server does not report on is refused by name, and the page says so', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    await assert.rejects(api('GET', '/indicators/funding?year=1800'), (err) => {
      assert.match(err.message, /HTTP 422/)
      assert.match(err.message, /"field":"year"/)
      return true
    })
    await withPage('funding-bad-year', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators?funding_year=1800')
      await waitForText(section(page).getByTestId('funding-error'), 'Choose an academic year Orbis reports on.')
      assert.equal(await section(page).getByTestId('funding-export').count(), 0, 'no export of a refused year')
      // The rest of the page is unaffected.
      await page.getByTestId('indicator-list').waitFor()
      await page.getByTestId('partners-results').or(page.getByTestId('partners-empty')).waitFor()
    })
  })

  test('a student reaches neither the funding nor its API', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators/funding'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/funding?format=csv'), /HTTP 403/)
    await withPage('funding-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto('/indicators?funding_year=2024')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('funding-scholarships').count(), 0)
    })
  })
})
