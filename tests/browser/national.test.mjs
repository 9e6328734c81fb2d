// Browser tests of "Beside the country's" on the Indicators page (docs/indicators.md,
// GET /api/v1/indicators/national) against a real orbis server with the demo data, whose home
// institution is in China: UNESCO has published China's inbound and outbound up to 2021/2022,
// the inbound alone of 2022/2023 and nothing since, and called some outbound figures of
// 2012/2013 and 2013/2014 estimates; the demo's stays begin from 2022/2023. The officer opens
// the page over 2019/2020 to 2025/2026 and finds a row per academic year holding the API's
// figures in order (the university's students, the country's, "1 in N" for the share, "not
// published" where UNESCO has not, "none" where the university had nobody), the chart drawn
// with no point for a year not published, and under the table the source, the reference year,
// the newest year published and the caution that the two count different students; a
// narrower range of the page gives its rows, a range UNESCO has not published says so, an
// older one marks its estimates; the section reads in Chinese and the page fits a phone. A
// coordinator sees their org unit's students; years the server refuses are said so in its
// words; a student reaches neither the page nor the API.
// Run: node --test national.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
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
/** A range with years UNESCO has published (to 2021/2022), one half published (2022/2023) and years it has not. */
const RANGE = { from: 2019, to: 2025 }
/** The same range made narrower by the page's "From". */
const NARROWER = { from: 2021, to: 2025 }
/** Years UNESCO has not published for China. */
const UNPUBLISHED = { from: 2024, to: 2025 }
/** Years with outbound figures UNESCO calls estimates (reference years 2013 and 2014). */
const ESTIMATED = { from: 2012, to: 2014 }
/** A year the server does not report on (it counts from 1990). */
const REFUSED_YEAR = 1200

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** The words the section uses, in English and in Chinese. */
const WORDS = {
  en: { locale: 'en', notPublished: 'not published', none: 'none', oneIn: (n) => `1 in ${n}` },
  zh: { locale: 'zh-CN', notPublished: '未发布', none: '无', oneIn: (n) => `每 ${n} 人中 1 人` },
}

/** The academic year a year begins: 2025 → "2025/2026". */
function academicYear(year) {
  return `${year}/${year + 1}`
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/** The comparison over `range` (and of `orgUnit`) as the server gives it to `api`. */
async function nationalOf(api, range, orgUnit = null) {
  const search = new URLSearchParams({ from: String(range.from), to: String(range.to) })
  if (orgUnit !== null) search.set('org_unit', String(orgUnit))
  return (await api('GET', `/indicators/national?${search}`)).json
}

/** Asserts the API's answer: China, a year per academic year of the range, oldest first, its shares those of its counts. */
function assertApi(comparison, range) {
  assert.equal(comparison.country, 'CN', 'the demo\'s home institution is in China')
  assert.equal(comparison.country_name, 'China')
  assert.equal(comparison.country_name_zh, '中国')
  assert.deepEqual(
    comparison.items.map((y) => y.year),
    Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i),
    'a year per academic year of the range, oldest first',
  )
  for (const y of comparison.items) {
    assert.equal(y.academic_year, academicYear(y.year))
    if (y.reference_year !== null) assert.equal(y.reference_year, y.year + 1, `${y.academic_year}: UNESCO's year is the one it ends in`)
    assert.equal(y.outgoing_share === null, y.outbound === null, `${y.academic_year}: a share out only with the country's outbound`)
    assert.equal(y.incoming_share === null, y.inbound === null, `${y.academic_year}: a share in only with the country's inbound`)
  }
}

/** A whole number as the section writes it in `lang`. */
function whole(n, lang) {
  return new Intl.NumberFormat(WORDS[lang].locale, { maximumFractionDigits: 0 }).format(n)
}

/** The country's figure as the section writes it: "not published", an estimate marked "≈". */
function figure(value, estimated, lang) {
  if (value === null) return WORDS[lang].notPublished
  return `${estimated ? '≈' : ''}${whole(value, lang)}`
}

/** The university's share of it as the section writes it: one of every N, from the counts. */
function share(students, value, estimated, lang) {
  if (value === null) return WORDS[lang].notPublished
  if (students === 0) return WORDS[lang].none
  const n = value / students
  const text = new Intl.NumberFormat(WORDS[lang].locale, { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n)
  return `${estimated ? '≈' : ''}${WORDS[lang].oneIn(text)}`
}

/** A row as the section words it, in `lang`. */
function expectedRow(y, lang = 'en') {
  return {
    year: String(y.year),
    academicYear: y.academic_year,
    out: whole(y.outgoing_students, lang),
    outbound: figure(y.outbound, y.outbound_estimated, lang),
    outShare: share(y.outgoing_students, y.outbound, y.outbound_estimated, lang),
    in: whole(y.incoming_students, lang),
    inbound: figure(y.inbound, y.inbound_estimated, lang),
    inShare: share(y.incoming_students, y.inbound, y.inbound_estimated, lang),
  }
}

const section = (page) => page.getByTestId('beside-the-country')

/** Waits until the section shows the rows of `range`, not dimmed. */
async function waitForRange(page, range) {
  await section(page)
    .locator(`[data-testid="national-results"][data-from="${range.from}"][data-to="${range.to}"]:not(.result-list--stale)`)
    .waitFor()
}

/** The table's rows as the page words them. */
function tableRows(page) {
  return section(page)
    .getByTestId('national-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const text = (id) => tr.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? null
        return {
          year: tr.getAttribute('data-year'),
          academicYear: text('national-academic-year'),
          out: text('national-out'),
          outbound: text('national-outbound'),
          outShare: text('national-out-share'),
          in: text('national-in'),
          inbound: text('national-inbound'),
          inShare: text('national-in-share'),
        }
      }),
    )
}

/** Asserts that the table holds the API's years, in their order. */
async function assertRows(page, comparison, what, lang = 'en') {
  const expected = comparison.items.map((y) => expectedRow(y, lang))
  const deadline = Date.now() + WAIT_MS
  let shown = await tableRows(page)
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    shown = await tableRows(page)
  }
  assert.deepEqual(shown, expected, `${what}: the table's rows are the API's items`)
}

/** The table's column headings as written (the stylesheet shows them in capitals), the groups' first. */
function headings(page) {
  return section(page)
    .getByTestId('national-table')
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent.trim()))
}

/** What the chart draws per series, a year without a figure as null. */
async function chartSeries(page) {
  const chart = section(page).getByTestId('national-chart')
  await chart.locator('canvas').first().waitFor()
  return JSON.parse(await chart.getAttribute('data-drawn'))
}

describe('Beside the country\'s', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  test('the officer reads the university beside China over the page\'s range, a narrower one, estimates, in Chinese and on a phone', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const wide = await nationalOf(api, RANGE)
    assertApi(wide, RANGE)
    // The range holds years published, one half published and years not published.
    const byYear = Object.fromEntries(wide.items.map((y) => [y.year, y]))
    assert.ok(byYear[2021].inbound > 0 && byYear[2021].outbound > 0, 'UNESCO has published 2021/2022')
    assert.ok(byYear[2022].inbound > 0 && byYear[2022].outbound === null, 'UNESCO has published the inbound alone of 2022/2023')
    assert.ok(byYear[2024].inbound === null && byYear[2024].outbound === null, 'UNESCO has not published 2024/2025')
    assert.equal(wide.latest_year, 2022, 'the newest year published is 2022/2023')
    assert.ok(wide.items.some((y) => y.outgoing_students > 0 && y.outbound === null), 'a year with students out and no outbound published')
    assert.ok(wide.items.some((y) => y.incoming_students > 0 && y.inbound !== null), 'a year with students in and the inbound published')
    assert.ok(wide.items.some((y) => y.outgoing_students === 0 && y.outbound !== null), 'a published year without students out')
    const narrower = await nationalOf(api, NARROWER)
    assertApi(narrower, NARROWER)
    const estimated = await nationalOf(api, ESTIMATED)
    assertApi(estimated, ESTIMATED)
    assert.ok(estimated.items.some((y) => y.outbound_estimated), 'UNESCO calls some outbound of 2012 to 2014 estimates')

    await withPage('national-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto(`/indicators?from=${RANGE.from}&to=${RANGE.to}`)
      const national = section(page)
      await waitForText(national.locator('h2'), 'Beside the country’s')
      await waitForRange(page, RANGE)
      // What is compared, with the country named.
      const about = national.getByTestId('national-about')
      await waitForText(about, 'students going out and coming in')
      await waitForText(about, 'beside China’s internationally mobile students as UNESCO publishes them')
      await assertRows(page, wide, `${academicYear(RANGE.from)} to ${academicYear(RANGE.to)}`)
      assert.deepEqual(await headings(page), [
        'Academic year',
        'Going out',
        'Coming in',
        'Students out',
        'China’s outbound',
        'Share, 1 in …',
        'Students in',
        'China’s inbound',
        'Share, 1 in …',
      ])
      const published = wide.items.filter((y) => y.inbound !== null || y.outbound !== null).length
      await waitForText(
        national.getByTestId('national-status'),
        `${academicYear(RANGE.from)} to ${academicYear(RANGE.to)}: UNESCO’s figures for ${published} of ${wide.items.length} academic years`,
      )
      // The figures stand right-aligned.
      const aligned = await national
        .getByTestId('national-row')
        .first()
        .evaluate((tr) => ['national-out', 'national-outbound', 'national-out-share', 'national-in', 'national-inbound', 'national-in-share'].map((id) => getComputedStyle(tr.querySelector(`[data-testid="${id}"]`)).textAlign))
      assert.deepEqual(aligned, Array(6).fill('right'))

      // The chart: the country's lines with no point for a year not published, the university's bars.
      assert.deepEqual(await chartSeries(page), {
        outbound: wide.items.map((y) => y.outbound),
        inbound: wide.items.map((y) => y.inbound),
        outgoing: wide.items.map((y) => y.outgoing_students),
        incoming: wide.items.map((y) => y.incoming_students),
      })
      await waitForText(national.getByTestId('national-chart-key'), 'Lines: China’s students, in thousands (left axis); bars: the university’s students (right axis)')

      // The export selects the page's range, and its file holds a row per academic year, each
      // year's figures as the API gives them.
      const csvHref = await national.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/national/years')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { from: String(RANGE.from), to: String(RANGE.to), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await national.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, wide.items.length + 1, 'the CSV: a header and a row per academic year')
      const header = lines[0].split(',')
      const column = (name) => header.indexOf(name)
      assert.ok(column('Academic year') >= 0 && column('Students out') >= 0 && column("Country's inbound students") >= 0, lines[0])
      wide.items.forEach((y, i) => {
        const cells = lines[i + 1].split(',')
        assert.equal(cells[column('Academic year')], y.academic_year)
        assert.equal(Number(cells[column('Students out')]), y.outgoing_students)
        assert.equal(cells[column("Country's inbound students")], y.inbound === null ? '' : String(y.inbound))
      })

      // Under the table, in plain words: the source and its licence, UNESCO's year, the newest, the caution.
      await waitForText(national.getByTestId('national-source'), `Source: ${wide.source}`)
      assert.match(wide.source, /CC BY-SA 3\.0 IGO/)
      await waitForText(national.getByTestId('national-reference-year'), 'the calendar year an academic year ends in: its 2022 is 2021/2022')
      await waitForText(national.getByTestId('national-latest'), 'The newest academic year UNESCO has published for China is 2022/2023.')
      await waitForText(national.getByTestId('national-caution'), 'degree mobility')
      await waitForText(national.getByTestId('national-caution'), 'The shares show scale, not a like-for-like rate.')
      await waitForText(national.getByTestId('national-key-unpublished'), 'not published: UNESCO has not published the figure for that year yet.')
      assert.equal(await national.getByTestId('national-key-estimate').count(), 0, 'no estimate in this range, no footnote of one')
      await national.scrollIntoViewIfNeeded()
      await mkdir(outDir, { recursive: true })
      await national.screenshot({ path: path.join(outDir, 'national.png') })

      // A narrower range of the page's own "From": its rows, in the address.
      await page.getByTestId('indicators-from').selectOption(String(NARROWER.from))
      await page.waitForURL((url) => url.searchParams.get('from') === String(NARROWER.from) && url.searchParams.get('to') === String(NARROWER.to))
      await waitForRange(page, NARROWER)
      await assertRows(page, narrower, `${academicYear(NARROWER.from)} to ${academicYear(NARROWER.to)}`)

      // Years UNESCO has not published: said so, with the newest it has; no table.
      await page.getByTestId('indicators-from').selectOption(String(UNPUBLISHED.from))
      await waitForText(
        national.getByTestId('national-empty'),
        `UNESCO has not published China’s figures for ${academicYear(UNPUBLISHED.from)} to ${academicYear(UNPUBLISHED.to)}; the newest are of 2022/2023.`,
      )
      assert.equal(await national.getByTestId('national-table').count(), 0)

      // Estimates are marked, with a footnote saying whose.
      await page.goto(`/indicators?from=${ESTIMATED.from}&to=${ESTIMATED.to}`)
      await waitForRange(page, ESTIMATED)
      await assertRows(page, estimated, 'the years with estimates')
      const marked = await national.locator('[data-testid="national-outbound"][data-estimated="true"]').allTextContents()
      assert.equal(marked.length, estimated.items.filter((y) => y.outbound_estimated).length)
      for (const text of marked) assert.match(text.trim(), /^≈/)
      await waitForText(national.getByTestId('national-key-estimate'), '≈ an estimate by UNESCO or the country, not a count')

      // In Chinese: the heading, China as 中国, the words of the table, the Chinese source.
      await page.goto(`/indicators?from=${RANGE.from}&to=${RANGE.to}`)
      await waitForRange(page, RANGE)
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(national.locator('h2'), '与全国对比')
      await waitForText(national.getByTestId('national-about'), '与联合国教科文组织公布的中国国际流动学生对比')
      assert.deepEqual(await headings(page), ['学年', '出境', '入境', '派出人数', '中国出境学生', '占比（每…人中 1 人）', '接收人数', '中国入境学生', '占比（每…人中 1 人）'])
      await assertRows(page, wide, 'the range in Chinese', 'zh')
      await waitForText(national.getByTestId('national-source'), `数据来源：${wide.source_zh}`)
      await waitForText(national.getByTestId('national-latest'), '联合国教科文组织已公布的中国最新学年为 2022/2023 学年。')
      await waitForText(national.getByTestId('national-caution'), '占比只反映规模，并非可直接比较的比率。')

      // On a phone: the page does not scroll sideways; the table scrolls inside its frame.
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await national.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the comparison fits 390 px')
      const frame = national.locator('.table-wrap')
      for (const part of [frame, national.getByTestId('national-chart'), national.getByTestId('national-notes')]) {
        const box = await part.boundingBox()
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `within the screen: ${JSON.stringify(box)}`)
      }
      const scrolls = await frame.evaluate((el) => ({ overflow: getComputedStyle(el).overflowX, wider: el.scrollWidth > el.clientWidth }))
      assert.deepEqual(scrolls, { overflow: 'auto', wider: true }, 'the table is wider than a phone and scrolls in its frame')
      await national.getByTestId('national-chart').scrollIntoViewIfNeeded()
      await screenshot(page, 'national-zh-phone.png', { fullPage: false })
    })
  })

  test('a coordinator sees their org unit\'s students beside the country\'s', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    // The server forces their own unit: an officer choosing it reads the same.
    const theirs = await nationalOf(coordinator, RANGE)
    assertApi(theirs, RANGE)
    assert.deepEqual(theirs, await nationalOf(officer, RANGE, unit), 'the coordinator\'s comparison is their unit\'s')
    const all = await nationalOf(officer, RANGE)
    assert.ok(
      theirs.items.some((y, i) => y.outgoing_students + y.incoming_students < all.items[i].outgoing_students + all.items[i].incoming_students),
      'in some year the unit has fewer students than the institution',
    )
    await withPage('national-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?from=${RANGE.from}&to=${RANGE.to}`)
      await page.getByTestId('indicators-own-unit').waitFor()
      await waitForRange(page, RANGE)
      await assertRows(page, theirs, 'the coordinator\'s range')
    })
  })

  test('years the server does not report on are refused by name, and the section says so in the server\'s words', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    let problem = null
    await assert.rejects(api('GET', `/indicators/national?from=${REFUSED_YEAR}&to=${RANGE.to}`), (err) => {
      assert.match(err.message, /HTTP 422/)
      problem = JSON.parse(err.message.slice(err.message.indexOf('{')))
      return true
    })
    assert.equal(problem.errors[0].field, 'from')
    assert.ok(problem.errors[0].message, 'the server says what a year must be')
    await withPage('national-bad-years', async (page) => {
      await signIn(page, OFFICER)
      await page.goto(`/indicators?from=${REFUSED_YEAR}&to=${RANGE.to}`)
      const error = section(page).getByTestId('national-error')
      await waitForText(error, 'Choose academic years Orbis reports on.')
      await waitForText(section(page).getByTestId('national-year-detail'), problem.errors[0].message)
      assert.equal(await error.getByRole('button').count(), 0, 'reading refused years again would not help')
      assert.equal(await section(page).getByTestId('national-table').count(), 0)
    })
  })

  test('a student reaches neither the comparison nor its API', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', `/indicators/national?from=${RANGE.from}&to=${RANGE.to}`), /HTTP 403/)
    await withPage('national-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto(`/indicators?from=${RANGE.from}&to=${RANGE.to}`)
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('beside-the-country').count(), 0)
    })
  })
})
