// An ECharts canvas's life in a component: made on mount in the template's element with
// ref="host", drawn by `render` then and whenever `sources` change, resized with its box,
// disposed on unmount.
// The component registers the ECharts parts it draws with (echarts.use) and builds its own
// options; `render` is only called while the chart exists. The hooks cover what some charts
// need besides: `beforeInit` is awaited before the chart is made (a map to fetch and register;
// false: no chart), `onInit` runs before the first render (event handlers), `onResize` after
// each resize (options that follow the width).
import { onBeforeUnmount, onMounted, shallowRef, useTemplateRef, watch, type ShallowRef, type WatchSource } from 'vue'
import * as echarts from 'echarts/core'
import type { ECharts } from 'echarts/core'

export interface EChartOptions {
  /** As watch's deep: a change inside what a source gives draws again too. */
  deep?: boolean
  beforeInit?: () => Promise<boolean>
  onInit?: (chart: ECharts) => void
  onResize?: (chart: ECharts) => void
}

export function useEChart(
  render: (chart: ECharts) => void,
  sources: WatchSource | WatchSource[],
  options: EChartOptions = {},
): { chart: ShallowRef<ECharts | null> } {
  const host = useTemplateRef<HTMLElement>('host')
  const chart = shallowRef<ECharts | null>(null)
  let resizeObserver: ResizeObserver | null = null

  onMounted(async () => {
    if (options.beforeInit && !(await options.beforeInit())) return
    // Also null when the component went away while beforeInit was awaited.
    if (!host.value) return
    const made = echarts.init(host.value, undefined, { renderer: 'canvas' })
    chart.value = made
    options.onInit?.(made)
    render(made)
    resizeObserver = new ResizeObserver(() => {
      if (!chart.value) return
      chart.value.resize()
      options.onResize?.(chart.value)
    })
    resizeObserver.observe(host.value)
  })

  watch(
    sources,
    () => {
      if (chart.value) render(chart.value)
    },
    { deep: options.deep },
  )

  onBeforeUnmount(() => {
    resizeObserver?.disconnect()
    chart.value?.dispose()
    chart.value = null
  })

  return { chart }
}
