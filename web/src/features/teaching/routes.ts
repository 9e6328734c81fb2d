import type { AreaRoutes } from '../../shared/routes'
import { TEACHING_READERS, TEACHING_WRITERS } from './rules'

// Joint teaching: the courses taught with partners (the list with its yearly summary, a new
// course, a course, its change) and the China-foreign joint programmes (the same four pages).
const JointCoursesView = () => import('./JointCoursesView.vue')
const JointCourseDetailView = () => import('./JointCourseDetailView.vue')
const JointCourseFormView = () => import('./JointCourseFormView.vue')
const JointProgrammesView = () => import('./JointProgrammesView.vue')
const JointProgrammeDetailView = () => import('./JointProgrammeDetailView.vue')
const JointProgrammeFormView = () => import('./JointProgrammeFormView.vue')

export const teachingRoutes: AreaRoutes = {
  shell: [
    {
      // ?q=, ?mode=, ?year= and ?partner= (an institution id) filter the list; an institution's
      // page links here with ?partner=.
      path: 'teaching/courses',
      name: 'joint-courses',
      component: JointCoursesView,
      meta: { title: 'teaching.courses.title', roles: TEACHING_READERS },
    },
    {
      path: 'teaching/courses/new',
      name: 'joint-course-new',
      component: JointCourseFormView,
      meta: { title: 'teaching.courses.form.newTitle', roles: TEACHING_WRITERS },
    },
    {
      path: 'teaching/courses/:id',
      name: 'joint-course',
      component: JointCourseDetailView,
      props: true,
      meta: { title: 'teaching.courses.title', roles: TEACHING_READERS },
    },
    {
      path: 'teaching/courses/:id/edit',
      name: 'joint-course-edit',
      component: JointCourseFormView,
      props: true,
      meta: { title: 'teaching.courses.form.editTitle', roles: TEACHING_WRITERS },
    },
    {
      // ?q= and ?level= filter the list; ?partner= (an institution id) keeps one partner's.
      path: 'teaching/programmes',
      name: 'joint-programmes',
      component: JointProgrammesView,
      meta: { title: 'teaching.programmes.title', roles: TEACHING_READERS },
    },
    {
      path: 'teaching/programmes/new',
      name: 'joint-programme-new',
      component: JointProgrammeFormView,
      meta: { title: 'teaching.programmes.form.newTitle', roles: TEACHING_WRITERS },
    },
    {
      path: 'teaching/programmes/:id',
      name: 'joint-programme',
      component: JointProgrammeDetailView,
      props: true,
      meta: { title: 'teaching.programmes.title', roles: TEACHING_READERS },
    },
    {
      path: 'teaching/programmes/:id/edit',
      name: 'joint-programme-edit',
      component: JointProgrammeFormView,
      props: true,
      meta: { title: 'teaching.programmes.form.editTitle', roles: TEACHING_WRITERS },
    },
  ],
}
