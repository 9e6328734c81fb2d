// Reads every GET endpoint of a running Orbis as each demo role and writes what it answered:
// lists followed page by page to their end, and for every {id} route the first ids of the
// list above it. Used to compare a database before and after a schema migration.
//
// usage: node capture.mjs BASE_URL OUT.json
import { writeFile } from 'node:fs/promises'

const PASSWORD = 'orbis-demo-2026'
export const ACCOUNTS = [
  'admin@westlake.edu.cn',
  'officer@westlake.edu.cn',
  'coordinator@westlake.edu.cn',
  'student@westlake.edu.cn',
  'viewer@westlake.edu.cn',
  'partner@ox.ac.uk',
]
// Routes whose answers change by themselves (time, keys) or are not JSON records.
const SKIP = [/\/openapi\.json$/, /\/health$/, /\/calendar\//, /\/qr\.svg$/, /\/audit/, /\/status\//,
  /\/ewp-/, /\/attachments\//, /\/documents\//, /\/auth\/me$/]
const IDS_PER_LIST = 5
const MAX_PAGES = 50

async function login(base, email) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!r.ok) return null
  return (await r.json()).token
}

async function get(base, path, token) {
  const r = await fetch(base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  const type = r.headers.get('content-type') || ''
  const body = type.includes('json') ? await r.json() : null
  return { status: r.status, body }
}

// Every item of a list, following `next`.
async function allPages(base, path, token) {
  const first = await get(base, path, token)
  if (first.status !== 200 || !first.body || !Array.isArray(first.body.items)) return first
  const items = [...first.body.items]
  let next = first.body.next
  for (let i = 0; next && i < MAX_PAGES; i++) {
    const sep = path.includes('?') ? '&' : '?'
    const page = await get(base, `${path}${sep}cursor=${encodeURIComponent(next)}`, token)
    if (page.status !== 200) break
    items.push(...page.body.items)
    next = page.body.next
  }
  return { status: 200, body: { items } }
}

export async function capture(base, accounts = ACCOUNTS) {
  const doc = (await get(base, '/api/v1/openapi.json')).body
  const out = {}
  for (const email of accounts) {
    const token = await login(base, email)
    if (!token) continue
    const lists = {}
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item.get || path.includes('{') || SKIP.some((re) => re.test(path))) continue
      const answer = await allPages(base, path, token)
      out[`${email} GET ${path}`] = answer
      if (answer.status === 200 && answer.body?.items) lists[path] = answer.body.items
    }
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item.get || SKIP.some((re) => re.test(path))) continue
      const m = path.match(/^(.*)\/\{id\}(\/[^{]*)?$/)
      if (!m || !lists[m[1]]) continue
      for (const row of lists[m[1]].slice(0, IDS_PER_LIST)) {
        if (row.id === undefined) continue
        const target = path.replace('{id}', encodeURIComponent(row.id))
        out[`${email} GET ${target}`] = await get(base, target, token)
      }
    }
  }
  return out
}

if (process.argv[1] && process.argv[1].endsWith('capture.mjs')) {
  const [base, file] = process.argv.slice(2)
  if (!base || !file) {
    console.error('usage: node capture.mjs BASE_URL OUT.json')
    process.exit(2)
  }
  await writeFile(file, JSON.stringify(await capture(base.replace(/\/+$/, '')), null, 1))
}
