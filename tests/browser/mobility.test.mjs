// Browser tests of the mobility pages (docs/mobility.md) against a real orbis server: a
// student applies to a call and submits, the office places the call, publishes the run
// and nominates, the partner (Oxford) accepts, and the stay shows as accepted, in English
// and in Chinese. The published programmes are listed to anyone, signed out.
// Run: node --test   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { DEMO_PASSWORD, browserSuite, isResponse, screenshot, signIn as signInAt, waitForText } from './harness.mjs'

const PASSWORD = DEMO_PASSWORD
const OFFICER = 'officer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const TEST_TIMEOUT_MS = 240_000

const CALL_CODE = 'BROWSER-2027-AUTUMN'
const PROGRAMME_CODE = 'BROWSER-OX-SUMMER'

const orbis = browserSuite()
const { withPages, apiAs } = orbis

// --- the API, for setting up what the browser then works on ---------------------------------

/** The Oxford agreement and its condition for Westlake students going to Oxford. */
async function oxfordOutgoing(api) {
  const home = (await api('GET', '/settings/home')).json.institution.id
  const page = (await api('GET', '/agreements?q=Oxford')).json
  for (const item of page.items) {
    const agreement = (await api('GET', `/agreements/${item.id}`)).json
    const condition = agreement.conditions.find((c) => c.sending_institution_id === home)
    if (condition) return { agreement, condition }
  }
  throw new Error('the demo has no Oxford agreement with an outgoing condition')
}

/** Every item of a list, following its cursor a page of `limit` at a time. */
async function everyItem(api, listPath, limit) {
  const items = []
  let cursor = null
  do {
    const page = (await api('GET', `${listPath}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

function isoFromNow(minutes) {
  return new Date(Date.now() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

// --- the browser -----------------------------------------------------------------------------

const signIn = (page, email, path) => signInAt(page, email, { path })

describe('mobility', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  test('a student applies, the office places and nominates, Oxford accepts, and the stay is accepted', { timeout: TEST_TIMEOUT_MS }, async () => {
    // Setup through the API: a call open now, with two offers on Oxford's outgoing
    // condition: one for engineering with English B2 (open to Wang Fang 王芳, engineering
    // 0714, English B2) and one with the condition's own rules (ISCED 0588, English C1).
    const officerApi = await apiAs(OFFICER)
    const { agreement, condition } = await oxfordOutgoing(officerApi)
    const created = await officerApi('POST', '/calls', {
      code: CALL_CODE,
      title: 'Exchange 2027/2028 autumn (browser test)',
      title_zh: '2027/2028 秋季交换（浏览器测试）',
      academic_year: '2027/2028',
      term: 'autumn',
      opens_at: isoFromNow(-60),
      closes_at: isoFromNow(60 * 24 * 10),
      time_zone: 'Asia/Shanghai',
      max_preferences: 3,
    })
    const callId = created.json.id
    await officerApi('POST', `/calls/${callId}/offers`, {
      agreement_id: agreement.id,
      condition_id: condition.id,
      seats: 1,
      title: 'Oxford — engineering',
      eligibility: { language: 'en', min_cefr: 'B2', field: '07' },
    })
    const withOffers = await officerApi('POST', `/calls/${callId}/offers`, { agreement_id: agreement.id, condition_id: condition.id })
    const [engineering, business] = withOffers.json.offers
    assert.equal(business.eligibility.min_cefr, 'C1', 'the second offer keeps the condition’s language rule')

    const pages = ['mobility-student', 'mobility-coordinator', 'mobility-officer', 'mobility-partner']
    await withPages(pages, async (student, coordinator, officer, partner) => {
      // The student finds the call on the exchange page and starts an application.
      await signIn(student.page, STUDENT, '/exchange')
      const s = student.page
      await assert.doesNotReject(s.getByTestId('nav-exchange').waitFor(), 'Exchange is in a student’s navigation')
      const card = s.locator(`[data-testid="open-call"][data-code="${CALL_CODE}"]`)
      await card.waitFor()
      assert.equal(await card.getByTestId('call-offer').count(), 2)
      await card.getByTestId('apply-call').click()
      await s.waitForURL(/\/exchange\/applications\/\d+$/)
      const applicationId = Number(new URL(s.url()).pathname.split('/').pop())

      // Rank: engineering first, then the C1 offer; then move the C1 offer up.
      await s.locator(`[data-testid="available-offer"][data-offer="${engineering.id}"]`).getByTestId('add-offer').click()
      await s.locator(`[data-testid="available-offer"][data-offer="${business.id}"]`).getByTestId('add-offer').click()
      await s.locator(`[data-testid="ranked-offer"][data-offer="${business.id}"]`).getByTestId('rank-up').click()
      const ranked = await s.getByTestId('ranked-offer').evaluateAll((items) => items.map((i) => Number(i.dataset.offer)))
      assert.deepEqual(ranked, [business.id, engineering.id])

      // The draft saves itself shortly after typing stops.
      const autosaved = s.waitForResponse(isResponse('PATCH', new RegExp(`/api/v1/applications/${applicationId}$`)))
      await s.getByTestId('motivation').fill('I build robots and want to learn from the Oxford robotics group.')
      const patch = await autosaved
      assert.equal(patch.status(), 200, 'the autosave is accepted')
      assert.deepEqual(JSON.parse(patch.request().postData()).preferences, [business.id, engineering.id])
      await s.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor()

      // A transcript, as a PDF.
      await s.getByTestId('document-kind').selectOption('transcript')
      await s.getByTestId('document-file').setInputFiles({
        name: 'transcript.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
      })
      await s.getByTestId('document-upload').click()
      await waitForText(s.getByTestId('application-document'), 'transcript.pdf')

      // Opening the confirmation records that the submission began; then submit.
      const begun = s.waitForResponse(isResponse('POST', new RegExp(`/api/v1/applications/${applicationId}/submission$`)))
      await s.getByTestId('submit-application').click()
      assert.equal((await begun).status(), 200, 'the submission is recorded as begun')
      await s.getByTestId('submit-dialog').waitFor()
      await s.getByTestId('confirm-submit').click()
      await s.locator('[data-testid="application-status"][data-status="eligible"]').waitFor()
      assert.equal((await s.getByTestId('application-status').innerText()).trim(), 'Eligible')
      const notOpen = s.locator(`[data-testid="verdict-row"][data-offer="${business.id}"]`)
      assert.equal(await notOpen.getAttribute('data-eligible'), 'false')
      assert.match(await notOpen.innerText(), /English at level C1 or above/)
      assert.equal(await s.locator(`[data-testid="verdict-row"][data-offer="${engineering.id}"]`).getAttribute('data-eligible'), 'true')

      // The coordinator of her school scores the interview and the motivation.
      await signIn(coordinator.page, COORDINATOR, `/calls/${callId}`)
      const c = coordinator.page
      const scored = c.locator(`[data-testid="application-row"][data-id="${applicationId}"]`)
      await waitForText(scored.getByTestId('applicant-name'), 'Wang Fang')
      const scoreBefore = (await scored.getByTestId('row-score').innerText()).trim()
      await scored.getByTestId('score-interview').fill('85')
      await scored.getByTestId('score-motivation').fill('90')
      await scored.getByTestId('score-save').click()
      await scored.getByTestId('score-saved').waitFor()
      assert.notEqual((await scored.getByTestId('row-score').innerText()).trim(), scoreBefore, 'the score follows the scores')
      assert.equal(await c.getByTestId('placement-panel').count(), 0, 'placement is for the office')

      // The office closes the call (through the API), then places it in the browser.
      const current = await officerApi('GET', `/calls/${callId}`)
      await officerApi('PATCH', `/calls/${callId}`, { closes_at: isoFromNow(-1) }, { 'If-Match': current.etag })

      await signIn(officer.page, OFFICER, '/calls')
      const o = officer.page
      await o.locator(`[data-testid="call-row"][data-code="${CALL_CODE}"]`).getByTestId('call-link').click()
      await o.locator('[data-testid="call-detail-phase"][data-phase="closed"]').waitFor()
      const row = o.locator(`[data-testid="application-row"][data-id="${applicationId}"]`)
      await waitForText(row.getByTestId('applicant-name'), 'Wang Fang')
      assert.equal((await row.getByTestId('application-row-status').innerText()).trim(), 'Eligible')

      for (const mode of ['stable', 'optimal']) {
        await o.getByTestId('run-mode').selectOption(mode)
        await o.getByTestId('run-seed').fill('7')
        const ran = o.waitForResponse(isResponse('POST', new RegExp(`/api/v1/calls/${callId}/placement-runs$`)))
        await o.getByTestId('run-placement').click()
        assert.equal((await ran).status(), 201, `the ${mode} run is created`)
        await o.locator(`[data-testid="run-row"][data-mode="${mode}"]`).waitFor()
      }
      await o.getByTestId('compare-runs').click()
      await waitForText(o.getByTestId('run-comparison'), 'Same applicants, scores and seats')
      await o.getByTestId('no-differences').waitFor()

      const stableRun = o.locator('[data-testid="run-row"][data-mode="stable"]')
      await stableRun.getByTestId('publish-run').click()
      await stableRun.getByTestId('publish-confirm').click()
      await o.getByTestId('call-published').waitFor()
      await stableRun.getByTestId('run-published').waitFor()

      // The student sees the published result: placed, at the 2nd choice, and why not the 1st.
      await s.reload()
      await s.locator('[data-testid="application-status"][data-status="placed"]').waitFor()
      assert.equal((await s.getByTestId('application-status').innerText()).trim(), 'Placed')
      assert.match(await s.getByTestId('placement-outcome').innerText(), /Oxford — engineering.*2nd choice/)
      assert.match(
        await s.getByTestId('placement-explanation').first().innerText(),
        /Your 1st choice .* was not open to you: Needs English at level C1 or above/,
      )
      await screenshot(s, 'application-result.png')

      // The office nominates every placed applicant to their host.
      await o.getByTestId('nominate-placed').click()
      await waitForText(o.getByTestId('nominated-notice'), '1 nominated')
      await waitForText(row.getByTestId('application-row-status'), 'Nominated')

      // Oxford sees the nomination and accepts it; rejecting would need a reason.
      await signIn(partner.page, PARTNER, '/nominations')
      const p = partner.page
      await assert.doesNotReject(p.getByTestId('nav-nominations').waitFor(), 'Nominations is in a partner’s navigation')
      const nomination = p.getByTestId('nomination-row').filter({ hasText: 'Wang Fang' })
      await nomination.waitFor()
      await nomination.getByTestId('nomination-reject').click()
      await p.getByTestId('decision-confirm').click()
      await waitForText(p.getByTestId('decision-error'), 'Say why')
      await p.keyboard.press('Escape')
      await p.getByTestId('decision-dialog').waitFor({ state: 'detached' })
      await nomination.getByTestId('nomination-accept').click()
      const decided = p.waitForResponse(isResponse('POST', /\/api\/v1\/nominations\/\d+\/decision$/))
      await p.getByTestId('decision-confirm').click()
      assert.equal((await decided).status(), 200, 'the decision is recorded')
      await waitForText(p.getByTestId('decision-notice'), 'Wang Fang')
      await p.getByTestId('nominations-accepted').click()
      await waitForText(p.getByTestId('nomination-row').filter({ hasText: 'Wang Fang' }).getByTestId('nomination-status'), 'Accepted')

      // The office sees the stay, outgoing and accepted, with its history.
      await o.getByTestId('nav-mobility').click()
      await o.waitForURL(/\/mobilities(\?|$)/)
      await o.getByTestId('direction-outgoing').click()
      const stay = o.locator('[data-testid="mobility-row"][data-status="accepted"]').filter({ hasText: 'Wang Fang' })
      await stay.waitFor()
      await o.getByTestId('mobility-filter-status').selectOption('accepted')
      await o.waitForURL((url) => url.searchParams.get('status') === 'accepted')
      await stay.getByTestId('mobility-link').click()
      await o.locator('[data-testid="mobility-status"][data-status="accepted"]').waitFor()
      assert.equal((await o.getByTestId('mobility-status').innerText()).trim(), 'Accepted')
      await waitForText(o.getByTestId('mobility-receiving'), 'University of Oxford')
      await waitForText(o.getByTestId('mobility-history'), 'accepted by the host')
      await o.getByTestId('mobility-move-preparing').waitFor()
      await o.getByTestId('mobility-move-cancelled').waitFor()

      // In Chinese: the labels and the status follow.
      await o.getByTestId('lang-switch').selectOption('zh')
      await waitForText(o.getByTestId('mobility-status'), '已接收')
      await waitForText(o.getByTestId('mobility-detail'), '接收院校')
      await waitForText(o.getByTestId('mobility-person'), '王芳')
      await screenshot(o, 'mobility-detail-zh.png')
      await o.getByTestId('lang-switch').selectOption('en')

      // The student confirms the place the host accepted.
      await s.reload()
      await s.locator('[data-testid="application-status"][data-status="accepted"]').waitFor()
      await s.getByTestId('confirm-seat').click()
      await s.locator('[data-testid="application-status"][data-status="confirmed"]').waitFor()
    })
  })

  test('the office reads every call a page at a time, in the server’s order', { timeout: TEST_TIMEOUT_MS }, async () => {
    // More calls than a page holds: 21 of an academic year newer than the demo's, so they
    // come first, by code.
    const officerApi = await apiAs(OFFICER)
    for (let i = 1; i <= 21; i++) {
      const code = `PAGED-2031-${String(i).padStart(2, '0')}`
      await officerApi('POST', '/calls', {
        code,
        title: `Paged call ${i}`,
        academic_year: '2031/2032',
        term: 'autumn',
        opens_at: '2031-01-10T09:00:00+08:00',
        closes_at: '2031-02-10T17:00:00+08:00',
        time_zone: 'Asia/Shanghai',
      })
    }
    const codes = (await everyItem(officerApi, '/calls', 20)).map((c) => c.code)
    assert.ok(codes.length > 21, 'the demo’s calls and the new ones')

    await withPages(['calls-paged'], async ({ page }) => {
      await signIn(page, OFFICER, '/calls')
      const rows = page.getByTestId('call-row')
      await page.getByTestId('calls-more').waitFor()
      assert.equal(await rows.count(), 20, 'the first page')
      const shown = async () => rows.evaluateAll((list) => list.map((r) => r.getAttribute('data-code')))
      assert.deepEqual(await shown(), codes.slice(0, 20), 'the newest year first, then by code')
      while (await page.getByTestId('calls-more').count()) {
        const before = await rows.count()
        await page.getByTestId('calls-more').click()
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="call-row"]').length > n, before)
      }
      assert.deepEqual(await shown(), codes, 'every call once, in the same order')
    })
  })

  test('the office reads every pending nomination, a hundred at a time', { timeout: TEST_TIMEOUT_MS }, async () => {
    // Oxford nominates 101 students to us, one more than a page holds.
    const officerApi = await apiAs(OFFICER)
    const { agreement } = await oxfordOutgoing(officerApi)
    const partnerApi = await apiAs(PARTNER)
    for (let i = 1; i <= 101; i++) {
      await partnerApi('POST', '/nominations', {
        person: { family_name: 'Paged', given_name: `Student ${i}`, email: `paged.${i}@ox.ac.uk`, nationality: 'GB' },
        agreement_id: agreement.id,
        type: 'student_studies',
        academic_year: '2031/2032',
        planned_start: '2031-09-01',
        planned_end: '2032-01-31',
      })
    }
    const ids = (await everyItem(officerApi, '/nominations', 100)).map((m) => String(m.id))
    assert.ok(ids.length > 100, 'more pending nominations than a page holds')

    await withPages(['nominations-paged'], async ({ page }) => {
      await signIn(page, OFFICER, '/nominations')
      const rows = page.getByTestId('nomination-row')
      await page.getByTestId('nominations-more').waitFor()
      assert.equal(await rows.count(), 100, 'the first page')
      await page.getByTestId('nominations-more').click()
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="nomination-row"]').length === n, ids.length)
      assert.deepEqual(await rows.evaluateAll((list) => list.map((r) => r.getAttribute('data-id'))), ids, 'every one once, in the API’s order')
      assert.equal(await page.getByTestId('nominations-more').count(), 0, 'no more after the last page')
    })
  })

  test('the published programmes are listed to anyone, with their scholarships, in both languages', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officerApi = await apiAs(OFFICER)
    const { agreement } = await oxfordOutgoing(officerApi)
    const oxford = agreement.parties.find((party) => !party.is_home).institution_id
    await officerApi('POST', '/programmes', {
      code: PROGRAMME_CODE,
      name: 'Oxford summer school in engineering',
      name_zh: '牛津工程暑期学校',
      kind: 'summer_school',
      host_ids: [oxford],
      agreement_id: agreement.id,
      language: 'en',
      fee: { amount: '3200.00', currency: 'GBP' },
      capacity: 10,
      description: 'Four weeks of lectures and laboratory work in Oxford.',
      description_zh: '在牛津的四周课程与实验。',
      published: true,
      scholarships: [
        {
          code: 'WL-SUMMER',
          name: 'Westlake summer scholarship',
          name_zh: '西湖大学暑期奖学金',
          sponsor: 'Westlake Education Foundation',
          amount: { amount: '2000.00', currency: 'CNY' },
          eligibility: 'Undergraduates in engineering',
          eligibility_zh: '工科本科生',
          nationalities: ['CN'],
          places: 5,
        },
      ],
    })

    await withPages(['public-programmes'], async (visitor) => {
      const page = visitor.page
      await page.goto('/programmes')
      const card = page.locator(`[data-testid="public-programme"][data-code="${PROGRAMME_CODE}"]`)
      await waitForText(card.getByTestId('public-programme-name'), 'Oxford summer school in engineering')
      await waitForText(card.getByTestId('public-programme-description'), 'Four weeks')
      await waitForText(card.getByTestId('public-scholarship'), 'Westlake summer scholarship')
      assert.equal(new URL(page.url()).pathname, '/programmes', 'no sign-in is asked for')
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(card.getByTestId('public-programme-name'), '牛津工程暑期学校')
      await waitForText(card.getByTestId('public-programme-description'), '在牛津的四周')
      await waitForText(card.getByTestId('public-scholarship'), '西湖大学暑期奖学金')
      await screenshot(page, 'programmes-public-zh.png')
    })
  })
})
