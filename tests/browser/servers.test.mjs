// Several servers, one truth (docs/deployment.md): two `orbis serve` processes on one
// database behind nginx as the load balancer. A search on one finds what the other created;
// failed sign-ins count against one limit on both, by the client nginx names; writers go on
// through nginx while one server is killed with SIGKILL, and afterwards every acknowledged
// write is there, the audit chain verifies, and the scheduled work has moved to the survivor.
//
// On SQLite both servers open the same file; with ORBIS_TEST_ENGINE=postgresql (scripts/test
// runs this file again so) they share a database of their own in ORBIS_TEST_POSTGRES.
// nginx is Debian's (`scripts/install-deps --test` installs nginx-light); without it the
// test fails rather than skips.
import assert from 'node:assert/strict'
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { promisify } from 'node:util'
import {
  createDemo,
  createPostgresDatabase,
  DEMO_PASSWORD,
  dropPostgresDatabase,
  orbisBin,
  serve,
  stopProcess,
  tokenFor,
} from './harness.mjs'

const run = promisify(execFile)
const onPostgres = process.env.ORBIS_TEST_ENGINE === 'postgresql'
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx'
const OFFICER = 'officer@westlake.edu.cn'
const WRITERS = 6
const WRITE_FOR_MS = 1500
// A search on one server sees another's writes within a second (service/registry); the test
// allows for a loaded machine.
const SEARCH_WAIT_MS = 5000
// Scheduled work (app/scheduler.h) moves to another server within a lease of its holder's
// death; a round runs every third of a lease.
const LEASE_SECONDS = 3
const TAKES_LEASE = /scheduled work runs on this server \(([^)]*)\)/g
const LOSES_LEASE = /scheduled work: (cannot claim its lease|the lease went to)/g

// Whether a server's log says it holds the scheduled work now: its last word on the lease
// is that it took it. (A busy database can make a holder miss its renewals under load, and
// the lease then moves; the log says so.)
function holdsLease(server) {
  const log = server.log()
  const last = (re) => Math.max(-1, ...[...log.matchAll(re)].map((m) => m.index))
  const took = last(TAKES_LEASE)
  return took >= 0 && took > last(LOSES_LEASE)
}

let dir, db, kek
const servers = []
let nginx = null
let balancer = ''

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

// nginx in front of the servers, as docs/deployment.md configures it: round robin, a POST
// passed on to the other server only when it could not be sent, the upstream's address in
// a header so that the test can tell who answered.
async function startNginx(ports) {
  const root = path.join(dir, 'nginx')
  await mkdir(root, { recursive: true })
  const port = await freePort()
  const conf = `
daemon off;
worker_processes 1;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${root}/body;
  proxy_temp_path ${root}/proxy;
  fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi;
  scgi_temp_path ${root}/scgi;
  upstream orbis {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join('\n')}
    keepalive 16;
    keepalive_timeout 25s;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://orbis;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`
  await writeFile(path.join(root, 'nginx.conf'), conf)
  const child = spawn(NGINX, ['-p', root, '-c', path.join(root, 'nginx.conf'), '-e', path.join(root, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.setEncoding('utf8').on('data', (c) => (log += c))
  child.stderr.setEncoding('utf8').on('data', (c) => (log += c))
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break
    try {
      await fetch(`${url}/api/v1/health`)
      return { child, url }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  child.kill('SIGKILL')
  const errors = await readFile(path.join(root, 'error.log'), 'utf8').catch(() => '')
  throw new Error(`nginx did not start on port ${port}:\n${log}\n${errors}`)
}

before(async () => {
  assert.ok(existsSync(NGINX), `no nginx at ${NGINX}: scripts/install-deps --test installs nginx-light`)
  dir = await mkdtemp(path.join(tmpdir(), 'orbis-servers-'))
  db = onPostgres ? await createPostgresDatabase() : path.join(dir, 'servers.db')
  kek = path.join(dir, 'demo.kek')
  await createDemo(db, ['--kek-file', kek])
  // Both servers are configured alike: one public address, nginx trusted to name clients.
  process.env.ORBIS_TRUSTED_PROXIES = '127.0.0.1'
  // A short lease, so that scheduled work moves within seconds of a server's death.
  process.env.ORBIS_LEASE_SECONDS = String(LEASE_SECONDS)
  const args = ['--kek-file', kek, '--public-url', 'https://orbis.example.edu', '--threads', '2']
  servers.push(await serve(db, { args }), await serve(db, { args }))
  delete process.env.ORBIS_TRUSTED_PROXIES
  delete process.env.ORBIS_LEASE_SECONDS
  nginx = await startNginx(servers.map((s) => s.port))
  balancer = nginx.url
})

after(async () => {
  if (nginx) await stopProcess(nginx.child)
  for (const s of servers) await stopProcess(s.child)
  if (onPostgres && db) await dropPostgresDatabase(db)
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function call(base, method, apiPath, token, body, headers = {}) {
  const response = await fetch(`${base}/api/v1${apiPath}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers }
}

function signIn(base, email, password, headers = {}) {
  return call(base, 'POST', '/auth/login', null, { email, password }, headers)
}

test('a search on one server finds what another created, under its current name', async () => {
  const [a, b] = servers
  const tokenA = await tokenFor(a.url, OFFICER)
  const tokenB = await tokenFor(b.url, OFFICER)
  const created = await call(a.url, 'POST', '/institutions', tokenA, { name: 'Qiantang Polar Institute', country: 'CN' })
  assert.equal(created.status, 201, JSON.stringify(created.json))
  const id = created.json.id

  // The institution as B's search lists it, once listed under `name`.
  const findOnB = async (q, name) => {
    const deadline = Date.now() + SEARCH_WAIT_MS
    for (;;) {
      const page = await call(b.url, 'GET', `/institutions?q=${encodeURIComponent(q)}&limit=20`, tokenB)
      assert.equal(page.status, 200)
      const hit = page.json.items.find((i) => i.id === id)
      if (hit?.name === name || Date.now() > deadline) return hit
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const hit = await findOnB('Qiantang Polar', 'Qiantang Polar Institute')
  assert.ok(hit, 'server B finds the institution server A created')
  assert.equal(hit.name, 'Qiantang Polar Institute')

  // Renamed on A: B's search finds the new name, and no longer the old one.
  const current = await call(a.url, 'GET', `/institutions/${id}`, tokenA)
  const etag = current.headers.get('etag')
  const renamed = await call(a.url, 'PATCH', `/institutions/${id}`, tokenA, { name: 'Qiantang Arctic Institute' }, { 'If-Match': etag })
  assert.equal(renamed.status, 200, JSON.stringify(renamed.json))
  const again = await findOnB('Qiantang Arctic', 'Qiantang Arctic Institute')
  assert.ok(again, 'server B finds the institution under its new name')
  assert.equal(again.name, 'Qiantang Arctic Institute')
  const old = await call(b.url, 'GET', `/institutions?q=${encodeURIComponent('Qiantang Polar')}&limit=20`, tokenB)
  assert.equal(old.json.items.find((i) => i.id === id)?.name ?? 'Qiantang Arctic Institute', 'Qiantang Arctic Institute')
})

test('failed sign-ins count against one limit on every server', async () => {
  const [a, b] = servers
  const email = 'viewer@westlake.edu.cn'
  // Five wrong passwords, spread over both servers, as round robin would.
  for (let i = 0; i < 5; i++) {
    const r = await signIn(i % 2 ? b.url : a.url, email, `wrong-${i}`)
    assert.equal(r.status, 401, `attempt ${i + 1}: ${JSON.stringify(r.json)}`)
  }
  // The sixth is refused on either, even with the right password, and says when to retry.
  for (const s of [a, b]) {
    const r = await signIn(s.url, email, DEMO_PASSWORD)
    assert.equal(r.status, 429, JSON.stringify(r.json))
    assert.ok(Number(r.headers.get('retry-after')) > 0, 'Retry-After is given')
  }
  // Another account is not affected.
  assert.equal((await signIn(b.url, OFFICER, DEMO_PASSWORD)).status, 200)
})

test('behind nginx the per-address limit counts the client nginx names, not nginx', async () => {
  const guesser = { 'X-Forwarded-For': '198.51.100.9' }
  // Fifty failures from one address, each for a different e-mail (under the per-e-mail limit).
  for (let i = 0; i < 50; i++) {
    const r = await signIn(balancer, `nobody-${i}@example.org`, 'wrong', guesser)
    assert.equal(r.status, 401, `attempt ${i + 1}: ${JSON.stringify(r.json)}`)
  }
  const refused = await signIn(balancer, 'coordinator@westlake.edu.cn', DEMO_PASSWORD, guesser)
  assert.equal(refused.status, 429, 'the guessing address is stopped on both servers')
  // Everyone else signs in through the same nginx.
  const other = await signIn(balancer, 'coordinator@westlake.edu.cn', DEMO_PASSWORD, { 'X-Forwarded-For': '198.51.100.10' })
  assert.equal(other.status, 200, JSON.stringify(other.json))
  // The session remembers where it came from.
  const account = await call(balancer, 'GET', '/account', other.json.token)
  assert.equal(account.status, 200, JSON.stringify(account.json))
  const current = account.json.sessions.find((s) => s.current)
  assert.equal(current?.client, '198.51.100.10')
})

test('one server killed with SIGKILL under load: the other carries on, nothing acknowledged is lost, and the scheduled work moves to it', { timeout: 120_000 }, async (t) => {
  // One server holds the scheduled work: that one is killed.
  let held = []
  const started = Date.now()
  while (Date.now() - started < LEASE_SECONDS * 1000) {
    held = servers.map(holdsLease)
    if (held.filter(Boolean).length === 1) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  assert.equal(held.filter(Boolean).length, 1, `not one holder of the scheduled work:\n${servers.map((s) => s.log()).join('\n---\n')}`)
  const a = servers[held.indexOf(true)]
  const b = servers[held.indexOf(false)]
  const token = await tokenFor(balancer, OFFICER)
  const acknowledged = []
  const byServer = new Map()
  let killed = false
  let afterKill = 0
  let stop = false
  const writer = async (w) => {
    for (let i = 0; !stop; i++) {
      try {
        const response = await fetch(`${balancer}/api/v1/institutions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ name: `Two Servers Institute ${w}-${i}`, country: 'CN' }),
        })
        const text = await response.text()
        if (response.status === 201) {
          acknowledged.push(JSON.parse(text).id)
          const upstream = response.headers.get('x-upstream') ?? 'unknown'
          byServer.set(upstream, (byServer.get(upstream) ?? 0) + 1)
          if (killed) afterKill++
        }
        // A 502 is a write nginx could not pass on, or lost with the server: not acknowledged.
      } catch {
        // nginx closed the connection: not acknowledged either.
      }
    }
  }
  assert.ok([...a.log().matchAll(TAKES_LEASE)].at(-1)[1].includes(`/${a.child.pid}/`), a.log())
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
  await new Promise((resolve) => setTimeout(resolve, WRITE_FOR_MS))
  a.child.kill('SIGKILL')
  await a.exited
  killed = true
  await new Promise((resolve) => setTimeout(resolve, WRITE_FOR_MS))
  stop = true
  await Promise.all(writers)
  t.diagnostic(`${acknowledged.length} writes acknowledged (${[...byServer].map(([k, v]) => `${k}: ${v}`).join(', ')}); ${afterKill} after the kill`)
  assert.equal(byServer.size, 2, 'both servers took writes before the kill')
  assert.ok(afterKill > 10, `only ${afterKill} writes were acknowledged after the kill`)

  // Every acknowledged institution is there, read through the survivor.
  const tokenB = await tokenFor(b.url, OFFICER)
  for (const id of acknowledged) {
    const response = await call(b.url, 'GET', `/institutions/${id}`, tokenB)
    assert.equal(response.status, 200, `institution ${id} was acknowledged but is gone`)
  }
  // The survivor took over the scheduled work once the dead server's lease ended.
  const deadline = Date.now() + (LEASE_SECONDS + 5) * 1000
  while (!holdsLease(b) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  assert.ok(holdsLease(b), `the survivor did not take the scheduled work:\n${b.log()}`)
  assert.ok([...b.log().matchAll(TAKES_LEASE)].at(-1)[1].includes(`/${b.child.pid}/`), b.log())

  // One linear chain, written by two servers.
  const audit = await run(orbisBin, ['audit', 'verify', '--db', db], { maxBuffer: 16 * 1024 * 1024 })
  assert.match(audit.stdout, /intact/)
})
