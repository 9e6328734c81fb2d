// A paged list: the first page for the current filters, "load more" with the server's
// cursor, and the filters kept in the URL's query (so that back, forward and a shared link
// show the same list). A new first page aborts whatever is still being read.
import { computed, getCurrentInstance, onBeforeUnmount, ref, shallowRef, watch, type ComputedRef, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { ApiError, isAbort } from '../api/client'
import type { LoadState } from './useLoad'

export interface Page<T> {
  items: T[]
  next: string | null
}

export interface PagedList<T> {
  state: Ref<LoadState>
  error: Ref<ApiError | null>
  items: Ref<T[]>
  /** The cursor of the next page; null on the last. */
  next: Ref<string | null>
  loadingMore: Ref<boolean>
  loadMoreFailed: Ref<boolean>
  /** Reads the first page again. */
  reload: () => Promise<void>
  /** Appends the next page; resolves with the index of its first item, or null when nothing came. */
  loadMore: () => Promise<number | null>
}

/**
 * `fetchPage(cursor, signal)` reads one page (cursor null: the first) for the current
 * filters. With `watchSource`, the first page is read now and again whenever it changes.
 */
export function usePagedList<T, S>(
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
  watchSource?: () => S,
): PagedList<T> {
  const state = ref<LoadState>('loading')
  const error = shallowRef<ApiError | null>(null)
  const items = ref<T[]>([]) as Ref<T[]>
  const next = ref<string | null>(null)
  const loadingMore = ref(false)
  const loadMoreFailed = ref(false)
  let inFlight: AbortController | null = null

  function start(): AbortController {
    inFlight?.abort()
    return (inFlight = new AbortController())
  }

  async function reload(): Promise<void> {
    const own = start()
    state.value = 'loading'
    loadingMore.value = false
    loadMoreFailed.value = false
    try {
      const page = await fetchPage(null, own.signal)
      items.value = page.items
      next.value = page.next
      error.value = null
      state.value = 'ready'
    } catch (err) {
      if (isAbort(err) || own !== inFlight) return
      error.value = err instanceof ApiError ? err : new ApiError(0, null, null, String(err))
      state.value = 'error'
    }
  }

  async function loadMore(): Promise<number | null> {
    if (!next.value || loadingMore.value) return null
    const own = start()
    const firstNew = items.value.length
    loadingMore.value = true
    loadMoreFailed.value = false
    try {
      const page = await fetchPage(next.value, own.signal)
      items.value = items.value.concat(page.items)
      next.value = page.next
      return page.items.length ? firstNew : null
    } catch (err) {
      if (!isAbort(err)) loadMoreFailed.value = true
      return null
    } finally {
      if (inFlight === own) loadingMore.value = false
    }
  }

  // Compared as text: a new first page only when a filter really changed.
  if (watchSource) watch(() => JSON.stringify(watchSource()), () => void reload(), { immediate: true })
  if (getCurrentInstance()) onBeforeUnmount(() => inFlight?.abort())
  return { state, error, items, next, loadingMore, loadMoreFailed, reload, loadMore }
}

/** The first value of a query parameter, or ''. */
export function single(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

export interface UrlFilters<K extends string> {
  /** The filters as the URL has them now. */
  filters: ComputedRef<Record<K, string>>
  /** Puts filters in the URL (replacing the entry); empty ones are left out. */
  setFilters: (next: Partial<Record<K, string>>) => void
  clear: () => void
}

/** Filters kept in the URL's query under their own names. */
export function useUrlFilters<K extends string>(keys: readonly K[]): UrlFilters<K> {
  const route = useRoute()
  const router = useRouter()
  const filters = computed(() => {
    const out = {} as Record<K, string>
    for (const k of keys) out[k] = single(route.query[k])
    return out
  })
  function setFilters(next: Partial<Record<K, string>>): void {
    const merged = { ...filters.value, ...next }
    const query: Record<string, string> = {}
    for (const k of keys) {
      const v = (merged[k] ?? '').trim()
      if (v) query[k] = v
    }
    void router.replace({ query })
  }
  function clear(): void {
    void router.replace({ query: {} })
  }
  return { filters, setFilters, clear }
}
