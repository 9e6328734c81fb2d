// Problem-details field errors: their paths as the page names fields, the messages at one
// field, and those no field shows. The server words its field errors in English; a form
// gives what each of its fields needs in the reader's language (FieldMessages), and shows
// that at the field instead.
import { computed, type ComputedRef } from 'vue'
import { type FieldError } from '../api/client'

/** "/offers/0/title", "offers[0].title" and "offers.0.title" all become "offers/0/title". */
export function fieldPath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '/$1')
    .replace(/\./g, '/')
    .replace(/^\/+/, '')
}

/** The messages for a field and the fields under it. */
export function messagesAt(errors: readonly FieldError[], at: string): string[] {
  return errors
    .filter((e) => {
      const p = fieldPath(e.field)
      return p === at || p.startsWith(`${at}/`)
    })
    .map((e) => e.message)
}

/**
 * The messages for a group of fields that none of its inputs shows: those at `at` itself, and
 * those under it but not under any of `children` (e.g. "conditions/1" beside its "isced").
 */
export function groupMessagesAt(errors: readonly FieldError[], at: string, children: readonly string[]): string[] {
  return errors
    .filter((e) => {
      const p = fieldPath(e.field)
      if (p !== at && !p.startsWith(`${at}/`)) return false
      return !children.some((c) => p === `${at}/${c}` || p.startsWith(`${at}/${c}/`))
    })
    .map((e) => e.message)
}

/** The errors no field of the form shows (listed in the alert instead). */
export function unshownErrors(errors: readonly FieldError[], shown: readonly string[]): FieldError[] {
  return errors.filter((e) => {
    const p = fieldPath(e.field)
    return !shown.some((s) => p === s || p.startsWith(`${s}/`))
  })
}

// What the fields of a form need, in the reader's language, by the field's path: a segment
// `*` stands for any one segment ("offers/*/seats", "weights/*"). Each is a function, so that
// it follows the reader's language and the form's state ("a percentage" or "a number").
export type FieldMessages = Readonly<Record<string, () => string>>

/** `messages` for the fields under `prefix` ("eligibility" + "levels": "eligibility/levels"). */
export function messagesUnder(prefix: string, messages: FieldMessages): FieldMessages {
  return Object.fromEntries(Object.entries(messages).map(([field, message]) => [`${prefix}/${field}`, message]))
}

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/')
  const have = path.split('/')
  return want.length === have.length && want.every((segment, i) => segment === '*' || segment === have[i])
}

/**
 * The errors with each message said by `messages` for its field where it has one (the
 * server's own words otherwise); one error per field and message.
 */
export function inReaderLanguage(errors: readonly FieldError[], messages: FieldMessages): FieldError[] {
  const patterns = Object.keys(messages)
  const out: FieldError[] = []
  for (const e of errors) {
    const pattern = patterns.find((p) => matches(p, fieldPath(e.field)))
    const message = pattern ? messages[pattern]!() : e.message
    if (!out.some((o) => o.field === e.field && o.message === message)) out.push({ field: e.field, message })
  }
  return out
}

const distinct = (messages: string[]): string[] => [...new Set(messages)]

export interface FieldErrors {
  /** Every field error, in the reader's language where the form says what its field needs. */
  all: ComputedRef<FieldError[]>
  /** The messages for `field` and the fields under it. */
  at: (field: string) => string[]
  /** The first message for `field`, or null: for an input's aria-invalid and its hint. */
  first: (field: string) => string | null
  /** The messages for the group `field` that none of its `children` shows. */
  group: (field: string, children: readonly string[]) => string[]
  /** The errors none of the `shown` fields displays, in the server's words (for the alert). */
  unshown: (shown: readonly string[]) => FieldError[]
}

/**
 * Field errors read from `source` (e.g. the last submission's problem details), each shown
 * in the reader's language where `messages` says what its field needs.
 */
export function useFieldErrors(source: () => readonly FieldError[], messages: FieldMessages = {}): FieldErrors {
  const all = computed(() => inReaderLanguage(source(), messages))
  return {
    all,
    at: (field) => distinct(messagesAt(all.value, field)),
    first: (field) => messagesAt(all.value, field)[0] ?? null,
    group: (field, children) => distinct(groupMessagesAt(all.value, field, children)),
    unshown: (shown) => unshownErrors(source(), shown),
  }
}
