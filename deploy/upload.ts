/**
 * Uploads a built site to Alibaba Cloud OSS or Tencent Cloud COS with the same Cache-Control and
 * Content-Type per file as nginx sends (deploy/headers.ts), through the vendors' own command-line tools
 * (ossutil, coscli: installed and configured with their credentials on the release machine; nothing here
 * holds a key). Order matters for visitors during the upload: hashed files first, data next, the
 * files that point at them (index.html, then sw.js) last. Old hashed files are never deleted, so a visitor
 * still on the previous version can load its pages.
 *
 *   npx tsx deploy/upload.ts --dry-run [--dist dist]           print the plan: file → headers
 *   npx tsx deploy/upload.ts --target oss://my-bucket [--dist dist]
 *   npx tsx deploy/upload.ts --target cos://my-bucket-1250000000
 *
 * Object storage cannot send the Content-Security-Policy and the other security headers: set them as
 * the CDN's custom response headers before uploading, from deploy/cdn-headers.ts (deploy/README.md).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

import { type FileHeaders, headersFor, ruleFor } from './headers'

export interface UploadItem {
  file: string
  /** The object key, also the URL path without its leading slash. */
  key: string
  headers: FileHeaders
}

/** Every file of the built site that is served, in upload order, with its headers. */
export function uploadPlan(dist: string): UploadItem[] {
  const items: (UploadItem & { stage: number })[] = []
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = join(entry.parentPath, entry.name)
    const key = relative(dist, file).split(sep).join('/')
    const headers = headersFor(`/${key}`)
    if (headers) items.push({ file, key, headers, stage: ruleFor(`/${key}`).uploadStage ?? 3 })
  }
  items.sort((a, b) => a.stage - b.stage || a.key.localeCompare(b.key))
  return items.map(({ file, key, headers }) => ({ file, key, headers }))
}

/** The `--meta` value both ossutil and coscli take: `Header:value#Header:value`. */
export const metaArgument = (headers: FileHeaders) =>
  Object.entries(headers)
    .map(([name, value]) => `${name}:${value}`)
    .join('#')

/** The command that uploads one file to `oss://bucket[/prefix]` or `cos://bucket[/prefix]`. */
export function uploadCommand(target: string, item: UploadItem): [string, string[]] {
  const match = /^(oss|cos):\/\/[^/]+/.exec(target)
  if (!match) throw new Error(`--target must look like oss://bucket or cos://bucket-appid, not "${target}"`)
  const url = `${target.replace(/\/$/, '')}/${item.key}`
  const args = ['cp', item.file, url, '--meta', metaArgument(item.headers)]
  return match[1] === 'oss' ? ['ossutil', [...args, '-f']] : ['coscli', args]
}

function main(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const dist = value('--dist') ?? 'dist'
  const target = value('--target')
  const dryRun = argv.includes('--dry-run')
  if (!dryRun && !target) throw new Error('give --target oss://bucket or cos://bucket, or --dry-run to see the plan')
  const plan = uploadPlan(dist)
  if (plan.length === 0) throw new Error(`${dist}: no built site here (run npm run build first)`)
  for (const item of plan) {
    if (dryRun) {
      console.log(`${item.key}\tCache-Control: ${item.headers['Cache-Control']}\tContent-Type: ${item.headers['Content-Type']}`)
      continue
    }
    const [command, args] = uploadCommand(target!, item)
    const result = spawnSync(command, args, { stdio: 'inherit' })
    // Stop at the first failure: the shell files come last, so the old version stays whole.
    if (result.status !== 0) throw new Error(`${command} failed for ${item.key}: stopped before the files that point at it`)
  }
  console.log(`${plan.length} files ${dryRun ? 'planned' : `uploaded to ${target}`}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
