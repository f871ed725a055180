import { z } from 'zod';

/** `dated_by`: records counted on the day their strikes happened (`strike`, the default) or their release's day (`reported`). */
export const datedBySchema = z.enum(['strike', 'reported']).default('strike');
