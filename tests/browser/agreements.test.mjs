// Browser tests of the partnerships pages (docs/agreements.md) against a real orbis server.
// Run: node --test   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { DEMO_PASSWORD, browserSuite, screenshot, signIn as signInAt } from './harness.mjs'

const PASSWORD = DEMO_PASSWORD
const OFFICER = 'officer@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const TEST_TIMEOUT_MS = 120_000
const HEX64 = /^[0-9a-f]{64}$/i

const orbis = browserSuite({ acceptDownloads: true })
const { withPage } = orbis

const signIn = (page, email) => signInAt(page, email, { path: '/agreements' })

// --- the API directly, to set up data a test does not create through the page ---

/** The body of a call through `caller` (from orbis.apiAs). */
async function api(caller, method, path, body) {
  return (await caller(method, path, body)).json
}

async function institutionId(token, q, name) {
  const page = await api(token, 'GET', `/institutions?q=${encodeURIComponent(q)}&limit=20`)
  const found = page.items.find((i) => i.name === name)
  assert.ok(found, `${name} is in the registry`)
  return found.id
}

function draft(code, homeId, partnerId) {
  const party = (id, isHome) => ({
    institution_id: id,
    is_home: isHome,
    org_unit_id: null,
    contact: { name: '', email: '', phone: '' },
    signatory: { name: '', title: '' },
    signed_on: null,
  })
  return {
    code,
    title: `Agreement ${code}`,
    kinds: ['student_exchange'],
    start_date: '2025-09-01',
    end_date: '2030-08-31',
    auto_renewal: false,
    notes: '',
    tags: [],
    parties: [party(homeId, true), party(partnerId, false)],
    conditions: [],
  }
}

describe('Partnerships', { timeout: TEST_TIMEOUT_MS * 3 }, () => {
  test('an officer creates an agreement with Oxford, activates it and exports it for EWP', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('agreement-officer', async (page) => {
      await signIn(page, OFFICER)
      const nav = page.getByTestId('nav-partnerships')
      assert.equal(await nav.getAttribute('aria-current'), 'page')
      assert.equal(await page.getByTestId('nav-administration').getAttribute('aria-disabled'), 'true')

      // The form: the home institution is already a party; Oxford is found by search.
      await page.getByTestId('new-agreement').click()
      await page.waitForURL(/\/agreements\/new$/)
      await page.getByTestId('af-party-0').filter({ hasText: 'Westlake University' }).waitFor()
      await page.getByTestId('af-title').fill('Student exchange with the University of Oxford')
      await page.getByTestId('af-code').fill('WU-OX-2026-T1')
      await page.getByTestId('af-kind-student_exchange').check()
      await page.getByTestId('af-start').fill('2026-09-01')
      await page.getByTestId('af-end').fill('2031-08-31')
      await page.getByTestId('af-tags').fill('europe, flagship')
      await page.getByTestId('af-party-search').fill('oxford')
      await page.getByTestId('af-party-search-option').filter({ hasText: /^University of Oxford/ }).first().click()
      await page.getByTestId('af-party-1').filter({ hasText: 'University of Oxford' }).waitFor()

      // One condition: Westlake sends two students a year to Oxford.
      await page.getByTestId('af-add-condition').click()
      await page.getByTestId('af-condition-0-sending').selectOption({ label: 'Westlake University' })
      await page.getByTestId('af-condition-0-receiving').selectOption({ label: 'University of Oxford' })
      await page.getByTestId('af-condition-0-type').selectOption('student_studies')
      await page.getByTestId('af-condition-0-seats').fill('2')
      await page.getByTestId('af-condition-0-months').fill('5')
      await page.getByTestId('af-condition-0-isced').fill('0588')
      await page.getByTestId('af-condition-0-eqf-6').check()
      await page.getByTestId('af-condition-0-eqf-7').check()
      await page.getByTestId('af-condition-0-add-language').click()
      await page.getByTestId('af-condition-0-language-0').selectOption('en')
      await page.getByTestId('af-condition-0-cefr-0').selectOption('B2')
      await page.getByTestId('af-save').click()

      // The detail page: saved as a draft, with its parties and condition.
      await page.waitForURL(/\/agreements\/[^/?]+\?saved=1$/)
      await page.getByTestId('agreement-saved').waitFor()
      await page.getByTestId('agreement-status').filter({ hasText: 'Draft' }).waitFor()
      assert.equal(await page.getByTestId('agreement-code').innerText(), 'WU-OX-2026-T1')
      const condition = page.getByTestId('agreement-condition').first()
      const conditionText = await condition.innerText()
      assert.match(conditionText, /Westlake University\s*→[\s\S]*University of Oxford/)
      assert.match(conditionText, /0588/)
      assert.match(conditionText, /EQF 6, EQF 7/)
      assert.match(conditionText, /English B2/)
      const oxford = page.getByTestId('agreement-party').filter({ hasText: 'University of Oxford' })
      assert.match(await oxford.locator('a').first().getAttribute('href'), /^\/institutions\/\d+$/)

      // The life cycle: negotiation → signed → active, each with its history entry.
      for (const [to, label] of [
        ['negotiation', 'Negotiation'],
        ['signed', 'Signed'],
        ['active', 'Active'],
      ]) {
        await page.getByTestId(`move-${to}`).click()
        await page.getByTestId('move-dialog').waitFor()
        if (to === 'signed') await page.getByTestId('move-reason').fill('Signed at the ceremony in Oxford')
        await page.getByTestId('move-confirm').click()
        await page.getByTestId('agreement-status').filter({ hasText: label }).waitFor()
      }
      assert.equal(await page.getByTestId('agreement-history').locator('li').count(), 3)
      await page.getByTestId('agreement-history').filter({ hasText: 'Signed at the ceremony in Oxford' }).waitFor()
      // From active, an agreement can only be terminated or renewed.
      assert.equal(await page.getByTestId('move-terminated').count(), 1)
      assert.equal(await page.getByTestId('move-negotiation').count(), 0)

      // Terminating needs a reason: the dialog refuses an empty one.
      await page.getByTestId('move-terminated').click()
      await page.getByTestId('move-confirm').click()
      await page.getByTestId('move-error').waitFor()
      await page.keyboard.press('Escape')

      // The signed copy as an attachment: uploaded, listed, and downloaded unchanged.
      const pdf = Buffer.from('%PDF-1.4\n% Orbis browser test\n%%EOF\n')
      await page.getByTestId('attachment-file').setInputFiles({ name: 'signed.pdf', mimeType: 'application/pdf', buffer: pdf })
      await page.getByTestId('attachment-upload').click()
      const attachment = page.getByTestId('attachment').filter({ hasText: 'signed.pdf' })
      await attachment.waitFor()
      const download = await page.request.get(await attachment.locator('a').getAttribute('href'))
      assert.equal(download.status(), 200)
      assert.deepEqual(Buffer.from(await download.body()), pdf)

      // EWP: the export is an IIA get-response carrying its iia-hash, and the page shows it.
      const exportHref = await page.getByTestId('ewp-export').getAttribute('href')
      const xmlResponse = await page.request.get(exportHref)
      assert.equal(xmlResponse.status(), 200)
      const xml = await xmlResponse.text()
      assert.match(xml, /iia-hash/)
      const hash = (await page.getByTestId('ewp-our-hash').innerText()).trim()
      assert.match(hash, HEX64)
      assert.ok(xml.includes(hash), 'the page shows the hash of the exported XML')

      // The partner's copy: one that changes the seats differs field by field and cannot be
      // approved; an identical one has the same hash and is approved.
      const changed = xml.replace(/<mobilities-per-year>2</, '<mobilities-per-year>3<')
      assert.notEqual(changed, xml)
      await page.getByTestId('ewp-file').setInputFiles({ name: 'partner-iia.xml', mimeType: 'application/xml', buffer: Buffer.from(changed) })
      await page.getByTestId('ewp-import').click()
      const difference = page.getByTestId('ewp-difference').filter({ hasText: 'mobilities-per-year' })
      await difference.waitFor()
      assert.match(await difference.innerText(), /2\s+3/)
      assert.equal(await page.getByTestId('ewp-approve').isDisabled(), true)
      await page.getByTestId('ewp-file').setInputFiles({ name: 'partner-iia.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) })
      await page.getByTestId('ewp-import').click()
      await page.getByTestId('ewp-difference').first().waitFor({ state: 'detached' })
      await page.getByTestId('ewp-approve').and(page.locator(':enabled')).waitFor()
      await page.getByTestId('ewp-approve').click()
      await page.getByTestId('ewp-approved').waitFor()
      await page.getByTestId('ewp-approved-hash').filter({ hasText: hash }).waitFor()

      await page.mouse.move(1, 1)
      await page.evaluate(() => window.scrollTo(0, 0)) // the sticky header stays on top
      await screenshot(page, 'agreement-detail.png')

      // The list: the new agreement, its status badge, and the world map of partners.
      await page.getByTestId('back-to-agreements').click()
      await page.waitForURL(/\/agreements(\?|$)/)
      const row = page.getByTestId('agreement-row').filter({ hasText: 'WU-OX-2026-T1' })
      await row.waitFor()
      assert.match(await row.getByTestId('agreement-partners').innerText(), /University of Oxford/)
      assert.match(await row.getByTestId('agreement-status-badge').innerText(), /Active/)
      await page.getByTestId('partner-map-canvas').locator('canvas').first().waitFor()
      await page.getByTestId('map-summary').filter({ hasText: /Agreements: [1-9]\d* · partner countries: [1-9]/ }).waitFor()
      await page.getByTestId('reminders').waitFor()
      assert.match(await page.getByTestId('calendar-url').inputValue(), /\/calendar\/[^/]+\.ics$/)

      // Filters live in the URL.
      await page.getByTestId('filter-status').selectOption('active')
      await page.waitForURL((url) => url.searchParams.get('status') === 'active')
      await row.waitFor()
      await page.waitForTimeout(500) // the map settles its animation before the picture
      await page.mouse.move(1, 1)
      await page.evaluate(() => window.scrollTo(0, 0))
      await screenshot(page, 'agreements.png')

      // The partner filter searches institutions by name and keeps the id in the URL.
      await page.getByTestId('clear-filters').click()
      await page.getByTestId('filter-partner').fill('oxford')
      await page.getByTestId('filter-partner-option').filter({ hasText: /^University of Oxford/ }).first().click()
      await page.waitForURL((url) => /^\d+$/.test(url.searchParams.get('partner') ?? ''))
      await page.getByTestId('filter-partner-chosen').filter({ hasText: 'University of Oxford' }).waitFor()
      await page.locator('.table-wrap:not(.result-list--stale)').waitFor()
      await row.waitFor()
      for (const text of await page.getByTestId('agreement-partners').allInnerTexts()) {
        assert.match(text, /University of Oxford/)
      }
    }))

  test('a partner sees only agreements with its institution and can comment', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('agreement-partner', async (page) => {
      // Set-up through the API: one agreement with Oxford, one with Cambridge.
      const officer = await orbis.apiAs(OFFICER)
      const home = (await api(officer, 'GET', '/settings/home')).institution.id
      const oxford = await institutionId(officer, 'University of Oxford', 'University of Oxford')
      const cambridge = await institutionId(officer, 'University of Cambridge', 'University of Cambridge')
      const withOxford = await api(officer, 'POST', '/agreements', draft('WU-OX-2026-P1', home, oxford))
      await api(officer, 'POST', '/agreements', draft('WU-CAM-2026-P1', home, cambridge))

      await signIn(page, PARTNER)
      await page.getByTestId('agreement-row').first().waitFor()
      const partnersText = await page.getByTestId('agreement-partners').allInnerTexts()
      assert.ok(partnersText.length >= 1)
      for (const text of partnersText) assert.match(text, /University of Oxford/)
      assert.equal(await page.getByTestId('agreement-row').filter({ hasText: 'WU-CAM-2026-P1' }).count(), 0)
      assert.equal(await page.getByTestId('new-agreement').count(), 0, 'partners do not create agreements')

      await page.getByTestId('agreement-row').filter({ hasText: 'WU-OX-2026-P1' }).getByTestId('agreement-link').click()
      await page.waitForURL(new RegExp(`/agreements/${withOxford.id}$`))
      await page.getByTestId('agreement-title').waitFor()
      assert.equal(await page.getByTestId('edit-agreement').count(), 0)
      assert.equal(await page.getByTestId('agreement-lifecycle').locator('button').count(), 0, 'partners do not move the life cycle')

      const text = 'We can host two more students in Hilary term.'
      await page.getByTestId('comment-input').fill(text)
      await page.getByTestId('comment-submit').click()
      await page.getByTestId('comment-text').filter({ hasText: text }).waitFor()
      assert.match(await page.getByTestId('comment').last().innerText(), /Emily Carter|partner@ox\.ac\.uk/)

      // Another institution's agreement is not theirs to read.
      const all = await api(officer, 'GET', '/agreements?q=WU-CAM-2026-P1')
      const cam = all.items.find((a) => a.code === 'WU-CAM-2026-P1')
      assert.ok(cam)
      const refused = await page.request.get(`/api/v1/agreements/${cam.id}`)
      assert.ok([403, 404].includes(refused.status()), `partner reading another's agreement: ${refused.status()}`)
    }))
})
