// Storage faults, each with its expected outcome (docs/operations.md):
// - a full disk: writes answer 503 with Retry-After and the cause in the log, nothing is
//   half-written, /health says why, and writes resume once space is freed;
// - a read-only database file: the server starts, /health says writes fail, sign-in and
//   other writes answer 503 (not 500), reads still work;
// - the WAL deleted under a running server: writes stop with 503, /health says why, and
//   every write acknowledged before is still there after a kill -9.
// The disks are a small tmpfs and a read-only bind mount in a private mount namespace
// (tests/faults/run), so nothing on the machine changes.
import assert from 'node:assert/strict'
import { closeSync, openSync, writeSync } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { after, test } from 'node:test'
import {
  api,
  assertSound,
  assertUnavailable,
  copyDemo,
  count,
  kill,
  login,
  requirePrivateMountNamespace,
  run,
  serve,
  tempDir,
} from './harness.mjs'

const TMPFS_SIZE = '40m' // the demo database (about 23 MB), its WAL, and room to fill
const servers = []
const cleanups = []
after(async () => {
  for (const s of servers) await kill(s)
  for (const c of cleanups.reverse()) await c()
})

async function start(db) {
  const server = await serve(db)
  servers.push(server)
  return server
}

/** Writes zeros into `file` until the file system has no space left. */
function fillDisk(file) {
  const fd = openSync(file, 'w')
  try {
    for (const size of [1 << 20, 4096, 512]) {
      const chunk = Buffer.alloc(size)
      for (;;) {
        try {
          writeSync(fd, chunk)
        } catch (e) {
          if (e.code !== 'ENOSPC') throw e
          break
        }
      }
    }
  } finally {
    closeSync(fd)
  }
}

const institution = (name) => ({ name, country: 'CN' })

test('a full disk: 503 with Retry-After and a logged cause, nothing half-written, writes resume', { timeout: 300_000 }, async () => {
  requirePrivateMountNamespace()
  const { dir, remove } = await tempDir('orbis-faults-full-')
  cleanups.push(remove)
  const disk = path.join(dir, 'disk')
  await mkdir(disk)
  await run('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', disk])
  cleanups.push(() => run('umount', ['-l', disk]).catch(() => undefined))
  const db = path.join(disk, 'orbis.db')
  await copyDemo(db)
  const server = await start(db)
  const token = await login(server.url)
  const before = await api(server.url, 'POST', '/api/v1/institutions', { token, body: institution('Before The Disk Filled') })
  assert.equal(before.status, 201, JSON.stringify(before.body))
  assert.equal((await api(server.url, 'GET', '/api/v1/health')).status, 200)

  const filler = path.join(disk, 'filler')
  fillDisk(filler)
  const logBefore = server.log().length
  const full = await api(server.url, 'POST', '/api/v1/institutions', { token, body: institution('Full Disk Institute') })
  assertUnavailable(full, /disk.*full/, 'a write on a full disk')
  // The cause is logged once, with what the store was doing.
  const logged = server.log().slice(logBefore).split('\n').filter((line) => /disk.*full/.test(line))
  assert.equal(logged.length, 1, `the log after the failed write:\n${server.log().slice(logBefore)}`)
  assert.match(logged[0], /while \w+/)

  const health = await api(server.url, 'GET', '/api/v1/health')
  assert.equal(health.status, 503, JSON.stringify(health.body))
  assert.match(health.headers.get('retry-after') ?? '', /^[1-9][0-9]*$/)
  assert.equal(health.body.status, 'unavailable')
  assert.equal(health.body.storage.writable, false)
  assert.match(health.body.storage.problem, /disk.*full/)
  // Reads go on.
  const read = await api(server.url, 'GET', `/api/v1/institutions/${before.body.id}`, { token })
  assert.equal(read.status, 200)

  await rm(filler)
  const again = await api(server.url, 'POST', '/api/v1/institutions', { token, body: institution('Full Disk Institute') })
  assert.equal(again.status, 201, `after space was freed: ${JSON.stringify(again.body)}`)
  const healed = await api(server.url, 'GET', '/api/v1/health')
  assert.equal(healed.status, 200, JSON.stringify(healed.body))
  assert.equal(healed.body.storage.writable, true)

  await kill(server, 'SIGKILL')
  await assertSound(db)
  // One institution and one audit entry from the two attempts: the failed one left nothing.
  assert.equal(await count(db, "SELECT COUNT(*) FROM institutions WHERE name = 'Full Disk Institute'"), 1)
  assert.equal(await count(db, "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%Full Disk Institute%'"), 1)
})

test('a read-only database file: the server starts, /health says so, writes answer 503, reads work', { timeout: 300_000 }, async () => {
  requirePrivateMountNamespace()
  const { dir, remove } = await tempDir('orbis-faults-ro-')
  cleanups.push(remove)
  const db = path.join(dir, 'orbis.db')
  await copyDemo(db)
  // As root, file permissions do not stop writes; a read-only mount does.
  await run('mount', ['--bind', db, db])
  cleanups.push(() => run('umount', ['-l', db]).catch(() => undefined))
  await run('mount', ['-o', 'remount,ro,bind', db])

  const server = await start(db)
  const health = await api(server.url, 'GET', '/api/v1/health')
  assert.equal(health.status, 503, JSON.stringify(health.body))
  assert.equal(health.body.storage.writable, false)
  assert.match(health.body.storage.problem, /read-only/)
  assert.match(server.log(), /read-only/)

  const signIn = await api(server.url, 'POST', '/api/v1/auth/login', {
    body: { email: 'officer@westlake.edu.cn', password: 'orbis-demo-2026' },
  })
  assertUnavailable(signIn, /read-only/, 'signing in on a read-only database')
  // Reads still answer: every country, a page at a time.
  let countries = 0
  let cursor = null
  do {
    const page = await api(server.url, 'GET', `/api/v1/countries?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    assert.equal(page.status, 200)
    countries += page.body.items.length
    cursor = page.body.next
  } while (cursor)
  assert.ok(countries > 200)
})

test('a WAL deleted under a running server: writes stop with 503, /health says why, nothing acknowledged is lost', { timeout: 300_000 }, async () => {
  const { dir, remove } = await tempDir('orbis-faults-wal-')
  cleanups.push(remove)
  const db = path.join(dir, 'orbis.db')
  await copyDemo(db)
  const server = await start(db)
  const token = await login(server.url)

  const acknowledged = []
  const refused = []
  let deleted = false
  let stop = false
  const writer = async (w) => {
    for (let i = 0; !stop; i++) {
      const sentAfterDeletion = deleted
      const r = await api(server.url, 'POST', '/api/v1/institutions', { token, body: institution(`WAL Test ${w}-${i}`) })
      if (r.status === 201) {
        acknowledged.push({ id: r.body.id, sentAfterDeletion })
      } else {
        assertUnavailable(r, /WAL|write-ahead log/, 'a write after the WAL was deleted')
        refused.push(r)
        if (refused.length >= 20) stop = true
      }
    }
  }
  const writers = Array.from({ length: 4 }, (_, w) => writer(w))
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const wal = await stat(`${db}-wal`)
  assert.ok(wal.size > 0)
  await rm(`${db}-wal`)
  deleted = true
  const timeout = setTimeout(() => { stop = true }, 20_000)
  await Promise.all(writers)
  clearTimeout(timeout)

  assert.ok(acknowledged.length > 10, `only ${acknowledged.length} writes were acknowledged`)
  assert.ok(refused.length >= 20, `${refused.length} writes were refused after the WAL was deleted`)
  // Writes in flight when the file went may be acknowledged (and are kept); none sent after.
  assert.deepEqual(acknowledged.filter((a) => a.sentAfterDeletion), [], 'writes sent after the WAL was deleted were acknowledged')
  const health = await api(server.url, 'GET', '/api/v1/health')
  assert.equal(health.status, 503, JSON.stringify(health.body))
  assert.equal(health.body.storage.writable, false)
  assert.match(health.body.storage.problem, /WAL|write-ahead log/)
  const read = await api(server.url, 'GET', `/api/v1/institutions/${acknowledged[0].id}`, { token })
  assert.equal(read.status, 200)

  await kill(server, 'SIGKILL')
  await assertSound(db)
  const restarted = await start(db)
  const token2 = await login(restarted.url)
  for (const { id } of acknowledged) {
    const r = await api(restarted.url, 'GET', `/api/v1/institutions/${id}`, { token: token2 })
    assert.equal(r.status, 200, `institution ${id} was acknowledged but is gone`)
  }
})
