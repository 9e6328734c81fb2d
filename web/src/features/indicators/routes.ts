import type { AreaRoutes } from '../../shared/routes'
import { INDICATOR_READERS } from './rules'

// The indicators pages are a chunk of their own (and the trend charts one more, with ECharts).
const IndicatorsView = () => import('./IndicatorsView.vue')
const IndicatorRecordsView = () => import('./IndicatorRecordsView.vue')
const IndicatorReportView = () => import('./IndicatorReportView.vue')

export const indicatorRoutes: AreaRoutes = {
  outside: [
    // The printable report stands outside the shell: nothing but the report prints.
    {
      path: '/indicators/report',
      name: 'indicator-report',
      component: IndicatorReportView,
      meta: { title: 'indicators.report.pageTitle', roles: INDICATOR_READERS },
    },
  ],
  shell: [
    {
      path: 'indicators',
      name: 'indicators',
      component: IndicatorsView,
      meta: { title: 'indicators.title', roles: INDICATOR_READERS },
    },
    {
      // ?year= (and ?org_unit=) say which year's numerator to list.
      path: 'indicators/:id/records',
      name: 'indicator-records',
      component: IndicatorRecordsView,
      props: true,
      meta: { title: 'indicators.records.title', roles: INDICATOR_READERS },
    },
  ],
}
