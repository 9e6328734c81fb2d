// Browser tests of the work-permit category and points page (docs/scholars.md, "Work-permit
// category and points"; POST /api/v1/scholars/work-permit-points, GET /api/v1/rules) against
// a real orbis server with the demo data. Nothing is written: an assessment stores nothing.
//
// 1. The coordinator opens the page from the scholars list and assesses a candidate: salary
//    400,000 CNY, a doctorate, 5 years of work, 10 months a year in China, HSK 4 with its
//    certificate, born 1987-07-01, assessed on 2026-12-07, a top university. Computed by hand
//    from data/rules/cn/*.toml (salary 17, doctorate 20, work 5 + 3 = 8, months 15, age 39: 15,
//    distinction 5; Chinese HSK 4: 8 in the trial table, 4 in the interim one): the trial table
//    gives 88 points, category A; the interim table 84, category B, and applies, being the
//    later to begin. Both miss the degree verification and the salary contract. The request is
//    what the form says, the answer is the API's own for it, and the page shows it — each
//    table's name and dates from /rules, total, category, basis, items, missing evidence and
//    sources, the applied mark with the server's why — side by side on a wide screen, stacked
//    on a phone, and then in Chinese.
// 2. A provincial bonus of 11 is refused (422) with the error at its field, and no result.
// 3. A faculty case's page leads to the points page and back; a visiting scholar's does not.
// 4. A viewer sees no link on the list and is told on the page that it is not theirs; the API
//    answers them 403.
// Run: node --test work-permit-points.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const COORDINATOR = 'coordinator@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const TEST_TIMEOUT_MS = 180_000
const PHONE = { width: 390, height: 844 }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

const TRIAL = 'cn-work-permit-points-2017-trial'
const INTERIM = 'cn-work-permit-points-interim'
const POINTS_PATH = /^\/api\/v1\/scholars\/work-permit-points$/

/** The candidate as the form is filled in, and as the request must carry it. */
const CANDIDATE = {
  annual_salary_cny: 400000,
  degree: 'doctorate',
  work_years: 5,
  months_in_china_per_year: 10,
  hsk_level: 4,
  chinese_taught_bachelor_or_higher: false,
  former_chinese_national: false,
  date_of_birth: '1987-07-01',
  assessed_on: '2026-12-07',
  encouraged_region: false,
  top_university_or_fortune_500: true,
  patents: false,
  continuous_years_in_china: 0,
  provincial_bonus: 0,
  a_by_talent_criteria: false,
  degree_verified: false,
  hsk_certificate: true,
  salary_evidence: false,
}

/** Hand-computed: each table's points by item, total and category. */
const EXPECTED = {
  [TRIAL]: {
    total: 88,
    category: 'A',
    items: { salary: 17, education: 20, work_years: 8, months_in_china: 15, chinese: 8, work_location: 0, age: 15, distinction: 5, provincial_bonus: 0 },
  },
  [INTERIM]: {
    total: 84,
    category: 'B',
    items: { salary: 17, education: 20, work_years: 8, months_in_china: 15, chinese: 4, work_location: 0, age: 15, distinction: 5, provincial_bonus: 0 },
  },
}
const MISSING = ['degree_verification', 'salary_contract']

/** The labels the page gives codes, in English and in Chinese. */
const BASIS = { points: ['On points', '依积分认定'] }
const EVIDENCE = {
  degree_verification: ['Degree verification', '学历学位认证'],
  salary_contract: ['Employment contract stating the salary', '载明年薪的劳动合同'],
}
const APPLIED = ['Applied', '适用']
/** A table in force from an ISO date, as the page says it in each language. */
const day = (locale, iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))
const VALID_FROM = [(iso) => `In force from ${day('en-GB', iso)}`, (iso) => `自 ${day('zh-CN', iso)} 起施行`]
const NOT_APPLIED = ['Not applied', '不适用']

async function fillCandidate(page) {
  await page.getByTestId('wpp-salary').fill(String(CANDIDATE.annual_salary_cny))
  await page.getByTestId('wpp-work-years').fill(String(CANDIDATE.work_years))
  await page.getByTestId('wpp-months').fill(String(CANDIDATE.months_in_china_per_year))
  await page.getByTestId('wpp-degree').selectOption(CANDIDATE.degree)
  await page.getByTestId('wpp-hsk').selectOption({ label: 'HSK 4' })
  await page.getByTestId('wpp-date-of-birth').fill(CANDIDATE.date_of_birth)
  await page.getByTestId('wpp-assessed-on').fill(CANDIDATE.assessed_on)
  await page.getByTestId('wpp-top-university').check()
  await page.getByTestId('wpp-hsk-certificate').check()
}

/** Submits the form; resolves with the server's answer. */
async function submitOnPage(page) {
  const answered = page.waitForResponse(isResponse('POST', POINTS_PATH))
  await page.getByTestId('wpp-submit').click()
  return answered
}

/** The result on the page against the API's answer and the rule sets, in the page's language (0 English, 1 Chinese). */
async function checkResult(page, answer, ruleSets, lang = 0) {
  const cards = page.getByTestId('wpp-assessment')
  await cards.nth(answer.assessments.length - 1).waitFor()
  assert.equal(await cards.count(), answer.assessments.length, 'a card per table')
  for (const [i, a] of answer.assessments.entries()) {
    const card = cards.nth(i)
    const set = ruleSets.get(a.rule_set)
    const applied = a.rule_set === answer.applied
    assert.equal(await card.getAttribute('data-rule-set'), a.rule_set, 'in the API’s order')
    assert.equal(await card.getAttribute('data-applied'), String(applied))
    assert.equal((await card.getByTestId('wpp-table-name').innerText()).trim(), lang === 1 ? set.name_zh : set.name, 'the table’s name in the reader’s language')
    assert.equal(set.valid_to, null, `${a.rule_set}: no end known`)
    assert.equal((await card.getByTestId('wpp-table-validity').innerText()).trim(), VALID_FROM[lang](set.valid_from), 'the table’s start')
    assert.equal((await card.getByTestId('wpp-category').innerText()).trim(), a.category)
    assert.equal((await card.getByTestId('wpp-total').innerText()).trim(), String(a.total))
    assert.equal((await card.getByTestId('wpp-age').innerText()).trim(), String(a.age))
    assert.equal((await card.getByTestId('wpp-basis').innerText()).trim(), BASIS[a.basis][lang])
    assert.equal((await card.getByTestId('wpp-why').innerText()).trim(), a.why, 'the server’s why, in English')

    // The items: each in the reader's language, points / max, as the API gives them.
    const items = await card.getByTestId('wpp-item').evaluateAll((rows) =>
      rows.map((r) => ({
        item: r.dataset.item,
        name: r.querySelector('[data-testid="wpp-item-name"]').textContent.trim(),
        shown: r.querySelector('[data-testid="wpp-item-points"]').textContent.trim(),
      })),
    )
    assert.deepEqual(
      items,
      a.items.map((x) => ({ item: x.item, name: lang === 1 ? x.name_zh : x.name, shown: `${x.points} / ${x.max}` })),
      `${a.rule_set}: the items`,
    )

    // The missing evidence, by code, in the reader's language.
    const missing = await card.getByTestId('wpp-missing-item').evaluateAll((rows) => rows.map((r) => ({ code: r.dataset.evidence, text: r.textContent.trim() })))
    assert.deepEqual(missing.map((m) => m.code), a.missing.map((m) => m.evidence), `${a.rule_set}: the missing evidence`)
    for (const m of missing) assert.ok(m.text.startsWith(EVIDENCE[m.code][lang]), `${m.code}: "${m.text}"`)

    // The applied mark, with the server's why, on the applied table only.
    if (applied) {
      await waitForText(card.getByTestId('wpp-applied'), APPLIED[lang])
      await waitForText(card.getByTestId('wpp-applied-why'), answer.why)
      assert.equal(await card.getByTestId('wpp-not-applied').count(), 0)
    } else {
      await waitForText(card.getByTestId('wpp-not-applied'), NOT_APPLIED[lang])
      assert.equal(await card.getByTestId('wpp-applied').count(), 0)
      assert.equal(await card.getByTestId('wpp-applied-why').count(), 0)
    }

    // The table's sources, as /rules lists them.
    const sources = await card.getByTestId('wpp-source').evaluateAll((links) => links.map((l) => ({ id: l.dataset.source, url: l.getAttribute('href'), title: l.textContent.trim() })))
    assert.deepEqual(sources, set.sources.map((s) => ({ id: s.id, url: s.url, title: s.title })), `${a.rule_set}: the sources`)
  }
}

/** The boxes of the result cards. */
async function cardBoxes(page) {
  const cards = page.getByTestId('wpp-assessment')
  const boxes = []
  for (let i = 0; i < (await cards.count()); i++) boxes.push(await cards.nth(i).boundingBox())
  return boxes
}

describe('work-permit category and points', () => {
  test('the coordinator assesses a candidate under both tables, in English and Chinese; a bonus of 11 is refused at its field', { timeout: TEST_TIMEOUT_MS }, async () => {
    const coordinator = await apiAs(COORDINATOR)
    const ruleSets = new Map((await coordinator('GET', '/rules')).json.items.map((s) => [s.id, s]))
    for (const id of [TRIAL, INTERIM]) assert.equal(ruleSets.get(id)?.kind, 'work_permit_points', id)

    // The API's own answer, against the hand computation.
    const answer = (await coordinator('POST', '/scholars/work-permit-points', CANDIDATE)).json
    assert.equal(answer.applied, INTERIM, 'the table that began last applies')
    assert.match(answer.why, /latest to begin/)
    assert.deepEqual(answer.assessments.map((a) => a.rule_set), [TRIAL, INTERIM])
    for (const a of answer.assessments) {
      const expected = EXPECTED[a.rule_set]
      assert.deepEqual([a.total, a.category, a.basis, a.age], [expected.total, expected.category, 'points', 39], a.rule_set)
      assert.deepEqual(Object.fromEntries(a.items.map((x) => [x.item, x.points])), expected.items, `${a.rule_set}: the items`)
      assert.deepEqual(a.missing.map((m) => m.evidence).sort(), MISSING, `${a.rule_set}: the missing evidence`)
    }

    await withPage('wpp-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.getByTestId('nav-scholars').click()
      await page.getByTestId('scholars-page').waitFor()
      await page.getByTestId('scholars-work-permit-points').click()
      await page.waitForURL((url) => url.pathname === '/scholars/work-permit-points')
      await page.getByTestId('wpp-form').waitFor()
      for (const group of ['work', 'education', 'age', 'location', 'evidence']) await page.getByTestId(`wpp-group-${group}`).waitFor()
      assert.equal(await page.getByTestId('wpp-forbidden').count(), 0)

      await fillCandidate(page)
      const response = await submitOnPage(page)
      assert.equal(response.status(), 200)
      assert.deepEqual(response.request().postDataJSON(), CANDIDATE, 'the request is what the form says')
      assert.deepEqual(await response.json(), answer, 'the page is given the API’s answer')
      await checkResult(page, answer, ruleSets)
      await waitForText(page.getByTestId('wpp-summary'), 'category B with 84 points')
      const trial = page.locator(`[data-testid="wpp-assessment"][data-rule-set="${TRIAL}"]`)
      const interim = page.locator(`[data-testid="wpp-assessment"][data-rule-set="${INTERIM}"]`)
      assert.deepEqual(
        [await trial.getAttribute('data-total'), await trial.getAttribute('data-category'), await interim.getAttribute('data-total'), await interim.getAttribute('data-category')],
        ['88', 'A', '84', 'B'],
      )
      assert.equal(await interim.getAttribute('data-applied'), 'true')

      // Side by side on a wide screen; the category in large type.
      let [first, second] = await cardBoxes(page)
      assert.ok(Math.abs(first.y - second.y) < 2 && second.x > first.x + first.width - 1, `side by side: ${JSON.stringify([first, second])}`)
      const categorySize = await trial.getByTestId('wpp-category').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      const bodySize = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      assert.ok(categorySize >= 2.5 * bodySize, `the category in large type: ${categorySize}px`)
      await screenshot(page, 'work-permit-points.png')

      // Stacked on a phone, no wider than the screen.
      await page.setViewportSize(PHONE)
      await page.waitForFunction(() => {
        const [a, b] = document.querySelectorAll('[data-testid="wpp-assessment"]')
        return b.getBoundingClientRect().top >= a.getBoundingClientRect().bottom - 1
      })
      ;[first, second] = await cardBoxes(page)
      assert.ok(Math.abs(first.x - second.x) < 2, 'stacked')
      assert.ok(first.x + first.width <= PHONE.width, `the card fits the screen: ${JSON.stringify(first)}`)
      await screenshot(page, 'work-permit-points-phone.png')
      await page.setViewportSize({ width: 1360, height: 900 })

      // In Chinese: the same result.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('wpp-submit'), '评估')
      await checkResult(page, answer, ruleSets, 1)
      await waitForText(page.getByTestId('wpp-summary'), 'B 类，84 分')
      await screenshot(page, 'work-permit-points-zh.png')
      await page.getByTestId('lang-switch').selectOption('en')
      await waitForText(page.getByTestId('wpp-submit'), 'Assess')

      // A provincial bonus of 11: refused, at its field, and the result is gone.
      await page.getByTestId('wpp-bonus').fill('11')
      const refused = await submitOnPage(page)
      assert.equal(refused.status(), 422)
      assert.equal(refused.request().postDataJSON().provincial_bonus, 11)
      const problem = await refused.json()
      assert.deepEqual(problem.errors.map((e) => e.field), ['provincial_bonus'], 'the server names the field')
      await waitForText(page.getByTestId('wpp-error-provincial_bonus'), 'Enter 0 to 10 points.')
      assert.equal(await page.getByTestId('wpp-bonus').getAttribute('aria-invalid'), 'true')
      await waitForText(page.getByTestId('wpp-error'), 'Some fields need attention.')
      assert.equal(await page.getByTestId('wpp-result').count(), 0, 'no result for a refused input')
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('wpp-error-provincial_bonus'), '请输入 0 至 10 分。')
      await screenshot(page, 'work-permit-points-refused-zh.png')
    })
  })

  test('a faculty case leads to the points page and back; a visiting scholar’s does not', { timeout: TEST_TIMEOUT_MS }, async () => {
    const coordinator = await apiAs(COORDINATOR)
    const faculty = (await coordinator('GET', '/scholars?kind=faculty&limit=1')).json.items[0]
    const visiting = (await coordinator('GET', '/scholars?kind=visiting&limit=1')).json.items[0]
    assert.ok(faculty && visiting, 'the demo has a faculty and a visiting case in the coordinator’s department')

    await withPage('wpp-case', async (page) => {
      await signIn(page, COORDINATOR, { path: `/scholars/${visiting.id}` })
      await page.getByTestId('scholar-permits-card').waitFor()
      assert.equal(await page.getByTestId('scholar-work-permit-points').count(), 0, 'no link on a visiting scholar’s case')

      await page.goto(`/scholars/${faculty.id}`)
      await page.getByTestId('scholar-work-permit-points').click()
      await page.waitForURL((url) => url.pathname === '/scholars/work-permit-points' && url.searchParams.get('case') === String(faculty.id))
      await page.getByTestId('wpp-form').waitFor()
      await page.getByTestId('wpp-back-case').click()
      await page.waitForURL((url) => url.pathname === `/scholars/${faculty.id}`)
    })
  })

  test('a viewer sees no link and is refused the page; the API answers 403', { timeout: TEST_TIMEOUT_MS }, async () => {
    const viewer = await apiAs(VIEWER)
    await assert.rejects(viewer('POST', '/scholars/work-permit-points', CANDIDATE), /HTTP 403/)

    await withPage('wpp-viewer', async (page) => {
      await signIn(page, VIEWER)
      await page.getByTestId('nav-scholars').click()
      await page.getByTestId('scholars-table').waitFor()
      assert.equal(await page.getByTestId('scholars-work-permit-points').count(), 0, 'no link for a viewer')
      await page.goto('/scholars/work-permit-points')
      await waitForText(page.getByTestId('wpp-forbidden'), 'for the international office and the departments’ coordinators')
      assert.equal(await page.getByTestId('wpp-form').count(), 0, 'no form')
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('wpp-forbidden'), '仅供国际处和院系协调人使用')
    })
  })
})
