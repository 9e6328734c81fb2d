import type { AreaRoutes } from '../../shared/routes'
import { PROJECT_READERS, PROJECT_WRITERS, PUBLICATION_READERS } from './rules'

// Research: the co-publications, and the joint research projects (the list with its import,
// a new project, a project, its change).
const CoPublicationsView = () => import('./CoPublicationsView.vue')
const ResearchProjectsView = () => import('./ResearchProjectsView.vue')
const ResearchProjectDetailView = () => import('./ResearchProjectDetailView.vue')
const ResearchProjectFormView = () => import('./ResearchProjectFormView.vue')

export const researchRoutes: AreaRoutes = {
  shell: [
    {
      // ?from= and ?to= say which calendar years of publication to count.
      path: 'research/co-publications',
      name: 'co-publications',
      component: CoPublicationsView,
      meta: { title: 'research.title', roles: PUBLICATION_READERS },
    },
    {
      // ?q= and ?status= filter the list; ?partner=, ?agreement= and ?visit= (ids) keep the
      // projects linked to one record (its page's research card links here with it).
      path: 'research/projects',
      name: 'research-projects',
      component: ResearchProjectsView,
      meta: { title: 'research.projects.title', roles: PROJECT_READERS },
    },
    {
      path: 'research/projects/new',
      name: 'research-project-new',
      component: ResearchProjectFormView,
      meta: { title: 'research.projects.form.newTitle', roles: PROJECT_WRITERS },
    },
    {
      path: 'research/projects/:id',
      name: 'research-project',
      component: ResearchProjectDetailView,
      props: true,
      meta: { title: 'research.projects.title', roles: PROJECT_READERS },
    },
    {
      path: 'research/projects/:id/edit',
      name: 'research-project-edit',
      component: ResearchProjectFormView,
      props: true,
      meta: { title: 'research.projects.form.editTitle', roles: PROJECT_WRITERS },
    },
  ],
}
