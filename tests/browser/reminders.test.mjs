// Browser test of the reminders panel on the partnerships page (docs/agreements.md): each
// list comes a page at a time, and "load more" adds the next page of that list.
// Run: node --test reminders.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, signIn } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const TEST_TIMEOUT_MS = 240_000
// More than the server's page (100) of each list.
const COUNT = 105

const orbis = browserSuite()
const { withPage } = orbis

function isoDay(date) {
  return date.toISOString().slice(0, 10)
}

// The academic year of a day, "2026/2027", starting in September.
function academicYear(date) {
  const year = date.getUTCFullYear()
  return date.getUTCMonth() >= 8 ? `${year}/${year + 1}` : `${year - 1}/${year}`
}

describe('Reminders', { timeout: TEST_TIMEOUT_MS * 2 }, () => {
  test('each list of reminders loads more a page at a time', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('reminders-paged', async (page) => {
      // Set-up through the API: active agreements ending in 60 days, each with free seats.
      const officer = await orbis.apiAs(OFFICER)
      const home = (await officer('GET', '/settings/home')).json.institution.id
      const found = (await officer('GET', '/institutions?q=University%20of%20Oxford&limit=20')).json
      const oxford = found.items.find((i) => i.name === 'University of Oxford').id
      const now = new Date()
      const end = isoDay(new Date(now.getTime() + 60 * 86_400_000))
      const start = isoDay(new Date(now.getTime() - 30 * 86_400_000))
      const year = academicYear(now)
      const party = (id, isHome) => ({ institution_id: id, is_home: isHome })
      const codes = []
      for (let i = 0; i < COUNT; i++) {
        const code = `WU-REMIND-${String(i).padStart(3, '0')}`
        codes.push(code)
        const created = await officer('POST', '/agreements', {
          code,
          title: `Reminder ${code}`,
          kinds: ['student_exchange'],
          start_date: start,
          end_date: end,
          parties: [party(home, true), party(oxford, false)],
          conditions: [
            {
              sending_institution_id: home,
              receiving_institution_id: oxford,
              mobility_type: 'student_studies',
              academic_years: { first: year, last: year },
              eqf_levels: [6],
              seats_per_year: 2,
              months_per_seat: 5,
            },
          ],
        })
        for (const to of ['negotiation', 'signed', 'active'])
          await officer('POST', `/agreements/${created.json.id}/transitions`, { to })
      }
      const first = (await officer('GET', '/agreements/reminders')).json
      assert.equal(first.expiring.length, 100)
      assert.ok(first.expiring_next && first.unused_seats_next, 'both lists have a next page')

      await signIn(page, OFFICER, { path: '/agreements' })
      const panel = page.getByTestId('reminders')
      await panel.waitFor()
      const expiringLinks = () => panel.getByTestId('reminders-within-90').locator('a').allInnerTexts()
      await page.getByTestId('reminders-expiring-more').waitFor()
      const before = await panel.locator('a').allInnerTexts()
      assert.ok(before.filter((t) => t.startsWith('WU-REMIND-')).length < COUNT * 2)

      // The next page of agreements ending: every one of ours is listed once, then no more.
      await page.getByTestId('reminders-expiring-more').click()
      await page.waitForFunction(() => !document.querySelector('[data-testid="reminders-expiring-more"]'))
      const expiring = (await expiringLinks()).filter((t) => t.startsWith('WU-REMIND-'))
      assert.deepEqual([...new Set(expiring)].sort(), codes)
      assert.equal(expiring.length, COUNT)

      // The next page of unused seats: the list unfolds with ours all in it.
      await page.getByTestId('reminders-seats-more').click()
      await page.waitForFunction(() => !document.querySelector('[data-testid="reminders-seats-more"]'))
      const seats = (await page.getByTestId('reminders-seats').locator('a').allInnerTexts()).filter((t) =>
        t.startsWith('WU-REMIND-'),
      )
      assert.deepEqual([...new Set(seats)].sort(), codes)
    }),
  )
})
