/**
 * `v-focus`: focuses an element as it appears, e.g. the answer of an inline "are you sure?" (deleting a visit
 * plan, removing a shift), so a keyboard or screen-reader user lands on what just opened.
 */
import type { Directive } from 'vue'

export const vFocus: Directive<HTMLElement> = { mounted: (el) => el.focus() }
