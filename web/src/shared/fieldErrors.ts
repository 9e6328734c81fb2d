// Problem-details field errors: their paths as the page names fields, the messages at one
// field, and those no field shows.
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

/** The errors no field of the form shows (listed in the alert instead). */
export function unshownErrors(errors: readonly FieldError[], shown: readonly string[]): FieldError[] {
  return errors.filter((e) => {
    const p = fieldPath(e.field)
    return !shown.some((s) => p === s || p.startsWith(`${s}/`))
  })
}

export interface FieldErrors {
  all: ComputedRef<FieldError[]>
  /** The messages for `field` and the fields under it. */
  at: (field: string) => string[]
  /** The first message for `field`, or null: for an input's aria-invalid and its hint. */
  first: (field: string) => string | null
  /** The errors none of the `shown` fields displays. */
  unshown: (shown: readonly string[]) => FieldError[]
}

/** Field errors read from `source` (e.g. the last submission's problem details). */
export function useFieldErrors(source: () => readonly FieldError[]): FieldErrors {
  const all = computed(() => [...source()])
  return {
    all,
    at: (field) => messagesAt(all.value, field),
    first: (field) => messagesAt(all.value, field)[0] ?? null,
    unshown: (shown) => unshownErrors(all.value, shown),
  }
}
