/** Read access to the webinar follow-up data; imported only by the webinar page. */
import webinarData from 'virtual:content/webinar';
import type { Webinar } from './guide-schema';

export const webinar: Webinar = webinarData;
