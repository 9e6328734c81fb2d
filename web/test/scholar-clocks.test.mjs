// The scholar pages' own arithmetic (src/features/scholars/scholarClocks.ts): overdue clocks
// counted, a clock's name in the reader's language, and times in China's time (UTC+8) as the
// events are recorded — whatever the time zone the browser runs in.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const here = path.dirname(fileURLToPath(import.meta.url))
const source = path.join(here, '..', 'src', 'features', 'scholars', 'scholarClocks.ts')

/** The module compiled to a temporary file (it imports nothing but types). */
async function load() {
  const dir = await mkdtemp(path.join(tmpdir(), 'orbis-scholars-'))
  try {
    const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    })
    const file = path.join(dir, 'scholarClocks.mjs')
    await writeFile(file, outputText)
    return await import(pathToFileURL(file).href)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const clocks = await load()

test('overdue clocks are counted; none for no clocks', () => {
  const list = [{ state: 'overdue' }, { state: 'done' }, { state: 'overdue' }, { state: 'late' }, { state: 'open' }]
  assert.equal(clocks.overdueClocks(list), 2)
  assert.equal(clocks.overdueClocks([]), 0)
  assert.equal(clocks.overdueClocks(undefined), 0)
})

test('a clock is named in Chinese for Chinese readers where the rule has a Chinese name', () => {
  const clock = { name: 'Register the accommodation with the police', name_zh: '向公安机关办理住宿登记' }
  assert.equal(clocks.clockName(clock, 'zh'), '向公安机关办理住宿登记')
  assert.equal(clocks.clockName(clock, 'en'), 'Register the accommodation with the police')
  assert.equal(clocks.clockName({ ...clock, name_zh: '' }, 'zh'), 'Register the accommodation with the police')
})

test('an instant reads in China’s time with its offset, across midnight UTC', () => {
  const at = new Date('2026-12-07T17:30:05Z')
  assert.equal(clocks.chinaTime(at), '2026-12-08T01:30:05+08:00')
  assert.equal(clocks.chinaWallTime(at), '2026-12-08T01:30')
  assert.equal(new Date(clocks.chinaTime(at)).getTime(), at.getTime(), 'the same instant')
})

test('a wall time typed in China’s time is sent with its offset; a date as it is; anything else refused', () => {
  assert.equal(clocks.fromChinaWallTime('2026-12-07T14:30'), '2026-12-07T14:30:00+08:00')
  assert.equal(clocks.fromChinaWallTime('2026-12-07T14:30:15'), '2026-12-07T14:30:15+08:00')
  assert.equal(clocks.fromChinaWallTime(' 2026-12-07 '), '2026-12-07')
  for (const bad of ['', '7 Dec 2026', '2026-12-07T14', '2026-12-07T14:30:00Z']) assert.equal(clocks.fromChinaWallTime(bad), null, bad)
})

test('a decline or withdrawal needs a reason, an extension its end; the stay runs to the extension', () => {
  assert.deepEqual(['declined', 'withdrawn', 'approved', 'extended'].map(clocks.needsReason), [true, true, false, false])
  assert.deepEqual(['extended', 'active'].map(clocks.needsEnd), [true, false])
  assert.equal(clocks.stayEnd({ planned_end: '2027-06-30', extended_to: '' }), '2027-06-30')
  assert.equal(clocks.stayEnd({ planned_end: '2027-06-30', extended_to: '2027-12-31' }), '2027-12-31')
})

test('entries, moves and changes call for a registration or a filing; an exit does not', () => {
  assert.deepEqual(['entry', 'move', 'change', 'exit'].map(clocks.eventCallsForDoing), [true, true, true, false])
})
