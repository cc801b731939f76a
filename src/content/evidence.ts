/** Read access to the evidence at a glance; imported only by the evidence page. */
import studiesData from 'virtual:content/evidence';
import type { Study } from './evidence-schema';

export const allStudies: readonly Study[] = studiesData;
