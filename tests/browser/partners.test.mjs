// Browser tests of the partners by country on the Indicators page (docs/indicators.md,
// GET /api/v1/indicators/partners) against a real orbis server with the demo data. The suite
// first adds a signed agreement of the coordinator's org unit for the latest year. The officer
// finds the latest year of the page chosen, its table holding the API's rows by country in
// their order with their numbers (a country leading to its agreements) and its tiles what
// those rows add up to exactly; by region and by type give those rows (and the address says
// so), another year gives that year's, a year without partners says so, and the export holds
// a row per group; the section reads in Chinese and the page fits a phone. The world map counts
// the partners, the students out or the students in as the officer switches it (the address
// says so, a reload keeps it), drawing for each country the API's number. A coordinator sees
// their org unit's rows; a year or a grouping the server refuses says so; a student reaches
// neither the page nor the API.
// Run: node --test partners.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
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
const GROUPINGS = ['country', 'region', 'type']
/** What the world map can count, and the field of a row by country that gives it. */
const MAP_COUNTS = { partners: 'partners', outgoing: 'outgoing_people', incoming: 'incoming_people' }
/** The map's switch and caption, by what it counts, as the page words them. */
const MAP_WORDS = {
  en: {
    legend: 'Map shows',
    switch: { partners: 'Partners', outgoing: 'Students out', incoming: 'Students in' },
    caption: { partners: 'Partners per country', outgoing: 'Students out per country', incoming: 'Students in per country' },
    label: {
      partners: 'darker for more partners',
      outgoing: 'darker for more of our students who went there',
      incoming: 'darker for more of their students who came here',
    },
  },
  zh: {
    legend: '地图显示',
    switch: { partners: '合作院校', outgoing: '派出人数', incoming: '接收人数' },
    caption: { partners: '各国家/地区的合作院校', outgoing: '各国家/地区的派出人数', incoming: '各国家/地区的接收人数' },
    label: {
      partners: '颜色越深合作院校越多',
      outgoing: '颜色越深派往该国家/地区的本校学生越多',
      incoming: '颜色越深来自该国家/地区合作院校的学生越多',
    },
  },
}

const orbis = browserSuite()
const { withPage, apiAs } = orbis

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 })

/** The UN M49 regions as the page words them, in English and in Chinese. */
const REGIONS = {
  en: { Africa: 'Africa', Americas: 'Americas', Asia: 'Asia', Europe: 'Europe', Oceania: 'Oceania', '': 'No region' },
  zh: { Africa: '非洲', Americas: '美洲', Asia: '亚洲', Europe: '欧洲', Oceania: '大洋洲', '': '无区域' },
}

/** The academic year a year begins: 2025 → "2025/2026". */
function academicYear(year) {
  return `${year}/${year + 1}`
}

/** Whether the document is wider than the window (the page scrolls sideways). */
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

/** The rows of `year` grouped `by` (and of `orgUnit`) as the server gives them to `api`: one page. */
async function groupsOf(api, by, year, orgUnit = null) {
  const search = new URLSearchParams({ by, year: String(year) })
  if (orgUnit !== null) search.set('org_unit', String(orgUnit))
  const page = (await api('GET', `/indicators/partners?${search}`)).json
  assert.equal(page.next, null, `${by} ${year}: one page`)
  assert.equal(page.total, page.items.length, `${by} ${year}: total counts the rows`)
  return page.items
}

/** The years the page shows by default, newest first (the first is what the section starts on). */
async function pageYears(api) {
  return [...new Set((await api('GET', '/indicators')).json.items.map((i) => i.year))].sort((a, b) => b - a)
}

/** The years of the page, newest first, each with its rows by every grouping as `api` reads them. */
async function yearsWithPartners(api, orgUnit = null) {
  const out = []
  for (const year of await pageYears(api)) {
    const rows = {}
    for (const by of GROUPINGS) rows[by] = await groupsOf(api, by, year, orgUnit)
    out.push({ year, ...rows })
  }
  return out
}

/**
 * A signed agreement of `unit`'s with a partner of the demo's for `year` alone (so that the
 * coordinator's org unit has a partner that year). Returns the partner.
 */
async function addUnitAgreement(officer, unit, year) {
  const first = (await officer('GET', '/agreements?limit=1')).json.items[0]
  const parties = (await officer('GET', `/agreements/${first.id}`)).json.parties
  const home = parties.find((p) => p.is_home).institution
  const partner = parties.find((p) => !p.is_home).institution
  const created = (
    await officer('POST', '/agreements', {
      code: 'PARTNERS-TEST-1',
      title: 'Partners by country: one of the coordinator’s org unit',
      kinds: ['student_exchange'],
      start_date: `${year}-09-01`,
      end_date: `${year + 1}-08-31`,
      parties: [{ institution_id: home.id, is_home: true, org_unit_id: unit }, { institution_id: partner.id }],
    })
  ).json
  for (const to of ['negotiation', 'signed']) await officer('POST', `/agreements/${created.id}/transitions`, { to })
  return partner
}

const section = (page) => page.getByTestId('partners-by-country')

/** Waits until the section shows the rows of `year` grouped `by` (or says the year has none). */
async function waitForRows(page, year, by, empty) {
  if (empty) {
    await waitForText(section(page).getByTestId('partners-empty'), academicYear(year))
    return
  }
  await section(page).locator(`[data-testid="partners-results"][data-year="${year}"][data-by="${by}"]:not(.result-list--stale)`).waitFor()
}

/** The table's rows as the page words them. */
function tableRows(page) {
  return section(page)
    .getByTestId('partners-row')
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (id) => tr.querySelector(`[data-testid="${id}"]`)
        const text = (id) => cell(id)?.innerText.trim() ?? null
        return {
          group: tr.getAttribute('data-group'),
          name: text('partners-name'),
          href: cell('partners-name').querySelector('a')?.getAttribute('href') ?? null,
          region: text('partners-region'),
          partners: text('partners-partners'),
          agreements: text('partners-agreements'),
          out: text('partners-out'),
          in: text('partners-in'),
        }
      }),
    )
}

/** A row as the page words it, in `lang`: the name in that language, a country's region and link. */
function expectedRow(g, by, lang = 'en') {
  const name = (lang === 'zh' && g.name_zh) || g.name
  return {
    group: g.group,
    name: name || (by === 'region' ? REGIONS[lang][''] : g.group),
    href: by === 'country' && g.group ? `/agreements?country=${g.group}` : null,
    region: by === 'country' ? (g.region ? (REGIONS[lang][g.region] ?? g.region) : '—') : null,
    partners: whole.format(g.partners),
    agreements: whole.format(g.agreements),
    out: whole.format(g.outgoing_people),
    in: whole.format(g.incoming_people),
  }
}

/** The table's column headings as written (the stylesheet shows them in capitals). */
function headings(page) {
  return section(page)
    .getByTestId('partners-table')
    .locator('thead th')
    .evaluateAll((ths) => ths.map((th) => th.textContent.trim()))
}

/** The tiles as the page words them, and as the rows by country give them. */
function tiles(page) {
  return section(page)
    .getByTestId('partners-totals')
    .evaluate((dl) => ({
      countries: dl.querySelector('[data-testid="partners-total-countries"]').innerText.trim(),
      partners: dl.querySelector('[data-testid="partners-total-partners"]').innerText.trim(),
    }))
}

function expectedTiles(countries) {
  return {
    countries: whole.format(countries.filter((c) => c.partners > 0).length),
    partners: whole.format(countries.reduce((n, c) => n + c.partners, 0)),
  }
}

/** Asserts that the table holds `rows` grouped `by`, in their order, and the tiles what `countries` add up to. */
async function assertRows(page, rows, by, countries, what, lang = 'en') {
  const expected = rows.map((g) => expectedRow(g, by, lang))
  const deadline = Date.now() + WAIT_MS
  let shown = await tableRows(page)
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    shown = await tableRows(page)
  }
  assert.deepEqual(shown, expected, `${what}: the table's rows are the API's items`)
  assert.deepEqual(await tiles(page), expectedTiles(countries), `${what}: the tiles are what the rows by country add up to`)
}

/** The number per country the map colours for `counted`, from the API's rows by country: a country with none is left uncoloured. */
function expectedMap(countries, counted) {
  const field = MAP_COUNTS[counted]
  return Object.fromEntries(countries.filter((g) => g.group && g[field] > 0).map((g) => [g.group, g[field]]))
}

/** What the map drew, per country, and what it says it counts (PartnerMap's data attributes; nothing before it draws). */
async function mapDrawn(page) {
  const map = section(page).getByTestId('partners-map').getByTestId('partner-map')
  const [counted, drawn] = await Promise.all([map.getAttribute('data-counted'), map.getAttribute('data-drawn')])
  return { counted, drawn: drawn ? JSON.parse(drawn) : null }
}

/**
 * Asserts that the map counts `counted` and drew, per country, what `countries` (the API's rows
 * by country) give for it; that its switch says so, and its caption and label in `lang`.
 */
async function assertMap(page, countries, counted, what, lang = 'en') {
  const expected = { counted, drawn: expectedMap(countries, counted) }
  const deadline = Date.now() + WAIT_MS
  let shown = await mapDrawn(page)
  while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(200)
    shown = await mapDrawn(page)
  }
  assert.deepEqual(shown, expected, `${what}: the map draws the API's ${MAP_COUNTS[counted]} per country`)
  const figure = section(page).getByTestId('partners-map')
  for (const c of Object.keys(MAP_COUNTS)) {
    assert.equal(
      await figure.getByTestId(`partners-map-count-${c}`).locator('input').isChecked(),
      c === counted,
      `${what}: ${c} chosen or not`,
    )
  }
  await waitForText(figure.getByTestId('partners-map-title'), MAP_WORDS[lang].caption[counted])
  const label = await figure.getByTestId('partner-map-canvas').getAttribute('aria-label')
  assert.ok(label.includes(MAP_WORDS[lang].label[counted]), `${what}: the map's label says what it counts: ${label}`)
}

/** Asserts the API's order (most partners, most students, then by group) and what the groupings share. */
function assertApiYear({ year, country, region, type }) {
  const what = academicYear(year)
  for (const [by, rows] of Object.entries({ country, region, type })) {
    assert.equal(new Set(rows.map((g) => g.group)).size, rows.length, `${what} by ${by}: each group once`)
    for (const g of rows) {
      assert.equal(g.academic_year, what)
      if (by !== 'country') assert.equal(g.region, '', `${what} by ${by}: no region of a ${by}`)
    }
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]
      const b = rows[i]
      const key = (g) => [g.partners, g.outgoing_people + g.incoming_people]
      const [ap, as] = key(a)
      const [bp, bs] = key(b)
      assert.ok(ap > bp || (ap === bp && (as > bs || (as === bs && a.group < b.group))), `${what} by ${by}: ${a.group} before ${b.group}`)
    }
  }
  // Each partner has one country and each country one region; an institution of several types counts under each.
  const partners = (rows) => rows.reduce((n, g) => n + g.partners, 0)
  assert.equal(partners(region), partners(country), `${what}: the regions' partners are the countries'`)
  assert.ok(partners(type) >= partners(country), `${what}: the types' partners are at least the countries'`)
}

describe('Partners by country', { timeout: TEST_TIMEOUT_MS * 4 }, () => {
  /** The partner of the agreement the suite adds for the coordinator's org unit, and the year of it. */
  const added = { partner: null, year: null }
  before(async () => {
    const officer = await apiAs(OFFICER)
    const unit = (await (await apiAs(COORDINATOR))('GET', '/auth/me')).json.org_unit_id
    added.year = (await pageYears(officer))[0]
    added.partner = await addUnitAgreement(officer, unit, added.year)
  })

  test('the officer reads the partners of the latest year and of another, by country, region and type, in English and in Chinese, on a phone too', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const years = await yearsWithPartners(api)
    for (const y of years) assertApiYear(y)
    const latest = years[0]
    assert.equal(latest.year, added.year)
    assert.ok(latest.country.some((g) => g.group === added.partner.country && g.partners > 0), 'the latest year holds the partner added')
    // Another year of the page with rows other than the latest's.
    const other = years.find((y) => y.year !== latest.year && y.country.length && JSON.stringify(y.country) !== JSON.stringify(latest.country))
    assert.ok(other, `the demo has partners in another year of the page: ${JSON.stringify(years.map((y) => [y.year, y.country.length]))}`)

    await withPage('partners-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const partners = section(page)
      await waitForText(partners.locator('h2'), 'Partners by country')
      await waitForText(partners.getByTestId('partners-about'), 'Each partner, agreement and student counts once in a row.')
      // The picker starts on the latest year the page shows, by country.
      assert.equal(await partners.getByTestId('partners-year').inputValue(), String(latest.year), 'the section starts on the latest year')
      assert.equal(await partners.getByTestId('partners-grouping-country').locator('input').isChecked(), true, 'by country unless another is chosen')
      await waitForRows(page, latest.year, 'country', false)
      await assertRows(page, latest.country, 'country', latest.country, `${academicYear(latest.year)} by country`)
      await waitForText(partners.getByTestId('partners-status'), `Countries with partners or students exchanged in ${academicYear(latest.year)}: ${latest.country.length}`)
      const heads = await headings(page)
      assert.deepEqual(heads, ['Country', 'Region', 'Partners', 'Agreements', 'Students out', 'Students in'])
      // By country, the world map, coloured by the partners.
      await partners.getByTestId('partners-map').getByTestId('partner-map-canvas').waitFor()
      await mkdir(outDir, { recursive: true })
      await partners.screenshot({ path: path.join(outDir, 'partners.png') })

      // By region, then by type: their rows, and the grouping in the address.
      for (const by of ['region', 'type']) {
        await partners.getByTestId(`partners-grouping-${by}`).click()
        await page.waitForURL((url) => url.searchParams.get('partners_by') === by)
        await waitForRows(page, latest.year, by, false)
        await assertRows(page, latest[by], by, latest.country, `${academicYear(latest.year)} by ${by}`)
        assert.equal(await partners.getByTestId('partners-map').count(), 0, `by ${by}: no map`)
      }
      const typeHeads = await headings(page)
      assert.deepEqual(typeHeads, ['Institution type', 'Partners', 'Agreements', 'Students out', 'Students in'])
      // Back to by country, the default, which the address leaves out.
      await partners.getByTestId('partners-grouping-country').click()
      await page.waitForURL((url) => !url.searchParams.has('partners_by'))
      await waitForRows(page, latest.year, 'country', false)

      // Another year: its rows, and the year in the address, the other sections keeping theirs.
      await partners.getByTestId('partners-year').selectOption(String(other.year))
      await page.waitForURL((url) => url.searchParams.get('partners_year') === String(other.year))
      assert.equal(await page.getByTestId('balance-year').inputValue(), String(latest.year), 'the balance keeps its own year')
      assert.equal(await page.getByTestId('seats-year').inputValue(), String(latest.year), 'the seat use keeps its own year')
      await waitForRows(page, other.year, 'country', false)
      await assertRows(page, other.country, 'country', other.country, `${academicYear(other.year)} by country`)
      // By region in that year: the tiles stay the year's by country.
      await partners.getByTestId('partners-grouping-region').click()
      await waitForRows(page, other.year, 'region', false)
      await assertRows(page, other.region, 'region', other.country, `${academicYear(other.year)} by region`)

      // The export selects the same grouping and year, and its file holds a row per group.
      const csvHref = await partners.getByTestId('export-csv').getAttribute('href')
      const csvUrl = new URL(csvHref, page.url())
      assert.equal(csvUrl.pathname, '/api/v1/indicators/partners')
      assert.deepEqual(Object.fromEntries(csvUrl.searchParams), { by: 'region', year: String(other.year), format: 'csv', lang: 'en' })
      const xlsxUrl = new URL(await partners.getByTestId('export-xlsx').getAttribute('href'), page.url())
      assert.equal(xlsxUrl.searchParams.get('format'), 'xlsx')
      const csv = await page.request.get(csvHref)
      assert.equal(csv.status(), 200)
      const lines = (await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim())
      assert.equal(lines.length, other.region.length + 1, 'the CSV: a header and a row per region')

      // A year without partners or students says so in words, and draws no table.
      const offered = (await partners.getByTestId('partners-year').locator('option').evaluateAll((os) => os.map((o) => Number(o.value)))).sort((a, b) => a - b)
      let quiet = null
      for (const year of offered) {
        if (!(await groupsOf(api, 'region', year)).length) {
          quiet = year
          break
        }
      }
      assert.ok(quiet, `a year the picker offers has no partners: ${offered}`)
      await partners.getByTestId('partners-year').selectOption(String(quiet))
      await waitForText(partners.getByTestId('partners-empty'), `No agreement was in force and no student was exchanged with a partner in ${academicYear(quiet)}.`)
      assert.equal(await partners.getByTestId('partners-table').count(), 0)

      // A country leads to the agreements with its partners.
      await page.goto(`/indicators?partners_year=${latest.year}`)
      await waitForRows(page, latest.year, 'country', false)
      const first = latest.country[0]
      await partners.getByTestId('partners-row').first().getByTestId('partners-name').locator('a').click()
      await page.waitForURL((url) => url.pathname === '/agreements' && url.searchParams.get('country') === first.group)
      assert.equal(await page.getByTestId('filter-country').inputValue(), first.group)
      await page.goBack()
      await waitForRows(page, latest.year, 'country', false)

      // In Chinese: the heading, the switch, the columns, and the names and regions in Chinese.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(partners.locator('h2'), '按国家/地区统计的合作院校')
      const switches = (await partners.getByTestId('partners-grouping').locator('label').allInnerTexts()).map((s) => s.trim())
      assert.deepEqual(switches, ['国家/地区', '区域', '机构类型'])
      const zhHeads = await headings(page)
      assert.deepEqual(zhHeads, ['国家/地区', '区域', '合作院校', '协议', '派出人数', '接收人数'])
      const tileNames = (await partners.getByTestId('partners-totals').locator('dt').allInnerTexts()).map((h) => h.trim())
      assert.deepEqual(tileNames, ['有合作院校的国家/地区', '合作院校'])
      await assertRows(page, latest.country, 'country', latest.country, `${academicYear(latest.year)} in Chinese`, 'zh')
      assert.ok(latest.country.some((g) => g.name_zh && g.name_zh !== g.name), 'some country has a Chinese name of its own')
      await waitForText(partners.getByTestId('partners-status'), `${academicYear(latest.year)} 学年有合作院校或交流学生的国家/地区：${latest.country.length} 个`)
      await partners.getByTestId('partners-grouping-type').click()
      await waitForRows(page, latest.year, 'type', false)
      await assertRows(page, latest.type, 'type', latest.country, `${academicYear(latest.year)} by type in Chinese`, 'zh')

      // On a phone: the page does not scroll sideways; the table scrolls inside its frame.
      await partners.getByTestId('partners-grouping-country').click()
      await waitForRows(page, latest.year, 'country', false)
      await page.setViewportSize(PHONE)
      await page.waitForTimeout(300)
      await partners.scrollIntoViewIfNeeded()
      assert.equal(await scrollsSideways(page), false, 'the Indicators page with the partners by country fits 390 px')
      for (const part of [partners.locator('.table-wrap'), partners.getByTestId('partners-totals'), partners.getByTestId('partners-grouping'), partners.getByTestId('partners-map')]) {
        const box = await part.boundingBox()
        assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `within the screen: ${JSON.stringify(box)}`)
      }
      await partners.getByTestId('partners-totals').scrollIntoViewIfNeeded()
      await screenshot(page, 'partners-zh-phone.png', { fullPage: false })
    })
  })

  test('the officer switches the world map to the students out and the students in, kept in the address, in English and in Chinese', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const years = await pageYears(api)
    const latest = { year: years[0], country: await groupsOf(api, 'country', years[0]) }
    // The three counts colour different countries, or the same by other numbers.
    const maps = Object.fromEntries(Object.keys(MAP_COUNTS).map((c) => [c, expectedMap(latest.country, c)]))
    assert.ok(Object.keys(maps.outgoing).length && Object.keys(maps.incoming).length, `the latest year has students out and in: ${JSON.stringify(maps)}`)
    assert.notDeepEqual(maps.outgoing, maps.partners, 'the students out are not the partners')
    assert.notDeepEqual(maps.incoming, maps.outgoing, 'the students in are not the students out')
    // Another year where students went to a country with no partner in force: coloured for the students, not for the partners.
    let other = null
    for (const year of years.slice(1)) {
      const country = await groupsOf(api, 'country', year)
      const bare = country.find((g) => g.partners === 0 && g.outgoing_people > 0)
      if (bare) {
        other = { year, country, bare: bare.group }
        break
      }
    }
    assert.ok(other, 'the demo has a year with students out to a country without partners')

    await withPage('partners-map-counts', async (page) => {
      await signIn(page, OFFICER)
      await page.goto('/indicators')
      const partners = section(page)
      await waitForRows(page, latest.year, 'country', false)
      // The partners unless another is chosen; the address leaves them out.
      const figure = partners.getByTestId('partners-map')
      await waitForText(figure.getByTestId('partners-map-count').locator('legend'), MAP_WORDS.en.legend)
      const switches = (await figure.getByTestId('partners-map-count').locator('label').allInnerTexts()).map((s) => s.trim())
      assert.deepEqual(switches, Object.values(MAP_WORDS.en.switch))
      await assertMap(page, latest.country, 'partners', `${academicYear(latest.year)}, partners`)
      assert.equal(new URL(page.url()).searchParams.has('partners_map'), false)

      // The students out, then the students in: the address says so, the map draws the API's numbers.
      for (const counted of ['outgoing', 'incoming']) {
        await figure.getByTestId(`partners-map-count-${counted}`).click()
        await page.waitForURL((url) => url.searchParams.get('partners_map') === counted)
        await assertMap(page, latest.country, counted, `${academicYear(latest.year)}, ${counted}`)
      }
      await mkdir(outDir, { recursive: true })
      await figure.screenshot({ path: path.join(outDir, 'partners-map-incoming.png') })

      // A reload keeps the students in.
      await page.reload()
      await waitForRows(page, latest.year, 'country', false)
      assert.equal(new URL(page.url()).searchParams.get('partners_map'), 'incoming')
      await assertMap(page, latest.country, 'incoming', `${academicYear(latest.year)}, incoming, reloaded`)

      // Another year keeps what the map counts; a country with students out and no partners is coloured.
      await figure.getByTestId('partners-map-count-outgoing').click()
      await partners.getByTestId('partners-year').selectOption(String(other.year))
      await page.waitForURL((url) => url.searchParams.get('partners_year') === String(other.year) && url.searchParams.get('partners_map') === 'outgoing')
      await waitForRows(page, other.year, 'country', false)
      await assertMap(page, other.country, 'outgoing', `${academicYear(other.year)}, outgoing`)
      assert.ok((await mapDrawn(page)).drawn[other.bare] > 0, `${other.bare}: students out, no partners, coloured`)

      // By region there is no map, and back by country it counts what the address says.
      await partners.getByTestId('partners-grouping-region').click()
      await waitForRows(page, other.year, 'region', false)
      assert.equal(await partners.getByTestId('partners-map').count(), 0)
      await partners.getByTestId('partners-grouping-country').click()
      await waitForRows(page, other.year, 'country', false)
      await assertMap(page, other.country, 'outgoing', `${academicYear(other.year)}, outgoing, by country again`)

      // In Chinese: the switch, the caption and the label; the students in, then the partners again, which the address leaves out.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(figure.getByTestId('partners-map-count').locator('legend'), MAP_WORDS.zh.legend)
      const zhSwitches = (await figure.getByTestId('partners-map-count').locator('label').allInnerTexts()).map((s) => s.trim())
      assert.deepEqual(zhSwitches, Object.values(MAP_WORDS.zh.switch))
      await assertMap(page, other.country, 'outgoing', `${academicYear(other.year)}, outgoing, in Chinese`, 'zh')
      await figure.getByTestId('partners-map-count-incoming').click()
      await page.waitForURL((url) => url.searchParams.get('partners_map') === 'incoming')
      await assertMap(page, other.country, 'incoming', `${academicYear(other.year)}, incoming, in Chinese`, 'zh')
      await figure.getByTestId('partners-map-count-partners').click()
      await page.waitForURL((url) => !url.searchParams.has('partners_map'))
      await assertMap(page, other.country, 'partners', `${academicYear(other.year)}, partners, in Chinese`, 'zh')
      assert.equal((await mapDrawn(page)).drawn[other.bare], undefined, `${other.bare}: no partners, uncoloured`)

      // A value the page does not know in the address reads as the partners.
      await page.goto(`/indicators?partners_year=${latest.year}&partners_map=flights`)
      await waitForRows(page, latest.year, 'country', false)
      await assertMap(page, latest.country, 'partners', `${academicYear(latest.year)}, an unknown count`, 'zh')
    })
  })

  test('a coordinator sees the partners of their org unit', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    const unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(unit, 'the demo coordinator has an org unit')
    // The server forces their own unit: an officer choosing it reads the same.
    const years = await yearsWithPartners(coordinator)
    for (const y of years) {
      for (const by of GROUPINGS) {
        assert.deepEqual(y[by], await groupsOf(officer, by, y.year, unit), `${y.year} by ${by}: the coordinator's rows are their unit's`)
      }
    }
    const chosen = years.find((y) => y.year === added.year)
    assert.ok(chosen.country.some((g) => g.group === added.partner.country && g.partners > 0), 'the unit’s agreement counts for the coordinator')
    const all = await groupsOf(officer, 'country', chosen.year)
    const sum = (rows) => rows.reduce((n, g) => n + g.partners, 0)
    assert.ok(sum(chosen.country) <= sum(all), 'a unit has no more partners than the institution')

    await withPage('partners-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/indicators?partners_year=${chosen.year}&partners_by=type`)
      await page.getByTestId('indicators-own-unit').waitFor()
      assert.equal(await section(page).getByTestId('partners-year').inputValue(), String(chosen.year))
      await waitForRows(page, chosen.year, 'type', false)
      await assertRows(page, chosen.type, 'type', chosen.country, `the coordinator's ${academicYear(chosen.year)} by type`)
      await section(page).getByTestId('partners-grouping-country').click()
      await waitForRows(page, chosen.year, 'country', false)
      await assertRows(page, chosen.country, 'country', chosen.country, `the coordinator's ${academicYear(chosen.year)} by country`)
      const csvUrl = new URL(await section(page).getByTestId('export-csv').getAttribute('href'), page.url())
      assert.equal(csvUrl.searchParams.get('year'), String(chosen.year))
      assert.equal(csvUrl.searchParams.get('by'), 'country')
    })
  })

  test('a year or a grouping the server does not take is refused by name, and the page says so', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    for (const [search, field] of [
      ['year=1800', 'year'],
      ['by=city', 'by'],
    ]) {
      await assert.rejects(api('GET', `/indicators/partners?${search}`), (err) => {
        assert.match(err.message, /HTTP 422/)
        assert.match(err.message, new RegExp(`"field":"${field}"`))
        return true
      })
    }
    await withPage('partners-bad-year', async (page) => {
      await signIn(page, OFFICER)
      // A grouping the page does not know reads as by country; a year the server refuses says so.
      await page.goto('/indicators?partners_year=1800&partners_by=city')
      await waitForText(section(page).getByTestId('partners-error'), 'Choose an academic year Orbis reports on.')
      assert.equal(await section(page).getByTestId('partners-grouping-country').locator('input').isChecked(), true)
      // The rest of the page is unaffected.
      await page.getByTestId('indicator-list').waitFor()
      await page.getByTestId('seats-results').or(page.getByTestId('seats-empty')).waitFor()
    })
  })

  test('a student reaches neither the partners by country nor its API', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/indicators/partners'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/partners?by=region'), /HTTP 403/)
    await assert.rejects(student('GET', '/indicators/partners?format=csv'), /HTTP 403/)
    await withPage('partners-student', async (page) => {
      await signIn(page, STUDENT)
      await page.goto('/indicators?partners_year=2024')
      await page.waitForURL((url) => url.pathname !== '/indicators')
      assert.equal(await page.getByTestId('partners-by-country').count(), 0)
    })
  })
})
