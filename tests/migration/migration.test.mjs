// A demo database built by the release before the facts-in-columns migration (kept here as an
// `sqlite3 .dump`, with every answer that release gave on it) is migrated by this build and
// served again: every answer must come back with the same status and every member of its
// body with the same value (compare.mjs). tests/migration/rebuild remakes both files.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'

import { capture } from './capture.mjs'
import { compare } from './compare.mjs'
import { ANSWERS, DUMP, atClock, loadDump, readXz, repoRoot, serve } from './harness.mjs'

// What the capture itself makes as it runs, and so differs between any two captures: the
// session its sign-in opens, and the calendar link a reader's first look at reminders issues.
const MADE_BY_THE_CAPTURE = [
  / GET \/api\/v1\/account \/sessions\/\d+\/(created_at|expires_at|last_used_at): /,
  / GET \/api\/v1\/agreements\/reminders \/calendar_url: /,
]

const orbis = process.env.ORBIS_BIN
  ? path.resolve(process.env.ORBIS_BIN)
  : path.join(repoRoot, 'build', 'src', 'app', 'orbis')

test('a demo database of the release before migration 9 keeps every API answer', { timeout: 300_000 }, async () => {
  assert.ok(existsSync(orbis), `no orbis binary at ${orbis}: build it first, or set ORBIS_BIN`)
  const dir = await mkdtemp(path.join(tmpdir(), 'orbis-migration-'))
  try {
    const db = path.join(dir, 'demo.db')
    await loadDump(DUMP, db)
    const before = JSON.parse(await readXz(ANSWERS))
    assert.ok(Object.keys(before).length > 100, 'the kept answers are too few to mean anything')
    const { stdout } = await atClock(orbis, ['migrate', '--db', db])
    assert.match(stdout, /schema version (\d+)/)
    assert.ok(Number(stdout.match(/schema version (\d+)/)[1]) >= 9)
    const server = await serve(orbis, db, dir)
    let after
    try {
      after = await capture(server.base)
    } finally {
      await server.stop()
    }
    const differences = compare(before, after).filter((d) => !MADE_BY_THE_CAPTURE.some((re) => re.test(d)))
    assert.deepEqual(differences, [])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
