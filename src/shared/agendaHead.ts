/**
 * The agenda's first screen for each day, ready to draw: `/data/app/agenda/YYYY-MM.json`. On a phone's plain
 * visit to /calendar, index.html draws it where the agenda will be while the app is still starting
 * (src/boot/agendaPreview.ts). With 100 000 events the month shard is a megabyte: parsing it on a slow phone
 * took longer than the whole budget for the first events, and the app's start-up came first anyway. This file
 * holds only what that first screen shows, in Chinese, written by the build with the app's own rules
 * (src/build/agendaHead.ts): each day's week as the agenda lists it (agendaRows), its first day with events.
 */
import type { EventStatus } from './types'

/** How many of the first day's events are drawn: more than a 900 px tall phone shows. */
export const AGENDA_HEAD_EVENTS = 6

/** An event as its card shows it: id, title, date line, time ('' for none), status and its word, region, kind. */
export type AgendaHeadEvent = [
  id: string,
  title: string,
  when: string,
  time: string,
  status: EventStatus,
  statusLabel: string,
  region: string,
  kind: string,
]

/**
 * A day's first screen: the heading of the week's first day with events, whether that is today, its count, its
 * events (indexes into the file's events) and, when every one of them is drawn, the events carried over into it
 * (begun before the week: the page's 持续中 row), each with its `（持续到 3月31日）`.
 */
export type AgendaHeadDay = [heading: string, today: 0 | 1, count: string, events: number[], carried: [event: number, until: string][]]

export interface AgendaHeadFile {
  month: string
  v: 1
  /** The build that wrote it (the catalog's builtAt): index.html draws only its own build's file. */
  built: string
  /** Every event some day of the month shows, once. */
  events: AgendaHeadEvent[]
  /** By Beijing day (the reader's today): absent when that week has no events. */
  days: Record<string, AgendaHeadDay>
}

/** The id of the first day index.html draws over /calendar (src/boot/agendaPreview.ts). */
export const AGENDA_PREVIEW_ID = 'boot-agenda'

/** Takes that first day away: the page's own week is there or failed, or the reader has moved on. */
export function removeAgendaPreview(): void {
  document.getElementById(AGENDA_PREVIEW_ID)?.remove()
}

/**
 * Where the agenda's first day starts on a phone's plain visit (the page's header, search, view tabs and week
 * controls above it), in CSS px from the page's top, with the browser's default font size it assumes; offline
 * the app's 当前离线 bar lies above the page (as PHONE_MAP_BOX). calendar.spec checks the page's own list is here.
 */
export const PHONE_AGENDA_BOX = { top: 381.4375, offlineBar: 41.46875, fontSize: 16 }
