/**
 * Vite plugin: the web editor at /admin/ (Decap CMS, docs/adr/0001-content-editor.md). The editor is the
 * npm package's prebuilt script, copied into the build output next to a generated config.yml; no CDN is
 * involved. It is a separate page: the app never links or imports it, the service worker neither
 * precaches it (src/build/pwa.ts globIgnores) nor answers its navigations (navigateFallbackDenylist), and
 * the server sends it its own Content-Security-Policy (src/build/securityHeaders.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

import { build } from 'esbuild'
import type { Plugin } from 'vite'

import { type EditorBackend, editorConfigYaml, readRegions, UNCONFIGURED_APP_ID } from './config'

export const EDITOR_BASE = '/admin/'

/** The page that loads the editor. No inline script: /admin's policy then needs no 'unsafe-inline' for scripts. */
export const EDITOR_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>科普新疆 · 内容编辑</title>
    <link rel="icon" href="/icons/icon-192.png" />
    <link href="${EDITOR_BASE}config.yml" type="text/yaml" rel="cms-config-url" />
    <link href="${EDITOR_BASE}editor.css" rel="stylesheet" />
  </head>
  <body>
    <noscript>内容编辑需要启用 JavaScript。</noscript>
    <script src="${EDITOR_BASE}decap-cms.js"></script>
    <script src="${EDITOR_BASE}save-check.js"></script>
    <script src="${EDITOR_BASE}widgets.js"></script>
  </body>
</html>
`

/**
 * Decap CMS lays the entry editor out for 800 px and more (its own min-width), so on a phone the fields
 * and their help run off the screen. Below that width the editor and its toolbar take the screen's width.
 * Emotion's class names carry the component name (`css-<hash>-EditorContainer`); `!important` because its
 * styles are inserted after this sheet.
 */
export const EDITOR_CSS = `.kpxj-unconfigured {
  margin: 0;
  padding: 0.75rem 1rem;
  background: #fff4d6;
  color: #4a3200;
  font: 16px/1.6 system-ui, sans-serif;
}
/* Decap capitalises a field's error (its CSS: text-transform: uppercase, 12 px): the id's rule then read
   "小写字母……如 TECH-WEEK-2027". Shown as written, at a size staff can read. */
[class*='-ControlErrorsList'] {
  text-transform: none !important;
  font-size: 14px !important;
}
.kpxj-problems {
  position: fixed;
  inset-inline: 0;
  bottom: 0;
  z-index: 1000;
  max-height: 45vh;
  overflow: auto;
  margin: 0;
  padding: 0.75rem 1rem;
  border-top: 3px solid #b42318;
  background: #fff1f0;
  color: #4a0d0d;
  font: 16px/1.6 system-ui, sans-serif;
}
.kpxj-problems h2 {
  margin: 0 0 0.25rem;
  font-size: 1.1rem;
}
.kpxj-problems ul {
  margin: 0 0 0.5rem;
  padding-inline-start: 1.25rem;
}
.kpxj-problems > button {
  min-height: 44px;
  padding: 0 1.25rem;
  font: inherit;
}
.kpxj-problems .kpxj-goto {
  min-height: 44px;
  padding: 0;
  border: 0;
  background: none;
  color: inherit;
  font: inherit;
  font-weight: 700;
  text-decoration: underline;
  cursor: pointer;
}
@media (max-width: 799px) {
  [class*='-EditorContainer'],
  [class*='-ToolbarContainer'] {
    min-width: 0 !important;
    width: 100% !important;
  }
  [class*='-ToolbarContainer'] {
    height: auto !important;
    flex-wrap: wrap;
  }
}
`

/**
 * A select for fields that are true, false or "unknown" (a venue's booking.required): Decap's own select
 * stores only text or numbers and its switch only true or false, either of which would rewrite "unknown".
 * Plain script on Decap's globals (CMS, createClass, h), loaded after decap-cms.js.
 */
export const EDITOR_WIDGETS = `(function () {
  var choices = [['', '（未填写）'], ['true', '是'], ['false', '否'], ['unknown', '不清楚']]
  var toText = function (v) { return v === true ? 'true' : v === false ? 'false' : v == null ? '' : String(v) }
  var fromText = function (t) { return t === 'true' ? true : t === 'false' ? false : t === '' ? undefined : t }
  var Control = window.createClass({
    render: function () {
      var props = this.props
      return window.h(
        'select',
        {
          id: props.forID,
          className: props.classNameWrapper,
          value: toText(props.value),
          onChange: function (e) { props.onChange(fromText(e.target.value)) },
          onFocus: props.setActiveStyle,
          onBlur: props.setInactiveStyle,
        },
        choices.map(function (c) { return window.h('option', { key: c[0], value: c[0] }, c[1]) }),
      )
    },
  })
  window.CMS.registerWidget('tristate', Control)

  // Decap's Chinese has no words for the Forgejo login (the button said "Login with Forgejo"): add them in
  // its own style ("使用 Gitea 登录"). Its toast for missing fields said "你漏掉了一个必填项" however many
  // were missing. Registered before the editor reads its phrases (after config.yml loads).
  var zh = window.CMS.getLocale && window.CMS.getLocale('zh_Hans')
  if (zh && zh.auth && zh.ui && zh.ui.toast)
    window.CMS.registerLocale('zh_Hans', Object.assign({}, zh, {
      auth: Object.assign({}, zh.auth, { loginWithForgejo: zh.auth.loginWithForgejo || '使用 Forgejo 登录' }),
      ui: Object.assign({}, zh.ui, {
        toast: Object.assign({}, zh.ui.toast, { missingRequiredField: '还有必填的项目没有填写：请看表单中标红的字段，填好后再保存' }),
      }),
    }))

  // Built without the office's server settings (CMS_*, docs/editor-setup.md), the editor's login goes to a
  // made-up address and ends on the browser's "site can't be reached": say so, in Chinese, above it.
  fetch('${EDITOR_BASE}config.yml')
    .then(function (r) { return r.text() })
    .then(function (text) {
      if (text.indexOf('${UNCONFIGURED_APP_ID}') < 0) return
      var note = document.createElement('p')
      note.className = 'kpxj-unconfigured'
      note.setAttribute('role', 'status')
      note.textContent =
        '这个网站还没有配置编辑服务器（Forgejo），用 Forgejo 登录会打不开。管理员请按 docs/editor-setup.md 的 A 节设置 ' +
        'CMS_FORGEJO_URL、CMS_REPO 和 CMS_APP_ID 后重新构建。在一台办公电脑上编辑，请按 B 节运行 npm run editor，再点“登录”。'
      document.body.prepend(note)
    })
    .catch(function () {})
})()
`

/** The folder of decap-cms's prebuilt files. */
function decapDist(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('decap-cms/package.json')), 'dist')
}

/**
 * The files of the editor script: its entry, the chunks it loads on demand from its own folder and their
 * WebAssembly, and the licence notice. Not the source maps, nor the `cms.js` copy of the same bundle.
 */
export function editorScriptFiles(dist = decapDist()): string[] {
  return readdirSync(dist)
    .filter((f) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(f))
    .sort()
}

/**
 * The editor's check before saving (./saveCheck.ts and the content:check code it runs), bundled for the
 * browser: zod, the schemas and their rules come along, so /admin checks exactly what the build checks.
 */
export async function saveCheckScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'saveCheck.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // src/build/rrule.ts default-imports rrule, which only its CommonJS build (`main`) provides.
    mainFields: ['main', 'module'],
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        // The lunar calendar is for generating campaign dates, which no single-record check does: let the
        // bundler drop it (300 KB) although the package does not declare itself free of side effects.
        name: 'kpxj-lunar-unused',
        setup(bundle) {
          bundle.onResolve({ filter: /^lunar-typescript$/ }, async ({ path, kind, resolveDir, importer, pluginData }) => {
            if (pluginData === 'inner') return undefined
            const resolved = await bundle.resolve(path, { kind, resolveDir, importer, pluginData: 'inner' })
            return { ...resolved, sideEffects: false }
          })
        },
      },
    ],
  })
  return result.outputFiles[0]!.text
}

export interface EditorPluginOptions {
  contentDir?: string
  backend?: EditorBackend
}

export function editorPlugin(options: EditorPluginOptions = {}): Plugin {
  let contentDir = ''
  const config = () => editorConfigYaml({ regions: readRegions(contentDir), backend: options.backend })

  return {
    name: 'kpxj-editor',
    configResolved(resolved) {
      contentDir = resolve(resolved.root, options.contentDir ?? 'content')
    },
    async generateBundle() {
      const dist = decapDist()
      const emit = (fileName: string, source: string | Uint8Array) => this.emitFile({ type: 'asset', fileName, source })
      emit('admin/index.html', EDITOR_HTML)
      emit('admin/config.yml', config())
      emit('admin/editor.css', EDITOR_CSS)
      emit('admin/widgets.js', EDITOR_WIDGETS)
      emit('admin/save-check.js', await saveCheckScript())
      for (const file of editorScriptFiles(dist)) emit(`admin/${file}`, readFileSync(join(dist, file)))
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!
        if (path === '/admin' || path === '/admin/' || path === '/admin/index.html') {
          res.setHeader('content-type', 'text/html; charset=utf-8')
          return res.end(EDITOR_HTML)
        }
        if (path === '/admin/widgets.js') {
          res.setHeader('content-type', 'text/javascript; charset=utf-8')
          return res.end(EDITOR_WIDGETS)
        }
        if (path === '/admin/save-check.js') {
          saveCheckScript().then(
            (script) => {
              res.setHeader('content-type', 'text/javascript; charset=utf-8')
              res.end(script)
            },
            (error: unknown) => next(error),
          )
          return
        }
        if (path === '/admin/editor.css') {
          res.setHeader('content-type', 'text/css; charset=utf-8')
          return res.end(EDITOR_CSS)
        }
        if (path === '/admin/config.yml') {
          res.setHeader('content-type', 'text/yaml; charset=utf-8')
          return res.end(config())
        }
        const file = path.startsWith(EDITOR_BASE) ? path.slice(EDITOR_BASE.length) : ''
        if (!file || !editorScriptFiles().includes(file)) return next()
        res.setHeader('content-type', file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8')
        res.end(readFileSync(join(decapDist(), file)))
      })
    },
  }
}
