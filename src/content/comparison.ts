/** Read access to the validated comparison data; imported only by the compare route, so it loads with it. */
import comparison from 'virtual:content/comparison';
import type { ComparisonData } from './comparison-schema';

export const comparisonData: ComparisonData = comparison;
