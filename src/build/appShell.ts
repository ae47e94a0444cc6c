/**
 * The static app shell: the tab bar and a "正在加载…" line, written into index.html at build time so the
 * phone paints something useful before the JavaScript has downloaded and run (at 4× CPU slowdown that is
 * half a second). Vue's mount replaces it with the same markup (TheTabBar.vue, App.vue), styled by the
 * same global rules in src/styles/shell.css.
 *
 * Also writes the early data hints: on /calendar, the month shards the agenda will ask for start
 * downloading with the HTML instead of after the page's chunks.
 */
import type { Plugin } from 'vite'
import { TABS } from '../components/tabs'
import { zhCN } from '../i18n/zh-CN'
import { APP_DATA_BASE } from '../shared/constants'

const MARKER = '<!--app-shell-->'

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function message(key: string): string {
  let node: unknown = zhCN
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  if (typeof node !== 'string') throw new Error(`app shell: no message "${key}"`)
  return escapeHtml(node)
}

/**
 * Marks the current tab, with the same rule as isTabActive() in src/components/tabs.ts (kept in step by
 * tests/unit/build/appShell.test.ts, which runs this script against every tab).
 */
export const ACTIVE_TAB_SCRIPT = `(function(){var p=location.pathname;document.querySelectorAll('#app .tab').forEach(function(a){var h=a.getAttribute('href'),x=(a.getAttribute('data-also')||'').split(' ');if(h==='/'?p==='/':p.indexOf(h)===0||x.some(function(s){return s&&p.indexOf(s)===0}))a.classList.add('active')})})()`

/**
 * Asks for the month shards of the agenda's first week (today or ?date=, Beijing time, seven days) while
 * the JavaScript loads. Month view and other routes fetch what they need themselves. Must build the same
 * URLs as fetchMonthShard() so the browser reuses the preloaded responses.
 */
export const SHARD_HINT_SCRIPT = `(function(){try{if(location.pathname!=='/calendar')return;var q=new URLSearchParams(location.search),v=q.get('view'),d=q.get('date');if(v==='month'||v==='mine'||(!v&&matchMedia('(min-width: 60rem)').matches))return;var t=/^\\d{4}-\\d{2}-\\d{2}$/.test(d||'')?Date.parse(d+'T00:00:00Z'):Date.now()+288e5;[0,6].map(function(n){return new Date(t+n*864e5).toISOString().slice(0,7)}).filter(function(m,i,a){return a.indexOf(m)===i}).forEach(function(m){var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='${APP_DATA_BASE}/events/'+m+'.json';document.head.appendChild(l)})}catch(e){}})()`

export function renderAppShell(): string {
  const tabs = TABS.map(
    (tab) =>
      `<li><a href="${tab.to}" class="tab"${tab.also ? ` data-also="${tab.also.join(' ')}"` : ''}>` +
      `<svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="${tab.icon}"></path></svg>` +
      `<span>${message(tab.label)}</span></a></li>`,
  ).join('')
  return (
    `<div class="shell">` +
    `<nav class="tabbar shell-nav" aria-label="${message('nav.label')}">` +
    `<p class="tabbar-brand" aria-hidden="true">${message('app.name')}</p>` +
    `<ul class="list-reset tabbar-list">${tabs}</ul></nav>` +
    `<div class="shell-body"><main id="main" tabindex="-1"><div class="page">` +
    `<p class="muted loading" role="status"><span class="spinner" aria-hidden="true"></span>${message('app.loading')}</p>` +
    // Without JavaScript the loading line would spin forever; say what is wrong instead.
    `<noscript><style>.loading{display:none}</style><p class="notice">${message('app.noScript')}</p></noscript>` +
    `</div></main></div></div>` +
    `<script>${ACTIVE_TAB_SCRIPT}</script>`
  )
}

/** Vite plugin: fills `<!--app-shell-->` in index.html and adds the shard hint to <head>. */
export function appShellPlugin(): Plugin {
  return {
    name: 'kpxj-app-shell',
    transformIndexHtml(html) {
      if (!html.includes(MARKER)) throw new Error(`index.html: the ${MARKER} marker inside #app is missing`)
      return {
        html: html.replace(MARKER, renderAppShell()),
        tags: [{ tag: 'script', children: SHARD_HINT_SCRIPT, injectTo: 'head-prepend' }],
      }
    },
  }
}
