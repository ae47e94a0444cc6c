/**
 * The web editor's whole configuration (Decap CMS `config.yml`), generated at build time from the content
 * schemas (./fields.ts) and the regions in content/. Nothing here is kept by hand but the backend settings,
 * which come from the environment of the build (docs/editor-setup.md):
 *
 *   CMS_FORGEJO_URL  the office's Forgejo (or Gitea), e.g. https://git.kexie.example.cn
 *   CMS_REPO         the content repository on it, e.g. kexie/kepu-xinjiang
 *   CMS_APP_ID       the Client ID of the OAuth2 application made for the editor
 *   CMS_BRANCH       the published branch (default main)
 *
 * On http://localhost the editor looks for the local proxy (`npm run editor`) first and then edits the
 * files of that computer's checkout without any server or login (Decap's local_backend).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse, stringify } from 'yaml'
import type { z } from 'zod'

import { type Collection, COLLECTIONS } from '../load'
import { campaignSchema, eventSchema, planFrontmatterSchema, regionSchema, targetSchema, venueSchema } from '../schema'
import { type EditorField, fieldsFor, type RegionOption } from './fields'
import { COLLECTION_TEXT } from './labels'

export const EDITOR_SCHEMAS: Record<Collection, z.ZodType> = {
  regions: regionSchema,
  plans: planFrontmatterSchema,
  venues: venueSchema,
  campaigns: campaignSchema,
  events: eventSchema,
  targets: targetSchema,
}

/** The editor's sidebar order: what organisers change most comes first. */
export const EDITOR_ORDER: Collection[] = ['events', 'venues', 'campaigns', 'targets', 'regions', 'plans']

export interface EditorBackend {
  forgejoUrl?: string
  repo?: string
  appId?: string
  branch?: string
}

export interface EditorConfigOptions {
  /** The content folder, relative to the repository root as the editor writes it (default `content`). */
  contentPath?: string
  regions: RegionOption[]
  backend?: EditorBackend
}

/** The app id of a build without CMS_APP_ID: the editor page says the server is not configured. */
export const UNCONFIGURED_APP_ID = 'set-CMS_APP_ID'

/** Placeholders that show in the editor's login error until the office sets CMS_* (docs/editor-setup.md). */
const PLACEHOLDER: Required<EditorBackend> = {
  forgejoUrl: 'https://git.example.org.cn',
  repo: 'kexie/kepu-xinjiang',
  appId: UNCONFIGURED_APP_ID,
  branch: 'main',
}

/** The backend settings from the build's environment (CMS_*). */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): EditorBackend {
  return { forgejoUrl: env.CMS_FORGEJO_URL, repo: env.CMS_REPO, appId: env.CMS_APP_ID, branch: env.CMS_BRANCH }
}

/** The origin the editor talks to in production (for /admin's Content-Security-Policy). */
export function editorGitOrigin(backend: EditorBackend): string {
  return new URL(backend.forgejoUrl || PLACEHOLDER.forgejoUrl).origin
}

/** Region ids and names from content/regions, for the region select lists. */
export function readRegions(contentDir: string): RegionOption[] {
  const dir = join(contentDir, 'regions')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as { id?: unknown; name?: unknown } | null
      const id = typeof data?.id === 'string' ? data.id : f.replace(/\.yaml$/, '')
      return { id, name: typeof data?.name === 'string' ? data.name : id }
    })
}

export interface EditorCollection {
  name: Collection
  label: string
  label_singular: string
  description: string
  folder: string
  extension: 'yaml' | 'md'
  format: 'yaml' | 'frontmatter'
  create: boolean
  delete: boolean
  slug: string
  identifier_field: string
  summary: string
  fields: EditorField[]
}

function collectionFor(name: Collection, options: EditorConfigOptions): EditorCollection {
  const text = COLLECTION_TEXT[name]!
  const fields = fieldsFor(EDITOR_SCHEMAS[name], { collection: name, regions: options.regions })
  const markdown = name === 'plans'
  // The plan summary is the Markdown body under the frontmatter. A plain text box, not Decap's rich
  // Markdown editor, whose Slate editor loses Chinese input-method text (decap-cms #4837, #6287).
  if (markdown) fields.push({ name: 'body', label: '规划摘要', widget: 'text', required: true, hint: '纯文本，可用 Markdown 的段落和列表' })
  const titleField = fields.some((f) => f.name === 'title') ? 'title' : fields.some((f) => f.name === 'name') ? 'name' : 'indicator'
  return {
    name,
    label: text.label,
    label_singular: text.singular,
    description: text.description,
    folder: `${options.contentPath ?? 'content'}/${name}`,
    extension: markdown ? 'md' : 'yaml',
    format: markdown ? 'frontmatter' : 'yaml',
    // Regions and plans are the fixed frame of the app: edited here, never added or removed by staff.
    create: name !== 'regions' && name !== 'plans',
    delete: false,
    // The file name is the record's id (content/README.md).
    slug: '{{fields.id}}',
    identifier_field: 'id',
    summary: `{{${titleField}}}（{{id}}）`,
    fields,
  }
}

/** The Decap CMS configuration object. */
export function editorConfig(options: EditorConfigOptions) {
  const backend = { ...PLACEHOLDER, ...Object.fromEntries(Object.entries(options.backend ?? {}).filter(([, v]) => v)) }
  const url = backend.forgejoUrl.replace(/\/+$/, '')
  return {
    locale: 'zh_Hans',
    backend: {
      // Decap's Forgejo backend (also for Gitea ≥ 1.20 with the same API): login with PKCE in the browser,
      // no auth server; with the editorial workflow every change is a pull request until it is published.
      name: 'forgejo',
      repo: backend.repo,
      app_id: backend.appId,
      api_root: `${url}/api/v1`,
      base_url: url,
      branch: backend.branch,
      commit_messages: {
        create: 'content({{collection}}): 新建 {{slug}}',
        update: 'content({{collection}}): 修改 {{slug}}',
        delete: 'content({{collection}}): 删除 {{slug}}',
        uploadMedia: 'content: 上传 {{path}}',
        deleteMedia: 'content: 删除 {{path}}',
      },
    },
    // Changes are drafts (a branch and a pull request) until a reviewer publishes them.
    publish_mode: 'editorial_workflow',
    // On localhost: the proxy started by `npm run editor` (decap-server), writing into this computer's files.
    local_backend: true,
    // No uploads: content/ holds no images. Decap still needs the setting.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    site_url: '/',
    display_url: '/',
    logo_url: '/icons/icon-192.png',
    show_preview_links: false,
    editor: { preview: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: EDITOR_ORDER.filter((c) => COLLECTIONS.includes(c)).map((c) => collectionFor(c, options)),
  }
}

export type EditorConfig = ReturnType<typeof editorConfig>

/** config.yml as served at /admin/config.yml. */
export function editorConfigYaml(options: EditorConfigOptions): string {
  const head = '# Generated at build time from src/build/schema.ts by src/build/editor/config.ts. Do not edit.\n'
  return head + stringify(editorConfig(options), { lineWidth: 0, aliasDuplicateObjects: false })
}
