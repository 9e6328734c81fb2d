import type { AreaRoutes } from '../../shared/routes'
import { INDICATOR_READERS } from './rules'

// The indicators pages are a chunk of their own (and the trend charts one more, with ECharts).
const IndicatorsView = () => import('./IndicatorsView.vue')
const IndicatorRecordsView = () => import('./IndicatorRecordsView.vue')

export const indicatorRoutes: AreaRoutes = {
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
