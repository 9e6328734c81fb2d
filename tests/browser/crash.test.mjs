// Nothing committed is lost on a crash (DESIGN §7): a server is killed with SIGKILL while
// writes are in flight; after a restart every write that was acknowledged is there, the
// audit log's chain holds, and SQLite's integrity check passes.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { promisify } from 'node:util'
import { orbisBin, serve, tokenFor } from './harness.mjs'

const run = promisify(execFile)
const WRITERS = 4
const WRITE_FOR_MS = 1500
let dir

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('a SIGKILL loses no acknowledged write and leaves the database sound', { timeout: 120_000 }, async (t) => {
  if (!existsSync(orbisBin)) {
    t.skip(`no orbis binary at ${orbisBin}`)
    return
  }
  dir = await mkdtemp(path.join(tmpdir(), 'orbis-crash-'))
  const db = path.join(dir, 'crash.db')
  await run(orbisBin, ['demo', '--db', db], { maxBuffer: 16 * 1024 * 1024 })
  const { child, url } = await serve(db)
  const token = await tokenFor(url, 'officer@westlake.edu.cn')

  // Writers create institutions as fast as they can; the server dies under them.
  const acknowledged = []
  let stop = false
  const writer = async (w) => {
    for (let i = 0; !stop; i++) {
      try {
        const response = await fetch(`${url}/api/v1/institutions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ name: `Crash Test Institute ${w}-${i}`, country: 'CN' }),
        })
        if (response.status === 201) acknowledged.push((await response.json()).id)
      } catch {
        return // the connection died with the server
      }
    }
  }
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
  await new Promise((resolve) => setTimeout(resolve, WRITE_FOR_MS))
  child.kill('SIGKILL')
  stop = true
  await Promise.all(writers)
  assert.ok(acknowledged.length > 20, `only ${acknowledged.length} writes were acknowledged before the kill`)
  t.diagnostic(`${acknowledged.length} writes acknowledged before the kill`)

  // The database is sound and the audit chain holds.
  const integrity = await run('sqlite3', [db, 'PRAGMA integrity_check;'])
  assert.equal(integrity.stdout.trim(), 'ok')
  const audit = await run(orbisBin, ['audit', 'verify', '--db', db])
  assert.match(audit.stdout, /intact/)

  // Every acknowledged institution is there after a restart.
  const again = await serve(db)
  try {
    const token2 = await tokenFor(again.url, 'officer@westlake.edu.cn')
    for (const id of acknowledged) {
      const response = await fetch(`${again.url}/api/v1/institutions/${id}`, {
        headers: { Authorization: `Bearer ${token2}` },
      })
      assert.equal(response.status, 200, `institution ${id} was acknowledged but is gone`)
    }
  } finally {
    again.child.kill('SIGTERM')
  }
})
