// Browser tests of learning agreements, transcripts and recognition (docs/learning.md)
// against a real orbis server. The office records an outgoing stay of the demo student
// Wang Fang 王芳 at Oxford through the API; everything else happens in the browser: the
// student proposes three courses and approves, the office (sending) and Oxford (receiving)
// approve; one change (a course replaced, with a reason) goes through a comment and three
// approvals again, superseding version 1. The stay is completed (through the API), Oxford
// enters the results on the Italian scale, the office previews the conversion to the home
// scale and recognises the credits, issues the stay's credential, and sees the partner's
// recognition rate. Once in Chinese.
// Run: node --test   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { DEMO_PASSWORD, browserSuite, isResponse, screenshot, signIn as signInAt, waitForText } from './harness.mjs'

const PASSWORD = DEMO_PASSWORD
const OFFICER = 'officer@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const TEST_TIMEOUT_MS = 300_000

const orbis = browserSuite({ credentials: true })
const { withPages, apiAs } = orbis

// --- the API, for setting up what the browser then works on ---------------------------------

/** An outgoing stay of the demo student at Oxford, under the Oxford agreement. */
async function outgoingStayAtOxford(api) {
  const home = (await api('GET', '/settings/home')).json.institution.id
  const people = (await api('GET', `/people?q=${encodeURIComponent(STUDENT)}`)).json.items
  const student = people.find((p) => p.display_name.includes('Wang Fang'))
  assert.ok(student, 'the demo student Wang Fang 王芳 is found by her email')
  let agreement = null
  let oxford = null
  for (const item of (await api('GET', '/agreements?q=Oxford')).json.items) {
    const full = (await api('GET', `/agreements/${item.id}`)).json
    const party = full.parties.find((p) => !p.is_home)
    if (party && full.parties.some((p) => p.institution_id === home)) {
      agreement = full
      oxford = party.institution_id
      break
    }
  }
  assert.ok(agreement, 'the demo has an agreement with Oxford')
  const created = await api('POST', '/mobilities', {
    person_id: student.id,
    direction: 'outgoing',
    type: 'student_studies',
    sending_institution_id: home,
    receiving_institution_id: oxford,
    agreement_id: agreement.id,
    academic_year: '2027/2028',
    planned_start: '2027-09-01',
    planned_end: '2028-01-31',
  })
  return { id: created.json.id, oxford }
}

// --- the browser -----------------------------------------------------------------------------

const signIn = (page, email, path) => signInAt(page, email, { path })

/** Fills row `i` of the components editor. */
async function fillComponent(page, i, { hostCode, hostTitle, credits, homeCode, homeTitle, homeCredits }) {
  await page.getByTestId(`la-host-code-${i}`).fill(hostCode)
  await page.getByTestId(`la-host-title-${i}`).fill(hostTitle)
  await page.getByTestId(`la-host-credits-${i}`).fill(String(credits))
  await page.getByTestId(`la-host-system-${i}`).selectOption('ects')
  await page.getByTestId(`la-home-code-${i}`).fill(homeCode)
  await page.getByTestId(`la-home-title-${i}`).fill(homeTitle)
  await page.getByTestId(`la-home-credits-${i}`).fill(String(homeCredits))
}

/** Approves the open version as the page's reader; waits for the server's answer. */
async function approve(page, number) {
  const approved = page.waitForResponse(isResponse('POST', new RegExp(`/learning-agreement/versions/${number}/approval$`)))
  await page.getByTestId('la-approve').click()
  assert.equal((await approved).status(), 200, `the approval of version ${number} is recorded`)
  await page.getByTestId('la-notice').waitFor()
}

function version(page, number) {
  return page.locator(`[data-testid="la-current"] [data-testid="la-version"][data-number="${number}"]`)
}

describe('learning agreements', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  test('a learning agreement is approved by three sides, changed once, and the results are recognised', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officerApi = await apiAs(OFFICER)
    const { id, oxford } = await outgoingStayAtOxford(officerApi)
    const oxfordRate = async () =>
      (await officerApi('GET', '/indicators/recognition')).json.items.find((i) => i.institution.id === oxford) ?? {
        stays: 0,
        recognised_stays: 0,
        planned_ects: 0,
        recognised_ects: 0,
        rate: null,
      }
    const rateBefore = await oxfordRate()
    const laPath = `/mobilities/${id}/learning-agreement`

    await withPages(['learning-student', 'learning-officer', 'learning-partner'], async (student, officer, partner) => {
      // The student finds her stay through her navigation and opens its learning agreement.
      const s = student.page
      await signIn(s, STUDENT, '/exchange')
      await s.getByTestId('nav-myStays').click()
      await s.waitForURL(/\/mobilities(\?|$)/)
      await s.locator(`[data-testid="mobility-row"][data-id="${id}"]`).getByTestId('mobility-link').click()
      await s.waitForURL(new RegExp(`/mobilities/${id}$`))
      await waitForText(s.getByTestId('mobility-la'), 'No learning agreement has been proposed yet')
      await s.getByTestId('mobility-la-link').click()
      await s.waitForURL((url) => url.pathname === laPath)
      assert.equal(await s.getByTestId('la-party').getAttribute('data-party'), 'student')

      // Three courses; the third without credits first: the server's error names the row.
      await s.getByTestId('la-editor').waitFor()
      await fillComponent(s, 0, { hostCode: 'ENGS-ROB', hostTitle: 'Robotics', credits: 10, homeCode: 'EE3101', homeTitle: 'Robotics', homeCredits: 4 })
      await s.getByTestId('la-add-row').click()
      await fillComponent(s, 1, { hostCode: 'ENGS-CTL', hostTitle: 'Control Theory', credits: 10, homeCode: 'EE3102', homeTitle: 'Control Engineering', homeCredits: 4 })
      await s.getByTestId('la-add-row').click()
      await fillComponent(s, 2, { hostCode: 'ENGS-ML', hostTitle: 'Machine Learning', credits: '', homeCode: 'CS3201', homeTitle: 'Machine Learning', homeCredits: 4 })
      await s.getByTestId('la-submit').click()
      await waitForText(s.getByTestId('la-propose-error'), 'Row 3')
      assert.equal(await s.getByTestId('la-host-credits-2').getAttribute('aria-invalid'), 'true')
      await s.getByTestId('la-host-credits-2').fill('10')
      const proposed = s.waitForResponse(isResponse('POST', /\/learning-agreement\/versions$/))
      await s.getByTestId('la-submit').click()
      assert.equal((await proposed).status(), 201, 'the proposal is accepted')
      await version(s, 1).waitFor()
      assert.equal(await version(s, 1).getAttribute('data-state'), 'proposed')
      assert.equal(await version(s, 1).getByTestId('la-component').count(), 3)
      assert.match(await version(s, 1).getByTestId('la-hash').innerText(), /^SHA-256 [0-9a-f]{12}…$/)
      await approve(s, 1)
      assert.equal(await version(s, 1).locator('[data-testid="la-signature"][data-party="student"]').getAttribute('data-signed'), 'true')
      assert.equal(await s.getByTestId('la-approve').count(), 0, 'who approved is not asked again')

      // The office approves as the sending institution.
      const o = officer.page
      await signIn(o, OFFICER, laPath)
      assert.equal(await o.getByTestId('la-party').getAttribute('data-party'), 'sending')
      await approve(o, 1)

      // Oxford finds the stay through its navigation and approves as the receiving institution.
      const p = partner.page
      await signIn(p, PARTNER, '/mobilities')
      await p.locator(`[data-testid="mobility-row"][data-id="${id}"]`).getByTestId('mobility-link').click()
      await p.getByTestId('mobility-la-link').click()
      await p.waitForURL((url) => url.pathname === laPath)
      assert.equal(await p.getByTestId('la-party').getAttribute('data-party'), 'receiving')
      await approve(p, 1)
      await waitForText(p.getByTestId('la-notice'), 'Version 1 is approved by all three sides')
      assert.equal(await version(p, 1).getAttribute('data-state'), 'approved')
      assert.equal(await p.getByTestId('la-ewp-download').getAttribute('href'), `/api/v1/mobilities/${id}/ewp-la`)
      // The EWP document itself: served, and an omobility-las get-response.
      const ewp = await p.evaluate(async (url) => {
        const r = await fetch(url, { credentials: 'same-origin' })
        return { status: r.status, body: await r.text() }
      }, `/api/v1/mobilities/${id}/ewp-la`)
      assert.equal(ewp.status, 200, ewp.body)
      assert.match(ewp.body, /omobility-las-get-response/)

      // One change: Machine Learning is replaced by Computer Vision, with a reason.
      await s.reload()
      await s.getByTestId('la-propose-change').click()
      assert.equal(await s.getByTestId('la-row').count(), 3, 'the change starts from the approved courses')
      await fillComponent(s, 2, { hostCode: 'ENGS-CV', hostTitle: 'Computer Vision', credits: 10, homeCode: 'CS3205', homeTitle: 'Computer Vision', homeCredits: 4 })
      await s.getByTestId('la-submit').click()
      await waitForText(s.getByTestId('la-propose-error'), 'Say why')
      await s.getByTestId('la-reason').fill('Machine Learning is not offered in Michaelmas term 2027.')
      await s.getByTestId('la-submit').click()
      await version(s, 2).waitFor()
      await waitForText(s.getByTestId('la-in-force'), 'Version 1 stays in force')
      await waitForText(version(s, 2).getByTestId('la-reason-shown'), 'not offered in Michaelmas')

      // Oxford comments instead of approving; the student answers with the text again.
      await p.reload()
      await p.getByTestId('la-comment-text').fill('Computer Vision is taught in Hilary term; please confirm.')
      await p.getByTestId('la-comment-submit').click()
      await version(p, 2).and(p.locator('[data-state="commented"]')).waitFor()
      await s.reload()
      await waitForText(version(s, 2).getByTestId('la-comment'), 'Hilary term')
      await s.getByTestId('la-commented-hint').waitFor()
      await s.getByTestId('la-edit').click()
      await s.getByTestId('la-submit').click()
      await version(s, 2).and(s.locator('[data-state="proposed"]')).waitFor()
      await approve(s, 2)
      await o.reload()
      await approve(o, 2)
      await p.reload()
      await approve(p, 2)
      await waitForText(p.getByTestId('la-notice'), 'Version 2 is approved by all three sides')
      const first = p.locator('[data-testid="la-earlier-version"][data-number="1"]')
      assert.equal(await first.getAttribute('data-state'), 'superseded')
      await first.locator('summary').click()
      assert.equal(await first.getByTestId('la-component').filter({ hasText: 'Machine Learning' }).count(), 1, 'version 1 is kept as it was')

      // The stay goes abroad and ends (through the API).
      let stay = await officerApi('GET', `/mobilities/${id}`)
      for (const [to, date] of [['preparing', ''], ['abroad', '2027-09-01'], ['completed', '2028-01-31']]) {
        stay = await officerApi('POST', `/mobilities/${id}/transitions`, date ? { to, reason: '', date } : { to, reason: '' }, { 'If-Match': stay.etag })
      }
      assert.equal(stay.json.status, 'completed')

      // Oxford enters the results on the Italian scale; a grade off the scale is refused.
      await p.reload()
      await p.getByTestId('tr-editor').waitFor()
      assert.equal(await p.getByTestId('tr-row').count(), 3, 'the results start from the approved courses')
      const grades = ['33', '30 e lode', '25']
      for (let i = 0; i < 3; i++) {
        await p.getByTestId(`tr-scale-${i}`).selectOption('it30')
        await p.getByTestId(`tr-grade-${i}`).fill(grades[i])
        await p.getByTestId(`tr-date-${i}`).fill('2028-01-20')
      }
      await p.getByTestId('tr-save').click()
      await waitForText(p.getByTestId('tr-error'), 'Row 1')
      assert.equal(await p.getByTestId('tr-grade-0').getAttribute('aria-invalid'), 'true')
      await p.getByTestId('tr-grade-0').fill('28')
      await p.getByTestId('tr-save').click()
      await p.getByTestId('transcript-saved').waitFor()
      assert.equal(await p.getByTestId('transcript-entry').count(), 3)
      await waitForText(p.locator('[data-testid="transcript-entry"][data-code="ENGS-CTL"]').getByTestId('transcript-grade'), '30L')
      assert.equal(await p.getByTestId('rec-form').count(), 0, 'recognition is for the home institution')

      // A further result arrives as a CSV file; grades without a scale are read on the one chosen.
      await p.getByTestId('tr-file').setInputFiles({
        name: 'results.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('code,title,credits,grade,date\nENGS-LAB,Robotics Laboratory,5,27,2028-01-25\n'),
      })
      await p.getByTestId('tr-import-scale').selectOption('it30')
      const imported = p.waitForResponse(isResponse('POST', new RegExp(`/api/v1/mobilities/${id}/transcript/import$`)))
      await p.getByTestId('tr-import').click()
      const importResponse = await imported
      assert.equal(importResponse.status(), 200, 'the file is imported')
      assert.equal(new URL(importResponse.url()).searchParams.get('scale'), 'it30')
      await p.locator('[data-testid="transcript-entry"][data-code="ENGS-LAB"]').waitFor()
      assert.equal(await p.getByTestId('transcript-entry').count(), 4)

      // The office previews the conversion to the home scale, then recognises the credits.
      await o.reload()
      await o.getByTestId('rec-form').waitFor()
      assert.equal(await o.getByTestId('rec-row').count(), 3, 'one row for each home course of the agreement')
      assert.equal(await o.locator('[data-testid="rec-host-0"][data-code="ENGS-ROB"]').isChecked(), true)
      const previewed = o.waitForResponse(isResponse('POST', new RegExp(`/api/v1/mobilities/${id}/recognition$`)))
      await o.getByTestId('rec-preview').click()
      const preview = await previewed
      assert.equal(preview.status(), 200, 'the preview is converted')
      assert.equal(JSON.parse(preview.request().postData()).approve, false)
      await o.getByTestId('rec-previewed').waitFor()
      const robotics = o.locator('[data-testid="recognition-entry"][data-home-code="EE3101"]')
      assert.match(await robotics.getByTestId('recognition-converted').innerText(), /^\d+$/)
      assert.match(await robotics.innerText(), /Chinese 100-point/)
      assert.match(await robotics.getByTestId('recognition-method').innerText(), /Normalised position|Formula|EGRACONS table|Same scale/)
      assert.notEqual((await robotics.getByTestId('recognition-source').innerText()).trim(), '')
      assert.equal(await o.getByTestId('la-stay-status').getAttribute('data-status'), 'completed', 'a preview decides nothing')
      await o.getByTestId('rec-approve').click()
      await o.getByTestId('rec-approve-confirm').click()
      await o.getByTestId('recognised-notice').waitFor()
      await o.locator('[data-testid="la-stay-status"][data-status="recognised"]').waitFor()
      assert.equal((await o.getByTestId('la-stay-status').innerText()).trim(), 'Recognised')

      // In Chinese: the headings and the status follow.
      await o.getByTestId('lang-switch').selectOption('zh')
      await waitForText(o.getByTestId('la-stay-status'), '已认定')
      await waitForText(o.getByTestId('learning-agreement'), '本校学分认定')
      await waitForText(o.getByTestId('la-person'), '王芳')
      await screenshot(o, 'learning-agreement-zh.png')
      await o.getByTestId('lang-switch').selectOption('en')

      // The stay is recognised, and earns its credential.
      await o.getByRole('link', { name: /Back to the stay/ }).click()
      await o.locator('[data-testid="mobility-status"][data-status="recognised"]').waitFor()
      await o.getByTestId('issue-credential').click()
      await o.getByTestId('credential-issued').waitFor()
      assert.match(await o.getByTestId('credential-verify-link').getAttribute('href'), /\/verify\/[0-9a-f-]+$/)

      // The partner's recognition rate counts the stay: 30 ECTS agreed, 30 recognised.
      const rateAfter = await oxfordRate()
      assert.equal(rateAfter.stays, rateBefore.stays + 1)
      assert.equal(rateAfter.recognised_stays, rateBefore.recognised_stays + 1)
      assert.equal(rateAfter.planned_ects - rateBefore.planned_ects, 30)
      assert.equal(rateAfter.recognised_ects - rateBefore.recognised_ects, 30)
      await o.getByTestId('nav-mobility').click()
      const rate = o.locator(`[data-testid="recognition-rate"][data-institution="${oxford}"]`)
      await waitForText(rate, 'University of Oxford')
      const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(rateAfter.rate)
      assert.equal((await rate.getByTestId('recognition-rate-value').innerText()).trim(), percent)
      assert.equal((await rate.getByTestId('recognition-rate-stays').innerText()).trim(), String(rateAfter.stays))
      // The page says how many partners it shows of how many the indicator counts.
      const total = (await officerApi('GET', '/indicators/recognition')).json.total
      const shown = await o.getByTestId('recognition-rate').count()
      assert.equal((await o.getByTestId('recognition-indicators-count').innerText()).trim(), `${shown} of ${total} partners`)

      // The student sees her stay recognised, with the converted grades.
      await s.reload()
      await s.locator('[data-testid="la-stay-status"][data-status="recognised"]').waitFor()
      assert.equal(await s.getByTestId('recognition-entry').count(), 3)
      assert.equal(await s.getByTestId('rec-form').count(), 0)
      await screenshot(s, 'learning-agreement.png')
    })
  })
})
