// Form submission: a busy flag (a second click while saving does nothing), the failure as
// problem details with its field errors (in the reader's language where the form says what
// a field needs), and the ETag of the version a form edits, sent as If-Match so that a
// change made meanwhile by someone else is refused (409) rather than overwritten.
import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue'
import { ApiError } from '../api/client'
import { useFieldErrors, type FieldErrors, type FieldMessages } from './fieldErrors'

/** What a failed submission means for the person filling in the form. */
export type SubmitOutcome = 'invalid' | 'conflict' | 'forbidden' | 'error'

/**
 * 403: not allowed; 409 or 412 without field errors: changed meanwhile by someone else;
 * 400, 409, 422: the input is refused (its field errors say where); anything else, or no
 * answer: failed.
 */
export function outcomeOf(err: ApiError): SubmitOutcome {
  if (err.status === 403) return 'forbidden'
  if ((err.status === 409 || err.status === 412) && err.fieldErrors.length === 0) return 'conflict'
  if (err.status === 400 || err.status === 409 || err.status === 422) return 'invalid'
  return 'error'
}

export interface SubmitOptions {
  /** Called after a failure has been recorded, e.g. to move the focus to the alert. */
  onFailure?: () => void | Promise<void>
  /** What the form's fields need, said at a field the server refuses instead of its English words. */
  messages?: FieldMessages
}

export interface Submit {
  busy: Ref<boolean>
  /** The failure of the last submission (ApiError: problem details; status 0: no answer). */
  error: Ref<ApiError | null>
  /** Field errors of the last failure, in the reader's language where `messages` has them. */
  fields: FieldErrors
  /** What the last failure means (null: none). */
  outcome: ComputedRef<SubmitOutcome | null>
  /** The server's explanation of the last failure. */
  detail: ComputedRef<string | null>
  /** After a failure, the server's explanation, else `fallback`; null when the last submission did not fail. */
  failureText: (fallback: string) => string | null
  /** Runs `action` unless one is running; resolves with its result, or undefined when it failed or did not run. */
  run: <R>(action: () => Promise<R>) => Promise<R | undefined>
  /** The ETag of the version the form edits (from the read, then from each save). */
  etag: Ref<string | null>
  /** The If-Match value for a write: the ETag read, else the `version` read, quoted. */
  ifMatch: (version: number | undefined) => string
  reset: () => void
}

export function useSubmit(options: SubmitOptions = {}): Submit {
  const busy = ref(false)
  const error = shallowRef<ApiError | null>(null)
  const fields = useFieldErrors(() => error.value?.fieldErrors ?? [], options.messages)

  async function run<R>(action: () => Promise<R>): Promise<R | undefined> {
    if (busy.value) return undefined
    busy.value = true
    error.value = null
    try {
      return await action()
    } catch (err) {
      error.value = err instanceof ApiError ? err : new ApiError(0, null, null, String(err))
      await options.onFailure?.()
      return undefined
    } finally {
      busy.value = false
    }
  }

  const etag = ref<string | null>(null)
  return {
    busy,
    error,
    fields,
    outcome: computed(() => (error.value ? outcomeOf(error.value) : null)),
    detail: computed(() => error.value?.detail ?? null),
    failureText: (fallback) => (error.value ? (error.value.detail ?? fallback) : null),
    run,
    etag,
    ifMatch: (version) => etag.value ?? `"${version ?? 0}"`,
    reset: () => (error.value = null),
  }
}

