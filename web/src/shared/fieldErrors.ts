// Problem-details field errors: their paths as the page names fields, and the messages
// at one field.
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
