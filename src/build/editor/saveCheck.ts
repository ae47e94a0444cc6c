/**
 * Browser entry of /admin/save-check.js (bundled by ./plugin.ts, loaded after decap-cms.js): before Decap
 * saves an entry, run content:check's own checks on it (./entryCheck.ts). A problem stops the save; Decap
 * then shows its 保存内容失败 toast for eight seconds, and a list of what to correct stays on the page.
 */
import { beijingDay } from '../../shared/time'
import type { Collection } from '../load'
import { type EntryProblem, entryProblems } from './entryCheck'

/** The little of Decap's entry (an Immutable.js map) this needs. */
interface DecapEntry {
  get(key: 'collection'): string
  get(key: 'data'): { toJS(): Record<string, unknown> }
  /** The file name of a saved entry; empty for a new one (its name then comes from its 编号). */
  get(key: 'slug'): string | undefined
}

interface DecapGlobal {
  registerEventListener(listener: { name: 'preSave' | 'postSave'; handler: (event: { entry: DecapEntry }) => unknown }): void
}

const PANEL_ID = 'kpxj-save-problems'

/**
 * The list is of the last save: once the form is touched it may be out of date, and says so. Typing fires
 * `input`; Decap's selects, relations and toggles and a list's 添加/删除 fire only `change` or `click`.
 */
const EDITS = ['input', 'change', 'click'] as const

function markStale(event: Event) {
  const panel = document.getElementById(PANEL_ID)
  if (!panel || panel.contains(event.target as Node) || panel.dataset.stale !== undefined) return
  panel.dataset.stale = ''
  const heading = panel.querySelector('h2')
  // 保存 in the editorial workflow the site uses, 发布 on one PC: Decap's own toast says 保存内容失败 in both.
  if (heading) heading.textContent = `上次保存时有 ${panel.querySelectorAll('li').length} 处要改正；改好后再保存，会重新检查`
}

function clear() {
  document.getElementById(PANEL_ID)?.remove()
  for (const type of EDITS) document.removeEventListener(type, markStale, true)
}

const LIST_ITEM = / 第(\d+)条$/
/** A label's words as the problem list writes them: without Decap's " (可选)". */
const labelText = (label: HTMLLabelElement) => label.textContent?.replace(/\s*\(可选\)\s*$/, '').trim()

/**
 * The form control a problem names, found by its labels as Decap writes them: `结束`, or for a field of a
 * list's item (`来源 第1条 › 发布日期`) that item's field inside the list (each item shows every field);
 * else the list itself.
 */
export function fieldControl(problemLabel: string): HTMLElement | null {
  const [top = '', ...rest] = problemLabel.split(' › ')
  const labels = [...document.querySelectorAll('label')]
  const topLabel = labels.find((l) => labelText(l) === top.replace(LIST_ITEM, ''))
  if (!topLabel) return null
  let found: HTMLLabelElement = topLabel
  const item = Number(LIST_ITEM.exec(top)?.[1] ?? 1)
  const inner = rest.at(-1)?.replace(LIST_ITEM, '')
  const container = topLabel.closest("[class*='-ControlContainer']") ?? topLabel.parentElement
  if (inner && container) {
    const matches = [...container.querySelectorAll('label')].filter((l) => l !== topLabel && labelText(l) === inner)
    found = matches[item - 1] ?? matches[0] ?? topLabel
  }
  return (found.htmlFor ? document.getElementById(found.htmlFor) : null) ?? found
}

function goTo(control: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'kpxj-goto'
  button.addEventListener('click', () => {
    control.scrollIntoView({ block: 'center' })
    control.focus({ preventScroll: true })
  })
  return button
}

export function showProblems(problems: EntryProblem[]) {
  clear()
  const panel = document.createElement('section')
  panel.id = PANEL_ID
  panel.className = 'kpxj-problems'
  panel.setAttribute('role', 'alert')
  const heading = document.createElement('h2')
  heading.textContent = `还没有保存：请先改正下面 ${problems.length} 处`
  const list = document.createElement('ul')
  for (const p of problems) {
    const item = document.createElement('li')
    const control = fieldControl(p.label)
    // The field's name takes the organiser to it: an event's form is some twenty fields long.
    const label = control ? goTo(control) : document.createElement('strong')
    label.textContent = p.label
    item.append(label, `：${p.message}`)
    list.append(item)
  }
  const close = document.createElement('button')
  close.type = 'button'
  close.textContent = '关闭'
  close.addEventListener('click', clear)
  panel.append(heading, list, close)
  document.body.append(panel)
  for (const type of EDITS) document.addEventListener(type, markStale, true)
}

const cms = (window as unknown as { CMS?: DecapGlobal }).CMS
cms?.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const problems = entryProblems(
      entry.get('collection') as Collection,
      entry.get('data').toJS(),
      beijingDay(Date.now()),
      entry.get('slug'),
    )
    if (!problems.length) return clear()
    showProblems(problems)
    // Decap's toast prints the error as text: no "Error:" in front of the Chinese.
    const error = new Error(`有 ${problems.length} 处需要改正，见页面下方的说明`)
    error.name = ''
    throw error
  },
})
cms?.registerEventListener({ name: 'postSave', handler: clear })
// Leaving the entry (Decap routes by the address's #) leaves its problems behind.
window.addEventListener('hashchange', clear)
