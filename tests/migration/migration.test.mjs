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

// Answers this build changes on purpose, each checked here instead of against the release's:
// a coordinator's recognition indicator counts only the stays of their org unit (issue 12; the
// release counted every unit's). Each partner it lists must be one the office's indicator
// lists, with no more stays, agreed or recognised ECTS than the office's figure for it.
const RECOGNITION = 'GET /api/v1/indicators/recognition'
const CHANGED_ON_PURPOSE = [new RegExp(`^coordinator@westlake\\.edu\\.cn ${RECOGNITION} `)]

function checkScopedRecognition(after) {
  const coordinator = after[`coordinator@westlake.edu.cn ${RECOGNITION}`]
  const office = after[`officer@westlake.edu.cn ${RECOGNITION}`]
  assert.equal(coordinator?.status, 200)
  assert.equal(office?.status, 200)
  const officeBy = new Map(office.body.items.map((i) => [i.institution.id, i]))
  assert.ok(coordinator.body.items.length <= office.body.items.length)
  for (const item of coordinator.body.items) {
    const all = officeBy.get(item.institution.id)
    assert.ok(all, `the coordinator's partner ${item.institution.id} is one the office sees`)
    for (const figure of ['stays', 'recognised_stays', 'planned_ects', 'recognised_ects'])
      assert.ok(item[figure] <= all[figure], `${figure} of partner ${item.institution.id}: ${item[figure]} > ${all[figure]}`)
  }
  const stays = (answer) => answer.body.items.reduce((sum, i) => sum + i.stays, 0)
  assert.ok(stays(coordinator) < stays(office), "the coordinator's indicator leaves out other units' stays")
}

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
    const differences = compare(before, after).filter(
      (d) => !MADE_BY_THE_CAPTURE.some((re) => re.test(d)) && !CHANGED_ON_PURPOSE.some((re) => re.test(d)),
    )
    assert.deepEqual(differences, [])
    checkScopedRecognition(after)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
