// Browser tests of the home page (GET /api/v1/home) against a real orbis server with the demo
// data. Each role signs in and lands on its home page, which shows that role's tasks in the
// order the API gives them (those with nothing waiting in one short list) with their headings
// and first records; the office, coordinators and viewers see the key indicators as tiles
// (after the tasks, or before them for a viewer), students their next steps in words. An item
// leads to its record and "See all" to the list with the task's filters; the page fits a
// phone's width, reads in Chinese, and says why when it cannot be read.
// Run: node --test home.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const STUDENT = 'student@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const VIEWER = 'viewer@westlake.edu.cn'
const TEST_TIMEOUT_MS = 180_000
/** A phone's width: the page must not scroll sideways. */
const PHONE = { width: 390, height: 844 }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** Each kind's heading, in English and in Chinese. */
const TITLES = {
  agreements_expiring: ['Agreements ending soon', '即将到期的协议'],
  nominations_to_decide: ['Nominations to decide', '待决定的推荐'],
  nominations_awaiting_partner: ['Nominations awaiting the partner', '等待对方决定的推荐'],
  applications_to_score: ['Applications to score', '待评分的申请'],
  learning_agreements_to_approve: ['Learning agreements to approve', '待审批的学习协议'],
  stays_without_recognition: ['Stays to recognise', '待认定学分的交流'],
  calls_closing: ['Calls closing this week', '本周截止的选拔'],
  my_applications: ['My applications', '我的申请'],
  my_stays: ['My stays abroad', '我的交流'],
  calls_open: ['Calls open to you', '可申请的选拔'],
  scholar_clocks_overdue: ['Scholars’ legal deadlines overdue', '学者法定时限已逾期'],
}
/** A student signs their own learning agreements. */
const STUDENT_LA = ['Learning agreements to sign', '待签署的学习协议']

/** The kinds each role may be given (the contract), and the ones the demo always gives it. */
const ROLE_KINDS = {
  officer: {
    may: ['agreements_expiring', 'nominations_to_decide', 'nominations_awaiting_partner', 'scholar_clocks_overdue', 'applications_to_score', 'learning_agreements_to_approve', 'stays_without_recognition', 'calls_closing'],
    has: ['agreements_expiring', 'nominations_to_decide', 'scholar_clocks_overdue', 'applications_to_score', 'stays_without_recognition'],
  },
  coordinator: {
    may: ['agreements_expiring', 'nominations_awaiting_partner', 'scholar_clocks_overdue', 'applications_to_score', 'learning_agreements_to_approve', 'stays_without_recognition', 'calls_closing'],
    has: ['agreements_expiring', 'scholar_clocks_overdue', 'applications_to_score'],
  },
  student: {
    may: ['learning_agreements_to_approve', 'my_applications', 'my_stays', 'calls_open'],
    has: ['my_applications', 'my_stays', 'calls_open'],
  },
  partner: { may: ['nominations_to_decide', 'learning_agreements_to_approve'], has: ['nominations_to_decide'] },
  viewer: { may: ['agreements_expiring'], has: ['agreements_expiring'] },
}

/** The list each kind's "See all" opens, and the query parameters that list reads. */
const LISTS = {
  agreements_expiring: ['/agreements', 'agreements-page', ['q', 'partner', 'country', 'kind', 'status', 'expiring_within', 'isced']],
  nominations_to_decide: ['/nominations', 'nominations-page', ['state', 'direction']],
  nominations_awaiting_partner: ['/nominations', 'nominations-page', ['state', 'direction']],
  applications_to_score: ['/calls', 'calls-page', []],
  learning_agreements_to_approve: ['/mobilities', 'mobilities-page', ['direction', 'status', 'year', 'awaiting_signature']],
  stays_without_recognition: ['/mobilities', 'mobilities-page', ['direction', 'status', 'year', 'awaiting_signature']],
  calls_closing: ['/calls', 'calls-page', []],
  my_applications: ['/exchange', 'exchange-page', []],
  my_stays: ['/mobilities', 'mobilities-page', ['direction', 'status', 'year', 'awaiting_signature']],
  calls_open: ['/exchange', 'exchange-page', []],
  scholar_clocks_overdue: ['/scholars', 'scholars-page', ['status', 'kind', 'direction', 'in_stay']],
}

/** Where an item leads: [a test of the URL, the page's test id]. */
function itemTarget(kind, id) {
  const path = (p) => (url) => url.pathname === p
  switch (kind) {
    case 'agreements_expiring':
      return [path(`/agreements/${id}`), 'agreement-detail']
    case 'learning_agreements_to_approve':
      return [path(`/mobilities/${id}/learning-agreement`), 'learning-agreement']
    case 'calls_closing':
      return [path(`/calls/${id}`), 'call-detail']
    case 'applications_to_score':
      // On its call's page, at the applications in its status.
      return [(url) => /^\/calls\/\d+$/.test(url.pathname) && url.searchParams.has('status'), 'call-detail']
    case 'my_applications':
      return [path(`/exchange/applications/${id}`), 'application-page']
    case 'calls_open':
      return [(url) => url.pathname === '/exchange' && url.hash === `#call-${id}`, 'exchange-page']
    case 'scholar_clocks_overdue':
      return [path(`/scholars/${id}`), 'scholar-detail']
    default:
      return [path(`/mobilities/${id}`), 'mobility-detail']
  }
}

function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
}

function taskCard(page, kind) {
  return page.locator(`[data-testid="home-task"][data-kind="${kind}"]`)
}

/** The role's home as the API gives it, checked against the contract. */
async function homeOf(email, role) {
  const home = (await (await apiAs(email))('GET', '/home')).json
  assert.equal(home.role, role)
  assert.match(home.today, /^\d{4}-\d{2}-\d{2}$/)
  const kinds = home.tasks.map((t) => t.kind)
  for (const kind of kinds) assert.ok(ROLE_KINDS[role].may.includes(kind), `${role} may be given ${kind}`)
  for (const kind of ROLE_KINDS[role].has) assert.ok(kinds.includes(kind), `${role} is given ${kind}: ${kinds}`)
  for (const task of home.tasks) {
    assert.ok(task.items.length <= 5 && task.items.length <= task.count, `${task.kind}: at most five of its ${task.count}`)
  }
  return home
}

/** Signs in at /login and lands on the home page. */
async function landOnHome(page, email) {
  await signIn(page, email)
  await page.waitForURL((url) => url.pathname === '/')
  await page.getByTestId('home-page').waitFor()
  await page.getByTestId('home-tasks').waitFor()
  assert.equal(await page.getByTestId('nav-home').getAttribute('aria-current'), 'page', 'Home is the current page')
  const first = page.getByTestId('sidenav').locator('a, [role=link]').first()
  assert.equal(await first.getAttribute('data-testid'), 'nav-home', 'Home comes first in the navigation')
}

/** Every task of the API on the page, in its order: those waiting as cards, the rest in the short list. */
async function checkTasks(page, home, role, lang = 0) {
  const title = (kind) => (kind === 'learning_agreements_to_approve' && role === 'student' ? STUDENT_LA : TITLES[kind])[lang]
  const waiting = home.tasks.filter((t) => t.count > 0)
  const done = home.tasks.filter((t) => t.count === 0)
  const cards = page.getByTestId('home-task')
  await cards.first().waitFor({ state: waiting.length ? 'visible' : 'detached' })
  assert.deepEqual(await cards.evaluateAll((list) => list.map((c) => c.getAttribute('data-kind'))), waiting.map((t) => t.kind), 'the tasks waiting, in the order given')
  for (const task of waiting) {
    const card = taskCard(page, task.kind)
    await waitForText(card.locator('h3'), title(task.kind))
    await waitForText(card.getByTestId('home-task-count'), String(task.count))
    const items = card.getByTestId('home-item')
    assert.equal(await items.count(), task.items.length, `${task.kind}: its first records`)
    for (const [i, item] of task.items.entries()) {
      assert.equal(await items.nth(i).getAttribute('data-id'), String(item.id))
    }
  }
  const doneRows = page.getByTestId('home-task-done')
  assert.deepEqual(await doneRows.evaluateAll((list) => list.map((c) => c.getAttribute('data-kind'))), done.map((t) => t.kind), 'nothing waiting, in the order given')
  for (const task of done) {
    await waitForText(page.locator(`[data-testid="home-task-done"][data-kind="${task.kind}"]`), title(task.kind))
  }
}

/** The key indicators as tiles: one per indicator, the latest year's value or "No data". */
async function checkTiles(page, email, first) {
  const items = (await (await apiAs(email))('GET', '/indicators')).json.items
  const latest = Math.max(...items.map((i) => i.year))
  const ids = [...new Set(items.map((i) => i.id))]
  const tiles = page.getByTestId('kpi')
  await tiles.first().waitFor()
  await waitForText(page.getByTestId('home-kpis').locator('h2'), 'Key indicators')
  assert.deepEqual(await tiles.evaluateAll((list) => list.map((c) => c.getAttribute('data-id'))), ids, 'a tile per indicator, in the server’s order')
  for (const id of ids) {
    const item = items.find((i) => i.id === id && i.year === latest)
    const tile = page.locator(`[data-testid="kpi"][data-id="${id}"]`)
    await waitForText(tile, item.academic_year)
    if (item.value === null) await waitForText(tile.getByTestId('kpi-no-data'), 'No data')
    else assert.equal(await tile.getByTestId('kpi-value').count(), 1, `${id} shows its value`)
    assert.equal(await tile.getByTestId('kpi-link').getAttribute('href'), '/indicators')
  }
  const rate = items.find((i) => i.id === 'outbound_mobility_rate' && i.year === latest)
  if (rate.value !== null) {
    const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate.value)
    await waitForText(page.locator('[data-testid="kpi"][data-id="outbound_mobility_rate"]').getByTestId('kpi-value'), percent)
  }
  const tilesFirst = await page.evaluate(() => {
    const kpis = document.querySelector('[data-testid="home-kpis"]')
    const tasks = document.querySelector('[data-testid="home-tasks"]')
    return Boolean(kpis.compareDocumentPosition(tasks) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  assert.equal(tilesFirst, first, first ? 'the tiles come before the tasks' : 'the tasks come before the tiles')
}

/** The first item of a task leads to its record, and "See all" to the list with the task's filters. */
async function followTask(page, task) {
  const card = taskCard(page, task.kind)
  const item = task.items[0]
  const link = card.locator(`[data-testid="home-item"][data-id="${item.id}"]`).getByTestId('home-item-link')
  if (task.kind === 'applications_to_score') {
    // The call is read from the application before the link leads there.
    await page.waitForFunction((el) => /^\/calls\/\d+/.test(el.getAttribute('href') ?? ''), await link.elementHandle())
  }
  const [isRecord, recordPage] = itemTarget(task.kind, item.id)
  await link.click()
  await page.waitForURL(isRecord)
  await page.getByTestId(recordPage).waitFor()
  await page.goBack()
  await page.waitForURL((url) => url.pathname === '/')

  const [listPath, listPage, reads] = LISTS[task.kind]
  await taskCard(page, task.kind).getByTestId('home-see-all').click()
  await page.waitForURL((url) => url.pathname === listPath)
  await page.getByTestId(listPage).waitFor()
  const query = Object.fromEntries(new URL(page.url()).searchParams)
  const expected = Object.fromEntries(Object.entries(task.filter).filter(([key]) => reads.includes(key)))
  assert.deepEqual(query, expected, `${task.kind}: the list opens with the filters it reads`)
  await page.goBack()
  await page.waitForURL((url) => url.pathname === '/')
  await page.getByTestId('home-tasks').waitFor()
}

/** On a phone's width, once everything is shown, the page does not scroll sideways. */
async function fitsPhone(page, name) {
  await page.setViewportSize(PHONE)
  await page.waitForTimeout(300)
  assert.equal(await scrollsSideways(page), false, `${name}'s home page fits 390 px`)
}

describe('Home page', { timeout: TEST_TIMEOUT_MS * 6 }, () => {
  test('an officer lands on the tasks, then the key indicators; a nomination to decide leads to the stay and to the pending nominations', { timeout: TEST_TIMEOUT_MS }, async () => {
    // Oxford nominates a student to us: one nomination waits for the office.
    const officer = await apiAs(OFFICER)
    const partner = await apiAs(PARTNER)
    const agreements = (await officer('GET', '/agreements?q=Oxford')).json.items
    assert.ok(agreements.length, 'the demo has an agreement with Oxford')
    const nominee = (
      await partner('POST', '/nominations', {
        person: { family_name: 'Hometest', given_name: 'Ada', email: 'ada.hometest@ox.ac.uk', nationality: 'GB' },
        agreement_id: agreements[0].id,
        type: 'student_studies',
        academic_year: '2031/2032',
        planned_start: '2031-09-01',
        planned_end: '2032-01-31',
      })
    ).json
    const home = await homeOf(OFFICER, 'officer')
    const nominations = home.tasks.find((t) => t.kind === 'nominations_to_decide')
    assert.ok(nominations.items.some((i) => String(i.id) === String(nominee.id)), 'the new nomination is among those to decide')

    await withPage('home-officer', async (page) => {
      await landOnHome(page, OFFICER)
      await waitForText(page.getByTestId('home-tasks').locator('h2'), 'What waits for you')
      await checkTasks(page, home, 'officer')
      await checkTiles(page, OFFICER, false)
      await screenshot(page, 'home-officer.png')

      // The nomination leads to its stay; "See all" to the pending nominations sent to us.
      const card = taskCard(page, 'nominations_to_decide')
      await waitForText(card.locator(`[data-testid="home-item"][data-id="${nominee.id}"]`), 'Ada')
      await followTask(page, { ...nominations, items: [nominations.items.find((i) => String(i.id) === String(nominee.id))] })
      await card.getByTestId('home-see-all').click()
      await page.waitForURL((url) => url.pathname === '/nominations' && url.searchParams.get('direction') === 'incoming')
      await page.getByTestId('nomination-row').filter({ hasText: 'Hometest' }).waitFor()
      assert.equal(await page.getByTestId('nominations-direction').inputValue(), 'incoming', 'the list says which direction it shows')
      await page.goBack()
      await page.getByTestId('home-tasks').waitFor()

      // The agreements ending soon: the agreement, then the list filtered to them.
      const expiring = home.tasks.find((t) => t.kind === 'agreements_expiring')
      if (expiring.items.length) {
        await followTask(page, expiring)
        await taskCard(page, 'agreements_expiring').getByTestId('home-see-all').click()
        await waitForText(page.getByTestId('agreements-status'), `of ${expiring.count}`)
        await page.goBack()
        await page.getByTestId('home-tasks').waitFor()
      }

      await fitsPhone(page, 'an officer')
    })
  })

  test('a coordinator lands on their school’s tasks, then its key indicators', { timeout: TEST_TIMEOUT_MS }, async () => {
    const home = await homeOf(COORDINATOR, 'coordinator')
    await withPage('home-coordinator', async (page) => {
      await landOnHome(page, COORDINATOR)
      await checkTasks(page, home, 'coordinator')
      await checkTiles(page, COORDINATOR, false)
      await waitForText(page.getByTestId('home-kpis'), 'For your org unit.')
      // Nominations are a list coordinators do not see: their records lead to the stays, and no "See all".
      const awaiting = home.tasks.find((t) => t.kind === 'nominations_awaiting_partner' && t.items.length)
      if (awaiting) {
        const card = taskCard(page, awaiting.kind)
        assert.equal(await card.getByTestId('home-see-all').count(), 0, 'no way to a list a coordinator may not open')
        assert.equal(await card.getByTestId('home-item-link').first().getAttribute('href'), `/mobilities/${awaiting.items[0].id}`)
      }
      const task = home.tasks.find((t) => t.items.length && !t.kind.startsWith('nominations'))
      if (task) await followTask(page, task)
      await fitsPhone(page, 'a coordinator')
    })
  })

  test('a student lands on their next steps, applications, stays and open calls, and reads them in Chinese', { timeout: TEST_TIMEOUT_MS }, async () => {
    const home = await homeOf(STUDENT, 'student')
    await withPage('home-student', async (page) => {
      await landOnHome(page, STUDENT)
      const next = page.getByTestId('home-next')
      await waitForText(next.locator('h2'), 'What to do next')
      // A draft says to finish it and submit it; with nothing to do, the page says so.
      const applications = home.tasks.find((t) => t.kind === 'my_applications')
      for (const draft of applications.items.filter((a) => a.status === 'draft')) {
        await waitForText(next, `Finish your application to ${draft.title} and submit it`)
      }
      const signs = home.tasks.find((t) => t.kind === 'learning_agreements_to_approve')
      if (signs?.items.length) await waitForText(next, 'Read your learning agreement')
      if (!(await page.getByTestId('home-next-step').count())) await waitForText(next, 'Nothing needs doing now')
      await waitForText(page.getByTestId('home-tasks').locator('h2'), 'Your applications and stays')
      await checkTasks(page, home, 'student')
      assert.equal(await page.getByTestId('home-kpis').count(), 0, 'a student is shown no indicators')

      for (const kind of ['my_stays', 'my_applications', 'calls_open']) {
        const task = home.tasks.find((t) => t.kind === kind && t.items.length)
        if (task) await followTask(page, task)
      }
      await fitsPhone(page, 'a student')

      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('nav-home'), '首页')
      await waitForText(next.locator('h2'), '下一步')
      await waitForText(page.getByTestId('home-tasks').locator('h2'), '您的申请与交流')
      await checkTasks(page, home, 'student', 1)
      assert.equal(await scrollsSideways(page), false, 'the Chinese home page fits 390 px')
      await screenshot(page, 'home-student-phone-zh.png')
    })
  })

  test('a partner lands on the nominations and learning agreements waiting for its institution', { timeout: TEST_TIMEOUT_MS }, async () => {
    const home = await homeOf(PARTNER, 'partner')
    await withPage('home-partner', async (page) => {
      await landOnHome(page, PARTNER)
      await checkTasks(page, home, 'partner')
      assert.equal(await page.getByTestId('home-kpis').count(), 0, 'a partner is shown no indicators')
      const nominations = home.tasks.find((t) => t.kind === 'nominations_to_decide')
      if (nominations.count) await waitForText(taskCard(page, 'nominations_to_decide'), 'waiting for your decision')
      const task = home.tasks.find((t) => t.items.length)
      if (task) await followTask(page, task)
      await fitsPhone(page, 'a partner')

      // A failed read says so, with the server's problem detail, and reads again on request.
      const problem = { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'the database is busy, try again' }
      await page.route('**/api/v1/home', (route) => route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify(problem) }))
      await page.reload()
      await waitForText(page.getByTestId('home-error'), 'Your home page could not be loaded.')
      await waitForText(page.getByTestId('home-error'), problem.detail)
      await page.unroute('**/api/v1/home')
      await page.getByTestId('home-error').getByRole('button').click()
      await page.getByTestId('home-tasks').waitFor()
    })
  })

  test('a viewer lands on the key indicators first, then the agreements ending soon', { timeout: TEST_TIMEOUT_MS }, async () => {
    const home = await homeOf(VIEWER, 'viewer')
    await withPage('home-viewer', async (page) => {
      await landOnHome(page, VIEWER)
      await checkTiles(page, VIEWER, true)
      await waitForText(page.getByTestId('home-tasks').locator('h2'), 'What the office is working on')
      await checkTasks(page, home, 'viewer')
      const expiring = home.tasks.find((t) => t.kind === 'agreements_expiring')
      if (expiring.items.length) await followTask(page, expiring)
      // A tile leads to the Indicators page.
      await page.getByTestId('kpi-link').first().click()
      await page.waitForURL((url) => url.pathname === '/indicators')
      await page.getByTestId('indicators-page').waitFor()
      await page.goBack()
      await page.getByTestId('kpi').first().waitFor()
      await fitsPhone(page, 'a viewer')
    })
  })
})
