// Browser tests, on a phone (390 × 844), of a call's and an agreement's pages and of the forms
// for a new call, nomination, programme and agreement, against a real orbis server with the
// demo data: none of them scrolls sideways (header buttons go under the heading, form rows
// stack, a long code or title breaks, wide tables scroll in their own frames). In Chinese,
// the fields the server refuses on each form say what they need in Chinese, at the field, and
// in English again once the reader switches back.
// Run: node --test phone-forms.test.mjs   (see README.md for ORBIS_BIN, ORBIS_WEB, CHROMIUM_PATH, ORBIS_URL)
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { browserSuite, isResponse, screenshot, signIn, waitForText } from './harness.mjs'

const OFFICER = 'officer@westlake.edu.cn'
const COORDINATOR = 'coordinator@westlake.edu.cn'
const TEST_TIMEOUT_MS = 300_000
const PHONE = { width: 390, height: 844 }

const orbis = browserSuite({ viewport: PHONE })
const { withPage, apiAs } = orbis

/** The document's width, which must be no more than the phone's. */
function documentWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

async function assertFits(page, what) {
  assert.ok((await documentWidth(page)) <= PHONE.width, `${what} fits ${PHONE.width} px (the document is ${await documentWidth(page)} px wide)`)
}

async function assertOnScreen(page, testid, what) {
  const box = await page.getByTestId(testid).boundingBox()
  assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${what}: ${testid} is within the screen (${JSON.stringify(box)})`)
}

/** Waits until a select has loaded more than its placeholder (its longest option sets its width). */
function optionsLoaded(page, testid) {
  return page.locator(`[data-testid="${testid}"] option:nth-child(2)`).waitFor({ state: 'attached' })
}

/** Submits a form and waits for the server's answer to `method path`; returns its status. */
async function submit(page, button, method, path) {
  const answer = page.waitForResponse(isResponse(method, path))
  await page.getByTestId(button).click()
  return (await answer).status()
}

/** Switches the page's language with the switch in its header. */
async function language(page, lang) {
  await page.getByTestId('lang-switch').selectOption(lang)
  await page.waitForFunction((l) => document.documentElement.lang === l, lang === 'zh' ? 'zh-CN' : 'en')
}

describe('Record pages and forms on a phone', { timeout: TEST_TIMEOUT_MS * 3 }, () => {
  test('a call’s and an agreement’s pages and the forms for a call, a nomination, a programme and an agreement do not scroll sideways', { timeout: TEST_TIMEOUT_MS }, async () => {
    const api = await apiAs(OFFICER)
    const calls = (await api('GET', '/calls')).json.items
    const agreements = (await api('GET', '/agreements')).json.items
    const published = calls.find((c) => c.published_run_id)
    assert.ok(published, 'the demo has a call with its placement published')
    // A call with the longest code the server takes and a title of long words.
    const long = (
      await api('POST', '/calls', {
        code: 'WLU-OUT-2031-SPRING-ENGINEERING-EXCHANGE',
        title: 'Internationalisierungsstrategieumsetzungsprogrammausschreibung 2031',
        academic_year: '2031/2032',
        term: 'spring',
        opens_at: '2031-01-10T09:00:00+08:00',
        closes_at: '2031-02-10T17:00:00+08:00',
        time_zone: 'Asia/Shanghai',
      })
    ).json

    await withPage('phone-records', async (page) => {
      await signIn(page, OFFICER)
      for (const lang of ['en', 'zh']) {
        if (lang === 'zh') await language(page, 'zh')
        for (const call of [calls[0], published, long]) {
          await page.goto(`/calls/${call.id}`)
          await waitForText(page.getByTestId('call-code'), call.code)
          await page.locator('[data-testid="applications-table"], [data-testid="applications-empty"]').first().waitFor()
          if (call.offers.length) await page.getByTestId('call-detail-offers').waitFor()
          if (call.published_run_id) await page.getByTestId('placement-runs').waitFor()
          await assertFits(page, `the call ${call.code} (${lang})`)
          if (call.allowed_actions.includes('update')) await assertOnScreen(page, 'edit-call', `the call ${call.code}`)
        }
        for (const agreement of agreements.slice(0, 2)) {
          await page.goto(`/agreements/${agreement.id}`)
          await page.getByTestId('agreement-conditions').waitFor()
          await page.getByTestId('agreement-comments').waitFor()
          await assertFits(page, `the agreement ${agreement.code} (${lang})`)
          await assertOnScreen(page, 'edit-agreement', `the agreement ${agreement.code}`)
        }

        await page.goto('/calls/new')
        await optionsLoaded(page, 'offer-agreement')
        await assertFits(page, `the form for a new call (${lang})`)
        await page.goto(`/calls/${calls[0].id}/edit`)
        await page.getByTestId('cf-offer').first().waitFor()
        await assertFits(page, `the form changing a call with its offers (${lang})`)

        await page.goto('/nominations/new')
        await optionsLoaded(page, 'nf-agreement')
        await assertFits(page, `the form for a new nomination (${lang})`)

        await page.goto('/mobility/programmes/new')
        await optionsLoaded(page, 'pf-agreement')
        await assertFits(page, `the form for a new programme (${lang})`)

        await page.goto('/agreements/new')
        await page.getByTestId('af-parties').waitFor()
        await assertFits(page, `the form for a new agreement (${lang})`)
        await page.goto(`/agreements/${agreements[0].id}/edit`)
        await page.getByTestId('af-condition-0').waitFor()
        await assertFits(page, `the form changing an agreement with its parties and conditions (${lang})`)
      }
      await page.goto(`/calls/${long.id}`)
      await page.getByTestId('call-title').waitFor()
      await screenshot(page, 'call-detail-phone-zh.png', { fullPage: false })
    })

    // A coordinator reads a call of their school's students, without its buttons.
    await withPage('phone-coordinator', async (page) => {
      await signIn(page, COORDINATOR)
      await page.goto(`/calls/${published.id}`)
      await page.locator('[data-testid="applications-table"], [data-testid="applications-empty"]').first().waitFor()
      await assertFits(page, 'the call, read by a coordinator')
    })
  })

  test('in Chinese, the fields the server refuses say what they need in Chinese, at the field', { timeout: TEST_TIMEOUT_MS }, () =>
    withPage('phone-field-errors', async (page) => {
      await signIn(page, OFFICER)
      await language(page, 'zh')

      // A call: a code with a space, no title, weights that do not sum to 1.
      await page.goto('/calls/new')
      await page.getByTestId('cf-code').fill('BAD CODE')
      await page.getByTestId('cf-weight-gpa').fill('0.9')
      assert.equal(await submit(page, 'cf-save', 'POST', /\/api\/v1\/calls$/), 422, 'the server refuses the call')
      await waitForText(page.getByTestId('cf-invalid'), '部分字段需要修改。')
      assert.equal(await page.getByTestId('cf-error-code').innerText(), '请输入 1 到 40 个字母、数字或 - _ . /，不含空格。')
      assert.equal(await page.getByTestId('cf-code').getAttribute('aria-invalid'), 'true')
      assert.equal(await page.getByTestId('cf-error-title').innerText(), '请填写此项，不超过 200 个字符（约 66 个汉字）。')
      assert.equal(await page.getByTestId('cf-error-weights').innerText(), '各项权重之和须为 1。')
      await assertFits(page, 'the call form with its errors')
      await screenshot(page, 'call-form-errors-phone-zh.png', { fullPage: false })
      // The reader switches to English: the same fields say it in English.
      await language(page, 'en')
      await waitForText(page.getByTestId('cf-error-code'), 'Enter 1 to 40 letters, digits and - _ . / without spaces.')
      await waitForText(page.getByTestId('cf-error-weights'), 'Make the weights add up to 1.')
      await language(page, 'zh')

      // A nomination under an agreement: no family name, no nationality.
      await page.goto('/nominations/new')
      await optionsLoaded(page, 'nf-agreement')
      await page.getByTestId('nf-agreement').selectOption({ index: 1 })
      await page.getByTestId('nf-given-name').fill('Mia')
      assert.equal(await submit(page, 'nf-submit', 'POST', /\/api\/v1\/nominations$/), 422, 'the server refuses the nomination')
      await page.getByTestId('nf-error').waitFor()
      assert.equal(await page.getByTestId('nf-error-family-name').innerText(), '请填写此项，不超过 200 个字符（约 66 个汉字）。')
      assert.equal(await page.getByTestId('nf-error-nationality').innerText(), '请选择学生的国籍。')
      assert.equal(await page.getByTestId('nf-nationality').getAttribute('aria-invalid'), 'true')
      await assertFits(page, 'the nomination form with its errors')

      // A programme without a code, a name or a host.
      await page.goto('/mobility/programmes/new')
      assert.equal(await submit(page, 'pf-save', 'POST', /\/api\/v1\/programmes$/), 422, 'the server refuses the programme')
      await page.getByTestId('pf-invalid').waitFor()
      assert.equal(await page.getByTestId('pf-error-code').innerText(), '请输入 1 到 40 个字母、数字或 - _ . /，不含空格。')
      assert.equal(await page.getByTestId('pf-error-name').innerText(), '请填写此项，不超过 200 个字符（约 66 个汉字）。')
      assert.equal(await page.getByTestId('pf-error-hosts').innerText(), '请至少添加一所接收院校。')
      await assertFits(page, 'the programme form with its errors')

      // An agreement without a title or a kind, ending before it starts.
      await page.goto('/agreements/new')
      await page.getByTestId('af-parties').waitFor()
      await page.getByTestId('af-start').fill('2027-09-01')
      await page.getByTestId('af-end').fill('2027-01-31')
      assert.equal(await submit(page, 'af-save', 'POST', /\/api\/v1\/agreements$/), 422, 'the server refuses the agreement')
      await page.getByTestId('af-invalid').waitFor()
      assert.equal(await page.getByTestId('af-error-title').innerText(), '请填写此项，不超过 300 个字符（约 100 个汉字）。')
      assert.equal(await page.getByTestId('af-error-kinds').innerText(), '请至少选择一种类型。')
      assert.equal(await page.getByTestId('af-error-end_date').innerText(), '请选择晚于开始日期的结束日期；无结束日期则留空。')
      assert.equal(await page.getByTestId('af-end').getAttribute('aria-invalid'), 'true')
      await assertFits(page, 'the agreement form with its errors')
    }),
  )
})
