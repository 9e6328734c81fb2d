// What the fault tests share: the orbis binary, a demo database built once per file, a
// server started on port 0 whose log is kept, a small API client, and the private mount
// namespace the disk tests need (tests/faults/run enters it).
import assert from 'node:assert/strict'
import { execFile, spawn } from 'node:child_process'
import { existsSync, readlinkSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const run = promisify(execFile)

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..')
export const orbisBin = process.env.ORBIS_BIN
  ? path.resolve(process.env.ORBIS_BIN)
  : path.join(repoRoot, 'build', 'src', 'app', 'orbis')

// Limits, named so that a slow machine is a one-line change.
const DEMO_TIMEOUT_MS = 180_000
const LISTEN_TIMEOUT_MS = 30_000
export const DEMO_PASSWORD = 'orbis-demo-2026'

/**
 * Fails (never skips) unless this process runs in a mount namespace of its own, so that
 * the mounts a test makes cannot touch the machine. tests/faults/run enters one and
 * passes the namespace it came from in ORBIS_HOST_MOUNT_NS.
 */
export function requirePrivateMountNamespace() {
  const host = process.env.ORBIS_HOST_MOUNT_NS
  assert.ok(host, 'run the fault tests through tests/faults/run: they mount file systems and need a private mount namespace')
  assert.notEqual(readlinkSync('/proc/self/ns/mnt'), host, 'this process shares the mount namespace of the machine; refusing to mount')
}

/** A fresh temporary folder, removed by the returned function. */
export async function tempDir(prefix) {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

let demo = null
/** A copy of the demo database (built once per test file) at `db`, with its .kek. */
export async function copyDemo(db) {
  assert.ok(existsSync(orbisBin), `no orbis binary at ${orbisBin}: build it first, or set ORBIS_BIN`)
  if (!demo) {
    demo = (async () => {
      const { dir } = await tempDir('orbis-faults-demo-')
      process.once('exit', () => run('rm', ['-rf', dir]).catch(() => undefined))
      const file = path.join(dir, 'demo.db')
      await run(orbisBin, ['demo', '--db', file], { timeout: DEMO_TIMEOUT_MS, maxBuffer: 16 << 20 })
      return file
    })()
  }
  const source = await demo
  await mkdir(path.dirname(db), { recursive: true })
  await copyFile(source, db)
  await copyFile(`${source}.kek`, `${db}.kek`)
}

/**
 * Starts `orbis serve` on port 0. Returns { child, url, log(), exited }: log() is everything
 * the server has printed so far (its log and its standard output).
 */
export function serve(db) {
  const child = spawn(orbisBin, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdout.on('data', (chunk) => { out += chunk })
  child.stderr.on('data', (chunk) => { out += chunk })
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`orbis serve did not start:\n${out}`)), LISTEN_TIMEOUT_MS)
    const listening = () => {
      const match = /listening on (http:\/\/\S+)/.exec(out)
      if (!match) return
      clearTimeout(timer)
      child.stdout.off('data', listening)
      resolve({ child, url: match[1], log: () => out, exited })
    }
    child.stdout.on('data', listening)
    exited.then(({ code, signal }) => reject(new Error(`orbis serve exited (${code ?? signal}):\n${out}`)))
  })
}

/** Kills the server and waits until it is gone. */
export async function kill(server, signal = 'SIGKILL') {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal)
  await server.exited
}

/** One API request; resolves to { status, headers, body } (body parsed when it is JSON). */
export async function api(url, method, target, { token, body } = {}) {
  const headers = {}
  if (token) headers.Authorization = `Bearer ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${url}${target}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed }
}

export async function login(url, email = 'officer@westlake.edu.cn') {
  const r = await api(url, 'POST', '/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } })
  assert.equal(r.status, 200, `signing in as ${email}: ${JSON.stringify(r.body)}`)
  return r.body.token
}

/** Asserts that `r` is a 503 problem of type unavailable with a Retry-After, detail matching `cause`. */
export function assertUnavailable(r, cause, what) {
  assert.equal(r.status, 503, `${what}: ${JSON.stringify(r.body)}`)
  assert.match(r.headers.get('content-type') ?? '', /application\/problem\+json/, what)
  assert.equal(r.body.type, 'urn:orbis:problem:unavailable', what)
  assert.equal(r.body.status, 503, what)
  assert.match(r.body.detail, cause, what)
  assert.match(r.headers.get('retry-after') ?? '', /^[1-9][0-9]*$/, `${what}: Retry-After`)
}

/** The database's integrity check and the audit chain, from outside the server. */
export async function assertSound(db) {
  const integrity = await run('sqlite3', [db, 'PRAGMA integrity_check;'])
  assert.equal(integrity.stdout.trim(), 'ok')
  const audit = await run(orbisBin, ['audit', 'verify', '--db', db])
  assert.match(audit.stdout, /intact/)
}

/** The number of rows `sql` counts, read with the sqlite3 shell. */
export async function count(db, sql) {
  const { stdout } = await run('sqlite3', [db, sql])
  return Number(stdout.trim())
}
