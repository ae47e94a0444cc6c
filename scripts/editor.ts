/**
 * `npm run editor`: the web editor on one staff PC, without any server or account (docs/editor-setup.md).
 * Starts Decap's local proxy (decap-server), which reads and writes the files of this checkout, and the
 * app's development server, which serves the editor at /admin/ and shows every saved change in the app
 * at once. Ctrl-C stops both.
 *
 *   npm run editor            saves go straight into content/ (then commit them, or let the office do it)
 *   npm run editor -- --git   saves become git branches with a review step (需要 git 和本仓库的克隆)
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const git = process.argv.includes('--git')
const PROXY_PORT = 8081 // Decap looks for its proxy here on localhost (local_backend: true)
const APP_PORT = 5173

const children: ChildProcess[] = []
const start = (args: string[], env: Record<string, string>) => {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' })
  child.on('exit', (code) => stop(code ?? 0))
  children.push(child)
}
function stop(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0))

start([resolve(root, 'node_modules/decap-server/dist/index.js')], {
  PORT: String(PROXY_PORT),
  BIND_HOST: '127.0.0.1',
  GIT_REPO_DIRECTORY: root,
  MODE: git ? 'git' : 'fs',
  LOG_LEVEL: 'warn',
})
start([resolve(root, 'node_modules/vite/bin/vite.js'), '--port', String(APP_PORT), '--strictPort'], {
  VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
})
console.log(`\n内容编辑：用浏览器打开 http://localhost:${APP_PORT}/admin/ ，点“登录”即可（不需要账号）。`)
console.log(`保存后在 http://localhost:${APP_PORT}/calendar 查看效果。按 Ctrl-C 退出。\n`)
