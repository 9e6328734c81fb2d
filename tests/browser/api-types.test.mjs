// The web client's types (web/src/api/schema.d.ts) are generated from the OpenAPI document
// the server serves: this fails when the committed file is not what the current document
// gives (regenerate with `npm run api-types` in web/). Needs the server binary and web/'s
// node_modules (the browser tests need both anyway).
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { promisify } from 'node:util'
import { orbisBin, repoRoot } from './harness.mjs'

const run = promisify(execFile)
const script = path.join(repoRoot, 'web', 'scripts', 'api-types.mjs')

function check(args = []) {
  return run(process.execPath, [script, '--check', ...args], {
    env: { ...process.env, ORBIS_BIN: orbisBin },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (err) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  )
}

test('the committed API types are what the served OpenAPI document gives', async () => {
  const result = await check()
  assert.equal(result.code, 0, result.stderr)
})

test('the check fails when the document has changed', async () => {
  const { stdout } = await run(orbisBin, ['openapi'], { maxBuffer: 64 * 1024 * 1024 })
  const document = JSON.parse(stdout)
  document.components.schemas.Country.properties.flag = { type: 'string' }
  const dir = await mkdtemp(path.join(tmpdir(), 'orbis-api-types-'))
  try {
    const file = path.join(dir, 'openapi.json')
    await writeFile(file, JSON.stringify(document))
    const result = await check(['--document', file])
    assert.equal(result.code, 1)
    assert.match(result.stderr, /differs from what the OpenAPI document gives: run `npm run api-types`/)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
