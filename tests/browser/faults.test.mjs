// Faults at the level of the process: the real `orbis serve` stopped by SIGTERM while
// clients write, and run with few file descriptors under a flood of idle connections.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { orbisBin, serve, tokenFor } from './harness.mjs'

const run = promisify(execFile)
const DEMO_TIMEOUT_MS = 120_000
const WRITERS = 4
const WRITE_FOR_MS = 1000
// A stopping server exits once its requests in flight are answered (10 s at most).
const EXIT_TIMEOUT_MS = 15_000
// The descriptor test: a limit the flood of idle connections goes well past.
const OPEN_FILES = 256
const IDLE_CONNECTIONS = 400
// A locked-out client waits for an idle connection's 30 s timeout; a served one does not.
const SERVED_WITHIN_MS = 5_000
// The server's CPU time while it holds the idle connections, against the wall time: an
// accept loop spinning on EMFILE takes a whole core.
const IDLE_WINDOW_MS = 2_000
const MAX_CPU_SHARE = 0.25

let dir
let demo

before(async () => {
  if (!existsSync(orbisBin)) return
  dir = await mkdtemp(path.join(tmpdir(), 'orbis-faults-'))
  demo = path.join(dir, 'demo.db')
  await run(orbisBin, ['demo', '--db', demo], { timeout: DEMO_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 })
})

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** A fresh copy of the demo database (and its key-encryption key) named `name`. */
async function demoCopy(name) {
  const db = path.join(dir, `${name}.db`)
  await copyFile(demo, db)
  if (existsSync(`${demo}.kek`)) await copyFile(`${demo}.kek`, `${db}.kek`)
  return db
}

/** A TCP connection that writes exactly what it is given and reads HTTP/1.1 responses. */
class RawConnection {
  static open(port) {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(new RawConnection(socket)))
      socket.once('error', reject)
    })
  }

  constructor(socket) {
    this.socket = socket
    this.buffer = Buffer.alloc(0)
    this.closed = false
    this.wake = () => undefined
    socket.on('data', (data) => {
      this.buffer = Buffer.concat([this.buffer, data])
      this.wake()
    })
    socket.on('error', (err) => {
      this.error = err
    })
    socket.on('close', () => {
      this.closed = true
      this.wake()
    })
  }

  write(text) {
    return new Promise((resolve, reject) => this.socket.write(text, (err) => (err ? reject(err) : resolve())))
  }

  /** The next response (an interim 100 Continue is one), with its body as text. */
  async response() {
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n')
      if (end >= 0) {
        const [statusLine, ...lines] = this.buffer.toString('latin1', 0, end).split('\r\n')
        const headers = {}
        for (const line of lines) {
          const colon = line.indexOf(':')
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
        }
        const status = Number(statusLine.split(' ')[1])
        const length = status < 200 ? 0 : Number(headers['content-length'] ?? 0)
        if (this.buffer.length >= end + 4 + length) {
          const body = this.buffer.toString('utf8', end + 4, end + 4 + length)
          this.buffer = this.buffer.subarray(end + 4 + length)
          return { status, headers, body }
        }
      }
      if (this.closed) throw new Error(`the connection closed before a response came (${this.error?.code ?? 'EOF'})`)
      await new Promise((resolve) => {
        this.wake = resolve
      })
    }
  }

  close() {
    this.socket.destroy()
  }
}

/** Resolves once the server refuses new connections (it has stopped accepting). */
async function refusesConnections(port) {
  for (;;) {
    try {
      ;(await RawConnection.open(port)).close()
    } catch (err) {
      if (err.code === 'ECONNREFUSED') return
      // A connect queued in the backlog as the listener closed is reset, not refused: the
      // listener is going; the next attempt is refused.
      if (err.code !== 'ECONNRESET') throw err
    }
    await sleep(10)
  }
}

/** The CPU time (user + system) the process has used, in clock ticks. */
async function cpuTicks(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return Number(fields[11]) + Number(fields[12]) // utime and stime (fields 14 and 15)
}

const CLOCK_TICKS_PER_SECOND = 100

test('SIGTERM: requests in flight get their answers, new ones a 503, the process exits 0 and keeps every acknowledged write', { timeout: 180_000 }, async (t) => {
  // scripts/test builds the binary first; without it this test fails rather than skips.
  assert.ok(demo, `no orbis binary at ${orbisBin}: build it first (scripts/build)`)
  const db = await demoCopy('sigterm')
  const server = await serve(db, { args: ['--threads', '2'] })
  const connections = []
  let writing = true
  t.after(() => {
    // Whatever happened above: no writer, connection or server outlives the test.
    writing = false
    for (const connection of connections) connection.close()
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
  })
  const token = await tokenFor(server.url, 'officer@westlake.edu.cn')

  // Writers create institutions as fast as they can while the server stops under them.
  const acknowledged = []
  const unavailable = []
  const writer = async (w) => {
    for (let i = 0; writing; i++) {
      let response
      try {
        response = await fetch(`${server.url}/api/v1/institutions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ name: `Stop Test Institute ${w}-${i}`, country: 'CN' }),
        })
      } catch {
        return // no longer accepted, or the connection closed as the process ended
      }
      const text = await response.text()
      if (response.status === 201) {
        acknowledged.push(JSON.parse(text).id)
      } else {
        assert.equal(response.status, 503, text)
        unavailable.push({ body: JSON.parse(text), retryAfter: response.headers.get('retry-after') })
      }
    }
  }
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))

  // A request in flight: its head is read and admitted (the 100 Continue says so), and its
  // body comes only after SIGTERM.
  const body = JSON.stringify({ name: 'Institute Written During Shutdown', country: 'CN' })
  const inFlight = await RawConnection.open(server.port)
  connections.push(inFlight)
  await inFlight.write(
    `POST /api/v1/institutions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      'Expect: 100-continue\r\n\r\n',
  )
  assert.equal((await inFlight.response()).status, 100)
  // An open keep-alive connection, idle after one request.
  const idle = await RawConnection.open(server.port)
  connections.push(idle)
  await idle.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n')
  assert.equal((await idle.response()).status, 200)

  await sleep(WRITE_FOR_MS)
  server.child.kill('SIGTERM')
  await refusesConnections(server.port)

  // A new request on the open connection: 503, Retry-After, and the connection closes.
  await idle.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n')
  const refused = await idle.response()
  assert.equal(refused.status, 503)
  assert.equal(refused.headers['content-type'], 'application/problem+json')
  assert.equal(JSON.parse(refused.body).type, 'urn:orbis:problem:unavailable')
  assert.match(refused.headers['retry-after'], /^[1-9][0-9]*$/)
  assert.equal(refused.headers.connection, 'close')

  // The request in flight is finished and answered for real.
  await inFlight.write(body)
  const created = await inFlight.response()
  assert.equal(created.status, 201, created.body)
  const institution = JSON.parse(created.body)
  assert.equal(institution.name, 'Institute Written During Shutdown')
  assert.equal(created.headers.connection, 'close')
  acknowledged.push(institution.id)

  writing = false
  await Promise.all(writers)
  const exit = await Promise.race([server.exited, sleep(EXIT_TIMEOUT_MS, 'still running')])
  assert.deepEqual(exit, { code: 0, signal: null }, server.log())
  assert.match(server.log(), /stopped: every request in flight was answered/)
  for (const { body, retryAfter } of unavailable) {
    assert.equal(body.type, 'urn:orbis:problem:unavailable')
    assert.ok(retryAfter, 'a 503 without Retry-After')
  }
  t.diagnostic(`${acknowledged.length} writes acknowledged, ${unavailable.length} answered 503`)
  assert.ok(acknowledged.length > 10, `only ${acknowledged.length} writes were acknowledged`)

  // Every acknowledged write is in the database, which is sound.
  const ids = acknowledged.map(Number).join(',')
  const found = await run('sqlite3', [db, `SELECT count(*) FROM institutions WHERE id IN (${ids});`])
  assert.equal(Number(found.stdout.trim()), acknowledged.length)
  const integrity = await run('sqlite3', [db, 'PRAGMA integrity_check;'])
  assert.equal(integrity.stdout.trim(), 'ok')
  const audit = await run(orbisBin, ['audit', 'verify', '--db', db])
  assert.match(audit.stdout, /intact/)
})

/** Opens `count` connections that never send a byte. */
async function floodWithIdleConnections(port, count) {
  const sockets = []
  for (let i = 0; i < count; i++) {
    const socket = net.connect(port, '127.0.0.1')
    socket.on('error', () => undefined) // the server may close them: that is the point
    sockets.push(socket)
  }
  await Promise.all(
    sockets.map((s) => new Promise((resolve) => (s.connecting ? s.once('connect', resolve).once('close', resolve) : resolve()))),
  )
  return sockets
}

for (const { name, args, logged } of [
  { name: 'under the cap the open-file limit sets', args: [], logged: /hard limit 256; at most 192 connections/ },
  // A cap above the limit: accept() itself fails with EMFILE and must back off.
  { name: 'when accept() runs out of descriptors', args: ['--max-connections', '100000'], logged: /cannot accept a connection/ },
]) {
  test(`descriptor exhaustion ${name}: idle connections neither lock out a new client nor spin the server`, { timeout: 120_000 }, async (t) => {
    // scripts/test builds the binary first; without it this test fails rather than skips.
    assert.ok(demo, `no orbis binary at ${orbisBin}: build it first (scripts/build)`)
    const db = await demoCopy(`descriptors-${args.length}`)
    const server = await serve(db, { openFiles: OPEN_FILES, args: ['--threads', '2', ...args] })
    t.after(() => {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL')
    })
    const flood = await floodWithIdleConnections(server.port, IDLE_CONNECTIONS)
    try {
      // A new client is served, not left behind the idle ones until they time out.
      const response = await fetch(`${server.url}/api/v1/health`, { signal: AbortSignal.timeout(SERVED_WITHIN_MS) })
      assert.equal(response.status, 200)
      assert.equal((await response.json()).status, 'ok')

      // Holding the idle connections costs the server next to no CPU.
      const before = await cpuTicks(server.child.pid)
      await sleep(IDLE_WINDOW_MS)
      const used = (await cpuTicks(server.child.pid)) - before
      const share = used / CLOCK_TICKS_PER_SECOND / (IDLE_WINDOW_MS / 1000)
      t.diagnostic(`CPU while idle: ${(share * 100).toFixed(1)}% of one core`)
      assert.ok(share < MAX_CPU_SHARE, `the server used ${(share * 100).toFixed(0)}% of a core holding idle connections`)
      assert.match(server.log(), logged)
    } finally {
      for (const socket of flood) socket.destroy()
      server.child.kill('SIGTERM')
    }
    const exit = await Promise.race([server.exited, sleep(EXIT_TIMEOUT_MS, 'still running')])
    assert.deepEqual(exit, { code: 0, signal: null }, server.log())
  })
}
