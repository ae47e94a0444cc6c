/**
 * The iCalendar roster reader, in its own lazy chunk with ical.js (roster.ts's parseRosterIcs loads it): only a
 * volunteer who imports an .ics needs it, and the volunteer page warms it for offline use (warmRosterParser).
 */
import ICAL from 'ical.js'

import type { t } from '@/i18n'
import type { withoutBidiControls } from '@/shared/bidi'
import type { MyShift, shiftSnapshot } from '@/shared/userData'
import type { LIMITS, parseInstant } from '@/shared/userRecords'

import type { RosterProblem, RosterResult, tooMany } from './roster'

/**
 * What the reader needs of the app, handed over by roster.ts rather than imported: importing the app's shared
 * modules here made the bundler regroup them, and the first route's chunk grew by 17 KB.
 */
export interface IcsLib {
  t: typeof t
  withoutBidiControls: typeof withoutBidiControls
  shiftSnapshot: typeof shiftSnapshot
  LIMITS: typeof LIMITS
  parseInstant: typeof parseInstant
  tooMany: typeof tooMany
}

/** Zones a Chinese roster may name without a VTIMEZONE, as fixed offsets in minutes (none has DST now). */
const KNOWN_ZONES: Record<string, number> = {
  'Asia/Shanghai': 480,
  'Asia/Chongqing': 480,
  'Asia/Harbin': 480,
  PRC: 480,
  'China Standard Time': 480,
  'Asia/Urumqi': 360,
  UTC: 0,
  'Etc/UTC': 0,
  GMT: 0,
}

/** An instant as a Beijing ISO date-time (`…+08:00`), the form every shift is stored in. */
const beijingIso = (ms: number) => `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`

/** Parse an iCalendar roster: one VEVENT a shift (SUMMARY = role, LOCATION = meeting point). */
export async function parseIcs(text: string, now: string, lib: IcsLib): Promise<RosterResult> {
  const { t, withoutBidiControls, shiftSnapshot, LIMITS, parseInstant, tooMany } = lib
  const count = text.match(/^BEGIN:VEVENT/gim)?.length ?? 0
  if (count > LIMITS.rosterRows) return { shifts: [], problems: [tooMany(count)] }
  let root: InstanceType<typeof ICAL.Component>
  let vevents: InstanceType<typeof ICAL.Component>[]
  try {
    root = new ICAL.Component(ICAL.parse(text))
    vevents = root.getAllSubcomponents('vevent')
  } catch (error) {
    const line = Number(/line (\d+)/i.exec(String(error))?.[1] ?? 1)
    return { shifts: [], problems: [{ line, field: t('volunteer.roster.fieldFormat'), message: t('volunteer.roster.badIcs') }] }
  }
  const zones = new Map(root.getAllSubcomponents('vtimezone').map((c) => [String(c.getFirstPropertyValue('tzid')), new ICAL.Timezone(c)]))
  let beijingAssumed = false
  type Time = InstanceType<typeof ICAL.Time>
  /**
   * UTC and zones the file defines are exact. A floating time, or a TZID the file does not define, is a
   * wall-clock time in a Chinese roster: Beijing time, never the phone's zone (said in the summary).
   */
  const toIso = (t: Time): string => {
    if (t.zone === ICAL.Timezone.utcTimezone) return beijingIso(t.toUnixTime() * 1000)
    // A zone ical.js resolved from the file's own VTIMEZONE.
    if (t.zone && t.zone !== ICAL.Timezone.localTimezone && t.zone.tzid !== 'floating') return beijingIso(t.toUnixTime() * 1000)
    const tzid = (t as unknown as { timezone?: string }).timezone
    const defined = tzid ? zones.get(tzid) : undefined
    if (defined) {
      const copy = t.clone()
      copy.zone = defined
      return beijingIso(copy.toUnixTime() * 1000)
    }
    const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
    const offset = tzid !== undefined && tzid in KNOWN_ZONES ? KNOWN_ZONES[tzid]! : ((beijingAssumed = true), 480)
    return beijingIso(wall - offset * 60_000)
  }
  const shifts: MyShift[] = []
  const problems: RosterProblem[] = []
  type IcalEvent = InstanceType<typeof ICAL.Event>
  // A changed occurrence of a repeating shift (RECURRENCE-ID) belongs to its series: related to it, not a shift of its own.
  type Entry = { event: IcalEvent; component: (typeof vevents)[number]; line: number }
  const events: Entry[] = []
  const masters = new Map<string, IcalEvent>()
  const exceptions: Entry[] = []
  vevents.forEach((component, i) => {
    try {
      const event = new ICAL.Event(component)
      if (event.isRecurrenceException()) exceptions.push({ event, component, line: i + 1 })
      else {
        events.push({ event, component, line: i + 1 })
        if (event.isRecurring() && event.uid) masters.set(event.uid, event)
      }
    } catch {
      events.push({ event: undefined as unknown as IcalEvent, component, line: i + 1 })
    }
  })
  for (const exception of exceptions) {
    const master = masters.get(exception.event.uid)
    try {
      if (!master) throw new Error('no series')
      master.relateException(exception.event)
    } catch {
      // A changed occurrence whose series is not in the file (or cannot take it) is a shift of its own.
      events.push(exception)
    }
  }

  const seenIds = new Set<string>()
  function add(event: IcalEvent, component: (typeof vevents)[number], where: string, line: number, start: string, end: string, id: string) {
    // Two entries with one UID (and no RECURRENCE-ID to tell them apart) would be saved as one shift.
    if (seenIds.has(id)) {
      problems.push({ line, entry: true, field: where, message: t('volunteer.roster.duplicate') })
      return
    }
    if (!parseInstant(start) || !parseInstant(end)) {
      problems.push({ line, entry: true, field: where, message: t('volunteer.roster.outOfRange', { time: start.slice(0, 16) }) })
      return
    }
    if (Date.parse(end) <= Date.parse(start)) {
      problems.push({
        line,
        entry: true,
        field: where,
        message: t('volunteer.roster.endBeforeStartAt', { end: end.slice(11, 16), start: start.slice(11, 16) }),
      })
      return
    }
    const text = (value: string | undefined) => withoutBidiControls(value ?? '').trim()
    const shift = {
      role: (text(event.summary) || '志愿服务').slice(0, 200),
      start,
      end,
      meetingPoint: (text(event.location) || '未填写').slice(0, 200),
    }
    seenIds.add(id)
    shifts.push({
      ...shift,
      id,
      origin: 'import',
      eventTitle: shift.role,
      team: '未填写',
      lead:
        withoutBidiControls(String(component.getFirstPropertyValue('organizer') ?? ''))
          .replace(/^mailto:/i, '')
          .slice(0, 200) || '未填写',
      bring: [],
      sample: false,
      addedAt: now,
      updatedAt: now,
      seen: shiftSnapshot(shift),
    })
  }

  for (const { event, component, line } of events) {
    const where = t('volunteer.roster.fieldEvent', { n: line })
    let start: string
    let end: string
    try {
      if (!event || !event.startDate || !event.endDate || event.startDate.isDate) {
        problems.push({ line, entry: true, field: where, message: t('volunteer.roster.noTimes') })
        continue
      }
      start = toIso(event.startDate)
      end = toIso(event.endDate)
    } catch {
      // ical.js reads values lazily and throws in English ("Could not extract integer"): say it in the reader's words.
      problems.push({ line, entry: true, field: where, message: t('volunteer.roster.unreadable') })
      continue
    }
    const baseId = `import:${(event.uid || `${(event.summary || '志愿服务').slice(0, 200)}|${start}`).slice(0, 200)}`
    if (!event.isRecurring()) {
      // A changed occurrence whose series is not in the file: its place in the series (RECURRENCE-ID) as a
      // series' occurrences have it below, so two of them are two shifts.
      let recurrence = ''
      try {
        if (event.isRecurrenceException()) recurrence = `|${toIso(event.recurrenceId).slice(0, 16)}`
      } catch {
        problems.push({ line, entry: true, field: where, message: t('volunteer.roster.unreadable') })
        continue
      }
      add(event, component, where, line, start, end, `${baseId}${recurrence}`)
      continue
    }
    // A weekly shift exported from a phone calendar: each occurrence of the coming year is a shift (EXDATE
    // and changed occurrences applied by ical.js). A rule that goes on longer stops there and says so.
    const until = Math.max(Date.parse(start), Date.parse(now)) + 366 * 86_400_000
    let more = false
    try {
      const iterator = event.iterator()
      for (let next = iterator.next(); next; next = iterator.next()) {
        const occurrence = event.getOccurrenceDetails(next)
        const occurrenceStart = toIso(occurrence.startDate)
        if (Date.parse(occurrenceStart) > until || shifts.length >= LIMITS.rosterRows) {
          more = true
          break
        }
        const before = problems.length
        // The id is the occurrence's place in its series (its RECURRENCE-ID): a moved occurrence keeps it.
        add(occurrence.item, component, where, line, occurrenceStart, toIso(occurrence.endDate), `${baseId}|${toIso(next).slice(0, 16)}`)
        // A bad occurrence means the rule's times are wrong: said once, not for every repeat.
        if (problems.length > before) break
      }
    } catch {
      problems.push({ line, entry: true, field: where, message: t('volunteer.roster.unreadable') })
      continue
    }
    if (more)
      problems.push({ line, entry: true, field: where, message: t('volunteer.roster.tooManyRepeats', { limit: LIMITS.rosterRows }) })
  }
  if (!shifts.length && !problems.length)
    problems.push({ line: 1, field: t('volunteer.roster.fieldContent'), message: t('volunteer.roster.noShifts') })
  return { shifts, problems, beijingAssumed }
}
