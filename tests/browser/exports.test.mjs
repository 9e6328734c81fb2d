// Browser tests of "Export" beside the lists (docs/exports.md) against a real orbis server with
// the demo data. The officer filters the institutions by a country: the CSV and Excel links
// carry that filter and the reader's language (English, then Chinese), and the CSV they download
// holds every institution the filter selects, not only the page shown, with its header row in
// that language; the workbook is a workbook. The same on the stays abroad, filtered by direction
// and status. The links fit a phone.
// Run: node --test exports.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { browserSuite, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const TEST_TIMEOUT_MS = 180_000
/** Iceland: more institutions in the demo's registry than the list shows at first, and few enough to read whole. */
const COUNTRY = 'IS'
/** A phone's width: the page must not scroll sideways. */
const PHONE = { width: 390, height: 844 }
const CSV_TYPE = /^text\/csv;\s*charset=utf-8$/i
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const HAN = /\p{Script=Han}/u

const orbis = browserSuite({ acceptDownloads: true })
const { withPage, apiAs } = orbis

/** Every item of an API list for `query`, following `next` to the end. */
async function everyItem(api, listPath, query) {
  const items = []
  let cursor = null
  do {
    const params = new URLSearchParams({ ...query, limit: '100', ...(cursor ? { cursor } : {}) })
    const page = (await api('GET', `${listPath}?${params}`)).json
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

/** The records of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const records = []
  let record = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        field += c
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else {
      field += c
    }
  }
  assert.equal(quoted, false, 'the CSV ends outside a quoted field')
  if (field !== '' || record.length) {
    record.push(field)
    records.push(record)
  }
  return records
}

/**
 * A CSV export as the server sent it: UTF-8 with a byte-order mark, a header row and the data
 * rows, each as wide as the header. Returns { header, rows }.
 */
function readExport(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 byte-order mark')
  const text = bytes.subarray(3).toString('utf8')
  assert.doesNotMatch(text.slice(0, 20), /^\s*[{[]/, 'a CSV, not the JSON list (the server does not export yet)')
  const [header, ...rows] = parseCsv(text)
  assert.ok(header && header.length > 1, `a header row: ${JSON.stringify(header)}`)
  for (const row of rows) assert.equal(row.length, header.length, `every row is as wide as the header: ${JSON.stringify(row)}`)
  return { header, rows }
}

/** The export links of the list on the page. */
function exportLinks(page) {
  return page.getByTestId('export-links')
}

/** The API address a link leads to, as a URL (relative links resolved against the page). */
async function linkUrl(page, testid) {
  const href = await exportLinks(page).getByTestId(testid).getAttribute('href')
  return new URL(href, page.url())
}

/** Clicks a download link; resolves with the download's file name and bytes. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
  const failure = await file.failure()
  assert.equal(failure, null, 'the download completes')
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

describe('Exports', { timeout: TEST_TIMEOUT_MS * 3 }, () => {
  test('the officer exports the institutions of one country as CSV and Excel, in English and in Chinese', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const expected = await everyItem(api, '/institutions', { country: COUNTRY })

    await withPage('exports-institutions', async (page) => {
      await signIn(page, OFFICER, { path: '/institutions' })
      await page.getByTestId('institution-country').selectOption(COUNTRY)
      await page.waitForURL((url) => url.searchParams.get('country') === COUNTRY)
      await page.locator('[data-testid=institution-results]:not(.result-list--stale)').waitFor()
      const shown = await page.getByTestId('institution-result').count()
      assert.ok(expected.length > shown, `the country has more institutions (${expected.length}) than the first page shows (${shown})`)

      // The links: a labelled group, the list's filter, the format and the reader's language.
      const group = page.getByRole('group', { name: 'Export every row the filters select' })
      await waitForText(group, 'Export')
      await waitForText(group.getByTestId('export-csv'), 'CSV')
      await waitForText(group.getByTestId('export-xlsx'), 'Excel')
      const csv = await linkUrl(page, 'export-csv')
      assert.equal(csv.pathname, '/api/v1/institutions')
      assert.deepEqual(Object.fromEntries(csv.searchParams), { country: COUNTRY, format: 'csv', lang: 'en' })
      const xlsx = await linkUrl(page, 'export-xlsx')
      assert.deepEqual(Object.fromEntries(xlsx.searchParams), { country: COUNTRY, format: 'xlsx', lang: 'en' })
      for (const testid of ['export-csv', 'export-xlsx']) {
        assert.equal(await exportLinks(page).getByTestId(testid).getAttribute('download'), '', `${testid} downloads`)
      }

      // The CSV, downloaded as a reader would: every institution of the country, not one page,
      // under an English header.
      const english = await download(page, exportLinks(page).getByTestId('export-csv'))
      assert.match(english.name, /^institutions\.csv$/)
      const { header, rows } = readExport(english.bytes)
      assert.equal(rows.length, expected.length, 'one row per institution the filter selects')
      assert.doesNotMatch(header.join(','), HAN, `an English header: ${header}`)
      const nameColumn = header.indexOf('Name')
      const countryColumn = header.indexOf('Country')
      assert.ok(nameColumn >= 0 && countryColumn >= 0, `the header names the name and the country: ${header}`)
      assert.deepEqual(
        rows.map((r) => r[nameColumn]).sort(),
        expected.map((i) => i.name).sort(),
        'the same institutions as the list',
      )
      for (const row of rows) assert.equal(row[countryColumn], COUNTRY)

      // The workbook: the same filter, an Excel file (a ZIP).
      const workbook = await page.request.get(xlsx.href)
      assert.equal(workbook.status(), 200)
      assert.equal(workbook.headers()['content-type'], XLSX_TYPE)
      assert.match(workbook.headers()['content-disposition'] ?? '', /attachment;\s*filename="institutions\.xlsx"/)
      assert.equal((await workbook.body()).subarray(0, 2).toString('latin1'), 'PK')

      // In Chinese: the links ask for a Chinese header, and get one over the same rows.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByRole('group', { name: '导出筛选条件选中的全部记录' }), '导出')
      const chineseLink = await linkUrl(page, 'export-csv')
      assert.deepEqual(Object.fromEntries(chineseLink.searchParams), { country: COUNTRY, format: 'csv', lang: 'zh' })
      assert.equal((await linkUrl(page, 'export-xlsx')).searchParams.get('lang'), 'zh')
      const chinese = await page.request.get(chineseLink.href)
      assert.equal(chinese.status(), 200)
      assert.match(chinese.headers()['content-type'] ?? '', CSV_TYPE)
      const inChinese = readExport(await chinese.body())
      assert.equal(inChinese.header.length, header.length, 'the same columns')
      assert.match(inChinese.header.join(','), HAN, `a Chinese header: ${inChinese.header}`)
      assert.equal(inChinese.rows.length, expected.length, 'the same rows')

      // On a phone: the links wrap below the status line, and the page does not scroll sideways.
      await page.setViewportSize(PHONE)
      await exportLinks(page).getByTestId('export-xlsx').waitFor()
      assert.equal(await scrollsSideways(page), false, 'the institutions page with its export links fits 390 px')
      await screenshot(page, 'exports-phone-zh.png', { fullPage: false })
    })
  })

  test('the officer exports the incoming stays completed, as the list filters them', { timeout: TEST_TIMEOUT_MS }, async () => {
    const filters = { direction: 'incoming', status: 'completed' }
    const api = await apiAs(OFFICER)
    const expected = await everyItem(api, '/mobilities', filters)
    assert.ok(expected.length > 0, 'the demo has completed incoming stays')

    await withPage('exports-mobilities', async (page) => {
      await signIn(page, OFFICER, { path: '/mobilities' })
      await page.getByTestId('direction-incoming').click()
      await page.waitForURL((url) => url.searchParams.get('direction') === 'incoming')
      await page.getByTestId('mobility-filter-status').selectOption('completed')
      await page.waitForURL((url) => url.searchParams.get('status') === 'completed')
      await waitForText(page.getByTestId('mobilities-status'), `of ${expected.length} shown`)

      // The stays' links carry the direction and the status (the partners' recognition below has its own).
      const csv = await linkUrl(page, 'export-csv')
      assert.equal(csv.pathname, '/api/v1/mobilities')
      assert.deepEqual(Object.fromEntries(csv.searchParams), { ...filters, format: 'csv', lang: 'en' })
      assert.deepEqual(Object.fromEntries((await linkUrl(page, 'export-xlsx')).searchParams), { ...filters, format: 'xlsx', lang: 'en' })
      const recognition = page.getByTestId('recognition-export')
      await recognition.waitFor()
      const recognitionUrl = new URL(await recognition.getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(recognitionUrl.pathname, '/api/v1/indicators/recognition')

      const file = await download(page, exportLinks(page).getByTestId('export-csv'))
      assert.match(file.name, /^mobilities\.csv$/)
      const { header, rows } = readExport(file.bytes)
      assert.doesNotMatch(header.join(','), HAN, `an English header: ${header}`)
      assert.equal(rows.length, expected.length, 'one row per stay the filters select')
    })
  })
})
