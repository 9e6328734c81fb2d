// Browser tests of the co-publications page (docs/research.md, GET /api/v1/research/co-publications
// and POST /api/v1/research/publications/import) against a real orbis server with the demo data,
// which holds an extract of co-publications of the last six years and none of EMPTY_YEAR. The
// officer finds Co-publications in the navigation, and for EMPTY_YEAR an empty list that says
// how to import; a file with a bad line shows that line (line, field, the server's message)
// and imports nothing; the fixture tests/cases/openalex/works.jsonl is checked (9 works, 9
// new), then imported, and it adds what its README works out by hand: Oxford 5 and ETH Zurich
// 3, sustained partners abroad, Zhejiang University 2 at home, Berkeley and the University of
// Hong Kong 1 each; the table holds the API's partners in its order with their counts per year;
// the export links select the same years; the page reads in Chinese. The Indicators page then
// gives the co-publication share of 2025 with the fixture's 1 of 2 added. A viewer reads the list without the import form; a
// student is not offered the page, is sent away from it, and the API refuses them. Oxford's
// registry page shows the officer its research card as GET /institutions/{id}/research gives
// it (co-publications year by year, projects, visits, agreements), in English and Chinese, and
// the list gives each partner's projects, visits and agreements in force; Oxford's partner
// account sees no card, and the API refuses it.
// Run: node --test research.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { browserSuite, countryNames, isResponse, repoRoot, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const OXFORD = 'University of Oxford'
/** The agreement states as the English pages word them. */
const AGREEMENT_STATUS = {
  draft: 'Draft',
  negotiation: 'Negotiation',
  signed: 'Signed',
  active: 'Active',
  expiring: 'Expiring',
  expired: 'Expired',
  terminated: 'Terminated',
  renewed: 'Renewed',
}
const TEST_TIMEOUT_MS = 300_000
const PAGE_PATH = '/research/co-publications'
/** The fixture and what its README works out by hand. */
const WORKS = path.join(repoRoot, 'tests', 'cases', 'openalex', 'works.jsonl')
const FROM = 2022
const TO = 2026
/** A year offered by the page's pickers of which the demo holds no publications. */
const EMPTY_YEAR = 2010
const EXPECTED = [
  { name: /Oxford/, publications: 5, sustained: true, abroad: true, country: 'GB' },
  { name: /ETH Zurich|Zürich/, publications: 3, sustained: true, abroad: true, country: 'CH' },
  { name: /Zhejiang University/, publications: 2, sustained: false, abroad: false, country: 'CN' },
]
const ONES = [/Berkeley/, /Hong Kong/]
/** The co-publications the fixture adds from FROM to TO (the counts above). */
const FIXTURE_CO_PUBLICATIONS = 12
/** The 2025 share of works with an author abroad as the demo gives it, before the fixture is imported. */
let demoShare2025 = null

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** The partners of `from` to `to` (FROM to TO by default) as the server gives them to `api`: one page. */
async function partnersOf(api, from = FROM, to = TO) {
  const page = (await api('GET', `/research/co-publications?from=${from}&to=${to}`)).json
  assert.equal(page.next, null, 'one page')
  assert.equal(page.total, page.items.length, 'total counts the partners')
  return page.items
}

/** The co-publication share of 2025 as the server gives it to `api`. */
async function share2025(api) {
  const items = (await api('GET', '/indicators?from=2025&to=2025')).json.items
  const share = items.find((i) => i.id === 'international_copublication_share')
  assert.ok(share, JSON.stringify(items.map((i) => i.id)))
  return share
}

/** The partner whose name matches `name`, or undefined. */
function named(partners, name) {
  return partners.find((p) => name.test(p.name))
}

/** The co-publications of `partners` added up. */
function coPublications(partners) {
  return partners.reduce((sum, p) => sum + p.publications, 0)
}

/** POSTs `bytes` as a JSON Lines file with `token`; resolves { status, json } whatever the status. */
async function postFile(token, apiPath, bytes) {
  const response = await fetch(`${orbis.baseUrl}/api/v1${apiPath}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-ndjson' },
    body: bytes,
  })
  return { status: response.status, json: await response.json() }
}

/** The table's rows as the page words them. */
function tableRows(page) {
  return page.getByTestId('co-publication-row').evaluateAll((rows) =>
    rows.map((row) => {
      const text = (id) => row.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? ''
      return {
        ror: row.getAttribute('data-ror'),
        name: text('co-publication-name'),
        linked: row.querySelector('[data-testid="co-publication-link"]') !== null,
        country: text('co-publication-country'),
        total: Number(text('co-publication-total')),
        years: [...row.querySelectorAll('[data-testid="co-publication-year"]')].map((c) => Number(c.textContent.trim() || '0')),
        sustained: row.querySelector('[data-testid="co-publication-sustained-badge"]') !== null,
      }
    }),
  )
}

/** Asserts the table shows the API's partners, in their order, with their counts for every year. */
async function assertTableIsApi(page, partners, names) {
  const rows = await tableRows(page)
  assert.equal(rows.length, partners.length, 'a row per partner')
  partners.forEach((p, i) => {
    const row = rows[i]
    const what = `row ${i + 1} (${p.name})`
    assert.equal(row.ror, p.ror, `${what}: in the API's order`)
    assert.equal(row.name, p.name, `${what}: the name`)
    assert.equal(row.linked, p.institution_id !== null, `${what}: linked to the registry when it holds it`)
    assert.equal(row.country, p.country ? names.get(p.country) ?? p.country : '', `${what}: the country's name`)
    assert.equal(row.total, p.publications, `${what}: the co-publications`)
    const perYear = []
    for (let y = FROM; y <= TO; y++) perYear.push(p.years.find((c) => c.year === y)?.publications ?? 0)
    assert.deepEqual(row.years, perYear, `${what}: per year`)
    assert.equal(row.years.reduce((a, b) => a + b, 0), p.publications, `${what}: the years add up`)
    assert.equal(row.sustained, p.sustained, `${what}: the sustained badge`)
  })
}

/** Chooses the years FROM to TO (the default ones while this is 2026) and waits for their answer. */
async function chooseYears(page) {
  const from = page.getByTestId('co-publications-from')
  const to = page.getByTestId('co-publications-to')
  await page.locator('.results[aria-busy="false"]').waitFor()
  if ((await from.inputValue()) !== String(FROM) || (await to.inputValue()) !== String(TO)) {
    await from.selectOption(String(FROM))
    await to.selectOption(String(TO))
    await page.waitForURL((url) => url.searchParams.get('from') === String(FROM) && url.searchParams.get('to') === String(TO))
  }
  await page.locator('.results[aria-busy="false"]').waitFor()
}

describe('Co-publications', { timeout: TEST_TIMEOUT_MS * 5 }, () => {
  test('the officer imports an OpenAlex extract and reads the partners the API gives, a bad file imports nothing', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const demo = await partnersOf(api)
    assert.ok(demo.length > 0, 'the demo holds co-publications')
    assert.deepEqual(await partnersOf(api, EMPTY_YEAR, EMPTY_YEAR), [], `none of ${EMPTY_YEAR}`)
    demoShare2025 = await share2025(api)
    // What the page's check says is the server's dry run of the same file.
    const works = await readFile(WORKS)
    const dryRun = await postFile(await orbis.tokenFor(OFFICER), '/research/publications/import', works)
    assert.deepEqual([dryRun.status, dryRun.json], [200, { dry_run: true, rows: 9, errors: [], added: 9, updated: 0, removed: 0 }])
    const badRun = await postFile(await orbis.tokenFor(OFFICER), '/research/publications/import', Buffer.from('not json\n'))
    assert.equal(badRun.status, 422)
    assert.deepEqual(badRun.json.errors, [{ line: 1, field: '', message: 'not JSON' }])
    const names = await countryNames(api)

    await withPage('research-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.getByTestId('nav-co-publications').click()
      await page.waitForURL((url) => url.pathname === PAGE_PATH)
      await page.locator('.results[aria-busy="false"]').waitFor()
      await page.getByTestId('co-publications-from').selectOption(String(EMPTY_YEAR))
      await page.getByTestId('co-publications-to').selectOption(String(EMPTY_YEAR))
      await waitForText(page.getByTestId('co-publications-empty'), 'No publications are imported yet')
      await waitForText(page.getByTestId('co-publications-empty'), 'Import the institution’s works from OpenAlex below')
      // Back to the later year first, so that the first is never after it.
      await page.getByTestId('co-publications-to').selectOption(String(TO))
      await chooseYears(page)
      await page.getByTestId('publication-import').waitFor()
      assert.equal(await page.getByTestId('publication-import-run').isDisabled(), true, 'importing follows a check')

      // A file with a bad line: the line, the field and the server's message; nothing is written.
      await page.getByTestId('publication-file').setInputFiles({ name: 'bad.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from('not json\n') })
      const refused = page.waitForResponse(isResponse('POST', /\/research\/publications\/import$/))
      await page.getByTestId('publication-check').click()
      assert.equal((await refused).status(), 422)
      await waitForText(page.getByTestId('publication-import-error'), 'The file has bad lines; nothing was imported')
      const bad = page.getByTestId('publication-bad-line')
      assert.equal(await bad.count(), 1, 'one bad line')
      assert.equal((await bad.getByTestId('bad-line').innerText()).trim(), '1')
      assert.equal((await bad.getByTestId('bad-message').innerText()).trim(), 'not JSON')
      assert.equal(await page.getByTestId('publication-import-run').isDisabled(), true, 'a refused file is not imported')
      assert.deepEqual(await partnersOf(api), demo, 'nothing was imported')

      // The fixture: the check says what it would add, the import records it and the list reloads.
      await page.getByTestId('publication-file').setInputFiles(WORKS)
      assert.equal(await page.getByTestId('publication-import-error').count(), 0, 'a new file clears the failure')
      const checked = page.waitForResponse(isResponse('POST', /\/research\/publications\/import$/))
      await page.getByTestId('publication-check').click()
      const check = await checked
      assert.equal(check.status(), 200)
      assert.equal(new URL(check.url()).searchParams.get('dry_run'), null, 'a check is the default dry run')
      await waitForText(page.getByTestId('publication-import-result'), 'The file holds 9 works: 9 new, 0 already recorded')
      assert.deepEqual(await partnersOf(api), demo, 'a check writes nothing')

      const imported = page.waitForResponse(isResponse('POST', /\/research\/publications\/import$/))
      const reloaded = page.waitForResponse(isResponse('GET', /\/research\/co-publications$/))
      await page.getByTestId('publication-import-run').click()
      const run = await imported
      assert.equal(run.status(), 201)
      assert.equal(new URL(run.url()).searchParams.get('dry_run'), 'false')
      await reloaded
      await waitForText(page.getByTestId('publication-import-result'), 'Imported 9 works: 9 new, 0 replaced')

      // The fixture added what its README says, to the demo's partners; the table is the API's answer.
      const partners = await partnersOf(api)
      const added = (name) => named(partners, name).publications - (named(demo, name)?.publications ?? 0)
      for (const e of EXPECTED) {
        const p = named(partners, e.name)
        assert.ok(p, `${e.name}: a partner`)
        assert.equal(added(e.name), e.publications, p.name)
        assert.equal(p.sustained, e.sustained, p.name)
        assert.equal(p.abroad, e.abroad, p.name)
        assert.equal(p.country, e.country, p.name)
      }
      for (const name of ONES) {
        const p = named(partners, name)
        assert.ok(p, `${name}: a partner`)
        assert.deepEqual([added(name), p.abroad], [1, true], p.name)
      }
      assert.equal(coPublications(partners) - coPublications(demo), FIXTURE_CO_PUBLICATIONS, 'nothing else was added')
      const fixtureNames = [...EXPECTED.map((e) => e.name), ...ONES]
      const newPartners = partners.filter((p) => !demo.some((d) => d.ror === p.ror))
      for (const p of newPartners) assert.ok(fixtureNames.some((name) => name.test(p.name)), `${p.name}: one of the fixture's`)
      assert.equal(partners.length, demo.length + newPartners.length, "the demo's partners are all still there")
      await page.getByTestId('co-publications-table').waitFor()
      const heads = await page.getByTestId('co-publications-year').allInnerTexts()
      assert.deepEqual(heads.map(Number), [2022, 2023, 2024, 2025, 2026], 'a column per year')
      await assertTableIsApi(page, partners, names)
      const oxford = named(await tableRows(page), /Oxford/)
      assert.equal(oxford.country, 'United Kingdom')
      const sustained = partners.filter((p) => p.sustained)
      const countries = new Set(sustained.map((p) => p.country)).size
      await waitForText(page.getByTestId('co-publications-summary'), `${partners.length} partners · ${sustained.length} sustained partners abroad, in ${countries} countries`)
      assert.equal(await page.getByTestId('co-publications-empty').count(), 0)

      // The export selects the same years.
      const csv = new URL(await page.getByTestId('export-csv').getAttribute('href'), orbis.baseUrl)
      assert.equal(csv.pathname, '/api/v1/research/co-publications')
      assert.deepEqual(
        [csv.searchParams.get('from'), csv.searchParams.get('to'), csv.searchParams.get('format'), csv.searchParams.get('lang')],
        [String(FROM), String(TO), 'csv', 'en'],
      )
      const file = await page.evaluate(async (href) => (await fetch(href)).text(), csv.pathname + csv.search)
      assert.equal(file.trim().split(/\r?\n/).length, partners.length + 1, 'a heading and a row per partner')

      // A partner in the registry links to its page.
      const link = page.getByTestId('co-publication-row').first().getByTestId('co-publication-link')
      if (partners[0].institution_id !== null) {
        assert.equal(await link.getAttribute('href'), `/institutions/${partners[0].institution_id}`)
      }
      await screenshot(page, 'research-co-publications.png')

      // Chinese: the headings and the badge.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.locator('h1'), '合作论文')
      const zhHeads = await page.getByTestId('co-publications-table').locator('thead th').allInnerTexts()
      assert.deepEqual(zhHeads.map((h) => h.trim()).slice(0, 3), ['合作机构', '国家/地区', '合作论文'])
      const oxfordRow = page.locator(`[data-testid="co-publication-row"][data-ror="${oxford.ror}"]`)
      await waitForText(oxfordRow.getByTestId('co-publication-sustained'), '境外持续合作伙伴')
      await waitForText(page.getByTestId('co-publications-summary'), `合作机构 ${partners.length} 家`)
      assert.equal(new URL(await page.getByTestId('export-csv').getAttribute('href'), orbis.baseUrl).searchParams.get('lang'), 'zh')
      await screenshot(page, 'research-co-publications-zh.png')
    })
  })

  test('the Indicators page gives the co-publication share of the imported years', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const share = await share2025(api)
    assert.ok(demoShare2025, 'read before the import')
    assert.deepEqual(
      [share.numerator - demoShare2025.numerator, share.denominator - demoShare2025.denominator],
      [1, 2],
      '2025: the fixture adds one of two works with an author abroad',
    )
    const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share.value)
    await withPage('research-indicators', async (page) => {
      await signIn(page, OFFICER, { path: '/indicators' })
      await page.goto('/indicators?from=2025&to=2025')
      const card = page.locator('[data-testid="indicator"][data-id="international_copublication_share"]')
      const row = card.locator('[data-testid="indicator-year"][data-year="2025"]')
      await waitForText(row.getByTestId('indicator-year-value'), percent)
      assert.equal((await row.getByTestId('indicator-numerator').innerText()).trim(), String(share.numerator))
      assert.equal((await row.getByTestId('indicator-denominator').innerText()).trim(), String(share.denominator))
    })
  })

  test('a viewer reads the co-publications without the import form', { timeout: TEST_TIMEOUT_MS }, async () => {
    const viewer = await apiAs(VIEWER)
    const partners = await partnersOf(viewer)
    await assert.rejects(
      viewer('POST', '/research/publications/import', undefined, { 'Content-Type': 'application/x-ndjson' }),
      /HTTP 403/,
    )
    const names = await countryNames(viewer)
    await withPage('research-viewer', async (page) => {
      await signIn(page, VIEWER)
      await page.getByTestId('nav-co-publications').click()
      await page.waitForURL((url) => url.pathname === PAGE_PATH)
      await chooseYears(page)
      await page.getByTestId('co-publications-table').waitFor()
      await assertTableIsApi(page, partners, names)
      assert.equal(await page.getByTestId('publication-import').count(), 0, 'a viewer is offered no import')
      await page.getByTestId('export-links').waitFor()
    })
  })

  test('a student is not offered the co-publications, is sent away from them, and the API refuses them', { timeout: TEST_TIMEOUT_MS }, async () => {
    const student = await apiAs(STUDENT)
    await assert.rejects(student('GET', '/research/co-publications'), /HTTP 403/)
    await withPage('research-student', async (page) => {
      await signIn(page, STUDENT)
      await page.getByTestId('sidenav').waitFor()
      assert.equal(await page.getByTestId('nav-co-publications').count(), 0, 'no navigation entry')
      await page.goto(PAGE_PATH)
      await page.waitForURL((url) => url.pathname !== PAGE_PATH)
      assert.equal(await page.getByTestId('co-publications-page').count(), 0)
    })
  })

  test("Oxford's page shows the officer what Oxford does with us in research, the list counts it per partner, and a partner sees none of it", { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const oxford = (await officer('GET', '/institutions?q=Oxford')).json.items.find((i) => i.name === OXFORD)
    assert.ok(oxford, 'the registry holds the University of Oxford')
    const research = (await officer('GET', `/institutions/${oxford.id}/research`)).json
    assert.equal(research.institution_id, oxford.id)
    assert.ok(research.publications > 0, 'Oxford has co-publications')
    assert.equal(research.years.length, research.to - research.from + 1, 'every year, zeros included')
    assert.ok(research.agreements.length > 0, 'Oxford is a party to agreements')
    const partner = await apiAs(PARTNER)
    await assert.rejects(partner('GET', `/institutions/${oxford.id}/research`), /HTTP 403/)

    await withPage('research-partner-card', async (page) => {
      await signIn(page, OFFICER, { path: `/institutions/${oxford.id}` })
      await page.getByTestId('institution-detail').waitFor()
      const card = page.getByTestId('partner-research')
      await page.locator('[data-testid="partner-research"][aria-busy="false"]').waitFor()
      await waitForText(card.locator('h2'), 'Research with this partner')
      assert.equal(Number(await card.getByTestId('partner-research-publications').innerText()), research.publications)
      assert.equal(await card.getByTestId('partner-research-sustained').count(), research.sustained ? 1 : 0, 'the sustained badge')
      const years = await card.getByTestId('partner-research-year').evaluateAll((items) =>
        items.map((li) => ({ year: Number(li.dataset.year), publications: Number(li.dataset.publications) })),
      )
      assert.deepEqual(years, research.years, 'a bar a year, oldest first')
      const projects = card.getByTestId('partner-research-projects')
      assert.equal(Number(await projects.innerText()), research.projects)
      assert.equal(await projects.getAttribute('href'), `/research/projects?partner=${oxford.id}`)
      assert.equal(Number(await card.getByTestId('partner-research-incoming').innerText()), research.visits.incoming)
      assert.equal(Number(await card.getByTestId('partner-research-outgoing').innerText()), research.visits.outgoing)
      const rows = await card.getByTestId('partner-research-agreement').evaluateAll((trs) =>
        trs.map((tr) => {
          const text = (id) => tr.querySelector(`[data-testid="${id}"]`).textContent.trim()
          return {
            id: Number(tr.dataset.id),
            href: tr.querySelector('[data-testid="partner-research-agreement-link"]').getAttribute('href'),
            title: text('partner-research-agreement-link'),
            status: text('partner-research-agreement-status'),
            projects: Number(text('partner-research-agreement-projects')),
            visits: Number(text('partner-research-agreement-visits')),
          }
        }),
      )
      assert.deepEqual(
        rows,
        research.agreements.map((a) => ({
          id: a.id,
          href: `/agreements/${a.id}`,
          title: a.title,
          status: AGREEMENT_STATUS[a.status],
          projects: a.projects,
          visits: a.visits,
        })),
        "Oxford's agreements, in the API's order",
      )
      await screenshot(page, 'research-partner-card.png')

      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(card.locator('h2'), '与该机构的科研合作')
      await waitForText(card.getByTestId('partner-research-agreements').locator('thead'), '学者访问')
      await page.getByTestId('lang-switch').selectOption('en')

      // The list: each partner's projects, visits and agreements in force, as the API gives them.
      const partners = (await officer('GET', `/research/co-publications?from=${research.from}&to=${research.to}`)).json.items
      await page.goto(`${PAGE_PATH}?from=${research.from}&to=${research.to}`)
      await page.getByTestId('co-publications-table').waitFor()
      await page.locator('.results[aria-busy="false"]').waitFor()
      const heads = await page.getByTestId('co-publications-table').locator('thead th').allTextContents()
      assert.deepEqual(heads.slice(-3).map((h) => h.trim()), ['Joint projects', 'Scholar visits', 'Agreements in force'])
      const counts = await page.getByTestId('co-publication-row').evaluateAll((trs) =>
        trs.map((tr) => {
          const cell = (id) => tr.querySelector(`[data-testid="${id}"]`)
          return {
            ror: tr.dataset.ror,
            projects: Number(cell('co-publication-projects').textContent.trim()),
            link: cell('co-publication-projects').querySelector('a')?.getAttribute('href') ?? null,
            visits: Number(cell('co-publication-visits').textContent.trim()),
            agreements: Number(cell('co-publication-agreements').textContent.trim()),
          }
        }),
      )
      assert.deepEqual(
        counts,
        partners.map((p) => ({
          ror: p.ror,
          projects: p.projects,
          link: p.institution_id === null || p.projects === 0 ? null : `/research/projects?partner=${p.institution_id}`,
          visits: p.visits,
          agreements: p.agreements,
        })),
        'a row per partner with its counts',
      )
      const ofOxford = partners.find((p) => p.institution_id === oxford.id)
      assert.ok(ofOxford, 'Oxford is in the list')
      assert.equal(ofOxford.projects, research.projects, 'the list and the card count the same projects')
      assert.equal(ofOxford.visits, research.visits.incoming + research.visits.outgoing, 'and the same visits')
    })

    await withPage('research-partner-card-partner', async (page) => {
      await signIn(page, PARTNER, { path: `/institutions/${oxford.id}` })
      await page.getByTestId('institution-detail').waitFor()
      await page.locator('[data-testid="linked-projects"][aria-busy="false"]').waitFor()
      assert.equal(await page.getByTestId('partner-research').count(), 0, 'no research card for a partner')
    })
  })
})
