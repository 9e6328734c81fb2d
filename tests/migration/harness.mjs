// What the migration test and its rebuild script share: the fixed clock both run Orbis at
// (the demo's dates and every "days left" follow the clock), starting `orbis serve` on port 0
// under that clock, and reading and writing the xz-compressed files kept here.
import { execFile, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const run = promisify(execFile)
export const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..')

// The release whose demo database and answers are kept here (tests/migration/rebuild).
export const RELEASE = '0ba4064da1aa58aca68b3b0da68b1baf90a9845d'
// libfaketime's clock: starts here and runs on, so timeouts still work; the capture takes
// seconds, and nothing the API answers changes within a minute of this moment.
export const CLOCK = '2026-11-02 09:00:00'
export const PUBLIC_URL = 'http://localhost:8080'
export const DUMP = path.join(here, 'demo-0ba4064.sql.xz')
export const ANSWERS = path.join(here, 'answers-0ba4064.json.xz')

const LISTEN_TIMEOUT_MS = 30_000

/** Runs `orbis ARGS…` at the fixed clock. */
export function atClock(orbis, args, options = {}) {
  return run('faketime', [CLOCK, orbis, ...args], {
    maxBuffer: 64 << 20,
    env: { ...process.env, FAKETIME_DONT_FAKE_MONOTONIC: '1' },
    ...options,
  })
}

/** `orbis serve` on `db` at the fixed clock; resolves to { base, stop }. */
export function serve(orbis, db, webRoot) {
  // faketime runs orbis as its child: both go in a process group of their own, and the
  // signal goes to the group, so that no server outlives the test.
  const child = spawn('faketime', [CLOCK, orbis, 'serve', '--db', db, '--port', '0', '--public-url',
    PUBLIC_URL, '--data', path.join(repoRoot, 'data'), '--web', webRoot],
  { env: { ...process.env, FAKETIME_DONT_FAKE_MONOTONIC: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    detached: true })
  const signal = (name) => { try { process.kill(-child.pid, name) } catch { /* already gone */ } }
  let log = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { signal('SIGKILL'); reject(new Error(`orbis serve did not listen:\n${log}`)) }, LISTEN_TIMEOUT_MS)
    const read = (chunk) => {
      log += chunk
      const m = log.match(/listening on (http:\/\/[0-9.]+:[0-9]+)/)
      if (m) {
        clearTimeout(timer)
        resolve({
          base: m[1],
          stop: () => new Promise((done) => {
            child.removeAllListeners('exit')
            child.once('exit', () => { child.stdout.destroy(); child.stderr.destroy(); done() })
            signal('SIGTERM')
          }),
        })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`orbis serve exited ${code}:\n${log}`)) })
  })
}

/** The text of an xz file. */
export async function readXz(file) {
  return (await run('xz', ['-dc', file], { maxBuffer: 256 << 20 })).stdout
}

/** Loads an `sqlite3 .dump` kept as xz into the new database file `db`. */
export async function loadDump(file, db) {
  await run('sh', ['-c', 'xz -dc "$1" | sqlite3 -bail "$2"', 'sh', file, db])
}
