/**
 * Marks the current tab of the static shell (inlined after it), with the tab bar component's own rule
 * (isTabActive), reading each tab's path and detail prefixes from the shell's markup.
 */
import { isTabActive } from '../components/tabs'

export default function markActiveTab(): void {
  const path = location.pathname
  document.querySelectorAll('#app .tab').forEach((link) => {
    const to = link.getAttribute('href') ?? ''
    const also = (link.getAttribute('data-also') ?? '').split(' ').filter(Boolean)
    if (isTabActive({ to, also }, path)) link.classList.add('active')
  })
}
