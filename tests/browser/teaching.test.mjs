// Browser tests of joint teaching (/api/v1/joint-courses, /api/v1/joint-programmes) against a real
// orbis server with the demo data, which holds seven courses taught with Oxford, Berkeley and ETH
// Zurich over three academic years, and one joint master's programme with the University of
// Edinburgh (approval DEMO-2021-0001) whose plan meets the four one-thirds one year and falls an
// hour short of the foreign teachers' hours share the next. Each page is checked against what the
// API gives the same reader.
//
// 1. The officer finds Joint courses in the navigation; the list holds the API's courses in its
//    order (code, title, mode, partner, department, academic year as 2026/2027, students on each
//    side, credits) with its total; the mode, year and text filters give the API's answer to the
//    same filters; the summary shows the courses and students of the last five academic years by
//    mode as /joint-courses/years gives them (0 where it gives none); a course's page shows it as
//    the API does; in Chinese the navigation, headings, modes and the Chinese title show.
// 2. The officer makes a course with Oxford from the form: a bad number of credits and an empty
//    partner's teacher are refused, each at its field (credits, partner_faculty/1); the course
//    created opens on its page as the API gives it; "Edit" changes its partner's students (PATCH
//    with the version as If-Match, only what changed).
// 3. The programme's page shows its approval, its partner and, per plan year, the four shares as
//    counted/of, percent, minimum and met or not, with the rule set and its source, as the API
//    gives them: the last year not met (the foreign teachers' hours), the year before all met; in
//    Chinese the verdicts and the shares' names are Chinese. The list shows the latest verdict.
// 4. The officer makes a programme with plans for two years from the form: course rows are added
//    and removed, the next year's plan starts as a copy, foreign teachers' hours above a course's
//    hours are refused at that cell; the programme created shows one year met and one not, as the
//    API computes them; "Edit" changes its intake (PATCH with If-Match).
// 5. Oxford's partner account lists only the courses taught with Oxford, no programme, and is
//    offered no new course or programme; its yearly summary is its own.
// 6. Oxford's and Edinburgh's registry pages list their courses and programme; a student has no
//    joint teaching in the navigation, no card on a registry page, and is sent home from the list.
// Run: node --test teaching.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, countryNames, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const PARTNER = 'partner@ox.ac.uk'
const STUDENT = 'student@westlake.edu.cn'
const TEST_TIMEOUT_MS = 240_000
const COURSES_PATH = '/teaching/courses'
const PROGRAMMES_PATH = '/teaching/programmes'

/** The demo's courses: how many, and their partners. */
const DEMO_COURSES = 7
const DEMO_PARTNERS = ['University of Oxford', 'University of California, Berkeley', 'ETH Zurich']
const OXFORD = 'University of Oxford'
const EDINBURGH = 'University of Edinburgh'
const DEMO_APPROVAL = 'DEMO-2021-0001'
/** The share the demo programme's last plan year falls short of. */
const SHORT_SHARE = 'core-hours-by-foreign-teachers'

/** How many academic years the courses page sums up, the current one included. */
const SUMMARY_YEARS = 5
const MODES = ['coil', 'co_taught', 'blended']
const MODE = { coil: ['COIL (online)', 'COIL（在线协作）'], co_taught: ['Co-taught', '联合授课'], blended: ['Blended', '混合式'] }
const VERDICT = { met: ['Met', '达到'], not_met: ['Not met', '未达到'], no_base: ['Nothing to count', '无可计算的基数'] }
const ALL_MET = [['All four met', '四项均达到'], ['Not all met', '未全部达到']]

/** The course the officer makes in the form (a code no demo course has). */
const MADE = { code: 'ENV2890', title: 'Shared field methods in lake ecology', titleZh: '湖泊生态野外方法联合课程', term: 'spring', weeks: 6, sessions: 4, credits: '1.5', home: 14, partner: 11, changedPartner: 15 }
/** The programme the officer makes (an approval number no demo programme has; the server upper-cases it). */
const MADE_PROGRAMME = { name: 'Bachelor of Environmental Engineering (with Cambridge)', approval: 'test-2026-0002', approvedOn: '2026-06-01', validUntil: '2031-08-31', intake: 60, changedIntake: 45 }

const orbis = browserSuite()
const { withPage, apiAs } = orbis

/** 2026 → "2026/2027", as the pages write an academic year. */
const academicYear = (y) => `${y}/${y + 1}`

/** The first calendar year of the academic year today falls in (it starts in September). */
function currentAcademicYear(today = new Date()) {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1
}

/** A name as the pages show it in a language (0 English, 1 Chinese): the Chinese one where there is one. */
const inLanguage = (x, lang) => (lang === 1 && x.name_zh ? x.name_zh : x.name)

/** Every item of a list `api` may see, following `next`, in the API's order. */
async function allOf(api, path, filter = '') {
  const items = []
  let cursor = null
  do {
    const page = (await api('GET', `${path}?limit=100${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json
    items.push(...page.items)
    cursor = page.next
  } while (cursor)
  return items
}

/** The course list's rows as the page shows them. */
function courseRows(page) {
  return page.getByTestId('course-row').evaluateAll((rows) =>
    rows.map((row) => {
      const text = (id) => row.querySelector(`[data-testid="${id}"]`).textContent.replace(/\s+/g, ' ').trim()
      return {
        id: Number(row.dataset.id),
        mode: row.dataset.mode,
        year: Number(row.dataset.year),
        code: text('course-row-code'),
        title: text('course-link'),
        modeText: text('course-row-mode'),
        partnerId: Number(row.querySelector('[data-testid="course-row-partner"]').dataset.id),
        partner: text('course-row-partner'),
        unit: text('course-row-unit'),
        yearText: text('course-row-year'),
        home: text('course-row-home'),
        partnerStudents: text('course-row-partner-students'),
        credits: text('course-row-credits'),
      }
    }),
  )
}

/** Waits for the course list to settle and asserts it shows `items` (the API's), in their order. */
async function assertCoursesAreApi(page, items, names, lang = 0) {
  await page.locator('.results[aria-busy="false"]').waitFor()
  if (!items.length) {
    await page.getByTestId('courses-empty').waitFor()
    return
  }
  await page.getByTestId('course-row').nth(items.length - 1).waitFor()
  const rows = await courseRows(page)
  assert.equal(rows.length, items.length, 'a row per course')
  items.forEach((c, i) => {
    const row = rows[i]
    const what = `row ${i + 1} (${c.code} ${c.year})`
    assert.deepEqual([row.id, row.code, row.mode, row.year, row.partnerId], [c.id, c.code, c.mode, c.year, c.partner.id], `${what}: in the API's order`)
    assert.equal(row.title, lang === 1 && c.title_zh ? c.title_zh : c.title, `${what}: the title`)
    assert.equal(row.modeText, MODE[c.mode][lang], `${what}: the mode`)
    assert.ok(row.partner.startsWith(inLanguage(c.partner, lang)), `${what}: "${row.partner}" names ${c.partner.name}`)
    if (lang === 0 && c.partner.country) assert.ok(row.partner.includes(names.get(c.partner.country)), `${what}: the partner's country`)
    assert.equal(row.unit, c.org_unit ? inLanguage(c.org_unit, lang) : '', `${what}: the department`)
    assert.equal(row.yearText, c.term ? `${academicYear(c.year)} · ${c.term}` : academicYear(c.year), `${what}: the academic year`)
    assert.deepEqual([row.home, row.partnerStudents, row.credits], [String(c.students_home), String(c.students_partner), c.credits], `${what}: students and credits`)
  })
}

/** Asserts the summary shows `years` (the API's /joint-courses/years for the last five academic years), 0 where it has none. */
async function assertSummaryIsApi(page, years, modes = MODES) {
  await page.locator('[data-testid="course-years"][aria-busy="false"]').waitFor()
  const to = currentAcademicYear()
  const rows = await page.getByTestId('course-year').evaluateAll((trs) =>
    trs.map((tr) => ({
      year: Number(tr.dataset.year),
      label: tr.querySelector('[data-testid="course-year-label"]').textContent.trim(),
      courses: [...tr.querySelectorAll('[data-testid="course-year-courses"]')].map((td) => [td.dataset.mode, Number(td.dataset.courses), td.textContent.trim()]),
      students: [...tr.querySelectorAll('[data-testid="course-year-students"]')].map((td) => [td.dataset.mode, Number(td.dataset.home), Number(td.dataset.partner), td.textContent.replace(/\s+/g, ' ').trim()]),
    })),
  )
  assert.deepEqual(rows.map((r) => r.year), Array.from({ length: SUMMARY_YEARS }, (_, i) => to - SUMMARY_YEARS + 1 + i), 'the last five academic years, oldest first')
  const columns = modes.length > 1 ? [...modes, 'all'] : modes
  for (const row of rows) {
    assert.equal(row.label, academicYear(row.year))
    const sum = (mode) => {
      const of = years.filter((y) => y.year === row.year && (mode === 'all' ? modes.includes(y.mode) : y.mode === mode))
      return { courses: of.reduce((s, y) => s + y.courses, 0), home: of.reduce((s, y) => s + y.students_home, 0), partner: of.reduce((s, y) => s + y.students_partner, 0) }
    }
    assert.deepEqual(row.courses.map(([mode, courses]) => [mode, courses]), columns.map((m) => [m, sum(m).courses]), `${row.label}: the courses by mode`)
    assert.deepEqual(row.students.map(([mode, home, partner]) => [mode, home, partner]), columns.map((m) => [m, sum(m).home, sum(m).partner]), `${row.label}: the students by mode`)
    for (const [mode, home, partner, text] of row.students) assert.equal(text, `${home} / ${partner}`, `${row.label} ${mode}: ours / the partner's`)
  }
}

/** A course's page against the API's course `c`, in the page's language. */
async function assertCourseIsApi(page, c, names, lang = 0) {
  await page.getByTestId('joint-course-detail').waitFor()
  await waitForText(page.getByTestId('course-title'), lang === 1 && c.title_zh ? c.title_zh : c.title)
  assert.equal((await page.getByTestId('course-code').innerText()).trim(), c.code)
  assert.equal((await page.getByTestId('course-mode').innerText()).trim(), MODE[c.mode][lang], 'the mode')
  assert.equal((await page.getByTestId('course-year').innerText()).trim(), c.term ? `${academicYear(c.year)} · ${c.term}` : academicYear(c.year), 'the academic year and term')
  const partner = (await page.getByTestId('course-partner').innerText()).trim()
  assert.ok(partner.startsWith(inLanguage(c.partner, lang)), `the partner: "${partner}"`)
  if (lang === 0) assert.ok(partner.includes(names.get(c.partner.country)), "the partner's country")
  assert.equal(await page.getByTestId('course-partner').locator('a').getAttribute('href'), `/institutions/${c.partner.id}`, "the partner's registry page")
  assert.equal((await page.getByTestId('course-unit').innerText()).trim(), c.org_unit ? inLanguage(c.org_unit, lang) : '—', 'the department')
  assert.deepEqual(
    [
      (await page.getByTestId('course-weeks').innerText()).trim(),
      (await page.getByTestId('course-sessions').innerText()).trim(),
      (await page.getByTestId('course-credits').innerText()).trim(),
      (await page.getByTestId('course-students-home').innerText()).trim(),
      (await page.getByTestId('course-students-partner').innerText()).trim(),
    ],
    [String(c.weeks), String(c.synchronous_sessions), c.credits, String(c.students_home), String(c.students_partner)],
    'weeks, sessions, credits and students',
  )
  const faculty = async (id) => ((await page.getByTestId(id).count()) ? (await page.getByTestId(id).locator('li').allInnerTexts()).map((s) => s.trim()) : [])
  assert.deepEqual(await faculty('course-home-faculty'), c.home_faculty, 'our teachers')
  assert.deepEqual(await faculty('course-partner-faculty'), c.partner_faculty, "the partner's teachers")
  assert.equal(await page.getByTestId('course-edit').count(), c.allowed_actions.includes('update') ? 1 : 0, 'Edit where allowed')
}

/** A programme's four one-thirds as its page shows them, the latest year first. */
function planYears(page) {
  return page.getByTestId('plan-year').evaluateAll((sections) =>
    sections.map((s) => {
      const verdict = s.querySelector('[data-testid="plan-year-verdict"]')
      return {
        year: Number(s.dataset.year),
        title: s.querySelector('h3').textContent.replace(/\s+/g, ' ').trim(),
        allMet: verdict ? verdict.dataset.allMet === 'true' : null,
        verdictText: verdict ? verdict.textContent.replace(/[✓✗]/g, '').trim() : null,
        ruleSet: s.querySelector('[data-testid="plan-year-rule-set"]')?.dataset.ruleSet ?? null,
        ruleSetText: s.querySelector('[data-testid="plan-year-rule-set"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        sources: [...s.querySelectorAll('[data-testid="plan-year-source"]')].map((p) => p.textContent.trim()),
        shares: [...s.querySelectorAll('[data-testid="share"]')].map((tr) => ({
          rule: tr.dataset.rule,
          verdict: tr.dataset.verdict,
          name: tr.querySelector('[data-testid="share-name"]').textContent.trim(),
          fraction: tr.querySelector('[data-testid="share-fraction"]').textContent.trim(),
          percent: tr.querySelector('[data-testid="share-percent"]').textContent.trim(),
          minimum: tr.querySelector('[data-testid="share-minimum"]').textContent.trim(),
          verdictText: tr.querySelector('[data-testid="share-verdict"]').textContent.replace(/[✓✗–]/g, '').trim(),
        })),
        courses: s.querySelectorAll('[data-testid="plan-course"]').length,
      }
    }),
  )
}

/** A programme's page against the API's programme `p`, in the page's language. */
async function assertProgrammeIsApi(page, p, lang = 0) {
  await page.getByTestId('joint-programme-detail').waitFor()
  await waitForText(page.getByTestId('programme-name'), inLanguage(p, lang))
  assert.equal((await page.getByTestId('programme-approval').innerText()).trim(), p.approval_number, 'the approval number')
  const partners = await page.getByTestId('programme-partner').evaluateAll((items) => items.map((li) => ({ id: Number(li.dataset.id), name: li.querySelector('[data-testid="programme-partner-name"]').textContent.trim() })))
  assert.deepEqual(partners, p.partners.map((x) => ({ id: x.id, name: inLanguage(x, lang) })), 'the partners')
  assert.equal(await page.getByTestId('programme-approved-today').getAttribute('data-approved'), String(p.approved_today))

  const years = await planYears(page)
  const expected = [...p.four_thirds].sort((a, b) => b.year - a.year)
  assert.deepEqual(years.map((y) => y.year), expected.map((y) => y.year), 'a section per plan year, the latest first')
  expected.forEach((y, i) => {
    const shown = years[i]
    const what = academicYear(y.year)
    assert.ok(shown.title.startsWith(what), `${what}: its heading "${shown.title}"`)
    assert.equal(shown.allMet, y.all_met, `${what}: all met or not`)
    assert.equal(shown.verdictText, ALL_MET[y.all_met ? 0 : 1][lang], `${what}: the year's verdict in words`)
    assert.equal(shown.ruleSet, y.rule_set, `${what}: the rule set`)
    assert.ok(shown.ruleSetText.includes(lang === 1 ? y.rule_set_name_zh : y.rule_set_name), `${what}: the rule set's name in "${shown.ruleSetText}"`)
    assert.deepEqual(shown.shares.map((s) => [s.rule, s.verdict]), y.shares.map((s) => [s.rule, s.verdict]), `${what}: each share's verdict`)
    y.shares.forEach((s, j) => {
      const row = shown.shares[j]
      assert.equal(row.name, lang === 1 ? s.name_zh : s.name, `${what} ${s.rule}: its name`)
      assert.equal(row.fraction, `${s.numerator}/${s.denominator}`, `${what} ${s.rule}: counted of`)
      assert.equal(row.percent, s.verdict === 'no_base' ? '—' : `${s.percent.toFixed(1)}%`, `${what} ${s.rule}: the percent`)
      assert.equal(row.minimum, `${s.at_least_num}/${s.at_least_den}`, `${what} ${s.rule}: the minimum`)
      assert.equal(row.verdictText, VERDICT[s.verdict][lang], `${what} ${s.rule}: the verdict in words`)
    })
    for (const s of y.shares) assert.ok(shown.sources.some((text) => text.includes(s.source) && (!s.article || text.includes(s.article))), `${what}: the source of ${s.rule} is cited`)
    assert.equal(shown.courses, p.plans.find((plan) => plan.year === y.year).courses.length, `${what}: the plan's courses`)
  })
  assert.equal(await page.getByTestId('programme-edit').count(), p.allowed_actions.includes('update') ? 1 : 0, 'Edit where allowed')
}

describe('Joint teaching', { timeout: TEST_TIMEOUT_MS * 6 }, () => {
  test('the officer reads the demo courses, their yearly summary and a course, in English and in Chinese', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const items = await allOf(officer, '/joint-courses')
    assert.equal(items.length, DEMO_COURSES, `the demo's courses: ${items.map((c) => c.code)}`)
    assert.deepEqual([...new Set(items.map((c) => c.partner.name))].sort(), [...DEMO_PARTNERS].sort(), 'taught with Oxford, Berkeley and ETH Zurich')
    const { json: firstPage } = await officer('GET', '/joint-courses')
    assert.equal(firstPage.total, DEMO_COURSES, 'the list says its total')
    const to = currentAcademicYear()
    const from = to - SUMMARY_YEARS + 1
    const years = (await officer('GET', `/joint-courses/years?from=${from}&to=${to}`)).json.items
    assert.ok(years.length > 0, 'the demo has courses in the last five years')
    const names = await countryNames(officer)
    const oxford = items.find((c) => c.partner.name === OXFORD && c.year === Math.max(...items.filter((x) => x.partner.name === OXFORD).map((x) => x.year)))
    const { json: course, etag } = await officer('GET', `/joint-courses/${oxford.id}`)
    assert.equal(etag, `"${course.version}"`, 'the ETag is the version')
    assert.ok(course.title_zh, 'the Oxford course has a Chinese title')

    await withPage('teaching-officer', async (page) => {
      await signIn(page, OFFICER)
      await page.getByTestId('nav-joint-courses').click()
      await page.waitForURL((url) => url.pathname === COURSES_PATH)
      assert.equal(await page.getByTestId('nav-joint-courses').getAttribute('aria-current'), 'page')
      await page.getByTestId('joint-course-new').waitFor()
      await assertCoursesAreApi(page, items, names)
      await waitForText(page.getByTestId('courses-status'), `Showing ${DEMO_COURSES} of ${DEMO_COURSES} courses`)
      await waitForText(page.getByTestId('course-years').locator('h2'), `${academicYear(from)} to ${academicYear(to)}`)
      await assertSummaryIsApi(page, years)
      await screenshot(page, 'joint-courses.png')

      // A mode: the list and the summary keep to it.
      await page.getByTestId('course-filter-mode').selectOption('coil')
      await page.waitForURL((url) => url.searchParams.get('mode') === 'coil')
      const coil = await allOf(officer, '/joint-courses', '&mode=coil')
      assert.ok(coil.length > 0 && coil.length < items.length, 'some demo courses are COIL')
      await assertCoursesAreApi(page, coil, names)
      await assertSummaryIsApi(page, (await officer('GET', `/joint-courses/years?from=${from}&to=${to}&mode=coil`)).json.items, ['coil'])
      await page.getByTestId('course-filter-mode').selectOption('')

      // An academic year, then words of a code.
      const year = to - 1
      await page.getByTestId('course-filter-year').selectOption(String(year))
      await page.waitForURL((url) => url.searchParams.get('year') === String(year) && !url.searchParams.has('mode'))
      const ofYear = await allOf(officer, '/joint-courses', `&year=${year}`)
      assert.ok(ofYear.length > 0, `the demo has courses in ${academicYear(year)}`)
      await assertCoursesAreApi(page, ofYear, names)
      assert.equal(await page.getByTestId('course-filter-year').locator('option:checked').innerText(), academicYear(year))
      await page.getByTestId('course-filter-year').selectOption('')
      await page.getByTestId('course-filter-search').fill(oxford.code)
      await page.waitForURL((url) => url.searchParams.get('q') === oxford.code && !url.searchParams.has('year'))
      const found = await allOf(officer, '/joint-courses', `&q=${oxford.code}`)
      assert.ok(found.some((c) => c.id === oxford.id))
      await assertCoursesAreApi(page, found, names)

      await page.locator(`[data-testid="course-row"][data-id="${oxford.id}"]`).getByTestId('course-link').click()
      await page.waitForURL((url) => url.pathname === `${COURSES_PATH}/${oxford.id}`)
      await assertCourseIsApi(page, course, names)
      await screenshot(page, 'joint-course.png')

      // In Chinese: the navigation, the course's Chinese title and mode, then the list's headings.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('nav-joint-courses'), '合作课程')
      await waitForText(page.getByTestId('nav-joint-programmes'), '中外合作办学')
      await assertCourseIsApi(page, course, names, 1)
      await waitForText(page.getByTestId('course-people-card').locator('h2'), '学生与教师')
      await page.getByTestId('nav-joint-courses').click()
      await page.waitForURL((url) => url.pathname === COURSES_PATH)
      await assertCoursesAreApi(page, items, names, 1)
      await waitForText(page.locator('h1'), '与合作院校联合开设的课程')
      await waitForText(page.getByTestId('courses-table').locator('thead'), '合作院校学生')
      await waitForText(page.getByTestId('course-years').locator('h2'), `按学年统计（${academicYear(from)} 至 ${academicYear(to)}）`)
      await screenshot(page, 'joint-courses-zh.png')
      await page.getByTestId('lang-switch').selectOption('en')
    })
  })

  test('the officer makes a course with Oxford; bad fields are refused at their fields; then changes it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const oxford = (await officer('GET', '/institutions?q=Oxford')).json.items.find((i) => i.name === OXFORD)
    assert.ok(oxford, 'the registry holds the University of Oxford')
    const names = await countryNames(officer)

    await withPage('teaching-course-form', async (page) => {
      await signIn(page, OFFICER, { path: COURSES_PATH })
      await page.getByTestId('joint-course-new').click()
      await page.waitForURL((url) => url.pathname === `${COURSES_PATH}/new`)
      await page.getByTestId('cf-code').fill(MADE.code)
      await page.getByTestId('cf-title').fill(MADE.title)
      await page.getByTestId('cf-title-zh').fill(MADE.titleZh)
      await page.getByTestId('cf-mode').selectOption('blended')
      // The department: the first of the home institution's, once they are read.
      await page.getByTestId('cf-org-unit').locator('option').nth(1).waitFor({ state: 'attached' })
      const units = await page.getByTestId('cf-org-unit').locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean))
      await page.getByTestId('cf-org-unit').selectOption(units[0])
      await page.getByTestId('cf-partner-search').fill('Oxford')
      await page.getByTestId('cf-partner-search-option').filter({ hasText: OXFORD }).first().click()
      await waitForText(page.getByTestId('cf-partner'), OXFORD)
      assert.equal(await page.getByTestId('cf-year').inputValue(), String(currentAcademicYear()), 'the current academic year to start with')
      assert.equal(await page.getByTestId('cf-year').locator('option:checked').innerText(), academicYear(currentAcademicYear()))
      await page.getByTestId('cf-term').fill(MADE.term)
      await page.getByTestId('cf-weeks').fill(String(MADE.weeks))
      await page.getByTestId('cf-sessions').fill(String(MADE.sessions))
      await page.getByTestId('cf-students-home').fill(String(MADE.home))
      await page.getByTestId('cf-students-partner').fill(String(MADE.partner))
      await page.getByTestId('cf-add-home-teacher').click()
      await page.getByTestId('cf-home-teacher-0').fill('Chen Jing')
      // Two partner's teachers, the second left empty; and credits that are not a number.
      await page.getByTestId('cf-add-partner-teacher').click()
      await page.getByTestId('cf-add-partner-teacher').click()
      await page.getByTestId('cf-partner-teacher-0').fill('Anna Berg')
      await page.getByTestId('cf-credits').fill('one and a half')

      const refused = page.waitForResponse(isResponse('POST', /\/api\/v1\/joint-courses$/))
      await page.getByTestId('cf-save').click()
      const problem = await refused
      assert.equal(problem.status(), 422)
      const body = await problem.json()
      assert.deepEqual(body.errors.map((e) => e.field).sort(), ['credits', 'partner_faculty/1'], JSON.stringify(body))
      await waitForText(page.getByTestId('cf-error-credits'), 'Enter the credits as a number like 3 or 2.5')
      await waitForText(page.getByTestId('cf-error-partner-teacher-1'), 'Fill this in')
      assert.equal(await page.getByTestId('cf-error-partner-teacher-0').count(), 0, 'the first teacher is fine')
      assert.equal(await page.getByTestId('cf-partner-teacher-1').getAttribute('aria-invalid'), 'true')
      await waitForText(page.getByTestId('cf-error'), 'Some fields need attention.')
      assert.equal(new URL(page.url()).pathname, `${COURSES_PATH}/new`, 'still on the form')
      await screenshot(page, 'joint-course-form.png')

      // The empty teacher removed, the credits corrected: created.
      await page.getByTestId('cf-partner-teacher-1-remove').click()
      await page.getByTestId('cf-credits').fill(MADE.credits)
      const sent = page.waitForResponse(isResponse('POST', /\/api\/v1\/joint-courses$/))
      await page.getByTestId('cf-save').click()
      const created = await sent
      assert.equal(created.status(), 201)
      assert.deepEqual(created.request().postDataJSON(), {
        code: MADE.code,
        title: MADE.title,
        title_zh: MADE.titleZh,
        mode: 'blended',
        partner_id: Number(oxford.id),
        agreement_id: null,
        org_unit_id: Number(units[0]),
        year: currentAcademicYear(),
        term: MADE.term,
        weeks: MADE.weeks,
        synchronous_sessions: MADE.sessions,
        credits: MADE.credits,
        students_home: MADE.home,
        students_partner: MADE.partner,
        home_faculty: ['Chen Jing'],
        partner_faculty: ['Anna Berg'],
      })
      const id = (await created.json()).id
      await page.waitForURL((url) => url.pathname === `${COURSES_PATH}/${id}`)
      const { json: course } = await officer('GET', `/joint-courses/${id}`)
      assert.equal(course.partner.name, OXFORD)
      await assertCourseIsApi(page, course, names)

      // Edit: the partner's students change, sent with the version read as If-Match.
      await page.getByTestId('course-edit').click()
      await page.waitForURL((url) => url.pathname === `${COURSES_PATH}/${id}/edit`)
      await waitForText(page.getByTestId('cf-partner'), OXFORD)
      await page.getByTestId('cf-students-partner').fill(String(MADE.changedPartner))
      const patched = page.waitForResponse(isResponse('PATCH', /\/api\/v1\/joint-courses\/\d+$/))
      await page.getByTestId('cf-save').click()
      const patch = await patched
      assert.equal(patch.status(), 200)
      assert.equal(await patch.request().headerValue('if-match'), `"${course.version}"`)
      assert.deepEqual(patch.request().postDataJSON(), { students_partner: MADE.changedPartner }, 'only what changed')
      await page.waitForURL((url) => url.pathname === `${COURSES_PATH}/${id}`)
      await waitForText(page.getByTestId('course-students-partner'), String(MADE.changedPartner))
      const { json: changed } = await officer('GET', `/joint-courses/${id}`)
      assert.equal(changed.students_partner, MADE.changedPartner)
      assert.equal(changed.version, course.version + 1)
    })
  })

  test("the demo programme's page shows each year's four one-thirds, met and not met", { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const programmes = await allOf(officer, '/joint-programmes')
    const demo = programmes.find((p) => p.approval_number === DEMO_APPROVAL)
    assert.ok(demo, `the demo holds the programme ${DEMO_APPROVAL}: ${programmes.map((p) => p.approval_number)}`)
    assert.deepEqual(demo.partners.map((x) => x.name), [EDINBURGH])
    const { json: programme } = await officer('GET', `/joint-programmes/${demo.id}`)
    const byYear = [...programme.four_thirds].sort((a, b) => a.year - b.year)
    assert.ok(byYear.length >= 2, 'plans for two years at least')
    const last = byYear.at(-1)
    assert.equal(last.all_met, false, 'the last year does not meet the four one-thirds')
    assert.deepEqual(last.shares.filter((s) => s.verdict !== 'met').map((s) => s.rule), [SHORT_SHARE], "only the foreign teachers' hours fall short")
    assert.equal(byYear.at(-2).all_met, true, 'the year before meets them')

    await withPage('teaching-programme', async (page) => {
      await signIn(page, OFFICER)
      await page.getByTestId('nav-joint-programmes').click()
      await page.waitForURL((url) => url.pathname === PROGRAMMES_PATH)
      await page.locator('.results[aria-busy="false"]').waitFor()
      const rows = await page.getByTestId('programme-row').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.id)))
      assert.deepEqual(rows, programmes.map((p) => p.id), "the API's programmes, in its order")
      const row = page.locator(`[data-testid="programme-row"][data-id="${demo.id}"]`)
      assert.equal((await row.getByTestId('programme-row-approval').innerText()).trim(), DEMO_APPROVAL)
      await waitForText(row.getByTestId('programme-row-partners'), EDINBURGH)
      assert.equal(await row.getByTestId('programme-row-verdict').getAttribute('data-year'), String(last.year))
      await waitForText(row.getByTestId('programme-row-verdict'), 'Not all met')
      await page.getByTestId('joint-programme-new').waitFor()

      await row.getByTestId('programme-link').click()
      await page.waitForURL((url) => url.pathname === `${PROGRAMMES_PATH}/${demo.id}`)
      await assertProgrammeIsApi(page, programme)
      const shortRow = page.locator(`[data-testid="plan-year"][data-year="${last.year}"] [data-testid="share"][data-rule="${SHORT_SHARE}"]`)
      const short = last.shares.find((s) => s.rule === SHORT_SHARE)
      await waitForText(shortRow.getByTestId('share-fraction'), `${short.numerator}/${short.denominator}`)
      await waitForText(shortRow.getByTestId('share-verdict'), 'Not met')
      await waitForText(page.locator(`[data-testid="plan-year"][data-year="${byYear.at(-2).year}"] [data-testid="plan-year-verdict"]`), 'All four met')
      await screenshot(page, 'joint-programme.png')

      // In Chinese: the heading, the verdicts and the shares' Chinese names.
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('programme-four-thirds').locator('h2'), '“四个三分之一”')
      await assertProgrammeIsApi(page, programme, 1)
      await waitForText(shortRow.getByTestId('share-verdict'), '未达到')
      await screenshot(page, 'joint-programme-zh.png')
      await page.getByTestId('lang-switch').selectOption('en')
    })
  })

  test('the officer makes a programme with plans for two years, adding and removing course rows', { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const cambridge = (await officer('GET', '/institutions?q=Cambridge')).json.items.find((i) => /University of Cambridge/.test(i.name))
    assert.ok(cambridge, 'the registry holds the University of Cambridge')
    const year = currentAcademicYear()
    // Three courses: two core (one by a foreign teacher, 64 of 64 hours), two introduced.
    const courses = [
      { code: 'EE101', title: 'Environmental chemistry', core: true, introduced: true, foreign_teacher: true, hours: 64, foreign_teacher_hours: 64 },
      { code: 'EE102', title: 'Fluid mechanics', core: true, introduced: false, foreign_teacher: false, hours: 64, foreign_teacher_hours: 0 },
      { code: 'EE103', title: 'Academic English', core: false, introduced: true, foreign_teacher: false, hours: 32, foreign_teacher_hours: 0 },
    ]
    /** Fills course row `i` of plan `p` with `c`. */
    async function fillCourse(page, p, i, c) {
      const at = (field) => page.getByTestId(`pgf-plan-${p}-course-${i}-${field}`)
      await at('code').fill(c.code)
      await at('title').fill(c.title)
      await at('core').setChecked(c.core)
      await at('introduced').setChecked(c.introduced)
      await at('foreign-teacher').setChecked(c.foreign_teacher)
      await at('hours').fill(String(c.hours))
      await at('foreign-hours').fill(String(c.foreign_teacher_hours))
    }

    await withPage('teaching-programme-form', async (page) => {
      await signIn(page, OFFICER, { path: PROGRAMMES_PATH })
      await page.getByTestId('joint-programme-new').click()
      await page.waitForURL((url) => url.pathname === `${PROGRAMMES_PATH}/new`)
      await page.getByTestId('pgf-name').fill(MADE_PROGRAMME.name)
      await page.getByTestId('pgf-major').fill('Environmental Engineering')
      await page.getByTestId('pgf-level').selectOption('bachelor')
      await page.getByTestId('pgf-approval').fill(MADE_PROGRAMME.approval)
      await page.getByTestId('pgf-approved-on').fill(MADE_PROGRAMME.approvedOn)
      await page.getByTestId('pgf-valid-until').fill(MADE_PROGRAMME.validUntil)
      await page.getByTestId('pgf-intake').fill(String(MADE_PROGRAMME.intake))
      await page.getByTestId('pgf-partner-search').fill('Cambridge')
      await page.getByTestId('pgf-partner-search-option').filter({ hasText: 'University of Cambridge' }).first().click()
      await page.locator(`[data-testid="pgf-partner"][data-id="${cambridge.id}"]`).waitFor()

      // This year's plan: three courses, and a fourth row added and removed.
      await page.getByTestId('pgf-add-plan').click()
      assert.equal(await page.getByTestId('pgf-plan-0-year').inputValue(), String(year))
      await fillCourse(page, 0, 0, courses[0])
      for (let i = 1; i < 4; i++) await page.getByTestId('pgf-plan-0-add-course').click()
      await fillCourse(page, 0, 1, courses[1])
      await fillCourse(page, 0, 2, courses[2])
      await page.getByTestId('pgf-plan-0-course-3-code').fill('EE199')
      await page.getByTestId('pgf-plan-0-course-3-remove').click()
      assert.equal(await page.getByTestId('pgf-plan').first().getByTestId('pgf-course').count(), 3)

      // Next year's plan starts as a copy; a third plan added and removed again.
      await page.getByTestId('pgf-add-plan').click()
      assert.equal(await page.getByTestId('pgf-plan-1-year').inputValue(), String(year + 1))
      assert.equal(await page.getByTestId('pgf-plan-1-course-2-code').inputValue(), courses[2].code, 'a copy of the latest plan')
      await page.getByTestId('pgf-add-plan').click()
      assert.equal(await page.getByTestId('pgf-plan').count(), 3)
      await page.getByTestId('pgf-plan-2-remove').click()
      assert.equal(await page.getByTestId('pgf-plan').count(), 2)
      // More foreign teachers' hours than the course has: refused at that cell.
      await page.getByTestId('pgf-plan-1-course-0-foreign-hours').fill('70')

      const refused = page.waitForResponse(isResponse('POST', /\/api\/v1\/joint-programmes$/))
      await page.getByTestId('pgf-save').click()
      const problem = await refused
      assert.equal(problem.status(), 422)
      const body = await problem.json()
      assert.deepEqual(body.errors.map((e) => e.field), ['plans/1/courses/0/foreign_teacher_hours'], JSON.stringify(body))
      await waitForText(page.getByTestId('pgf-error-plan-1-course-0-foreign-hours'), 'from 0 to the course’s hours')
      await waitForText(page.getByTestId('pgf-error'), 'Some fields need attention.')
      await screenshot(page, 'joint-programme-form.png')

      // 40 of the core course's 64 hours next year: a quarter of all hours, short of a third.
      await page.getByTestId('pgf-plan-1-course-0-foreign-hours').fill('40')
      const sent = page.waitForResponse(isResponse('POST', /\/api\/v1\/joint-programmes$/))
      await page.getByTestId('pgf-save').click()
      const created = await sent
      assert.equal(created.status(), 201)
      const request = created.request().postDataJSON()
      assert.deepEqual(request.partner_ids, [Number(cambridge.id)])
      assert.deepEqual(request.plans, [
        { year, courses },
        { year: year + 1, courses: [{ ...courses[0], foreign_teacher_hours: 40 }, courses[1], courses[2]] },
      ])
      const id = (await created.json()).id
      await page.waitForURL((url) => url.pathname === `${PROGRAMMES_PATH}/${id}`)
      const { json: programme, etag } = await officer('GET', `/joint-programmes/${id}`)
      assert.equal(programme.approval_number, MADE_PROGRAMME.approval.toUpperCase(), 'the approval number upper-cased')
      assert.deepEqual(programme.four_thirds.map((y) => [y.year, y.all_met]), [[year, true], [year + 1, false]])
      await assertProgrammeIsApi(page, programme)
      await waitForText(page.locator(`[data-testid="plan-year"][data-year="${year + 1}"] [data-testid="share"][data-rule="${SHORT_SHARE}"] [data-testid="share-fraction"]`), '40/160')

      // Edit: the intake changes, sent with the version read as If-Match.
      await page.getByTestId('programme-edit').click()
      await page.waitForURL((url) => url.pathname === `${PROGRAMMES_PATH}/${id}/edit`)
      await page.getByTestId('pgf-plan-1-course-2-code').waitFor()
      await page.getByTestId('pgf-intake').fill(String(MADE_PROGRAMME.changedIntake))
      const patched = page.waitForResponse(isResponse('PATCH', /\/api\/v1\/joint-programmes\/\d+$/))
      await page.getByTestId('pgf-save').click()
      const patch = await patched
      assert.equal(patch.status(), 200)
      assert.equal(await patch.request().headerValue('if-match'), etag)
      assert.deepEqual(patch.request().postDataJSON(), { yearly_intake: MADE_PROGRAMME.changedIntake }, 'only what changed')
      await page.waitForURL((url) => url.pathname === `${PROGRAMMES_PATH}/${id}`)
      await waitForText(page.getByTestId('programme-intake'), String(MADE_PROGRAMME.changedIntake))
    })
  })

  test("Oxford's partner account sees only the courses taught with Oxford and no programme", { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const partner = await apiAs(PARTNER)
    const all = await allOf(officer, '/joint-courses')
    const own = await allOf(partner, '/joint-courses')
    assert.ok(own.length > 0, 'Oxford has courses')
    for (const c of own) assert.equal(c.partner.name, OXFORD, `${c.code}: taught with Oxford`)
    assert.deepEqual(own.map((c) => c.id), all.filter((c) => c.partner.name === OXFORD).map((c) => c.id), "every course with Oxford, in the API's order")
    assert.deepEqual(await allOf(partner, '/joint-programmes'), [], 'Oxford is a partner in no programme')
    const to = currentAcademicYear()
    const years = (await partner('GET', `/joint-courses/years?from=${to - SUMMARY_YEARS + 1}&to=${to}`)).json.items
    const names = await countryNames(partner)

    await withPage('teaching-partner', async (page) => {
      await signIn(page, PARTNER)
      await page.getByTestId('nav-joint-courses').click()
      await page.waitForURL((url) => url.pathname === COURSES_PATH)
      await assertCoursesAreApi(page, own, names)
      for (const row of await courseRows(page)) assert.ok(row.partner.startsWith(OXFORD), `${row.code}: taught with Oxford`)
      await assertSummaryIsApi(page, years)
      assert.equal(await page.getByTestId('joint-course-new').count(), 0, 'a partner records no course')

      await page.getByTestId('nav-joint-programmes').click()
      await page.waitForURL((url) => url.pathname === PROGRAMMES_PATH)
      await page.getByTestId('programmes-empty').waitFor()
      assert.equal(await page.getByTestId('programme-row').count(), 0)
      assert.equal(await page.getByTestId('joint-programme-new').count(), 0, 'a partner records no programme')

      // A course's page: no Edit.
      await page.goto(`${COURSES_PATH}/${own[0].id}`)
      await assertCourseIsApi(page, (await partner('GET', `/joint-courses/${own[0].id}`)).json, names)
    })
  })

  test("a partner's registry page lists its joint teaching; a student sees none of it", { timeout: TEST_TIMEOUT_MS }, async () => {
    const officer = await apiAs(OFFICER)
    const courses = await allOf(officer, '/joint-courses')
    const oxfordId = courses.find((c) => c.partner.name === OXFORD).partner.id
    const ofOxford = await allOf(officer, '/joint-courses', `&partner=${oxfordId}`)
    assert.ok(ofOxford.length > 0)
    for (const c of ofOxford) assert.equal(c.partner.id, oxfordId)
    const demo = (await allOf(officer, '/joint-programmes')).find((p) => p.approval_number === DEMO_APPROVAL)
    const edinburghId = demo.partners[0].id
    const ofEdinburgh = await allOf(officer, '/joint-programmes', `&partner=${edinburghId}`)
    assert.ok(ofEdinburgh.some((p) => p.id === demo.id))

    await withPage('teaching-linked', async (page) => {
      await signIn(page, OFFICER, { path: `/institutions/${oxfordId}` })
      await page.getByTestId('institution-detail').waitFor()
      const card = page.getByTestId('linked-teaching')
      await waitForText(card.locator('h2'), 'Joint teaching')
      await page.locator('[data-testid="linked-teaching"][aria-busy="false"]').waitFor()
      const shown = await card.getByTestId('linked-course').evaluateAll((items) =>
        items.map((li) => ({ id: Number(li.dataset.id), title: li.querySelector('[data-testid="linked-course-link"]').textContent.trim(), href: li.querySelector('a').getAttribute('href'), year: li.querySelector('[data-testid="linked-course-year"]').textContent.trim(), mode: li.querySelector('[data-testid="linked-course-mode"]').textContent.trim() })),
      )
      assert.deepEqual(
        shown,
        ofOxford.slice(0, 10).map((c) => ({ id: c.id, title: c.title, href: `${COURSES_PATH}/${c.id}`, year: academicYear(c.year), mode: MODE[c.mode][0] })),
        "Oxford's courses, in the API's order",
      )
      assert.equal(await card.getByTestId('linked-programme').count(), 0, 'Oxford is in no programme')

      await page.goto(`/institutions/${edinburghId}`)
      await page.locator('[data-testid="linked-teaching"][aria-busy="false"]').waitFor()
      const programme = page.locator(`[data-testid="linked-programme"][data-id="${demo.id}"]`)
      await waitForText(programme.getByTestId('linked-programme-approval'), DEMO_APPROVAL)
      await waitForText(programme.getByTestId('linked-programme-verdict'), 'Not all met')
      await page.getByTestId('lang-switch').selectOption('zh')
      await waitForText(page.getByTestId('linked-teaching').locator('h2'), '合作教学')
      await waitForText(programme.getByTestId('linked-programme-verdict'), '未全部达到')
      await page.getByTestId('lang-switch').selectOption('en')
      await programme.getByTestId('linked-programme-link').click()
      await page.waitForURL((url) => url.pathname === `${PROGRAMMES_PATH}/${demo.id}`)
      await waitForText(page.getByTestId('programme-approval'), DEMO_APPROVAL)
    })

    await withPage('teaching-student', async (page) => {
      await signIn(page, STUDENT, { path: `/institutions/${oxfordId}` })
      await page.getByTestId('institution-detail').waitFor()
      await page.getByTestId('sidenav').waitFor()
      assert.equal(await page.getByTestId('nav-joint-courses').count(), 0, 'no joint courses in a student’s navigation')
      assert.equal(await page.getByTestId('nav-joint-programmes').count(), 0, 'no joint programmes in a student’s navigation')
      assert.equal(await page.getByTestId('linked-teaching').count(), 0, 'no joint teaching card for a student')
      await page.goto(COURSES_PATH)
      await page.waitForURL((url) => url.pathname === '/')
    })
  })
})
