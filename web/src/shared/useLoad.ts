// Load state: what a page shows while it reads from the API, when the read failed (with
// the server's problem details), and when the record is not there. One read at a time: a
// new read aborts the one in flight, and leaving the page aborts it too.
import { getCurrentInstance, onBeforeUnmount, ref, shallowRef, type Ref } from 'vue'
import { ApiError, isAbort } from '../api/client'

export type LoadState = 'loading' | 'ready' | 'not-found' | 'forbidden' | 'error'

/** The state a failed read's HTTP status shows as; any other failure is 'error'. */
export type FailureStates = Partial<Record<number, 'not-found' | 'forbidden'>>

/** 404 and 403 alike: a page does not say whether a record it may not read exists. */
export const MISSING_OR_HIDDEN: FailureStates = { 404: 'not-found', 403: 'not-found' }

export interface LoadOptions {
  /** The state before the first read ('ready' for a page that may have nothing to read, e.g. a form creating a record). */
  initial?: LoadState
  failures?: FailureStates
  /** While this says the page shows a record, reading again keeps it shown (no 'loading') until the answer arrives. */
  keepShown?: () => boolean
}

export interface Load {
  state: Ref<LoadState>
  /** The failure of the last read: an ApiError carries the problem details (status 0: no answer). */
  error: Ref<ApiError | null>
  /** Reads (again); resolves when the read is done, failed or was overtaken. */
  load: () => Promise<void>
  abort: () => void
}

/** `read` does the reading and keeps what it read; it must pass `signal` to every request. */
export function useLoad(read: (signal: AbortSignal) => Promise<void>, options: LoadOptions = {}): Load {
  const state = ref<LoadState>(options.initial ?? 'loading')
  const error = shallowRef<ApiError | null>(null)
  let controller: AbortController | null = null

  async function load(): Promise<void> {
    controller?.abort()
    const own = (controller = new AbortController())
    if (!options.keepShown?.()) state.value = 'loading'
    try {
      await read(own.signal)
      if (own !== controller) return
      error.value = null
      state.value = 'ready'
    } catch (err) {
      if (isAbort(err) || own !== controller) return
      const failure = err instanceof ApiError ? err : new ApiError(0, null, null, String(err))
      error.value = failure
      state.value = options.failures?.[failure.status] ?? 'error'
    }
  }

  function abort(): void {
    controller?.abort()
  }

  if (getCurrentInstance()) onBeforeUnmount(abort)
  return { state, error, load, abort }
}
