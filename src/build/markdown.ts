/**
 * Markdown → safe HTML, at build time only. The browser never parses Markdown; it receives HTML that
 * passed this allow-list, and renders it in exactly one component (BaseProse.vue).
 */
import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'
import { marked } from 'marked'

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'blockquote',
  'code',
  'del',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]
const ALLOWED_ATTR = ['href', 'title']
/** Links may only leave the app for https pages, mail and phone numbers. */
const SAFE_URL = /^(?:https:|mailto:|tel:)/i

let purifier: ReturnType<typeof createDOMPurify> | undefined
function getPurifier() {
  if (!purifier) {
    purifier = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis)
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? ''
        if (!SAFE_URL.test(href)) node.removeAttribute('href')
        else node.setAttribute('rel', 'noopener noreferrer')
      }
    })
  }
  return purifier
}

/** Sanitise HTML against the prose allow-list. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel'],
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
  })
}

/** Render content Markdown to sanitised HTML. Headings are shifted to h3/h4 to sit under page titles. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string
  const shifted = html.replace(
    /<(\/?)h([1-6])(\s|>)/g,
    (_, slash: string, level: string, rest: string) => `<${slash}h${Number(level) <= 2 ? 3 : 4}${rest}`,
  )
  return sanitizeHtml(shifted).trim()
}
