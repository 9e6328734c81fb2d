// Browser tests of the joint research projects (/api/v1/research-projects) against a real orbis
// server with the demo data, which holds a project on dexterous manipulation with Bright Dream
// Robotics among its partners. Each page is checked against what the API gives the same reader.
//
// 1. The officer finds Research projects in the navigation; the list holds the API's projects in
//    its order (title, acronym, partners with their countries, principal investigator, state);
//    the demo's project has Bright Dream Robotics among its partners; its page shows its
//    partners (role and country) and its funding (each amount in its currency), and in Chinese
//    the headings, the state and the roles are Chinese.
// 2. The officer makes a project with one partner (the University of Cambridge, found in the
//    registry) from the form: an end before the start is refused at its field; the project
//    created opens on its page as the API gives it; "Edit" changes its acronym (PATCH with the
//    version as If-Match).
// 3. The officer checks a CSV file with a bad row (its line, field and the server's message are
//    shown, nothing is written, importing is not offered), then a good file: the check says how
//    many projects it holds and writes nothing, the import writes them and the list shows them.
// 4. Oxford's partner account lists only projects with the University of Oxford among the
//    partners (as the API gives them to it), and is offered neither a new project nor the import.
// 5. The officer finds the projects beside the records they are linked to: Bright Dream
//    Robotics' registry page lists the dexterous manipulation project, and the consortium
//    agreement's page the projects that work under it, as the API filters them (?partner=,
//    ?agreement=); the list page takes the same filter from its address and shows it as a note
//    that can be removed; in Chinese the card's heading and the states are Chinese.
// Run: node --test research-projects.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, countryNames, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const TEST_TIMEOUT_MS = 240_000
const LIST_PATH = '/research/projects'

/** The demo's project and the partner it has. */
const DEMO_TITLE = /^Dexterous manipulation/
const DEMO_PARTNER = 'Bright Dream Robotics'
const OXFORD = 'University of Oxford'
/** Oxford's ROR id (the demo's registry holds it). */
const OXFORD_ROR = '052gg0110'

/** Two projects of the demo that work under the consortium agreement. */
const CONSORTIUM_TITLES = ['Learning to grasp in clutter', 'Data science for urban heat']
/** How many linked projects a record's page lists before "And N more". */
const LINKED_LIMIT = 20

/** The project the officer makes in the form (a title no demo record has). */
const MADE = { title: 'Lake sediment cores and monsoon history', acronym: 'LAKECORE', changedAcronym: 'LAKECORE-2', start: '2026-03-01', end: '2028-02-29' }
/** The projects of the good CSV file. */
const IMPORTED = ['Imported test project on glacier hydrology', 'Imported test project on coastal wetlands']

const STATUS = { planned: ['Planned', '未开始'], active: ['Active', '进行中'], ended: ['Ended', '已结束'] }
const PARTNER_ROLE = { coordinator: ['Coordinator', '牵头单位'], partner: ['Partner', '合作单位'], associate: ['Associate', '参与单位'] }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** Every project `api` may see, following `next`, in the API's order. */
async function projectsOf(api, filter = '') {
  const items = []
  let cursor = null
  do {
    const page = (await api('GET', `/research-projects?limit=100${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

/** POSTs `text` as a CSV file with `token`; resolves { status, json } whatever the status. */
async function postCsv(token, query, text) {
  const response = await fetch(`${orbis.baseUrl}/api/v1/research-projects/import${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
    body: text,
  })
  return { status: response.status, json: await response.json() }
}

/** The list's rows as the page shows them. */
function listRows(page) {
  return page.getByTestId('project-row').evaluateAll((rows) =>
    rows.map((row) => ({
      id: Number(row.dataset.id),
      status: row.dataset.status,
      title: row.querySelector('[data-testid="project-link"]').textContent.trim(),
      acronym: row.querySelector('[data-testid="project-row-acronym"]')?.textContent.trim() ?? null,
      partners: [...row.querySelectorAll('[data-testid="project-row-partner"]')].map((p) => ({ id: Number(p.dataset.id), text: p.textContent.replace(/\s+/g, ' ').trim() })),
      principal: row.querySelector('[data-testid="project-row-principal"]').textContent.trim(),
      statusText: row.querySelector('[data-testid="project-row-status"]').textContent.trim(),
    })),
  )
}

/** Waits for the list to settle and asserts it shows `items` (the API's), in their order. */
async function assertListIsApi(page, items, names, lang = 0) {
  await page.locator('.results[aria-busy="false"]').waitFor()
  if (!items.length) {
    await page.getByTestId('projects-empty').waitFor()
    return
  }
  await page.getByTestId('project-row').nth(items.length - 1).waitFor()
  const rows = await listRows(page)
  assert.equal(rows.length, items.length, 'a row per project')
  items.forEach((p, i) => {
    const row = rows[i]
    const what = `row ${i + 1} (${p.title})`
    assert.deepEqual([row.id, row.title, row.acronym, row.status], [p.id, p.title, p.acronym, p.status], `${what}: in the API's order`)
    assert.equal(row.statusText, STATUS[p.status][lang], `${what}: the state`)
    assert.equal(row.principal, p.principal_investigator ?? '', `${what}: the principal investigator`)
    assert.deepEqual(row.partners.map((x) => x.id), p.partners.map((x) => x.institution_id), `${what}: the partners`)
    p.partners.forEach((x, j) => {
      const name = lang === 1 && x.name_zh ? x.name_zh : x.name
      assert.ok(row.partners[j].text.startsWith(name), `${what}: "${row.partners[j].text}" names ${name}`)
      if (x.country && lang === 0) assert.ok(row.partners[j].text.includes(names.get(x.country) ?? x.country), `${what}: ${name}'s country`)
    })
  })
}

/** A project's page against the API's project `p`, in the page's language (0 English, 1 Chinese). */
async function assertDetailIsApi(page, p, names, lang = 0) {
  await page.getByTestId('research-project-detail').waitFor()
  await waitForText(page.getByTestId('project-title'), p.title)
  await waitForText(page.getByTestId('project-status'), STATUS[p.status][lang])
  if (p.acronym) assert.equal((await page.getByTestId('project-acronym').innerText()).trim(), p.acronym)
  if (p.org_unit) {
    const unit = lang === 1 && p.org_unit.name_zh ? p.org_unit.name_zh : p.org_unit.name
    assert.equal((await page.getByTestId('project-lead-unit').innerText()).trim(), unit, 'the lead department')
  }

  // The partners: name (in the reader's language), country and role, in the API's order.
  const partners = await page.getByTestId('project-partner').evaluateAll((items) =>
    items.map((li) => ({
      id: Number(li.dataset.id),
      role: li.dataset.role,
      name: li.querySelector('[data-testid="project-partner-name"]').textContent.trim(),
      country: li.querySelector('[data-testid="project-partner-country"]')?.textContent.replace('·', '').trim() ?? '',
      roleText: li.querySelector('[data-testid="project-partner-role"]').textContent.trim(),
    })),
  )
  assert.deepEqual(
    partners.map(({ id, role }) => ({ id, role })),
    p.partner_details.map((d) => ({ id: d.institution_id, role: d.role })),
    'the partners and their roles',
  )
  p.partner_details.forEach((d, i) => {
    assert.equal(partners[i].name, lang === 1 && d.name_zh ? d.name_zh : d.name, `partner ${i + 1}: its name`)
    assert.equal(partners[i].roleText, PARTNER_ROLE[d.role][lang], `partner ${i + 1}: its role`)
    if (lang === 0 && d.country) assert.equal(partners[i].country, names.get(d.country) ?? d.country, `partner ${i + 1}: its country`)
  })

  // The funding: funder and amount (its decimal string and currency), in the API's order.
  const funding = await page.getByTestId('project-funding-row').evaluateAll((rows) =>
    rows.map((r) => {
      const amount = r.querySelector('[data-testid="project-amount"]')
      return { funder: r.querySelector('[data-testid="project-funder"]').textContent.trim(), amount: amount.dataset.amount, currency: amount.dataset.currency, text: amount.textContent.trim() }
    }),
  )
  assert.deepEqual(
    funding.map(({ funder, amount, currency }) => ({ funder, amount, currency })),
    p.funding.map((f) => ({ funder: f.funder, amount: f.amount?.amount ?? '', currency: f.amount?.currency ?? '' })),
    'the funding',
  )
  for (const f of funding) {
    if (f.amount) assert.match(f.text.replace(/[\s,]/g, ''), new RegExp(String(Math.trunc(Number(f.amount)))), `the amount ${f.amount} ${f.currency} written out: "${f.text}"`)
  }

  // Investigators (an ORCID iD links to its record), outputs (a DOI to the work), links.
  assert.equal(await page.getByTestId('project-investigator').count(), p.investigators.length, 'the investigators')
  const orcids = await page.getByTestId('project-investigator-orcid').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  assert.deepEqual(orcids, p.investigators.filter((x) => x.orcid).map((x) => `https://orcid.org/${x.orcid}`), 'ORCID links')
  assert.equal(await page.getByTestId('project-output').count(), p.outputs.length, 'the outputs')
  const dois = await page.getByTestId('project-output-doi').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  assert.deepEqual(dois, p.outputs.filter((o) => o.doi).map((o) => `https://doi.org/${o.doi}`), 'DOI links')
  const agreements = await page.getByTestId('project-agreement').evaluateAll((items) => items.map((li) => li.querySelector('a').getAttribute('href')))
  assert.deepEqual(agreements, p.agreements.map((a) => `/agreements/${a.id}`), 'the agreements, linked')
  const visits = await page.getByTestId('project-visit').evaluateAll((items) => items.map((li) => li.querySelector('a').getAttribute('href')))
  assert.deepEqual(visits, p.visits.map((v) => `/scholars/${v.id}`), 'the visits, linked to their cases')
  assert.equal(await page.getByTestId('project-edit').count(), p.allowed_actions.includes('update') ? 1 : 0, 'Edit where allowed')
}

/** The linked-projects card of a record's page as it shows them, once read. */
async function linkedRows(page) {
  const card = page.getByTestId('linked-projects')
  await card.waitFor()
  await page.locator('[data-testid="linked-projects"][aria-busy="false"]').waitFor()
  return card.getByTestId('linked-project').evaluateAll((items) =>
    items.map((li) => ({
      id: Number(li.dataset.id),
      status: li.dataset.status,
      title: li.querySelector('[data-testid="linked-project-link"]').textContent.trim(),
      href: li.querySelector('[data-testid="linked-project-link"]').getAttribute('href'),
      acronym: li.querySelector('[data-testid="linked-project-acronym"]')?.textContent.trim() ?? null,
      statusText: li.querySelector('[data-testid="linked-project-status"]').textContent.trim(),
      dates: li.querySelector('[data-testid="linked-project-dates"]').textContent.trim(),
    })),
  )
}

/** Asserts the card shows the first of `items` (the API's, for the same filter), in their order, and "And N more" for the rest. */
async function assertLinkedIsApi(page, items, lang = 0) {
  const rows = await linkedRows(page)
  const shown = items.slice(0, LINKED_LIMIT)
  assert.deepEqual(
    rows.map((r) => [r.id, r.title, r.acronym, r.status]),
    shown.map((p) => [p.id, p.title, p.acronym, p.status]),
    "the linked projects, in the API's order",
  )
  rows.forEach((r, i) => {
    assert.equal(r.href, `${LIST_PATH}/${shown[i].id}`, `${r.title}: links to its page`)
    assert.equal(r.statusText, STATUS[shown[i].status][lang], `${r.title}: its state`)
    assert.ok(r.dates.includes(shown[i].start_date.slice(0, 4)) && r.dates.includes(shown[i].end_date.slice(0, 4)), `${r.title}: its dates "${r.dates}"`)
  })
  const more = page.getByTestId('linked-projects-more')
  if (items.length > LINKED_LIMIT) await waitForText(more, String(items.length - LINKED_LIMIT))
  else assert.equal(await more.count(), 0, 'no "more" link when every project is shown')
}

describe('Joint research projects', { timeout: TEST_TIMEOUT_MS * 5 }, () => {
  test('the officer reads the list and the demo project with Bright Dream Robotics, in English and in Chinese', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const items = await projectsOf(officer)
    const demo = items.find((p) => DEMO_TITLE.test(p.title))
    assert.ok(demo, `the demo holds the project on dexterous manipulation: ${items.map((p) => p.title)}`)
    assert.ok(demo.partners.some((x) => x.name === DEMO_PARTNER), `${DEMO_PARTNER} is among its partners: ${demo.partners.map((x) => x.name)}`)
    const { json: project, etag } = await officer('GET', `/research-projects/${demo.id}`)
    assert.equal(etag, `"${project.version}"`, 'the ETag is the version')
    assert.ok(project.funding.length > 0, 'the demo project is funded')
    const names = await countryNames(officer)

    await withPage('projects-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.getByTestId('nav-research-projects').click()
      await page.waitForURL((url) => url.pathname === LIST_PATH)
      assert.equal(await page.getByTestId('nav-research-projects').getAttribute('aria-current'), 'page')
      await page.getByTestId('research-project-new').waitFor()
      await page.getByTestId('project-import').waitFor()
      await assertListIsApi(page, items.slice(0, 50), names)

      // The search finds the demo project by its title.
      await page.getByTestId('project-filter-search').fill('Dexterous')
      await page.waitForURL((url) => url.searchParams.get('q') === 'Dexterous')
      const found = await projectsOf(officer, '&q=Dexterous')
      assert.ok(found.some((p) => p.id === demo.id))
      await assertListIsApi(page, found, names)
      const row = page.locator(`[data-testid="project-row"][data-id="${demo.id}"]`)
      await waitForText(row.getByTestId('project-row-partners'), DEMO_PARTNER)
      await screenshot(page, 'research-projects.png')

      // A state the demo project is not in leaves it out.
      const other = demo.status === 'ended' ? 'planned' : 'ended'
      await page.getByTestId('project-filter-status').selectOption(other)
      await page.waitForURL((url) => url.searchParams.get('status') === other)
      await assertListIsApi(page, await projectsOf(officer, `&q=Dexterous&status=${other}`), names)
      await page.getByTestId('project-filter-status').selectOption('')
      await row.waitFor()

      await row.getByTestId('project-link').click()
      await page.waitForURL((url) => url.pathname === `${LIST_PATH}/${demo.id}`)
      await assertDetailIsApi(page, project, names)
      await waitForText(page.getByTestId('project-partners'), DEMO_PARTNER)
      await screenshot(page, 'research-project.png')

      // In Chinese: the headings, the state, the roles and the partners' Chinese names.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('nav-research-projects'), '研究项目')
      await waitForText(page.getByTestId('project-partners-card').locator('h2'), '合作伙伴')
      await waitForText(page.getByTestId('project-funding-card').locator('h2'), '资助')
      await waitForText(page.getByTestId('project-outputs-card').locator('h2'), '成果')
      await assertDetailIsApi(page, project, names, 1)
      await screenshot(page, 'research-project-zh.png')
      await page.getByTestId('lang-switch').selectOption('en')
    })
  })

  test('the officer makes a project with one partner from the form and changes it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const cambridge = (await officer('GET', '/institutions?q=Cambridge')).json.items.find((i) => /University of Cambridge/.test(i.name))
    assert.ok(cambridge, 'the registry holds the University of Cambridge')
    const names = await countryNames(officer)

    await withPage('projects-form', async (page) => {
      await signIn(page, OFFICER, { path: LIST_PATH })
      await page.getByTestId('research-project-new').click()
      await page.waitForURL((url) => url.pathname === `${LIST_PATH}/new`)
      await page.getByTestId('pf-title').fill(MADE.title)
      await page.getByTestId('pf-acronym').fill(MADE.acronym)
      await page.getByTestId('pf-summary').fill('Cores from three lakes read for the monsoon of the last 10,000 years.')
      // The lead department: the first of the home institution's, once they are read.
      await page.getByTestId('pf-org-unit').locator('option').nth(1).waitFor({ state: 'attached' })
      const units = await page.getByTestId('pf-org-unit').locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean))
      if (units.length) await page.getByTestId('pf-org-unit').selectOption(units[0])
      await page.getByTestId('pf-partner-search').fill('Cambridge')
      await page.getByTestId('pf-partner-search-option').filter({ hasText: 'University of Cambridge' }).first().click()
      await page.locator(`[data-testid="pf-partner"][data-id="${cambridge.id}"]`).waitFor()
      await page.getByTestId('pf-partner-0-role').selectOption('coordinator')
      await page.getByTestId('pf-add-investigator').click()
      await page.getByTestId('pf-investigator-0-name').fill('Prof. Ada Sediment')
      await page.getByTestId('pf-investigator-0-orcid').fill('0000-0002-1825-0097')
      await page.getByTestId('pf-add-funding').click()
      await page.getByTestId('pf-funding-0-funder').fill('National Natural Science Foundation of China')
      await page.getByTestId('pf-funding-0-amount').fill('800000.00')
      await page.getByTestId('pf-funding-0-currency').fill('CNY')

      // An end before the start: refused, at its field.
      await page.getByTestId('pf-start').fill(MADE.start)
      await page.getByTestId('pf-end').fill('2025-12-31')
      const refused = page.waitForResponse(isResponse('POST', /\/api\/v1\/research-projects$/))
      await page.getByTestId('pf-save').click()
      const problem = await refused
      assert.equal(problem.status(), 422)
      const body = await problem.json()
      assert.ok(body.errors.some((e) => e.field === 'end_date'), JSON.stringify(body))
      await waitForText(page.getByTestId('pf-error-end'), 'Choose an end date on or after the start.')
      await waitForText(page.getByTestId('pf-error'), 'Some fields need attention.')
      assert.equal(new URL(page.url()).pathname, `${LIST_PATH}/new`, 'still on the form')

      await page.getByTestId('pf-end').fill(MADE.end)
      const sent = page.waitForResponse(isResponse('POST', /\/api\/v1\/research-projects$/))
      await page.getByTestId('pf-save').click()
      const created = await sent
      assert.equal(created.status(), 201)
      const request = created.request().postDataJSON()
      assert.deepEqual(
        [request.title, request.acronym, request.start_date, request.end_date, request.partners],
        [MADE.title, MADE.acronym, MADE.start, MADE.end, [{ institution_id: Number(cambridge.id), role: 'coordinator' }]],
      )
      assert.deepEqual(request.funding, [{ funder: 'National Natural Science Foundation of China', programme: null, amount: { amount: '800000.00', currency: 'CNY' } }])
      const id = (await created.json()).id
      await page.waitForURL((url) => url.pathname === `${LIST_PATH}/${id}`)
      const { json: project } = await officer('GET', `/research-projects/${id}`)
      assert.deepEqual(project.partners, [{ institution_id: Number(cambridge.id), role: 'coordinator' }])
      assert.deepEqual(project.investigators, [{ name: 'Prof. Ada Sediment', institution_id: project.investigators[0].institution_id, role: 'principal', orcid: '0000-0002-1825-0097' }])
      await assertDetailIsApi(page, project, names)
      await waitForText(page.getByTestId('project-partners'), 'University of Cambridge')

      // Edit: the acronym changes, sent with the version read as If-Match.
      await page.getByTestId('project-edit').click()
      await page.waitForURL((url) => url.pathname === `${LIST_PATH}/${id}/edit`)
      await page.getByTestId('pf-acronym').fill(MADE.changedAcronym)
      const patched = page.waitForResponse(isResponse('PATCH', /\/api\/v1\/research-projects\/\d+$/))
      await page.getByTestId('pf-save').click()
      const patch = await patched
      assert.equal(patch.status(), 200)
      assert.equal(await patch.request().headerValue('if-match'), `"${project.version}"`)
      assert.deepEqual(patch.request().postDataJSON(), { acronym: MADE.changedAcronym }, 'only what changed')
      await page.waitForURL((url) => url.pathname === `${LIST_PATH}/${id}`)
      await waitForText(page.getByTestId('project-acronym'), MADE.changedAcronym)
      const { json: changed } = await officer('GET', `/research-projects/${id}`)
      assert.equal(changed.acronym, MADE.changedAcronym)
      assert.equal(changed.version, project.version + 1)
    })
  })

  test('the officer checks a CSV file with a bad row, then checks and imports a good one', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const token = await orbis.tokenFor(OFFICER)
    const header = 'title,acronym,start_date,end_date,partners,principal_investigator,funder,amount,currency'
    const rows = [
      `${IMPORTED[0]},GLACIER,2026-09-01,2029-08-31,${OXFORD_ROR}:coordinator,Dr. Test Glacier,Royal Society,250000.00,GBP`,
      // The role defaults to partner.
      `${IMPORTED[1]},,2025-01-01,2026-12-31,${OXFORD_ROR},Dr. Test Wetland,,,`,
    ]
    // Line 3 (the header is line 1) names a ROR id the registry does not hold.
    const badRow = 'Imported test project with a bad partner,,2026-01-01,2027-12-31,0zzzzzz99:partner,,,,'
    const good = [header, ...rows].join('\n') + '\n'
    const bad = [header, rows[0], badRow].join('\n') + '\n'

    // What the page shows is the server's answer to the same files.
    const badRun = await postCsv(token, '', bad)
    assert.equal(badRun.status, 422, JSON.stringify(badRun.json))
    assert.equal(badRun.json.errors.length, 1, JSON.stringify(badRun.json.errors))
    assert.deepEqual([badRun.json.errors[0].line, badRun.json.errors[0].field], [3, 'partners'])
    const dry = await postCsv(token, '', good)
    assert.equal(dry.status, 200, JSON.stringify(dry.json))
    assert.deepEqual([dry.json.dry_run, dry.json.rows, dry.json.errors, dry.json.created], [true, 2, [], []])
    const before = await projectsOf(officer)
    assert.ok(!before.some((p) => IMPORTED.includes(p.title)), 'a dry run writes nothing')

    await withPage('projects-import', async (page) => {
      await signIn(page, OFFICER, { path: LIST_PATH })
      await page.getByTestId('project-import').waitFor()
      assert.equal(await page.getByTestId('project-import-run').isDisabled(), true, 'importing follows a check')

      // The bad row: its line, field and the server's message; nothing is written.
      await page.getByTestId('project-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
      const refused = page.waitForResponse(isResponse('POST', /\/research-projects\/import$/))
      await page.getByTestId('project-check').click()
      assert.equal((await refused).status(), 422)
      await waitForText(page.getByTestId('project-import-error'), 'The file has bad rows; nothing was imported')
      const row = page.getByTestId('project-bad-row')
      assert.equal(await row.count(), 1, 'one bad row')
      assert.equal((await row.getByTestId('bad-line').innerText()).trim(), '3')
      assert.equal((await row.getByTestId('bad-field').innerText()).trim(), 'partners')
      assert.equal((await row.getByTestId('bad-message').innerText()).trim(), badRun.json.errors[0].message)
      assert.equal(await page.getByTestId('project-import-run').isDisabled(), true, 'a refused file is not imported')

      // The good file: checked (nothing written), then imported; the list shows its projects.
      await page.getByTestId('project-file').setInputFiles({ name: 'projects.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
      assert.equal(await page.getByTestId('project-import-error').count(), 0, 'a new file clears the failure')
      const checked = page.waitForResponse(isResponse('POST', /\/research-projects\/import$/))
      await page.getByTestId('project-check').click()
      const check = await checked
      assert.equal(check.status(), 200)
      assert.equal(new URL(check.url()).searchParams.get('dry_run'), null, 'a check is the default dry run')
      await waitForText(page.getByTestId('project-import-result'), 'The file holds 2 projects')
      assert.equal((await projectsOf(officer)).length, before.length, 'a check writes nothing')

      const imported = page.waitForResponse(isResponse('POST', /\/research-projects\/import$/))
      const reloaded = page.waitForResponse(isResponse('GET', /\/research-projects$/))
      await page.getByTestId('project-import-run').click()
      const run = await imported
      assert.equal(run.status(), 201)
      assert.equal(new URL(run.url()).searchParams.get('dry_run'), 'false')
      const outcome = await run.json()
      assert.equal(outcome.created.length, 2)
      await reloaded
      await waitForText(page.getByTestId('project-import-result'), 'Imported 2 projects: 2 new.')
      const after = await projectsOf(officer)
      assert.equal(after.length, before.length + 2)
      for (const title of IMPORTED) {
        const p = after.find((x) => x.title === title)
        assert.ok(p, `${title}: imported`)
        assert.ok(outcome.created.includes(p.id))
        assert.deepEqual(p.partners.map((x) => x.name), [OXFORD])
      }
      await assertListIsApi(page, after.slice(0, 50), await countryNames(officer))
    })
  })

  test("Oxford's partner account lists only projects with Oxford among the partners", { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const partner = await apiAs(PARTNER)
    const all = await projectsOf(officer)
    const own = await projectsOf(partner)
    assert.ok(own.length > 0, 'Oxford is a partner in some project')
    for (const p of own) assert.ok(p.partners.some((x) => x.name === OXFORD), `${p.title}: Oxford among ${p.partners.map((x) => x.name)}`)
    const withOxford = all.filter((p) => p.partners.some((x) => x.name === OXFORD))
    assert.deepEqual(own.map((p) => p.id), withOxford.map((p) => p.id), "every project with Oxford, in the API's order")
    assert.ok(all.length > own.length, 'the office sees projects without Oxford')
    const names = await countryNames(partner)

    await withPage('projects-partner', async (page) => {
      await signIn(page, PARTNER)
      await page.getByTestId('nav-research-projects').click()
      await page.waitForURL((url) => url.pathname === LIST_PATH)
      await assertListIsApi(page, own.slice(0, 50), names)
      const rows = await listRows(page)
      for (const row of rows) assert.ok(row.partners.some((x) => x.text.startsWith(OXFORD)), `${row.title}: Oxford among the partners`)
      assert.equal(await page.getByTestId('research-project-new').count(), 0, 'a partner makes no project')
      assert.equal(await page.getByTestId('project-import').count(), 0, 'a partner imports nothing')
    })
  })

  test('the registry page of a partner and the page of an agreement list their projects', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    // Bright Dream Robotics: a partner of the dexterous manipulation project.
    const dexterous = (await officer('GET', '/research-projects?q=dexterous')).json.items.find((p) => DEMO_TITLE.test(p.title))
    assert.ok(dexterous, 'the demo holds the project on dexterous manipulation')
    const bright = dexterous.partners.find((x) => x.name === DEMO_PARTNER)
    assert.ok(bright, `${DEMO_PARTNER} is among its partners: ${dexterous.partners.map((x) => x.name)}`)
    const ofPartner = await projectsOf(officer, `&partner=${bright.institution_id}`)
    assert.ok(ofPartner.some((p) => p.id === dexterous.id), `${DEMO_PARTNER}'s projects hold it: ${ofPartner.map((p) => p.title)}`)
    for (const p of ofPartner) assert.ok(p.partners.some((x) => x.institution_id === bright.institution_id), `${p.title}: ${DEMO_PARTNER} among its partners`)

    // The consortium agreement: the one the grasping project works under.
    const grasp = (await projectsOf(officer, '&q=grasp')).find((p) => p.title === CONSORTIUM_TITLES[0])
    assert.ok(grasp, `the demo holds "${CONSORTIUM_TITLES[0]}"`)
    const agreementId = (await officer('GET', `/research-projects/${grasp.id}`)).json.agreement_ids[0]
    assert.ok(agreementId, `"${CONSORTIUM_TITLES[0]}" works under an agreement`)
    const underAgreement = await projectsOf(officer, `&agreement=${agreementId}`)
    for (const title of CONSORTIUM_TITLES) assert.ok(underAgreement.some((p) => p.title === title), `"${title}" works under the consortium agreement: ${underAgreement.map((p) => p.title)}`)
    assert.ok(!underAgreement.some((p) => p.id === dexterous.id), 'the filter leaves out a project not under the agreement')
    const agreement = (await officer('GET', `/agreements/${agreementId}`)).json

    await withPage('projects-linked', async (page) => {
      // The partner's registry page.
      await signIn(page, OFFICER, { path: `/institutions/${bright.institution_id}` })
      await page.getByTestId('institution-detail').waitFor()
      await waitForText(page.getByTestId('linked-projects').locator('h2'), 'Joint research projects')
      await assertLinkedIsApi(page, ofPartner)
      await waitForText(page.getByTestId('linked-projects'), dexterous.title)

      // The agreement's page; a project's title leads to the project.
      await page.goto(`/agreements/${agreementId}`)
      await page.getByTestId('agreement-detail').waitFor()
      await assertLinkedIsApi(page, underAgreement)
      for (const title of CONSORTIUM_TITLES) await waitForText(page.getByTestId('linked-projects'), title)
      await screenshot(page, 'research-projects-agreement.png')

      // In Chinese: the card's heading and the states.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('linked-projects').locator('h2'), '联合研究项目')
      await assertLinkedIsApi(page, underAgreement, 1)
      await page.getByTestId('lang-switch').selectOption('en')
      await waitForText(page.getByTestId('linked-projects').locator('h2'), 'Joint research projects')

      await page.getByTestId('linked-projects').getByTestId('linked-project-link').filter({ hasText: CONSORTIUM_TITLES[0] }).click()
      await page.waitForURL((url) => url.pathname === `${LIST_PATH}/${grasp.id}`)
      await waitForText(page.getByTestId('project-title'), CONSORTIUM_TITLES[0])

      // The list takes the same filter from its address, names it, and shows all once it is removed.
      const names = await countryNames(officer)
      await page.goto(`${LIST_PATH}?agreement=${agreementId}`)
      await assertListIsApi(page, underAgreement, names)
      const note = page.getByTestId('project-link-filter')
      assert.equal(await note.getAttribute('data-filter'), 'agreement')
      await waitForText(note, agreement.title)
      await note.getByTestId('project-link-filter-remove').click()
      await page.waitForURL((url) => url.pathname === LIST_PATH && !url.searchParams.has('agreement'))
      assert.equal(await page.getByTestId('project-link-filter').count(), 0, 'the note is gone')
      await assertListIsApi(page, (await projectsOf(officer)).slice(0, 50), names)
    })
  })
})
