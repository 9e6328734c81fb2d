// Lints the OpenAPI document a real server serves with an independent OpenAPI 3.1
// schema validator, and checks that it documents what the server answers.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { Validator } from '@seriousme/openapi-schema-validator'
import { startOrbis } from './harness.mjs'

let orbis

before(async () => {
  orbis = await startOrbis()
})

after(async () => {
  await orbis?.stop()
})

test('the OpenAPI document is valid OpenAPI 3.1', async () => {
  const response = await fetch(`${orbis.baseUrl}/api/v1/openapi.json`)
  assert.equal(response.status, 200)
  const doc = await response.json()
  assert.equal(doc.openapi, '3.1.0')
  const validator = new Validator()
  const result = await validator.validate(doc)
  assert.ok(result.valid, JSON.stringify(result.errors, null, 2))
  assert.equal(validator.version, '3.1')
})

test('every documented GET without parameters answers as documented', async () => {
  const doc = await (await fetch(`${orbis.baseUrl}/api/v1/openapi.json`)).json()
  const login = await fetch(`${orbis.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@westlake.edu.cn', password: 'orbis-demo-2026' }),
  })
  const { token } = await login.json()
  let checked = 0
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!item.get || path.includes('{')) continue
    const response = await fetch(`${orbis.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } })
    const documented = Object.keys(item.get.responses).map(Number)
    assert.ok(documented.includes(response.status), `${path} answered ${response.status}, documented ${documented}`)
    checked++
  }
  assert.ok(checked >= 5, `only ${checked} paths checked`)
})
