/**
 * iCalendar files for one event or for 我的日程. The writer is shared with the planner, the volunteer page
 * and the build's feed (src/shared/ics.ts), so UIDs and fields match and a second import updates entries.
 */
export { escapeText, eventsToIcs, eventUid, foldLine, type ScheduleIcsOptions } from '@/shared/ics'
