// Browser tests of the programme participants on the Indicators page (docs/indicators.md,
// GET /api/v1/indicators/programmes) against a real orbis server with the demo data, whose
// stays on programmes span the page's years: the semester exchange (WL-EXCH-SEM, students
// going out), the summer school in Hangzhou (WL-SUMMER, students coming in) and, the year
// before the current one, Bologna's summer school (BO-SUMMER, the demo student going out). The
// suite first records, through the API, a winter school with no Chinese name and, in the
// latest year, a student of the coordinator's org unit abroad on it and another only planned
// (not counted). The officer finds the latest year of the page chosen and a row per programme
// holding the API's rows in their order with their numbers and kinds in words; the summer and
// winter schools can be shown alone; another year gives that year's rows, a year without
// participants says so, and the export holds a row per programme; the section reads in
// Chinese and the page fits a phone. A coordinator sees their org unit's rows; a year the
// server refuses says so with the server's words; a student reaches neither the page nor the
// API.
// Run: node --test programmes.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { WAIT_MS, browserSuite, outDir, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const TEST_TIMEOUT_MS = 300_000
/** A phone's width: the page must not scroll sideways (its table may, inside its frame). */
const PHONE = { width: 390, height: 844 }
/** The winter school the suite adds, with no Chinese name: the page shows its English one. */
const WINTER = { code: 'WL-WINTER-ROBOTICS', name: 'Westlake Winter School in Robotics' }
/** A year with no stays in the demo: the page says it has no participants. */
const QUIET_YEAR = 2019
/** A year the server does not report on (it counts from 1990). */
const REFUSED_YEAR = 1200

const orbis = browserSuite()
const { withPage, apiAs } = orbis

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/** The kinds of programme as the page words them, in English and in Chinese. */
const KINDS = {
  en: {
    semester_exchange: 'Semester exchange',
    year_exchange: 'Year exchange',
    summer_school: 'Summer school',
    winter_school: 'Winter school',
    internship: 'Internship',
    research_visit: 'Research visit',
    staff_exchange: 'Staff exchange',
    joint_degree: 'Joint degree',
  },
  zh: {
    semester_exchange: '学期交换',
    year_exchange: '学年交换',
    summer_school: '暑期学校',
    winter_school: '冬季学校',
    internship: '实习',
    research_visit: '科研访问',
    staff_exchange: '教职工交流',
    joint_degree: '联合学位',
  },
}
const SCHOOLS = ['summer_school', 'winter_school']

/** The academic year a year begins: 2025 → "2025/2026". */
function academicYear(year) {
  return `${year}/${year + 1}`
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/** The rows of `year` (and of `orgUnit`) as the server gives them to `api`: one page. */
async function programmesOf(api, year, orgUnit = null) {
  const search = new URLSearchParams({ year: String(year) })
  if (orgUnit !== null) search.set('org_unit', String(orgUnit))
  const page = (await api('GET', `/indicators/programmes?${search}`)).json
  assert.equal(page.next ?? null, null, `${year}: one page`)
  assert.equal(page.total, page.items.length, `${year}: total counts the rows`)
  return page.items
}

/** The years the page shows by default, newest first (the first is what the section starts on). */
async function pageYears(api) {
  return [...new Set((await api('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
}

/** The years of the page, newest first, each with its rows as `api` reads them. */
async function yearsWithProgrammes(api, orgUnit = null) {
  const out = []
  for (const year of await pageYears(api)) out.push({ year, rows: await programmesOf(api, year, orgUnit) })
  return out
}

/** Asserts the API's rows of a year: each programme once, with students, the most students (out and in) first, then by code. */
function assertApiYear(year, rows) {
  const what = academicYear(year)
  assert.equal(new Set(rows.map((g) => g.id)).size, rows.length, `${what}: each programme once`)
  for (const g of rows) {
    assert.equal(g.academic_year, what)
    assert.ok(g.code && g.name && typeof g.name_zh === 'string', `${what}: ${JSON.stringify(g)} has a code and names`)
    assert.ok(g.outgoing_people + g.incoming_people >= 1, `${what}: ${g.code} has students`)
    // A stay is one student's, one way: at least as many stays as students each way together.
    assert.ok(g.stays >= g.outgoing_people + g.incoming_people, `${what}: ${g.code} has a stay per student at least`)
  }
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]]
    const [na, nb] = [a.outgoing_people + a.incoming_people, b.outgoing_people + b.incoming_people]
    assert.ok(na > nb || (na === nb && a.code < b.code), `${what}: ${a.code} before ${b.code}`)
  }
}

/**
 * Records, through the API, a winter school without a Chinese name, hosted by a partner, and
 * in `year` a student of `unit` abroad on it and another only planned. Returns the row the
 * API must give for it.
 */
async function addWinterSchool(officer, unit, year) {
  const first = (await officer('GET', '/agreements?limit=1')).json.items[0]
  const parties = (await officer('GET', `/agreements/${first.id}`)).json.parties
  const home = parties.find((p) => p.is_home).institution
  const partner = parties.find((p) => !p.is_home).institution
  const programme = (
    await officer('POST', '/programmes', {
      code: WINTER.code,
      name: WINTER.name,
      name_zh: '',
      kind: 'winter_school',
      host_ids: [partner.id],
      language: 'en',
      description: 'Three weeks of robotics laboratories.',
      description_zh: '',
      published: false,
      scholarships: [],
    })
  ).json
  for (const s of [
    { who: 'abroad', unit, to: 'abroad' },
    { who: 'planned', unit: null, to: 'accepted' },
  ]) {
    const person = (
      await officer('POST', '/people', {
        kind: 'student',
        family_name: 'Winter',
        given_name: s.who,
        email: `winter.${s.who}@example.edu`,
        nationality: 'CN',
        home_institution_id: home.id,
        org_unit_id: s.unit,
      })
    ).json
    const created = (
      await officer('POST', '/mobilities', {
        person_id: person.id,
        direction: 'outgoing',
        type: 'summer_programme',
        sending_institution_id: home.id,
        receiving_institution_id: partner.id,
        programme_id: programme.id,
        academic_year: academicYear(year),
        planned_start: `${year}-11-02`,
        planned_end: `${year}-11-20`,
      })
    ).json
    let stay = await officer('GET', `/mobilities/${created.id}`)
    if (s.to === 'abroad') {
      for (const to of ['preparing', 'abroad']) {
        const body = to === 'abroad' ? { to, reason: '', date: `${year}-11-02` } : { to, reason: '' }
        stay = await officer('POST', `/mobilities/${created.id}/transitions`, body, { 'If-Match': stay.etag })
      }
    }
    assert.equal(stay.json.status, s.to)
  }
  return {
    id: programme.id,
    code: WINTER.code,
    name: WINTER.name,
    name_zh: '',
    kind: 'winter_school',
    academic_year: academicYear(year),
    outgoing_people: 1,
    incoming_people: 0,
    stays: 1,
  }
}

const section = (page) => page.getByTestId('programme-participants')

/** Waits until the section shows the rows of `year` (or says the year has none). */
async function waitForYear(page, year, empty) {
  if (empty) {
    await waitForText(section(page).getByTestId('programmes-empty'), academicYear(year))
    return
  }
  await section(page).locator(`[data-testid="programmes-results"][data-year="${year}"]:not(.result-list--stale)`).waitFor()
}

/** The table's rows as the page words them. */
function tableRows(page) {
  return section(page)
    .getByTestId('programmes-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const text = (id) => tr.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? null
        return {
          id: tr.getAttribute('data-id'),
          name: text('programmes-name'),
          code: text('programmes-code'),
          kind: text('programmes-kind'),
          out: text('programmes-out'),
          in: text('programmes-in'),
          stays: text('programmes-stays'),
        }
      }),
    )
}

/** A row as the page words it, in `lang`: the name in the language (else the English one), the kind in words (an unknown one as recorded). */
function expectedRow(g, lang = 'en') {
  return {
    id: String(g.id),
    name: lang === 'zh' && g.name_zh ? g.name_zh : g.name,
    code: g.code,
    kind: KINDS[lang][g.kind] ?? g.kind,
    out: whole.format(g.outgoing_people),
    in: whole.format(g.incoming_people),
    stays: whole.format(g.stays),
  }
}

/** Asserts that the table holds `rows`, in their order. */
async function assertRows(page, rows, what, lang = 'en') {
  const expected = rows.map((g) => expectedRow(g, lang))
  const deadline = Date.now() + WAIT_MS
  let shown = await tableRows(page)
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    shown = await tableRows(page)
  }
  assert.deepEqual(shown, expected, `${what}: the table's rows are the API's items`)
}

/** The table's column headings as written (the stylesheet shows them in capitals). */
function headings(page) {
  return section(page)
    .getByTestId('programmes-table')
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent.trim()))
}

describe('Programme participants', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  /** The latest year, in which the suite records its stays, and the row they make. */
  const added = { year: null, row: null }
  before(async () => {
    const officer = await apiAs(OFFICER)
    const unit = (await (await apiAs(COORDINATOR))('GET', '/auth/me')).json.org_unit_id
    added.year = (await pageYears(officer))[0]
    added.row = await addWinterSchool(officer, unit, added.year)
  })

  test('the officer reads the programmes of the latest year and of another, the schools alone, in English and in Chinese, on a phone too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const years = await yearsWithProgrammes(api)
    for (const y of years) assertApiYear(y.year, y.rows)
    const latest = years[0]
    assert.equal(latest.year, added.year)
    // The suite's winter school: the student abroad counts, the planned stay does not.
    assert.deepEqual(latest.rows.find((g) => g.code === WINTER.code), added.row, 'the winter school of the latest year')
    assert.ok(latest.rows.some((g) => g.code === 'WL-EXCH-SEM' && g.outgoing_people > 0), 'the semester exchange sends students out in the latest year')
    // The year before: Bologna's summer school sends students out, Westlake's brings them in.
    const other = years.find((y) => y.year === latest.year - 1)
    assert.ok(other, `the page shows the year before the latest: ${years.map((y) => y.year)}`)
    const bologna = other.rows.find((g) => g.code === 'BO-SUMMER')
    assert.ok(bologna && bologna.kind === 'summer_school' && bologna.outgoing_people > 0, `Bologna's summer school in ${academicYear(other.year)}: ${JSON.stringify(other.rows)}`)
    const summer = other.rows.find((g) => g.code === 'WL-SUMMER')
    assert.ok(summer && summer.kind === 'summer_school' && summer.incoming_people > 0, `Westlake's summer school in ${academicYear(other.year)}`)
    assert.equal((await programmesOf(api, QUIET_YEAR)).length, 0, `${QUIET_YEAR} has no programme participants`)

    await withPage('programmes-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const programmes = section(page)
      await waitForText(programmes.locator('h2'), 'Programme participants')
      const about = programmes.getByTestId('programmes-about')
      await waitForText(about, 'exchanges, summer and winter schools and the rest')
      await waitForText(about, 'abroad, completed or recognised')
      await waitForText(about, 'each student counts once per programme and direction')
      await waitForText(about, '“Summer and winter schools only” shows those programmes alone')
      // The picker starts on the latest year the page shows.
      assert.equal(await programmes.getByTestId('programmes-year').inputValue(), String(latest.year), 'the section starts on the latest year')
      await waitForYear(page, latest.year, false)
      await assertRows(page, latest.rows, academicYear(latest.year))
      await waitForText(programmes.getByTestId('programmes-status'), `Programmes with participants in ${academicYear(latest.year)}: ${latest.rows.length}`)
      assert.deepEqual(await headings(page), ['Programme', 'Code', 'Kind', 'Students out', 'Students in', 'Stays'])
      // No Chinese name: the English one.
      const winter = programmes.locator(`[data-testid="programmes-row"][data-code="${WINTER.code}"]`)
      assert.equal((await winter.getByTestId('programmes-name').textContent()).trim(), WINTER.name)
      // The numbers stand right-aligned; a school's kind stands out in weight.
      const aligned = await programmes
        .getByTestId('programmes-row')
        .first()
        .evaluate((tr) => ['programmes-out', 'programmes-in', 'programmes-stays'].map((id) => getComputedStyle(tr.querySelector(`[data-testid="${id}"]`)).textAlign))
      assert.deepEqual(aligned, ['right', 'right', 'right'])
      const weights = await programmes.getByTestId('programmes-row').evaluateAll((trs) =>
        Object.fromEntries(trs.map((tr) => [tr.dataset.kind, Number(getComputedStyle(tr.querySelector('[data-testid="programmes-kind"] span')).fontWeight)])),
      )
      assert.ok(weights.winter_school > weights.semester_exchange, `a school's kind is bolder: ${JSON.stringify(weights)}`)
      await mkdir(outDir, { recursive: true })
      await programmes.screenshot({ path: path.join(outDir, 'programmes.png') })

      // Another year: its rows, and the year in the address, the other sections keeping theirs.
      await programmes.getByTestId('programmes-year').selectOption(String(other.year))
      await page.waitForURL((url) => url.searchParams.get('programmes_year') === String(other.year))
      assert.equal(await page.getByTestId('funding-year').inputValue(), String(latest.year), 'the funding keeps its own year')
      assert.equal(await page.getByTestId('partners-year').inputValue(), String(latest.year), 'the partners keep their own year')
      await waitForYear(page, other.year, false)
      await assertRows(page, other.rows, academicYear(other.year))

      // The summer and winter schools alone: the rows read, filtered, in the server's order.
      const schools = other.rows.filter((g) => SCHOOLS.includes(g.kind))
      assert.ok(schools.length >= 2 && schools.length < other.rows.length, `${academicYear(other.year)} has schools and other programmes`)
      await programmes.getByTestId('programmes-schools-only').check()
      await assertRows(page, schools, `${academicYear(other.year)}, schools only`)
      await waitForText(
        programmes.getByTestId('programmes-status'),
        `Summer and winter schools in ${academicYear(other.year)}: ${schools.length} of ${other.rows.length} programmes`,
      )
      await programmes.getByTestId('programmes-schools-only').uncheck()
      await assertRows(page, other.rows, `${academicYear(other.year)}, every programme again`)

      // The export selects the same year, and its file holds a row per programme.
      const csvHref = await programmes.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/programmes')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { year: String(other.year), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await programmes.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.pathname, '/api/v1/indicators/programmes')
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const text = (await csv.text()).replace(/^\uFEFF/, '')
      const lines = text.split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, other.rows.length + 1, 'the CSV: a header and a row per programme')
      for (const g of other.rows) assert.ok(text.includes(g.code), `the CSV names ${g.code}`)
      const xlsx = await page.request.get(xlsxUrl.toString())
      assert.equal(xlsx.status(), 200)
      assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK', 'the Excel file is a workbook')

      // A year without participants says so in words, and draws no table.
      await programmes.getByTestId('programmes-year').selectOption(String(QUIET_YEAR))
      await waitForText(programmes.getByTestId('programmes-empty'), `No student’s stay on one of the university’s programmes began in ${academicYear(QUIET_YEAR)}.`)
      assert.equal(await programmes.getByTestId('programmes-table').count(), 0)

      // In Chinese: the heading, the columns, the kinds in Chinese; a name without Chinese in English.
      await page.goto(`/indicators?programmes_year=${latest.year}`)
      await waitForYear(page, latest.year, false)
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(programmes.locator('h2'), '项目参与者')
      assert.deepEqual(await headings(page), ['项目', '编号', '类型', '派出人数', '接收人数', '交流次数'])
      await assertRows(page, latest.rows, `${academicYear(latest.year)} in Chinese`, 'zh')
      const kinds = (await programmes.getByTestId('programmes-kind').allTextContents()).map((s) => s.trim())
      for (const kind of ['学期交换', '冬季学校']) assert.ok(kinds.includes(kind), `${kind} among ${kinds}`)
      const names = (await programmes.getByTestId('programmes-name').allTextContents()).map((s) => s.trim())
      assert.ok(names.includes('学期交换项目'), `the semester exchange by its Chinese name among ${names}`)
      assert.ok(names.includes(WINTER.name), 'a programme without a Chinese name by its English one')
      await waitForText(programmes.getByTestId('programmes-status'), `${academicYear(latest.year)} 学年有参与者的项目：${latest.rows.length} 个`)
      await waitForText(programmes.getByTestId('programmes-schools'), '仅看暑期和冬季学校')
      const zhCsvUrl = new URL(await programmes.getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(zhCsvUrl.searchParams.get('lang'), 'zh')

      // On a phone: the page does not scroll sideways; the table scrolls inside its frame.
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await programmes.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the programmes fits 390 px')
      const frame = programmes.locator('.table-wrap')
      for (const part of [frame, programmes.getByTestId('programmes-year'), programmes.getByTestId('programmes-export'), programmes.getByTestId('programmes-schools')]) {
        const box = await part.boundingBox()
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `within the screen: ${JSON.stringify(box)}`)
      }
      const scrolls = await frame.evaluate((el) => ({ overflow: getComputedStyle(el).overflowX, wider: el.scrollWidth > el.clientWidth }))
      assert.deepEqual(scrolls, { overflow: 'auto', wider: true }, 'the table is wider than a phone and scrolls in its frame')
      await frame.scrollIntoViewIfNeeded()
      await screenshot(page, 'programmes-zh-phone.png', { fullPage: false })
    })
  })

  test('a coordinator sees the programme participants of their org unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    // The server forces their own unit: an officer choosing it reads the same.
    const years = await yearsWithProgrammes(coordinator)
    for (const y of years) {
      assertApiYear(y.year, y.rows)
      assert.deepEqual(y.rows, await programmesOf(officer, y.year, unit), `${y.year}: the coordinator's rows are their unit's`)
    }
    const chosen = years.find((y) => y.year === added.year)
    assert.deepEqual(chosen.rows.find((g) => g.code === WINTER.code), added.row, 'the unit\'s student on the winter school counts for the coordinator')
    let fewer = false
    for (const y of years) {
      const all = await programmesOf(officer, y.year)
      const sum = (rows) => rows.reduce((n, g) => n + g.stays, 0)
      assert.ok(sum(y.rows) <= sum(all), `${y.year}: a unit has no more stays than the institution`)
      if (sum(y.rows) < sum(all)) fewer = true
    }
    assert.ok(fewer, 'in some year a unit has fewer stays on programmes than the institution')

    await withPage('programmes-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?programmes_year=${chosen.year}`)
      await page.getByTestId('indicators-own-unit').waitFor()
      assert.equal(await section(page).getByTestId('programmes-year').inputValue(), String(chosen.year))
      await waitForYear(page, chosen.year, false)
      await assertRows(page, chosen.rows, `the coordinator's ${academicYear(chosen.year)}`)
      const csvUrl = new URL(await section(page).getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(csvUrl.searchParams.get('year'), String(chosen.year))
      assert.equal(csvUrl.searchParams.get('org_unit'), null, 'the server forces the unit: the export names none')
    })
  })

  test('a year the server does not report on is refused by name, and the page says so in the server\'s words', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    let problem = null
    await assert.rejects(api('GET', `/indicators/programmes?year=${REFUSED_YEAR}`), (err) => {
      assert.match(err.message, /HTTP 422/)
      problem = JSON.parse(err.message.slice(err.message.indexOf('{')))
      return true
    })
    assert.equal(problem.errors[0].field, 'year')
    assert.ok(problem.errors[0].message, 'the server says what a year must be')
    await withPage('programmes-bad-year', async (page) => {
      await signIn(page, OFFICER)
      await page.goto(`/indicators?programmes_year=${REFUSED_YEAR}`)
      const error = section(page).getByTestId('programmes-error')
      await waitForText(error, 'Choose an academic year Orbis reports on.')
      await waitForText(section(page).getByTestId('programmes-year-detail'), problem.errors[0].message)
      assert.equal(await section(page).getByTestId('programmes-export').count(), 0, 'no export of a refused year')
      assert.equal(await section(page).getByTestId('programmes-schools').count(), 0, 'no filter of a refused year')
      assert.equal(await error.getByRole('button').count(), 0, 'reading a refused year again would not help')
      // The rest of the page is unaffected.
      await page.getByTestId('indicator-list').waitFor()
      await page.getByTestId('funding-results').or(page.getByTestId('funding-empty')).waitFor()
    })
  })

  test('a student reaches neither the programme participants nor their API', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators/programmes'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/programmes?format=csv'), /HTTP 403/)
    await withPage('programmes-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto('/indicators?programmes_year=2025')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('programme-participants').count(), 0)
    })
  })
})
