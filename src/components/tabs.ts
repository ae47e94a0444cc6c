/**
 * The five main tabs. Shared by the tab bar component and the static app shell that index.html paints
 * before any JavaScript runs (src/build/appShell.ts), so the two cannot drift apart.
 * Relative imports only: vite.config.ts loads this file through the app-shell plugin.
 */
import type { MessageKey } from '../i18n'

export interface Tab {
  to: string
  label: MessageKey
  /** A plainer label for 长辈模式 (日历 → 活动日历); CSS shows one of the two. */
  elderLabel?: MessageKey
  /** SVG path, 24×24 viewBox. */
  icon: string
  /** Detail routes that belong to this tab. */
  also?: string[]
}

export const TABS: Tab[] = [
  { to: '/', label: 'nav.home', icon: 'M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z' },
  {
    to: '/map',
    label: 'nav.map',
    icon: 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z',
    also: ['/venues/'],
  },
  {
    to: '/calendar',
    label: 'nav.calendar',
    elderLabel: 'elder.nav.calendar',
    icon: 'M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v11H5zm2 2v2h2v-2zm4 0v2h2v-2zm4 0v2h2v-2z',
    also: ['/events/'],
  },
  { to: '/targets', label: 'nav.targets', icon: 'M4 20V10h3v10zm6.5 0V4h3v16zM17 20v-7h3v7z', also: ['/plans/'] },
  { to: '/me', label: 'nav.me', icon: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z' },
]

/** A tab stays highlighted on the detail pages that belong to it (a venue page under 地图). */
export function isTabActive(tab: Pick<Tab, 'to' | 'also'>, path: string): boolean {
  if (tab.to === '/') return path === '/'
  return path.startsWith(tab.to) || (tab.also ?? []).some((prefix) => path.startsWith(prefix))
}
