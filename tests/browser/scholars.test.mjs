// Browser tests of the scholar case file (docs/scholars.md; /api/v1/scholars) against a real
// orbis server with the demo data; the suite makes its own case and reads no demo case.
//
// 1. The coordinator finds Scholars in the navigation and asks for an incoming visiting
//    scholar who is new to Orbis: sent without the institution the scholar comes from, the
//    request is refused with the error at that field; with the University of Cambridge it is
//    recorded as requested in the coordinator's department, and the case's page is the API's.
// 2. The officer opens it from the list and moves it screening → approved → permit_visa (a
//    decline without a reason is refused on the page); records the entry into China 50 hours
//    ago, whose accommodation registration (24 hours) is then overdue, in red; moves it to
//    arrived; is refused "registered" while the registration is not recorded; marks the
//    registration made 10 hours after the entry (the clock becomes done); moves it to
//    registered, then active; records the work-residence permit filed today (its clock done);
//    records a move 30 hours ago, not yet registered (overdue). After every step the page —
//    state, moves offered, clocks (name, due, state, rule, source, article, why), tasks,
//    events — is what GET /api/v1/scholars/{id} gives; at the end also in Chinese.
// 3. The officer's list shows the case with its overdue badge, also under "here now", and
//    the home page's "Scholars' legal deadlines overdue" names it and leads to it and to the
//    list of incoming scholars here now.
// 4. A viewer reads the case without permits, notes and clocks (personal false), in English
//    and in Chinese; Oxford's partner account is not shown it (404, and not in its list).
// Run: node --test scholars.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const VIEWER = 'viewer@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const TEST_TIMEOUT_MS = 240_000

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** The scholar the coordinator asks for (a name no demo record has). */
const SCHOLAR = { given: 'Ingrid', family: 'Scholartest', zh: '英格丽', email: 'ingrid.scholartest@cam.ac.uk', nationality: 'SE' }
const POSITION = 'Visiting Professor'
const PROJECT = 'Lake sediments and climate'
const PURPOSE = 'Joint research'
const ENTRY_NOTE = 'Arrived at Hangzhou Xiaoshan airport'

/** The labels the page gives codes, in English and in Chinese. */
const STATUS = {
  requested: ['Requested', '已申请'],
  screening: ['Screening', '审核中'],
  approved: ['Approved', '已批准'],
  permit_visa: ['Permit and visa', '办理许可与签证'],
  arrived: ['Arrived', '已入境'],
  registered: ['Registered', '已登记'],
  active: ['Active', '访问中'],
}
const CLOCK_STATE = {
  upcoming: ['Upcoming', '未开始'],
  open: ['Open', '办理中'],
  overdue: ['Overdue', '已逾期'],
  done: ['Done', '已办理'],
  late: ['Done late', '逾期办理'],
}
const TASK = {
  screen: ['Screen the request', '审核申请'],
  decide: ['Approve or decline the stay', '批准或不批准'],
  send_invitation: ['Send the invitation letter', '寄发签证邀请函'],
  obtain_visa: ['Obtain the visa', '办妥签证'],
  prepare_arrival: ['Arrange housing', '安排住宿'],
  register_accommodation: ['register the accommodation with the police', '办理住宿登记'],
  start: ['Start the stay', '开始访问'],
  report_changes: ['Report moves', '及时报告'],
}
const KIND = { visiting: ['Visiting scholar', '访问学者'] }
const DIRECTION = { incoming: ['Incoming', '来校'] }
/** What the overdue red is: the stylesheet's red badge. */
const RED = 'rgb(145, 32, 24)'

/** `at` in China's time as an <input type="datetime-local"> takes it, and as the API writes it. */
function chinaWall(at) {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16)
}
const hoursAgo = (hours) => new Date(Date.now() - hours * 3_600_000)

/** Shared by the tests, in order: the case made in 1, and the institution it is with. */
const made = { id: null, partner: null, unit: null }

function requireCase() {
  assert.ok(made.id, 'the case of the first test')
  return made.id
}

async function caseAs(api, id) {
  const { json, etag } = await api('GET', `/scholars/${id}`)
  assert.equal(etag, `"${json.version}"`, 'the ETag is the version')
  return json
}

/** Waits until the case's page shows `status`. */
async function waitForStatus(page, status) {
  await page.locator(`[data-testid="scholar-status"][data-status="${status}"]`).waitFor()
}

/** Moves the case on its page (the button, then the dialog's confirm) and waits for the server's answer. */
async function moveOnPage(page, to, { reason } = {}) {
  await page.getByTestId(`scholar-move-${to}`).click()
  await page.getByTestId('scholar-move-dialog').waitFor()
  if (reason) await page.getByTestId('scholar-move-reason').fill(reason)
  const answered = page.waitForResponse(isResponse('POST', /\/api\/v1\/scholars\/\d+\/transitions$/))
  await page.getByTestId('scholar-move-confirm').click()
  return answered
}

/** The case's page against the API's case `c`, in the page's language (0 English, 1 Chinese). */
async function checkDetail(page, c, lang = 0) {
  await waitForStatus(page, c.status)
  await waitForText(page.getByTestId('scholar-status'), STATUS[c.status][lang])
  const name = lang === 1 && c.person.name_zh ? c.person.name_zh : c.person.display_name
  assert.equal((await page.getByTestId('scholar-person').innerText()).trim(), name, 'the scholar')
  await waitForText(page.getByTestId('scholar-kind'), `${DIRECTION[c.direction][lang]} · ${KIND[c.kind][lang]}`)
  const department = lang === 1 && c.host_unit.name_zh ? c.host_unit.name_zh : c.host_unit.name
  assert.equal((await page.getByTestId('scholar-department').innerText()).trim(), department, 'the department')
  const partnerName = lang === 1 && c.partner.name_zh ? c.partner.name_zh : c.partner.name
  assert.ok((await page.getByTestId('scholar-partner').innerText()).includes(partnerName), 'the partner')
  if (c.position) assert.equal((await page.getByTestId('scholar-position').innerText()).trim(), c.position)
  if (c.project) assert.equal((await page.getByTestId('scholar-project').innerText()).trim(), c.project)

  // The moves offered are the API's, in its order.
  const moves = await page.locator('[data-testid^="scholar-move-"]').evaluateAll((buttons) =>
    buttons.filter((b) => b.tagName === 'BUTTON' && b.closest('[data-testid="scholar-moves"]')).map((b) => b.dataset.testid.replace('scholar-move-', '')),
  )
  assert.deepEqual(moves, c.allowed_transitions, 'the moves the API allows')

  // The events, in the API's order, each registered or not.
  const events = await page.getByTestId('scholar-event').evaluateAll((rows) =>
    rows.map((r) => ({ id: Number(r.dataset.id), kind: r.dataset.kind, done: r.dataset.done === 'true', note: r.querySelector('.history__reason')?.textContent.trim() ?? '' })),
  )
  assert.deepEqual(
    events,
    c.events.map((e) => ({ id: e.id, kind: e.kind, done: Boolean(e.done_at), note: e.note })),
    'the events',
  )
  assert.equal(await page.getByTestId('scholar-event-form').count(), c.allowed_actions.includes('record_event') ? 1 : 0, 'a form to record an event where allowed')
  assert.equal(await page.getByTestId('scholar-history-entry').count(), c.history.length, 'the history')

  const begun = ['arrived', 'registered', 'active', 'extended', 'departed', 'closed'].includes(c.status)
  assert.equal(await page.getByTestId('scholar-orcid').count(), c.personal && begun ? 1 : 0, 'the ORCID item once the stay began, for those who see personal data')
  if (!c.personal) {
    await page.getByTestId('scholar-not-personal').waitFor()
    for (const hidden of ['scholar-clocks-card', 'scholar-tasks-card', 'scholar-permits-card', 'scholar-documents-card']) {
      assert.equal(await page.getByTestId(hidden).count(), 0, `${hidden}: not shown without personal data`)
    }
    return
  }
  assert.equal(await page.getByTestId('scholar-not-personal').count(), 0)

  // The tasks, by code and owner, in the reader's language.
  const tasks = await page.getByTestId('scholar-task').evaluateAll((rows) => rows.map((r) => ({ code: r.dataset.code, owner: r.dataset.owner, text: r.textContent.trim() })))
  assert.deepEqual(tasks.map(({ code, owner }) => ({ code, owner })), c.tasks.map(({ code, owner }) => ({ code, owner })), 'the tasks')
  for (const task of tasks) if (TASK[task.code]) assert.ok(task.text.includes(TASK[task.code][lang]), `${task.code}: "${task.text}"`)

  // The clocks: a row each, in the API's order, with what is due, by when, its state and its rule.
  const rows = page.getByTestId('scholar-clock')
  if (!c.clocks.length) {
    await page.getByTestId('scholar-clocks-empty').waitFor()
    return
  }
  await rows.nth(c.clocks.length - 1).waitFor()
  assert.equal(await rows.count(), c.clocks.length, 'a row per clock')
  const shown = await rows.evaluateAll((list) =>
    list.map((r) => {
      const at = (id) => r.querySelector(`[data-testid="${id}"]`)
      const state = at('scholar-clock-state')
      return {
        rule_set: r.dataset.ruleSet,
        rule: r.dataset.rule,
        event: Number(r.dataset.event),
        state: r.dataset.state,
        due_at: r.dataset.due,
        name: at('scholar-clock-name').textContent.trim(),
        due: at('scholar-clock-due').getAttribute('datetime'),
        dueText: at('scholar-clock-due').textContent.trim(),
        stateText: state.textContent.trim(),
        stateColour: getComputedStyle(state).color,
        source: at('scholar-clock-source').getAttribute('href'),
        sourceText: at('scholar-clock-source').textContent.trim(),
        tooltip: at('scholar-clock-source').getAttribute('title'),
        article: at('scholar-clock-article')?.textContent.trim() ?? '',
        why: at('scholar-clock-why').textContent.trim(),
      }
    }),
  )
  c.clocks.forEach((clock, i) => {
    const row = shown[i]
    const what = `clock ${i + 1} (${clock.rule})`
    assert.deepEqual(
      [row.rule_set, row.rule, row.event, row.state, row.due_at, row.due],
      [clock.rule_set, clock.rule, clock.event, clock.state, clock.due_at, clock.due_at],
      what,
    )
    assert.equal(row.name, lang === 1 ? clock.name_zh : clock.name, `${what}: its name in the reader's language`)
    assert.match(row.dueText, new RegExp(clock.due_at.slice(0, 4)), `${what}: the due time written out`)
    assert.equal(row.stateText, CLOCK_STATE[clock.state][lang], `${what}: its state`)
    if (clock.state === 'overdue') assert.equal(row.stateColour, RED, `${what}: overdue in red`)
    else assert.notEqual(row.stateColour, RED, `${what}: red only when overdue`)
    assert.deepEqual([row.source, row.sourceText, row.article], [clock.source_url, clock.source_title, clock.article], `${what}: the rule's source`)
    assert.equal(row.why, clock.why, `${what}: why this rule set`)
    assert.equal(row.tooltip, clock.why, `${what}: why, as the source's tooltip`)
  })
  const overdue = c.clocks.filter((x) => x.state === 'overdue').length
  if (overdue) await waitForText(page.getByTestId('scholar-overdue'), lang === 1 ? `逾期 ${overdue} 项` : `Overdue: ${overdue}`)
  else assert.equal(await page.getByTestId('scholar-overdue').count(), 0, 'no overdue badge')
}

/** The first clock of `rule` (of event `event`, when given). */
function clockOf(c, rule, event) {
  const clock = c.clocks.find((x) => x.rule === rule && (event === undefined || x.event === event))
  assert.ok(clock, `${rule}: a clock of the case (${c.clocks.map((x) => x.rule)})`)
  return clock
}

describe('Scholar case file', { timeout: TEST_TIMEOUT_MS * 5 }, () => {
  test('a coordinator asks for an incoming visiting scholar from a partner; a missing partner is refused at its field', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const coordinator = await apiAs(COORDINATOR)
    made.unit = (await coordinator('GET', '/auth/me')).json.org_unit_id
    assert.ok(made.unit, 'the demo coordinator has a department')
    const found = (await officer('GET', '/institutions?q=Cambridge')).json.items
    made.partner = found.find((i) => /University of Cambridge/.test(i.name))
    assert.ok(made.partner, `the registry holds the University of Cambridge: ${found.map((i) => i.name)}`)
    const start = chinaWall(new Date()).slice(0, 10)
    const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`

    await withPage('scholars-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.getByTestId('nav-scholars').click()
      await page.waitForURL((url) => url.pathname === '/scholars')
      await page.getByTestId('scholars-page').waitFor()
      assert.equal(await page.getByTestId('nav-scholars').getAttribute('aria-current'), 'page')
      await page.getByTestId('scholar-new').click()
      await page.waitForURL((url) => url.pathname === '/scholars/new')
      // A coordinator asks for their own department: it is shown, not chosen.
      await page.getByTestId('sf-own-department').waitFor()
      assert.equal(await page.getByTestId('sf-department').count(), 0)
      assert.equal(await page.getByTestId('sf-who-existing').count(), 0, 'only the office picks a person already in Orbis')

      await page.getByTestId('sf-given-name').fill(SCHOLAR.given)
      await page.getByTestId('sf-family-name').fill(SCHOLAR.family)
      await page.getByTestId('sf-name-zh').fill(SCHOLAR.zh)
      await page.getByTestId('sf-email').fill(SCHOLAR.email)
      await page.getByTestId('sf-nationality').selectOption(SCHOLAR.nationality)
      await page.getByTestId('sf-date-of-birth').fill('1980-04-02')
      await page.getByTestId('sf-kind').selectOption('visiting')
      await page.getByTestId('sf-direction').selectOption('incoming')
      await page.getByTestId('sf-position').fill(POSITION)
      await page.getByTestId('sf-project').fill(PROJECT)
      await page.getByTestId('sf-purpose').fill(PURPOSE)
      await page.getByTestId('sf-start').fill(start)
      await page.getByTestId('sf-end').fill(end)

      // Without where the scholar comes from: refused, at that field.
      const refused = page.waitForResponse(isResponse('POST', /\/api\/v1\/scholars$/))
      await page.getByTestId('sf-submit').click()
      const problem = await refused
      assert.equal(problem.status(), 422)
      const body = await problem.json()
      assert.ok(body.errors.some((e) => e.field === 'partner_id'), JSON.stringify(body))
      await waitForText(page.getByTestId('sf-error-partner'), 'Choose the institution the scholar comes from or goes to.')
      await waitForText(page.getByTestId('sf-error'), 'Some fields need attention.')
      assert.equal(new URL(page.url()).pathname, '/scholars/new', 'still on the form')

      await page.getByTestId('sf-partner').fill('Cambridge')
      await page.getByTestId('sf-partner-option').filter({ hasText: 'University of Cambridge' }).first().click()
      await page.getByTestId('sf-partner-chosen').waitFor()
      assert.equal(await page.getByTestId('sf-partner-chosen').getAttribute('data-id'), String(made.partner.id))
      const sent = page.waitForResponse(isResponse('POST', /\/api\/v1\/scholars$/))
      await page.getByTestId('sf-submit').click()
      const created = await sent
      assert.equal(created.status(), 201)
      const request = created.request().postDataJSON()
      assert.deepEqual(
        [request.kind, request.direction, request.partner_id, request.scholar.family_name, request.scholar.nationality, request.planned_start, request.planned_end],
        ['visiting', 'incoming', made.partner.id, SCHOLAR.family, SCHOLAR.nationality, start, end],
      )
      made.id = (await created.json()).id
      await page.waitForURL((url) => url.pathname === `/scholars/${made.id}`)

      const c = await caseAs(coordinator, made.id)
      assert.deepEqual(
        [c.status, c.kind, c.direction, c.host_unit_id, c.partner_id, c.personal, c.position, c.project, c.purpose, c.planned_start, c.planned_end],
        ['requested', 'visiting', 'incoming', made.unit, made.partner.id, true, POSITION, PROJECT, PURPOSE, start, end],
      )
      assert.deepEqual([c.person.family_name, c.person.given_name, c.person.name_zh, c.person.nationality], [SCHOLAR.family, SCHOLAR.given, SCHOLAR.zh, SCHOLAR.nationality])
      assert.deepEqual(c.events, [])
      assert.deepEqual(c.clocks, [], 'no clock runs before the entry')
      assert.deepEqual(c.tasks.map((x) => [x.owner, x.code]), [['office', 'screen']])
      assert.deepEqual(c.history.map((h) => h.to), ['requested'])
      assert.ok(!c.allowed_transitions.includes('screening'), 'screening is the office’s')
      await checkDetail(page, c)
      await screenshot(page, 'scholars-requested.png')
    })
  })

  test('the office takes the stay to active: screening, approval, permit and visa, the entry, its registration, the permits', { timeout: TEST_TIMEOUT_MS }, async () => {
    const id = requireCase()
    const officer = await apiAs(OFFICER)
    const entryAt = hoursAgo(50)
    const registeredAt = hoursAgo(40)
    const moveAt = hoursAgo(30)
    const today = chinaWall(new Date()).slice(0, 10)

    await withPage('scholars-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.getByTestId('nav-scholars').click()
      await page.getByTestId('scholars-table').waitFor()
      const row = page.locator(`[data-testid="scholar-row"][data-id="${id}"]`)
      await waitForText(row.getByTestId('scholar-row-status'), 'Requested')
      await row.getByTestId('scholar-link').click()
      await page.waitForURL((url) => url.pathname === `/scholars/${id}`)
      await checkDetail(page, await caseAs(officer, id))

      // Screening; a decline without a reason is refused on the page and sends nothing.
      assert.equal((await moveOnPage(page, 'screening')).status(), 200)
      await waitForStatus(page, 'screening')
      await checkDetail(page, await caseAs(officer, id))
      await page.getByTestId('scholar-move-declined').click()
      await page.getByTestId('scholar-move-confirm').click()
      await waitForText(page.getByTestId('scholar-move-error'), 'a reason is required')
      await page.getByTestId('scholar-move-dialog').getByRole('button', { name: 'Cancel' }).click()
      assert.equal((await caseAs(officer, id)).status, 'screening', 'not declined')

      for (const to of ['approved', 'permit_visa']) {
        assert.equal((await moveOnPage(page, to)).status(), 200, to)
        await waitForStatus(page, to)
        const c = await caseAs(officer, id)
        assert.equal(c.status, to)
        await checkDetail(page, c)
      }

      // The entry into China, 50 hours ago: its registration (24 hours) is overdue.
      await page.getByTestId('scholar-event-kind-input').selectOption('entry')
      await page.getByTestId('scholar-event-at-input').fill(chinaWall(entryAt))
      await page.getByTestId('scholar-event-note-input').fill(ENTRY_NOTE)
      const recorded = page.waitForResponse(isResponse('POST', /\/api\/v1\/scholars\/\d+\/events$/))
      await page.getByTestId('scholar-event-submit').click()
      const answer = await recorded
      assert.ok([200, 201].includes(answer.status()), `recording the entry: ${answer.status()}`)
      assert.equal(answer.request().postDataJSON().at, `${chinaWall(entryAt)}:00+08:00`, 'sent in China’s time with its offset')
      assert.ok(answer.request().headers()['if-match'], 'with If-Match')
      await page.locator('[data-testid="scholar-event"][data-kind="entry"]').waitFor()
      let c = await caseAs(officer, id)
      assert.equal(c.events.length, 1)
      const entry = c.events[0]
      assert.deepEqual([entry.kind, entry.done_at, entry.note], ['entry', '', ENTRY_NOTE])
      assert.equal(new Date(entry.at).getTime(), Math.floor(entryAt.getTime() / 60_000) * 60_000, 'the entry’s instant')
      const registration = clockOf(c, 'accommodation-registration', entry.id)
      assert.equal(registration.state, 'overdue')
      assert.equal(registration.done_at, null)
      assert.equal(new Date(registration.due_at).getTime() - new Date(entry.at).getTime(), 24 * 3_600_000, 'due 24 hours after the entry')
      assert.match(registration.article, /Art\. 39/)
      assert.ok(registration.source_url.startsWith('http') && registration.source_title && registration.why, 'a cited rule, and why')
      assert.equal(clockOf(c, 'residence-permit', entry.id).state, 'open', 'a stay of a year: the residence permit within 30 days')
      await checkDetail(page, c)
      await screenshot(page, 'scholars-overdue.png')

      // Arrived; registered is refused while the registration is not recorded.
      assert.equal((await moveOnPage(page, 'arrived')).status(), 200)
      await waitForStatus(page, 'arrived')
      c = await caseAs(officer, id)
      assert.ok(c.allowed_transitions.includes('registered'))
      await checkDetail(page, c)
      const refused = await moveOnPage(page, 'registered')
      assert.ok(refused.status() >= 400, `registered before the registration: ${refused.status()}`)
      await waitForText(page.getByTestId('scholar-move-error'), /registered|registration/)
      await page.getByTestId('scholar-move-dialog').getByRole('button', { name: 'Cancel' }).click()
      assert.equal((await caseAs(officer, id)).status, 'arrived')

      // The registration made 10 hours after the entry: the clock is done.
      const entryRow = page.locator(`[data-testid="scholar-event"][data-id="${entry.id}"]`)
      await entryRow.getByTestId('scholar-event-mark-done').click()
      assert.match(await entryRow.getByTestId('scholar-event-done-at').inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'now, in China’s time, to start from')
      await entryRow.getByTestId('scholar-event-done-at').fill(chinaWall(registeredAt))
      const put = page.waitForResponse(isResponse('PUT', /\/api\/v1\/scholars\/\d+\/events\/\d+$/))
      await entryRow.getByTestId('scholar-event-done-save').click()
      const marked = await put
      assert.equal(marked.status(), 200)
      assert.deepEqual(marked.request().postDataJSON(), { kind: 'entry', at: entry.at, done_at: `${chinaWall(registeredAt)}:00+08:00`, note: ENTRY_NOTE }, 'the event whole, with its done time')
      await page.locator(`[data-testid="scholar-event"][data-id="${entry.id}"][data-done="true"]`).waitFor()
      c = await caseAs(officer, id)
      assert.ok(c.events[0].done_at, 'the registration is recorded')
      const registered = clockOf(c, 'accommodation-registration', entry.id)
      assert.equal(registered.state, 'done', 'registered within 24 hours')
      assert.ok(registered.done_at)
      await checkDetail(page, c)

      for (const to of ['registered', 'active']) {
        assert.equal((await moveOnPage(page, to)).status(), 200, to)
        await waitForStatus(page, to)
        c = await caseAs(officer, id)
        assert.equal(c.status, to)
        await checkDetail(page, c)
      }
      assert.deepEqual(c.tasks.map((x) => x.code), ['report_changes'])

      // The work-residence permit, filed today: its clock is done.
      await page.getByTestId('scholar-permits-edit').click()
      await page.getByTestId('residence_permit-number').fill('E12345678')
      await page.getByTestId('residence_permit-filed_on').fill(today)
      const patched = page.waitForResponse(isResponse('PATCH', /\/api\/v1\/scholars\/\d+$/))
      await page.getByTestId('scholar-permits-save').click()
      assert.equal((await patched).status(), 200)
      await waitForText(page.getByTestId('scholar-residence_permit').getByTestId('permit-number'), 'E12345678')
      c = await caseAs(officer, id)
      assert.deepEqual([c.residence_permit.number, c.residence_permit.filed_on], ['E12345678', today])
      assert.equal(clockOf(c, 'residence-permit', entry.id).state, 'done')
      await checkDetail(page, c)

      // The stay as an ORCID invited position at Westlake, downloaded from the case.
      const href = await page.getByTestId('scholar-orcid').getAttribute('href')
      const orcid = await page.evaluate(async (url) => {
        const r = await fetch(url)
        return { status: r.status, disposition: r.headers.get('content-disposition'), body: await r.text() }
      }, href)
      assert.equal(orcid.status, 200)
      assert.match(orcid.disposition, new RegExp(`orcid-invited-position-${id}\\.xml`))
      assert.match(orcid.body, /<invited-position:invited-position /)
      assert.match(orcid.body, /<common:name>Westlake University<\/common:name>/)

      // The passport's page kept on the case, under its Chinese name, and read back whole.
      const passport = '%PDF-1.4\n% passport page\n%%EOF\n'
      await page.getByTestId('scholar-document-kind').selectOption('passport')
      await page.getByTestId('scholar-document-file').setInputFiles({ name: '护照.pdf', mimeType: 'application/pdf', buffer: Buffer.from(passport) })
      const kept = page.waitForResponse(isResponse('POST', /\/api\/v1\/scholars\/\d+\/documents/))
      await page.getByTestId('scholar-document-upload').click()
      assert.equal((await kept).status(), 201)
      const doc = page.locator('[data-testid="scholar-document"][data-kind="passport"]')
      await doc.waitFor()
      await waitForText(doc.locator('a'), '护照.pdf')
      await waitForText(doc.locator('.tag'), 'Passport')
      const stored = await page.evaluate(async (url) => (await fetch(url)).text(), await doc.locator('a').getAttribute('href'))
      assert.equal(stored, passport)

      // A move 30 hours ago, not yet registered: overdue.
      await page.getByTestId('scholar-event-kind-input').selectOption('move')
      await page.getByTestId('scholar-event-at-input').fill(chinaWall(moveAt))
      await page.getByTestId('scholar-event-note-input').fill('')
      await page.getByTestId('scholar-event-submit').click()
      await page.locator('[data-testid="scholar-event"][data-kind="move"]').waitFor()
      c = await caseAs(officer, id)
      const move = c.events.find((e) => e.kind === 'move')
      assert.equal(clockOf(c, 'move-registration', move.id).state, 'overdue')
      await checkDetail(page, c)

      // In Chinese: the same case.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('nav-scholars'), '学者')
      await checkDetail(page, c, 1)
      await waitForText(page.getByTestId('scholar-clocks-card').locator('h2'), '中国法定办理时限')
      await screenshot(page, 'scholars-active-zh.png')
    })
  })

  test('the list shows the overdue clock, and the home page leads to the case and to the scholars here now', { timeout: TEST_TIMEOUT_MS }, async () => {
    const id = requireCase()
    const officer = await apiAs(OFFICER)
    const list = (await officer('GET', '/scholars?in_stay=true&direction=incoming&limit=200')).json
    const item = list.items.find((c) => c.id === id)
    assert.ok(item, 'the case is among the incoming scholars here now')
    assert.equal(list.total, list.items.length)
    const overdue = (await officer('GET', '/scholars/overdue')).json
    const mine = overdue.items.filter((o) => o.case_id === id)
    assert.deepEqual(mine.map((o) => o.clock.rule), ['move-registration'])
    const home = (await officer('GET', '/home')).json
    const task = home.tasks.find((x) => x.kind === 'scholar_clocks_overdue')
    assert.ok(task && task.count >= 1, JSON.stringify(home.tasks.map((x) => x.kind)))
    assert.deepEqual(task.filter, { in_stay: 'true', direction: 'incoming' })
    const homeItem = task.items.find((i) => String(i.id) === String(id))
    assert.ok(homeItem, 'the case is on the home page')
    assert.deepEqual([homeItem.status, homeItem.detail], ['overdue', mine[0].clock.name])

    await withPage('scholars-home', async (page) => {
      await signIn(page, OFFICER)
      await page.waitForURL((url) => url.pathname === '/')
      const card = page.locator('[data-testid="home-task"][data-kind="scholar_clocks_overdue"]')
      await waitForText(card.locator('h3'), 'Scholars’ legal deadlines overdue')
      await waitForText(card.getByTestId('home-task-count'), String(task.count))
      const entry = card.locator(`[data-testid="home-item"][data-id="${id}"]`)
      await waitForText(entry, homeItem.title)
      await waitForText(entry.getByTestId('home-item-status'), 'Overdue')
      assert.equal(await entry.getByTestId('home-item-status').evaluate((el) => getComputedStyle(el).color), RED)
      await entry.getByTestId('home-item-link').click()
      await page.waitForURL((url) => url.pathname === `/scholars/${id}`)
      await checkDetail(page, await caseAs(officer, id))
      await page.goBack()
      await page.waitForURL((url) => url.pathname === '/')

      // "See all": the incoming scholars here now, the case among them with its overdue badge.
      await card.getByTestId('home-see-all').click()
      await page.waitForURL((url) => url.pathname === '/scholars')
      assert.deepEqual(Object.fromEntries(new URL(page.url()).searchParams), { in_stay: 'true', direction: 'incoming' })
      assert.equal(await page.getByTestId('scholar-filter-in-stay').isChecked(), true)
      assert.equal(await page.getByTestId('scholar-filter-direction').inputValue(), 'incoming')
      const row = page.locator(`[data-testid="scholar-row"][data-id="${id}"]`)
      await waitForText(row.getByTestId('scholar-row-status'), 'Active')
      await waitForText(row.getByTestId('scholar-row-overdue'), 'Overdue: 1')
      assert.equal(await row.getByTestId('scholar-row-overdue').evaluate((el) => getComputedStyle(el).color), RED)
      await waitForText(row.getByTestId('scholar-row-kind'), 'Visiting scholar')
      await waitForText(row.getByTestId('scholar-row-direction'), 'Incoming')
      await waitForText(row.getByTestId('scholar-row-department'), item.host_unit.name)
      await waitForText(row.getByTestId('scholar-row-partner'), item.partner.name)
      await waitForText(page.getByTestId('scholars-status'), `of ${list.total}`)
      assert.equal(await page.getByTestId('scholar-row').count(), list.items.length, 'the rows the API gives')

      // Another state filters it out.
      await page.getByTestId('scholar-filter-status').selectOption('requested')
      await page.waitForURL((url) => url.searchParams.get('status') === 'requested')
      await row.waitFor({ state: 'detached' })
    })
  })

  test('a viewer reads the case without its personal data, in English and Chinese; another institution’s partner is not shown it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const id = requireCase()
    const viewer = await apiAs(VIEWER)
    const c = await caseAs(viewer, id)
    assert.equal(c.personal, false)
    assert.deepEqual([c.clocks, c.tasks, c.allowed_actions, c.allowed_transitions], [[], [], [], []])
    assert.deepEqual([c.residence_permit.number, c.residence_permit.filed_on, c.work_permit.number], ['', '', ''], 'the permits cleared')
    assert.ok(c.events.length >= 2 && c.events.every((e) => e.note === ''), 'the events without their notes')
    assert.equal(c.status, 'active')

    await withPage('scholars-viewer', async (page) => {
      await signIn(page, VIEWER)
      await page.getByTestId('nav-scholars').click()
      await page.getByTestId('scholars-table').waitFor()
      assert.equal(await page.getByTestId('scholar-new').count(), 0, 'a viewer asks for no stay')
      await page.locator(`[data-testid="scholar-row"][data-id="${id}"]`).getByTestId('scholar-link').click()
      await page.waitForURL((url) => url.pathname === `/scholars/${id}`)
      await checkDetail(page, c)
      await waitForText(page.getByTestId('scholar-not-personal'), 'personal data')
      const text = await page.getByTestId('scholar-detail').innerText()
      assert.ok(!text.includes('E12345678') && !text.includes(ENTRY_NOTE), 'no permit number, no note')
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('scholar-not-personal'), '个人信息')
      await checkDetail(page, c, 1)
      await screenshot(page, 'scholars-viewer-zh.png')
    })

    // Oxford's partner: not its scholar (Cambridge's), so no such case.
    const partner = await apiAs(PARTNER)
    await assert.rejects(partner('GET', `/scholars/${id}`), /HTTP 404/)
    const theirs = (await partner('GET', '/scholars?limit=200')).json.items
    assert.ok(!theirs.some((x) => x.id === id), 'not in Oxford’s list')
    await withPage('scholars-partner', async (page) => {
      await signIn(page, PARTNER)
      await page.getByTestId('nav-scholars').click()
      await page.getByTestId('scholars-page').waitFor()
      await page.locator('.results[aria-busy="false"]').waitFor()
      assert.equal(await page.locator(`[data-testid="scholar-row"][data-id="${id}"]`).count(), 0)
      await page.goto(`/scholars/${id}`)
      await waitForText(page.getByTestId('scholar-not-found'), 'There is no such scholar case, or it is not yours to see.')
    })
  })
})
