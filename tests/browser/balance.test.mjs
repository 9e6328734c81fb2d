// Browser tests of the exchange balance per partner on the Indicators page (docs/indicators.md,
// GET /api/v1/indicators/exchange_balance) against a real orbis server with the demo data.
// The suite adds students from partners enough for the year before the latest to fill several
// pages. The officer finds the latest year of the page chosen, its table, followed through "More",
// holding the API's partners across its pages in their order with their numbers, the count
// shown being the API's `total` (and its export every row), the bars drawn for at most fifteen
// of them; another year gives that year's partners, a year without stays says so; the section
// reads in Chinese and the page fits a phone. Switched to per agreement
// (GET /api/v1/indicators/exchange_balance/agreements), the table, a page at a time as well and
// followed through "More", holds the API's rows per agreement and partner across its pages in
// their order, the count shown being the API's `total`; the stays under no agreement read
// "No agreement", each agreement's code leads to its page, the export is the new endpoint's,
// the view is kept in the address. A coordinator sees their org unit's partners and agreements; a year the server
// refuses says so; a student reaches neither the page nor the API.
// Run: node --test balance.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { WAIT_MS, browserSuite, countryNames, outDir, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const TEST_TIMEOUT_MS = 300_000
/** A phone's width: the page must not scroll sideways (its tables may, inside their frames). */
const PHONE = { width: 390, height: 844 }
/** How many partners the chart draws at most. */
const CHART_PARTNERS = 15
/** The rows the section reads a page at a time. */
const PAGE_SIZE = 20
/** A page size of the API's rows per agreement small enough for a year's rows to take several pages. */
const AGREEMENT_FEW = 5
/** How many partners the suite adds students from: with the demo's, more than two pages. */
const ADDED_PARTNERS = 35

const orbis = browserSuite()
const { withPage, apiAs, tokenFor } = orbis

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** A balance as the table writes it: signed ("+3", "−1.5"; a minus sign), "0" unsigned. */
function signed(value, digits) {
  const format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' })
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits
  return format.format(rounded === 0 ? 0 : rounded).replace('-', '\u2212')
}

function side(value, digits) {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits
  return rounded > 0 ? 'in' : rounded < 0 ? 'out' : 'even'
}

/** The academic year a year begins: 2025 → "2025/2026". */
function academicYear(year) {
  return `${year}/${year + 1}`
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/**
 * A list of the balance (`path` under the API) of `year` (and `orgUnit`) as the server gives it
 * to `api`, page after page of `limit`: every row (`what` in the messages), the first page's
 * total, and how many pages it took.
 */
async function listPagesOf(api, path, what, year, orgUnit, limit) {
  const items = []
  let total = null
  let pages = 0
  let cursor = null
  do {
    const search = new URLSearchParams({ year: String(year), limit: String(limit) })
    if (orgUnit !== null) search.set('org_unit', String(orgUnit))
    if (cursor) search.set('cursor', cursor)
    const page = (await api('GET', `${path}?${search}`)).json
    assert.ok(page.items.length <= limit, `${year}: a page holds at most ${limit} ${what}`)
    if (total === null) total = page.total
    else assert.equal(page.total, total, `${year}: every page gives the same total`)
    items.push(...page.items)
    pages++
    cursor = page.next
  } while (cursor)
  return { items, total, pages }
}

/** The partners of `year` (and `orgUnit`), page after page of `limit` (listPagesOf). */
function pagesOf(api, year, orgUnit = null, limit = 100) {
  return listPagesOf(api, '/indicators/exchange_balance', 'partners', year, orgUnit, limit)
}

/** Every partner of `year` (and `orgUnit`) as the server gives them to `api`. */
async function balanceOf(api, year, orgUnit = null) {
  return (await pagesOf(api, year, orgUnit)).items
}

/**
 * The years the page shows by default, newest first (the last of them is what the balance
 * starts on), each with its balance as `api` reads it.
 */
async function yearsWithBalance(api) {
  const years = [...new Set((await api('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
  const out = []
  for (const year of years) out.push({ year, ...(await pagesOf(api, year)) })
  return out
}

/**
 * Imports a completed stay in `year` from each of `count` institutions that are not yet partners
 * that year (two students from the first three, so that some lead and some tie), so that the
 * year has more partners than two pages hold.
 */
async function addPartners(officer, year, count) {
  const taken = new Set((await balanceOf(officer, year)).map((i) => String(i.partner.id)))
  const chosen = []
  let cursor = null
  do {
    const page = (await officer('GET', `/institutions?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json
    for (const i of page.items) {
      if (chosen.length < count && i.ror_id && i.types?.includes('education') && !taken.has(String(i.id)) && !i.domains?.includes('westlake.edu.cn')) chosen.push(i)
    }
    cursor = page.next
  } while (cursor && chosen.length < count)
  assert.equal(chosen.length, count, 'the registry has institutions enough to add')
  const academic = academicYear(year)
  const rows = chosen.flatMap((inst, n) =>
    Array.from({ length: n < 3 ? 2 : 1 }, (_, k) =>
      [
        `balance.${n}.${k}@partner.example.edu`,
        'Partner',
        `Student ${n}-${k}`,
        inst.country || 'DE',
        'student',
        '6',
        '0714',
        'incoming',
        'student_studies',
        inst.ror_id,
        'home',
        '',
        academic,
        `${year}-10-01`,
        `${year + 1}-01-31`,
        `${year}-10-01`,
        `${year + 1}-01-31`,
        'completed',
      ].join(','),
    ),
  )
  const csv = [
    'email,family_name,given_name,nationality,kind,level,field,direction,type,sending,receiving,agreement,academic_year,planned_start,planned_end,actual_start,actual_end,status',
    ...rows,
  ].join('\n')
  const response = await fetch(`${orbis.baseUrl}/api/v1/mobilities/import?dry_run=false`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenFor(OFFICER)}`, 'Content-Type': 'text/csv' },
    body: csv,
  })
  assert.equal(response.status, 201, `the stays are imported: ${await response.text()}`)
}

const section = (page) => page.getByTestId('exchange-balance')

/** Waits until the section shows the rows of `year` (or says the year has none). */
async function waitForYear(page, year, empty) {
  if (empty) {
    await waitForText(section(page).getByTestId('balance-empty'), academicYear(year))
    return
  }
  await section(page).locator(`[data-testid="balance-results"][data-year="${year}"]:not(.result-list--stale)`).waitFor()
}

/** Follows "More" until the table holds every partner. */
async function showAll(page) {
  const more = section(page).getByTestId('balance-more')
  for (let i = 0; i < 1000 && (await more.count()); i++) {
    const before = await section(page).getByTestId('balance-row').count()
    await more.click()
    const deadline = Date.now() + WAIT_MS
    while ((await section(page).getByTestId('balance-row').count()) === before && (await more.count()) && Date.now() < deadline) {
      await page.waitForTimeout(100)
    }
  }
}

/** The table's rows as the page words them. */
function tableRows(page) {
  return section(page)
    .getByTestId('balance-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (id) => tr.querySelector(`[data-testid="${id}"]`)
        const text = (id) => cell(id).innerText.trim()
        return {
          id: tr.getAttribute('data-partner'),
          partner: text('balance-partner'),
          href: cell('balance-partner').querySelector('a')?.getAttribute('href') ?? null,
          country: text('balance-country'),
          out: text('balance-out'),
          outMonths: text('balance-out-months'),
          in: text('balance-in'),
          inMonths: text('balance-in-months'),
          people: text('balance-people'),
          peopleSide: cell('balance-people').getAttribute('data-side'),
          months: text('balance-months'),
          monthsSide: cell('balance-months').getAttribute('data-side'),
        }
      }),
    )
}

/**
 * Asserts that the table shows the first page of `items` and says `total` partners, then,
 * once "More" is followed until it goes, holds `items`, in their order, as the page words them
 * in English (waiting a little: the countries' names arrive on their own).
 */
async function assertRows(page, { year, items, total }, countries, what) {
  const status = section(page).getByTestId('balance-status')
  const first = Math.min(PAGE_SIZE, items.length)
  assert.equal(await section(page).getByTestId('balance-row').count(), first, `${what}: the first page`)
  assert.equal(await section(page).getByTestId('balance-more').count(), items.length > PAGE_SIZE ? 1 : 0, `${what}: "More" while there is more`)
  await waitForText(status, `Partners in ${academicYear(year)}: showing ${whole.format(first)} of ${whole.format(total)}`)
  await showAll(page)
  assert.equal(await section(page).getByTestId('balance-more').count(), 0, `${what}: no "More" once every partner is shown`)
  const expected = items.map((i) => ({
    id: String(i.partner.id),
    partner: i.partner.name,
    href: `/institutions/${i.partner.id}`,
    country: i.partner.country ? (countries.get(i.partner.country) ?? i.partner.country) : '—',
    out: whole.format(i.outgoing_people),
    outMonths: oneDecimal.format(i.outgoing_months),
    in: whole.format(i.incoming_people),
    inMonths: oneDecimal.format(i.incoming_months),
    // The mark before the number is a shape for sight (▶ in, ◀ out, = even).
    people: `${{ in: '▶', out: '◀', even: '=' }[side(i.people_balance, 0)]}${signed(i.people_balance, 0)}`,
    peopleSide: side(i.people_balance, 0),
    months: `${{ in: '▶', out: '◀', even: '=' }[side(i.months_balance, 1)]}${signed(i.months_balance, 1)}`,
    monthsSide: side(i.months_balance, 1),
  }))
  const deadline = Date.now() + WAIT_MS
  let rows = await tableRows(page)
  while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    rows = await tableRows(page)
  }
  assert.deepEqual(rows, expected, `${what}: the table's rows are the API's items`)
  // The count shown is the API's total.
  await waitForText(status, `Partners in ${academicYear(year)}: showing ${whole.format(items.length)} of ${whole.format(total)}`)
  const shown = (await status.innerText()).match(/of ([\d,]+)/)
  assert.equal(Number(shown?.[1].replace(/,/g, '')), total, `${what}: the total shown is the API's`)
}

/**
 * The rows per agreement and partner of `year` (and `orgUnit`), page after page of `limit`
 * (listPagesOf), whose total counts them.
 */
async function agreementPagesOf(api, year, orgUnit = null, limit = 100) {
  const read = await listPagesOf(api, '/indicators/exchange_balance/agreements', 'rows per agreement', year, orgUnit, limit)
  assert.equal(read.total, read.items.length, `${year}: total counts the rows per agreement`)
  return read
}

/** Every row per agreement and partner of `year` (and `orgUnit`) as the server gives them to `api`. */
async function agreementsOf(api, year, orgUnit = null) {
  return (await agreementPagesOf(api, year, orgUnit)).items
}

/** Waits until the section shows the rows per agreement of `year`. */
async function waitForAgreements(page, year) {
  await section(page).locator(`[data-testid="balance-results"][data-by="agreement"][data-year="${year}"]:not(.result-list--stale)`).waitFor()
}

/** The table's rows per agreement as the page words them. */
function agreementTableRows(page) {
  return section(page)
    .getByTestId('balance-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (id) => tr.querySelector(`[data-testid="${id}"]`)
        const text = (id) => cell(id).innerText.trim()
        const agreement = cell('balance-agreement')
        const link = agreement.querySelector('a')
        return {
          code: link ? link.innerText.trim() : agreement.innerText.trim(),
          href: link?.getAttribute('href') ?? null,
          title: agreement.querySelector('[data-testid="balance-agreement-title"]')?.innerText.trim() ?? null,
          partner: text('balance-partner'),
          partnerHref: cell('balance-partner').querySelector('a')?.getAttribute('href') ?? null,
          out: text('balance-out'),
          outMonths: text('balance-out-months'),
          in: text('balance-in'),
          inMonths: text('balance-in-months'),
          people: text('balance-people'),
          peopleSide: cell('balance-people').getAttribute('data-side'),
          months: text('balance-months'),
          monthsSide: cell('balance-months').getAttribute('data-side'),
        }
      }),
    )
}

/**
 * Asserts that the table per agreement shows the first page of `items` and says `total` rows,
 * then, once "More" is followed until it goes, holds `items`, in their order, as the page words
 * them in English.
 */
async function assertAgreementRows(page, { year, items, total }, what) {
  const status = section(page).getByTestId('balance-status')
  const first = Math.min(PAGE_SIZE, items.length)
  assert.equal(await section(page).getByTestId('balance-row').count(), first, `${what}: the first page`)
  assert.equal(await section(page).getByTestId('balance-more').count(), items.length > PAGE_SIZE ? 1 : 0, `${what}: "More" while there is more`)
  await waitForText(status, `Agreements and partners in ${academicYear(year)}: showing ${whole.format(first)} of ${whole.format(total)} rows`)
  await showAll(page)
  assert.equal(await section(page).getByTestId('balance-more').count(), 0, `${what}: no "More" once every row is shown`)
  const expected = items.map((i) => ({
    code: i.agreement ? i.agreement.code || `#${i.agreement.id}` : 'No agreement',
    href: i.agreement ? `/agreements/${i.agreement.id}` : null,
    title: i.agreement?.title || null,
    partner: i.partner.name,
    partnerHref: `/institutions/${i.partner.id}`,
    out: whole.format(i.outgoing_people),
    outMonths: oneDecimal.format(i.outgoing_months),
    in: whole.format(i.incoming_people),
    inMonths: oneDecimal.format(i.incoming_months),
    people: `${{ in: '▶', out: '◀', even: '=' }[side(i.people_balance, 0)]}${signed(i.people_balance, 0)}`,
    peopleSide: side(i.people_balance, 0),
    months: `${{ in: '▶', out: '◀', even: '=' }[side(i.months_balance, 1)]}${signed(i.months_balance, 1)}`,
    monthsSide: side(i.months_balance, 1),
  }))
  const deadline = Date.now() + WAIT_MS
  let rows = await agreementTableRows(page)
  while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    rows = await agreementTableRows(page)
  }
  assert.deepEqual(rows, expected, `${what}: the table's rows are the API's rows per agreement`)
  // The count shown is the API's total.
  await waitForText(status, `Agreements and partners in ${academicYear(year)}: showing ${whole.format(items.length)} of ${whole.format(total)} rows`)
  const shown = (await status.innerText()).match(/of ([\d,]+) rows/)
  assert.equal(Number(shown?.[1].replace(/,/g, '')), total, `${what}: the total shown is the API's`)
}

/** Whether the view's radio button `view` is the one chosen. */
function viewChosen(page, view) {
  return section(page).getByTestId(`balance-view-${view}`).locator('input').isChecked()
}

describe('Exchange balance per partner', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  /** The year the suite adds partners to: the one before the latest the page shows (all past). */
  let crowded = null
  before(async () => {
    const officer = await apiAs(OFFICER)
    crowded = Math.max(...(await officer('GET', '/indicators')).json.items.map((i) => i.year)) - 1
    await addPartners(officer, crowded, ADDED_PARTNERS)
  })

  test('the officer reads the balance of the latest year and of another, in English and in Chinese, on a phone too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const countries = await countryNames(api)
    const years = await yearsWithBalance(api)
    const latest = years[0]
    // The API: the most students exchanged first, each partner once, `total` counting them
    // (the same in pages of the section's size as in pages of 100), the balance in less out.
    for (const { year, items, total } of years) {
      assert.equal(total, items.length, `${year}: total counts the partners`)
      const paged = await pagesOf(api, year, null, PAGE_SIZE)
      assert.deepEqual(paged.items, items, `${year}: pages of ${PAGE_SIZE} give the same partners in the same order`)
      assert.equal(paged.total, total, `${year}: the same total in pages of ${PAGE_SIZE}`)
      assert.equal(paged.pages, Math.max(1, Math.ceil(items.length / PAGE_SIZE)), `${year}: "next" until the last page`)
      const exchanged = items.map((i) => i.outgoing_people + i.incoming_people)
      assert.deepEqual(exchanged, [...exchanged].sort((a, b) => b - a), `${year}: the most exchanged first`)
      assert.equal(new Set(items.map((i) => i.partner.id)).size, items.length, `${year}: each partner once`)
      for (const i of items) {
        assert.equal(i.academic_year, academicYear(year))
        assert.equal(i.people_balance, i.incoming_people - i.outgoing_people, `${year} ${i.partner.name}: students in less out`)
      }
    }
    // Another year of the page with partners, and with partners other than the latest's.
    const other = years.find((y) => y.year !== latest.year && y.items.length && JSON.stringify(y.items) !== JSON.stringify(latest.items))
    assert.ok(other, `the demo has stays with partners in another year of the page: ${JSON.stringify(years.map((y) => [y.year, y.items.length]))}`)
    // That is the year the suite crowded: more partners than two pages hold.
    assert.equal(other.year, crowded)
    assert.ok(other.total > 2 * PAGE_SIZE, `${crowded}: ${other.total} partners`)

    await withPage('balance-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const balance = section(page)
      await waitForText(balance.locator('h2'), 'Exchange balance per partner')
      await waitForText(balance.getByTestId('balance-about'), 'Each student counts once per partner')
      // The picker starts on the latest year the page shows.
      assert.equal(await page.getByTestId('indicators-to').inputValue(), String(latest.year))
      assert.equal(await balance.getByTestId('balance-year').inputValue(), String(latest.year), 'the balance starts on the latest year')
      await waitForYear(page, latest.year, !latest.items.length)
      if (latest.items.length) await assertRows(page, latest, countries, academicYear(latest.year))
      else await waitForText(balance.getByTestId('balance-empty'), `No student stays with a partner began in ${academicYear(latest.year)}.`)

      // Another year: its partners, and the year in the address.
      await balance.getByTestId('balance-year').selectOption(String(other.year))
      await page.waitForURL((url) => url.searchParams.get('balance_year') === String(other.year))
      await waitForYear(page, other.year, false)
      await assertRows(page, other, countries, academicYear(other.year))

      // The bars: at most fifteen partners, drawn once the chart's chunk has loaded.
      const chart = balance.getByTestId('balance-chart')
      await chart.locator('canvas').waitFor()
      const drawn = Math.min(CHART_PARTNERS, other.items.length)
      assert.match(await chart.getAttribute('aria-label'), new RegExp(`for ${drawn} partners in ${academicYear(other.year)}`))

      // The partner leads to its institution page.
      const first = other.items[0]
      const link = balance.getByTestId('balance-row').first().getByTestId('balance-partner').locator('a')
      assert.equal(await link.getAttribute('href'), `/institutions/${first.partner.id}`)

      // The export selects the same year, and its file holds a row per partner.
      const csvHref = await balance.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/exchange_balance')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { year: String(other.year), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await balance.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, other.items.length + 1, 'the CSV: a header and a row per partner')
      assert.ok(lines.slice(1).some((l) => l.includes(first.partner.name)), 'the CSV names the partners')
      await mkdir(outDir, { recursive: true })
      await balance.screenshot({ path: path.join(outDir, 'balance.png') })

      // A year without stays says so in words, and draws no table.
      const offered = (await balance.getByTestId('balance-year').locator('option').evaluateAll((os) => os.map((o) => Number(o.value)))).sort((a, b) => a - b)
      let quiet = null
      for (const year of offered) {
        if (!(await balanceOf(api, year)).length) {
          quiet = year
          break
        }
      }
      assert.ok(quiet, `a year the picker offers has no stays: ${offered}`)
      await balance.getByTestId('balance-year').selectOption(String(quiet))
      await waitForText(balance.getByTestId('balance-empty'), `No student stays with a partner began in ${academicYear(quiet)}.`)
      assert.equal(await balance.getByTestId('balance-table').count(), 0)
      await balance.getByTestId('balance-year').selectOption(String(other.year))
      await waitForYear(page, other.year, false)

      // In Chinese: the section's heading, its columns and the explanation.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(balance.locator('h2'), '与合作院校的交流平衡')
      const heads = (await balance.getByTestId('balance-table').locator('thead th').allInnerTexts()).map((h) => h.trim())
      assert.deepEqual(heads, ['合作院校', '国家/地区', '派出人数', '派出月数', '接收人数', '接收月数', '人数平衡', '月数平衡'])
      await waitForText(balance.getByTestId('balance-about'), '只计一次')
      // The year read again: its first page, the count from the server's total, and "More" in Chinese.
      const firstPage = Math.min(PAGE_SIZE, other.items.length)
      await waitForText(balance.getByTestId('balance-status'), `${academicYear(other.year)} 学年的合作院校：已显示 ${firstPage} 所，共 ${other.total} 所`)
      assert.equal(await balance.getByTestId('balance-row').count(), firstPage)
      assert.equal((await balance.getByTestId('balance-more').innerText()).trim(), '加载更多')
      await balance.getByTestId('balance-more').click()
      const secondPage = Math.min(2 * PAGE_SIZE, other.items.length)
      await waitForText(balance.getByTestId('balance-status'), `已显示 ${secondPage} 所，共 ${other.total} 所`)
      assert.equal(await balance.getByTestId('balance-row').count(), secondPage)

      // On a phone: the page does not scroll sideways; the table scrolls inside its frame.
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await balance.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the balance fits 390 px')
      const frame = await balance.locator('.table-wrap').boundingBox()
      assert.ok(frame.x >= 0 && frame.x + frame.width <= PHONE.width, `the table's frame is within the screen: ${JSON.stringify(frame)}`)
      const chartBox = await chart.boundingBox()
      assert.ok(chartBox.x >= 0 && chartBox.x + chartBox.width <= PHONE.width, `the chart is within the screen: ${JSON.stringify(chartBox)}`)
      await balance.getByTestId('balance-chart').scrollIntoViewIfNeeded()
      await screenshot(page, 'balance-zh-phone.png', { fullPage: false })
    })
  })

  test('the officer switches the balance to per agreement, kept in the address, in English and in Chinese, on a phone too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    // The latest year of the page with rows both under an agreement and under none (the year the
    // suite crowded, 2025/2026 as the demo stands, with the stays it added under none).
    const years = [...new Set((await api('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
    let year = null
    let items = null
    for (const y of years) {
      const rows = await agreementsOf(api, y)
      if (rows.some((r) => r.agreement) && rows.some((r) => !r.agreement)) {
        year = y
        items = rows
        break
      }
    }
    assert.ok(year, `a year of the page has rows under an agreement and under none: ${years}`)
    // That is the year the suite crowded, its stays under no agreement: more rows than two pages hold.
    assert.equal(year, crowded)
    assert.ok(items.length > 2 * PAGE_SIZE, `${year}: ${items.length} rows per agreement`)
    // A page at a time: pages of a few rows, followed through `next`, give the same rows in the
    // same order and the same total; the first page, as the section reads it, the first twenty.
    const few = await agreementPagesOf(api, year, null, AGREEMENT_FEW)
    assert.ok(few.pages >= 2, `${year}: ${items.length} rows make at least two pages of ${AGREEMENT_FEW}`)
    assert.equal(few.pages, Math.ceil(items.length / AGREEMENT_FEW), `${year}: "next" until the last page`)
    assert.deepEqual(few.items, items, `${year}: pages of ${AGREEMENT_FEW} give the same rows in the same order`)
    const total = few.total
    const firstPage = (await api('GET', `/indicators/exchange_balance/agreements?year=${year}&limit=${PAGE_SIZE}`)).json
    assert.deepEqual(firstPage.items, items.slice(0, PAGE_SIZE), `${year}: the first page of ${PAGE_SIZE}, as the section reads it`)
    assert.equal(firstPage.total, total)
    assert.equal(firstPage.next === null, items.length <= PAGE_SIZE, `${year}: a next page while there is more`)
    // The API: a row per agreement and partner, each once; the balance in less out; the most
    // students exchanged first, rows under an agreement before those under none at a tie.
    assert.equal(new Set(items.map((i) => `${i.agreement?.id ?? ''}/${i.partner.id}`)).size, items.length, 'each agreement and partner once')
    for (const [n, i] of items.entries()) {
      assert.equal(i.academic_year, academicYear(year))
      assert.equal(i.people_balance, i.incoming_people - i.outgoing_people, `${i.agreement?.code ?? 'none'} ${i.partner.name}: students in less out`)
      const before = items[n - 1]
      if (!before) continue
      const [a, b] = [before, i].map((r) => r.outgoing_people + r.incoming_people)
      assert.ok(a > b || (a === b && (before.agreement || !i.agreement)), `the server's order at ${n}`)
    }
    const none = items.find((i) => !i.agreement)
    const under = items.find((i) => i.agreement)

    await withPage('balance-agreements', async (page) => {
      await signIn(page, OFFICER)
      await page.goto(`/indicators?balance_year=${year}`)
      const balance = section(page)
      // Per partner by default, which the address leaves out.
      await waitForYear(page, year, false)
      assert.equal(await viewChosen(page, 'partner'), true, 'per partner is the default')
      assert.equal(await viewChosen(page, 'agreement'), false)
      assert.equal(new URL(page.url()).searchParams.get('balance_by'), null)
      await waitForText(balance.getByTestId('balance-view').locator('legend'), 'Balance')
      await waitForText(balance.getByTestId('balance-view-agreement'), 'Per agreement')

      // Per agreement: the address says so and keeps the year.
      await balance.getByTestId('balance-view-agreement').click()
      await page.waitForURL((url) => url.searchParams.get('balance_by') === 'agreement')
      assert.equal(new URL(page.url()).searchParams.get('balance_year'), String(year))
      await waitForAgreements(page, year)
      assert.equal(await viewChosen(page, 'agreement'), true)
      // (As written: the stylesheet shows headings in capitals.)
      const heads = (await balance.getByTestId('balance-table').locator('thead th').allTextContents()).map((h) => h.trim())
      assert.deepEqual(heads, ['Agreement', 'Partner', 'Students out', 'Months out', 'Students in', 'Months in', 'Balance of students', 'Balance of months'])
      await assertAgreementRows(page, { year, items, total }, academicYear(year))

      // The stays under no agreement read so, and lead to no agreement.
      const noneRow = balance.locator(`[data-testid="balance-row"][data-agreement=""][data-partner="${none.partner.id}"]`)
      assert.equal((await noneRow.getByTestId('balance-agreement').innerText()).trim(), 'No agreement')
      assert.equal(await noneRow.getByTestId('balance-agreement').locator('a').count(), 0)
      // A student under two agreements with one partner: in words under the table.
      await waitForText(balance.getByTestId('balance-agreement-note'), 'A student who went or came under two agreements with one partner counts in both rows.')

      // The bars: the first rows, at most fifteen, named by agreement and partner.
      const chart = balance.getByTestId('balance-chart')
      await chart.locator('canvas').waitFor()
      const drawn = Math.min(CHART_PARTNERS, items.length)
      assert.match(await chart.getAttribute('aria-label'), new RegExp(`for ${drawn} agreements and partners in ${academicYear(year)}`))

      // The export is the rows per agreement's, of the same year; the CSV a row per row shown.
      const csvHref = await balance.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/exchange_balance/agreements')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { year: String(year), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await balance.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.pathname, '/api/v1/indicators/exchange_balance/agreements')
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, items.length + 1, 'the CSV: a header and a row per agreement and partner')
      assert.ok(lines.slice(1).some((l) => l.includes(under.agreement.code)), 'the CSV names the agreements')
      await mkdir(outDir, { recursive: true })
      await balance.screenshot({ path: path.join(outDir, 'balance-agreements.png') })

      // A reload keeps the view.
      await page.reload()
      await waitForAgreements(page, year)
      assert.equal(await viewChosen(page, 'agreement'), true, 'the view is kept after a reload')
      await assertAgreementRows(page, { year, items, total }, `${academicYear(year)} after a reload`)

      // An agreement's code leads to its page; back, the view is still per agreement.
      const link = balance.locator(`[data-testid="balance-row"][data-agreement="${under.agreement.id}"]`).first().getByTestId('balance-agreement').locator('a')
      assert.equal(await link.getAttribute('href'), `/agreements/${under.agreement.id}`)
      await link.click()
      await page.waitForURL((url) => url.pathname === `/agreements/${under.agreement.id}`)
      await waitForText(page.getByTestId('agreement-code'), under.agreement.code)
      await page.goBack()
      await page.waitForURL((url) => url.pathname === '/indicators' && url.searchParams.get('balance_by') === 'agreement')
      await waitForAgreements(page, year)
      await showAll(page)

      // In Chinese: the switch, the columns, "no agreement" and the sentence under the table.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(balance.getByTestId('balance-view-agreement'), '按协议')
      await waitForText(balance.getByTestId('balance-view').locator('legend'), '交流平衡')
      await waitForText(balance.getByTestId('balance-view-partner'), '按合作院校')
      const headsZh = (await balance.getByTestId('balance-table').locator('thead th').allInnerTexts()).map((h) => h.trim())
      assert.deepEqual(headsZh, ['协议', '合作院校', '派出人数', '派出月数', '接收人数', '接收月数', '人数平衡', '月数平衡'])
      await waitForText(noneRow.getByTestId('balance-agreement'), '无协议')
      await waitForText(balance.getByTestId('balance-agreement-note'), '在两行中各计一次')
      await waitForText(balance.getByTestId('balance-status'), `${academicYear(year)} 学年的协议与合作院校：已显示 ${items.length} 行，共 ${total} 行`)
      assert.equal(await balance.getByTestId('balance-row').count(), items.length)
      const zhCsv = new URL(await balance.getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(zhCsv.pathname, '/api/v1/indicators/exchange_balance/agreements')
      assert.equal(zhCsv.searchParams.get('lang'), 'zh')

      // On a phone: the page does not scroll sideways; the table scrolls inside its frame.
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await balance.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the balance per agreement fits 390 px')
      const frame = await balance.locator('.table-wrap').boundingBox()
      assert.ok(frame.x >= 0 && frame.x + frame.width <= PHONE.width, `the table's frame is within the screen: ${JSON.stringify(frame)}`)
      const switchBox = await balance.getByTestId('balance-view').boundingBox()
      assert.ok(switchBox.x >= 0 && switchBox.x + switchBox.width <= PHONE.width, `the switch is within the screen: ${JSON.stringify(switchBox)}`)
      await balance.getByTestId('balance-table').scrollIntoViewIfNeeded()
      await screenshot(page, 'balance-agreements-zh-phone.png', { fullPage: false })

      // Back to per partner: the address leaves the view out, and the partners are shown.
      await balance.getByTestId('balance-view-partner').click()
      await page.waitForURL((url) => url.searchParams.get('balance_by') === null)
      await section(page).locator(`[data-testid="balance-results"][data-by="partner"][data-year="${year}"]:not(.result-list--stale)`).waitFor()
      assert.equal(await balance.getByTestId('balance-agreement').count(), 0)
      const partnerCsv = new URL(await balance.getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(partnerCsv.pathname, '/api/v1/indicators/exchange_balance')
    })
  })

  test('a coordinator sees the balance of their org unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    const countries = await countryNames(officer)
    // The latest year of the page in which the coordinator's unit exchanged students.
    const years = [...new Set((await coordinator('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
    let chosen = null
    for (const year of years) {
      const items = await balanceOf(coordinator, year)
      // The server forces their own unit: an officer choosing it reads the same; asking for another changes nothing.
      assert.deepEqual(items, await balanceOf(officer, year, unit), `${year}: the coordinator's balance is their unit's`)
      if (!chosen && items.length) chosen = { year, ...(await pagesOf(coordinator, year)), all: await balanceOf(officer, year) }
    }
    assert.ok(chosen, 'the coordinator’s unit exchanged students in a year of the page')
    const own = (items) => items.reduce((n, i) => n + i.outgoing_people + i.incoming_people, 0)
    assert.ok(own(chosen.items) <= own(chosen.all), 'a unit exchanges no more than the institution')

    await withPage('balance-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?balance_year=${chosen.year}`)
      await page.getByTestId('indicators-own-unit').waitFor()
      assert.equal(await section(page).getByTestId('balance-year').inputValue(), String(chosen.year))
      await waitForYear(page, chosen.year, false)
      await assertRows(page, chosen, countries, `the coordinator's ${academicYear(chosen.year)}`)
      const csvUrl = new URL(await section(page).getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(csvUrl.searchParams.get('year'), String(chosen.year))
    })
  })

  test('a coordinator sees the balance per agreement of their org unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    const years = [...new Set((await coordinator('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
    let chosen = null
    for (const year of years) {
      const items = await agreementsOf(coordinator, year)
      // The server forces their own unit: an officer choosing it reads the same.
      assert.deepEqual(items, await agreementsOf(officer, year, unit), `${year}: the coordinator's rows per agreement are their unit's`)
      if (!chosen && items.length) chosen = { year, items, total: items.length, all: await agreementsOf(officer, year) }
    }
    assert.ok(chosen, 'the coordinator’s unit exchanged students in a year of the page')
    assert.ok(chosen.items.length <= chosen.all.length, 'a unit has no more rows than the institution')

    await withPage('balance-coordinator-agreements', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?balance_year=${chosen.year}&balance_by=agreement`)
      await page.getByTestId('indicators-own-unit').waitFor()
      assert.equal(await section(page).getByTestId('balance-year').inputValue(), String(chosen.year))
      await waitForAgreements(page, chosen.year)
      assert.equal(await viewChosen(page, 'agreement'), true)
      await assertAgreementRows(page, chosen, `the coordinator's ${academicYear(chosen.year)}`)
      const csvUrl = new URL(await section(page).getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/exchange_balance/agreements')
      assert.equal(csvUrl.searchParams.get('year'), String(chosen.year))
    })
  })

  test('a year the server does not report on is refused at `year`, and the page says so', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    await assert.rejects(api('GET', '/indicators/exchange_balance?year=1800'), (err) => {
      // The server answers an invalid field of a query as of a body: 422, naming the field.
      assert.match(err.message, /HTTP (400|422)/)
      assert.match(err.message, /"field":"year"/)
      return true
    })
    await assert.rejects(api('GET', '/indicators/exchange_balance/agreements?year=1800'), (err) => {
      assert.match(err.message, /HTTP (400|422)/)
      assert.match(err.message, /"field":"year"/)
      return true
    })
    await withPage('balance-bad-year', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators?balance_year=1800')
      await waitForText(section(page).getByTestId('balance-error'), 'Choose an academic year Orbis reports on.')
      // The rest of the page is unaffected.
      await page.getByTestId('indicator-list').waitFor()
      // Per agreement alike.
      await page.goto('/indicators?balance_year=1800&balance_by=agreement')
      await waitForText(section(page).getByTestId('balance-error'), 'Choose an academic year Orbis reports on.')
      assert.equal(await viewChosen(page, 'agreement'), true)
    })
  })

  test('a student reaches neither the balance nor its API', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators/exchange_balance'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/exchange_balance?format=csv'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/exchange_balance/agreements'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/exchange_balance/agreements?format=csv'), /HTTP 403/)
    await withPage('balance-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto('/indicators?balance_year=2024')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('exchange-balance').count(), 0)
    })
  })
})
