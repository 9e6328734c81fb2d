// Browser tests of the printable indicator report (docs/indicators.md) against a real orbis
// server with the demo data. The officer follows "Printable report" from the Indicators page
// and finds a summary row per indicator and a column per academic year with the values the
// API gives, formatted by unit, and the change over the last year; a section per indicator
// with its definition and source and the number of people behind it, not their names; the
// figures the office entered; the Quality Certification's tables as the API gives them (every
// year's international students on exchange and scholarship holders, and the last year's students by
// level, nationality and language of instruction and its scholarships), saying that degree
// students are not in them. In Chinese it reads in Chinese; printed, it shows no navigation or
// buttons, and it makes an A4 PDF. A student is refused the report as they are the
// Indicators page.
// Run: node --test indicator-report.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { browserSuite, outDir, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const RATE = 'outbound_mobility_rate'
const OUTBOUND = 'outbound_students'
const TEST_TIMEOUT_MS = 300_000
/** An A4 page in PDF points (210 × 297 mm); Chromium's PDF pages are within a millimetre of it. */
const A4_POINTS = { width: 595.28, height: 841.89 }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const index = new Intl.NumberFormat('en', { minimumFractionDigits: 4, maximumFractionDigits: 4 })

/** A value as the report prints it: a ratio as a percentage, a count whole, an index with 4 decimals. */
function formatted(item) {
  if (item.value === null) return null
  if (item.unit === 'ratio') return percent.format(item.value)
  if (item.unit === 'index') return index.format(item.value)
  return whole.format(item.value)
}

/** GET /api/v1/… with the page's own session (its request context shares the cookies). */
async function apiOfPage(page, pathAndQuery) {
  const response = await page.request.get(`/api/v1${pathAndQuery}`)
  assert.equal(response.status(), 200, `GET ${pathAndQuery}`)
  return response.json()
}

function row(page, id) {
  return page.locator(`[data-testid="report-row"][data-id="${id}"]`)
}

function cell(page, id, year) {
  return row(page, id).locator(`[data-testid="report-cell"][data-year="${year}"]`)
}

function section(page, id) {
  return page.locator(`[data-testid="report-indicator"][data-id="${id}"]`)
}

/** The rows of one of the report's certification tables as printed: key (data-key), name and count. */
function certificationRows(page, table) {
  return page
    .getByTestId(`report-certification-${table}`)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        key: r.dataset.key ?? null,
        name: r.querySelector('th').innerText.trim(),
        count: r.querySelector('[data-testid="report-certification-count"]').innerText.trim(),
      })),
    )
}

/** A language as the report names it (the server gives only the code), in English or Chinese. */
function languageName(code, lang) {
  return new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'language' }).of(code)
}

/**
 * Checks the last year's tables of students against the API's year `last`: every row of each,
 * in the API's order, named in `lang` ("Not recorded" for a null key), and the total.
 */
async function assertCertificationTables(page, last, lang) {
  const notRecorded = lang === 'zh' ? '未记录' : 'Not recorded'
  const named = (row) => (lang === 'zh' ? row.name_zh : row.name)
  for (const table of ['levels', 'nationalities', 'languages']) {
    const expected = last[table].map((row) => ({
      key: row.key ?? '',
      name: row.key === null ? notRecorded : table === 'languages' ? languageName(row.key, lang) : named(row),
      count: whole.format(row.students),
    }))
    assert.deepEqual(await certificationRows(page, table), expected, `${table} of ${last.academic_year} (${lang})`)
    assert.equal(
      (await page.getByTestId(`report-certification-${table}`).getByTestId('report-certification-total').innerText()).trim(),
      whole.format(last.students),
      `${table}: the year's students in all`,
    )
  }
}

/** The elements of `selector` a reader sees (on screen, or printed under emulated print media). */
function visibleCount(page, selector) {
  return page.locator(selector).evaluateAll((elements) => elements.filter((e) => e.checkVisibility()).length)
}

describe('Indicator report', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  test('the officer opens the printable report from the Indicators page, reads it in English and Chinese, prints it and makes an A4 PDF', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('indicator-report-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.getByTestId('nav-indicators').click()
      await page.waitForURL(/\/indicators(\?|$)/)
      const link = page.getByTestId('indicators-report-link')
      await waitForText(link, 'Printable report')

      // Beside it, the same years as an Excel workbook, headed in the page's language.
      const workbookLink = page.getByTestId('indicators-workbook-link')
      const workbookUrl = new URL(await workbookLink.getAttribute('href'), page.url())
      assert.equal(workbookUrl.pathname, '/api/v1/indicators/report')
      assert.equal(workbookUrl.searchParams.get('lang'), 'en')
      assert.ok(workbookUrl.searchParams.get('from') && workbookUrl.searchParams.get('to'), 'the years shown')
      const workbook = await page.request.get(workbookUrl.href)
      assert.equal(workbook.status(), 200)
      assert.equal(
        workbook.headers()['content-type'],
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      assert.equal((await workbook.body()).subarray(0, 2).toString('latin1'), 'PK')

      await link.click()
      await page.waitForURL((url) => url.pathname === '/indicators/report')
      const report = page.getByTestId('indicator-report')
      await page.getByTestId('report-summary-table').waitFor()

      // The report covers the years the Indicators page showed, which the link carries.
      const url = new URL(page.url())
      const from = Number(url.searchParams.get('from'))
      const to = Number(url.searchParams.get('to'))
      assert.equal(to - from + 1, 5, 'the same five years as the Indicators page by default')
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i)
      await waitForText(page.getByTestId('report-years'), `${from}/${from + 1} to ${to}/${to + 1}`)
      await waitForText(page.getByTestId('report-as-of'), /\d{4}/)
      await waitForText(page.getByTestId('report-institution'), 'Westlake')

      // What the API gives for the same years, read with the page's own session.
      const items = (await apiOfPage(page, `/indicators?from=${from}&to=${to}`)).items
      const ids = [...new Set(items.map((i) => i.id))]
      const at = (id, year) => items.find((i) => i.id === id && i.year === year)
      assert.ok(ids.includes(RATE) && ids.includes(OUTBOUND), `the API lists ${RATE} and ${OUTBOUND}: ${ids}`)

      // The summary: a row per indicator, in the API's order, and a column per year.
      assert.deepEqual(await page.getByTestId('report-row').evaluateAll((rows) => rows.map((r) => r.dataset.id)), ids)
      assert.deepEqual(
        await page.getByTestId('report-year').evaluateAll((heads) => heads.map((h) => Number(h.dataset.year))),
        years,
        'one column per academic year, oldest first',
      )
      await waitForText(page.getByTestId('report-change-head'), `Change since ${to - 1}/${to}`)
      for (const id of ids) {
        for (const year of years) {
          const expected = formatted(at(id, year))
          const shown = (await cell(page, id, year).innerText()).trim()
          if (expected === null) assert.match(shown, /^No data\s*\d*$/, `${id} ${year} has no data`)
          else assert.equal(shown, expected, `${id} ${year}`)
        }
      }
      // The two the office reports most, checked by name: a percentage and a whole number.
      const rateYears = years.filter((y) => at(RATE, y).value !== null)
      assert.ok(rateYears.length, 'the demo’s figures give the rate a value in some year')
      for (const year of rateYears) assert.match(await cell(page, RATE, year).innerText(), /^\d+\.\d%$/)
      for (const year of years) assert.equal((await cell(page, OUTBOUND, year).innerText()).trim(), whole.format(at(OUTBOUND, year).value))
      const change = at(OUTBOUND, to).value - at(OUTBOUND, to - 1).value
      const signed = new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change)
      assert.equal((await row(page, OUTBOUND).getByTestId('report-change').innerText()).trim(), signed, 'the change over the last year')
      // Every "no data" has its reason in the notes.
      const reasons = [...new Set(items.filter((i) => i.value === null && i.no_data).map((i) => i.no_data))]
      const notes = reasons.length ? await page.getByTestId('report-notes').innerText() : ''
      for (const reason of reasons) assert.ok(notes.includes(reason), `the notes give "${reason}"`)

      // A section per indicator: its definition and source, and its years.
      assert.equal(await page.getByTestId('report-indicator').count(), ids.length)
      for (const id of ids) {
        const latest = at(id, to)
        await waitForText(section(page, id).getByTestId('report-definition'), latest.definition)
        await waitForText(section(page, id).getByTestId('report-source'), latest.source)
        assert.equal(await section(page, id).getByTestId('report-indicator-year').count(), years.length)
      }
      await waitForText(section(page, RATE).getByTestId('report-source'), 'UNESCO')

      // The people behind the students going out: how many, as the list of them totals, and not who.
      const counted = [...years].reverse().find((y) => at(OUTBOUND, y).value !== null)
      const people = await apiOfPage(page, `/indicators/${OUTBOUND}/records?year=${counted}&limit=100`)
      await waitForText(
        section(page, OUTBOUND).getByTestId('report-people'),
        `People counted in ${counted}/${counted + 1}: ${whole.format(people.total)}.`,
      )
      await waitForText(section(page, OUTBOUND).getByTestId('report-people'), 'listed in Orbis')
      const text = await report.innerText()
      for (const record of people.items) assert.ok(!text.includes(record.person.name), `${record.person.name} is not printed`)

      // The figures the office entered, each with its source.
      const figures = (await apiOfPage(page, `/indicators/figures?from=${from}&to=${to}`)).items.filter((f) => f.org_unit === null)
      assert.ok(figures.length, 'the demo enters figures')
      assert.equal(await page.getByTestId('report-figure').count(), figures.length, 'one row per figure entered')
      for (const f of figures) {
        const figureRow = page.locator(`[data-testid="report-figure"][data-measure="${f.measure}"][data-year="${f.year}"]`)
        assert.equal((await figureRow.getByTestId('report-figure-value').innerText()).trim(), whole.format(f.value))
        await waitForText(figureRow, f.source)
      }

      // The Quality Certification's tables, as the API gives them for the same years: first
      // what they count, and that degree students are not among them.
      const certification = page.getByTestId('report-certification')
      await waitForText(certification.locator('h2'), 'Tables for the Quality Certification for International Students')
      await waitForText(page.getByTestId('report-certification-scope'), 'These tables count international students on exchange only.')
      await waitForText(page.getByTestId('report-certification-scope'), 'International degree students are not yet recorded in Orbis and are not included')
      assert.ok(!(await certification.innerText()).includes('cannot yet produce'), 'nothing says the tables cannot be produced')
      const tables = (await apiOfPage(page, `/indicators/certification?from=${from}&to=${to}`)).items
      assert.deepEqual(tables.map((y) => y.year), years, 'the API gives every year of the report, oldest first')
      const last = tables.at(-1)
      assert.ok(
        last.students > 0 && last.nationalities.length > 0 && last.scholarship_holders > 0 && last.scholarships.length > 0,
        `the demo has incoming students and scholarship holders in ${last.academic_year}: ${JSON.stringify(last)}`,
      )
      // Every year's international students on exchange and scholarship holders.
      for (const y of tables) {
        const yearRow = page.locator(`[data-testid="report-certification-year"][data-year="${y.year}"]`)
        assert.equal((await yearRow.locator('th').innerText()).trim(), y.academic_year)
        assert.equal((await yearRow.getByTestId('report-certification-students').innerText()).trim(), whole.format(y.students), `students in ${y.year}`)
        assert.equal((await yearRow.getByTestId('report-certification-holders').innerText()).trim(), whole.format(y.scholarship_holders), `holders in ${y.year}`)
      }
      // The last year's students by level, nationality and language, every row.
      await waitForText(page.locator('#report-certification-levels'), `Students by level of study, ${last.academic_year}`)
      await assertCertificationTables(page, last, 'en')
      const firstNationality = (await certificationRows(page, 'nationalities'))[0]
      assert.deepEqual(firstNationality, { key: last.nationalities[0].key ?? '', name: last.nationalities[0].name, count: whole.format(last.nationalities[0].students) })
      // Its scholarship holders, then a row per source, scholarship, sponsor and currency.
      await waitForText(
        page.getByTestId('report-certification-holders-count'),
        `Scholarship holders in ${last.academic_year}: ${whole.format(last.scholarship_holders)},`,
      )
      const scholarships = page.getByTestId('report-certification-scholarship')
      assert.equal(await scholarships.count(), last.scholarships.length, 'a row per scholarship the API gives')
      const SOURCES = { csc: 'China Scholarship Council', erasmus: 'Erasmus+', scholarship: 'Scholarship', home: 'Home institution' }
      for (const [i, r] of last.scholarships.entries()) {
        assert.notEqual(r.source, 'self', 'the self-funded hold no scholarship')
        const shown = scholarships.nth(i)
        assert.equal(await shown.getAttribute('data-source'), r.source)
        assert.equal((await shown.getByTestId('report-certification-source').innerText()).trim(), SOURCES[r.source] ?? r.source)
        assert.equal((await shown.getByTestId('report-certification-sponsor').innerText()).trim(), r.sponsor ?? '—')
        assert.equal((await shown.getByTestId('report-certification-count').innerText()).trim(), whole.format(r.holders))
        const amount = (await shown.getByTestId('report-certification-amount').innerText()).trim()
        if (r.amount === null) assert.equal(amount, '—')
        else assert.equal(amount, new Intl.NumberFormat('en', { style: 'currency', currency: r.currency }).format(Number(r.amount)))
      }
      await screenshot(page, 'indicator-report.png')

      // Printed: the report alone, black on white, without the toolbar, its buttons or any navigation.
      await page.emulateMedia({ media: 'print' })
      assert.equal(await page.getByTestId('report-toolbar').isVisible(), false, 'the toolbar does not print')
      assert.equal(await page.getByTestId('report-print').isVisible(), false, 'the Print button does not print')
      assert.equal(await visibleCount(page, 'button, select, nav, .topbar, .sidenav'), 0, 'no buttons, pickers or navigation print')
      assert.equal(await report.isVisible(), true)
      const colours = await report.evaluate((e) => {
        const s = getComputedStyle(e.querySelector('h1'))
        return { color: s.color, background: getComputedStyle(e).backgroundColor }
      })
      assert.deepEqual(colours, { color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' })
      const pdf = await page.pdf({ format: 'A4' })
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF')
      assert.ok(pdf.length > 10_000, `a PDF with the report in it (${pdf.length} bytes)`)
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
      if (box) {
        assert.ok(Math.abs(Number(box[1]) - A4_POINTS.width) < 3 && Math.abs(Number(box[2]) - A4_POINTS.height) < 3, `A4 pages: ${box[0]}`)
      }
      await mkdir(outDir, { recursive: true })
      await writeFile(path.join(outDir, 'indicator-report.pdf'), pdf)
      await page.emulateMedia({ media: 'screen' })
      assert.equal(await page.getByTestId('report-print').isVisible(), true, 'on screen the Print button is there')

      // In Chinese: the title, the names, the definitions and "no data".
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(report.locator('h1'), '国际化指标')
      await waitForText(row(page, RATE).locator('th'), at(RATE, to).name_zh)
      await waitForText(section(page, RATE).getByTestId('report-definition'), at(RATE, to).definition_zh)
      await waitForText(certification.locator('h2'), '来华留学质量认证统计表')
      await waitForText(page.getByTestId('report-certification-scope'), '仅统计来校交流的国际学生')
      await waitForText(page.getByTestId('report-certification-scope'), '尚未记录来华攻读学位的留学生')
      await waitForText(page.locator('#report-certification-levels'), `${last.academic_year} 学年按学历层次统计`)
      await assertCertificationTables(page, last, 'zh')
      await waitForText(
        page.getByTestId('report-certification-holders-count'),
        `${last.academic_year} 学年奖学金生：${whole.format(last.scholarship_holders)} 人`,
      )
      const csc = last.scholarships.findIndex((r) => r.source === 'csc')
      if (csc >= 0) await waitForText(scholarships.nth(csc).getByTestId('report-certification-source'), '国家留学基金委')
      await waitForText(page.getByTestId('report-print'), '打印')
      const empty = items.find((i) => i.value === null)
      if (empty) assert.match((await cell(page, empty.id, empty.year).innerText()).trim(), /^暂无数据\s*\d*$/)
      await screenshot(page, 'indicator-report-zh.png')
      await page.getByTestId('report-back').click()
      await page.waitForURL((u) => u.pathname === '/indicators')
      await waitForText(page.getByTestId('indicators-report-link'), '打印版报告')
      const zhWorkbook = new URL(await page.getByTestId('indicators-workbook-link').getAttribute('href'), page.url())
      assert.equal(zhWorkbook.searchParams.get('lang'), 'zh')
    }),
  )

  test('a student is refused the report as they are the Indicators page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators'), /HTTP 403/)
    await withPage('indicator-report-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto('/indicators/report')
      await page.waitForURL((url) => url.pathname !== '/indicators/report')
      assert.equal(await page.getByTestId('indicator-report').count(), 0)
      await page.goto('/indicators')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('indicators-page').count(), 0)
    })
  })
})
