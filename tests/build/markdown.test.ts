import { describe, expect, it } from 'vitest'

import { renderMarkdown, sanitizeHtml } from '../../src/build/markdown'

// The usual vectors (OWASP XSS filter evasion cheat sheet, abridged).
const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<p onclick="alert(1)">x</p>',
  '[x](javascript:alert(1))',
  '<a href="http://insecure.example">plain http</a>',
]

describe('prose sanitiser', () => {
  it.each(VECTORS)('leaves nothing executable of %s', (vector) => {
    const html = renderMarkdown(vector)
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|<object|<form|<style|<body|<math/i)
    expect(html).not.toMatch(/\son\w+=/i)
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i)
    expect(html).not.toMatch(/style=/i)
  })

  it('keeps https, mailto and tel links, and drops http ones', () => {
    const html = sanitizeHtml(
      '<a href="https://a.example">a</a><a href="mailto:x@y.cn">m</a><a href="tel:+86991">t</a><a href="http://b.example">b</a>',
    )
    expect(html).toContain('href="https://a.example"')
    expect(html).toContain('href="mailto:x@y.cn"')
    expect(html).toContain('href="tel:+86991"')
    expect(html).not.toContain('http://b.example')
    expect(html).toContain('rel="noopener noreferrer"')
  })

  it('keeps the allowed structure and shifts headings under the page title', () => {
    expect(renderMarkdown('# 标题\n\n- 一\n- **二**')).toBe('<h3>标题</h3>\n<ul>\n<li>一</li>\n<li><strong>二</strong></li>\n</ul>')
  })
})
