/** rrule ships CommonJS to Node; this default-import wrapper works under tsx, Vite and Vitest alike. */
import rrule from 'rrule'

export const rrulestr: typeof import('rrule').rrulestr = rrule.rrulestr
