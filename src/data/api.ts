/**
 * Typed access to the compiled data under /data/app. A response only counts when it is JSON with the
 * expected shape: a captive-portal HTML page or an error status never replaces good data.
 */
import type { Catalog, MonthShard } from '@/shared/types'
import { APP_DATA_BASE } from '@/shared/constants'

export class DataError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'DataError'
  }
}

async function fetchJson<T>(path: string, isValid: (value: unknown) => value is T, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, init)
  } catch {
    throw new DataError('网络不可用')
  }
  if (!response.ok) throw new DataError(`服务器返回 ${response.status}`, response.status)
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('json')) throw new DataError('收到的不是数据（可能是网络登录页）')
  let value: unknown
  try {
    value = await response.json()
  } catch {
    throw new DataError('数据格式错误')
  }
  if (!isValid(value)) throw new DataError('数据格式错误')
  return value
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

export const isCatalog = (v: unknown): v is Catalog =>
  isObject(v) && typeof v.builtAt === 'string' && Array.isArray(v.venues) && Array.isArray(v.targets) && Array.isArray(v.plans)

export const isMonthShard = (v: unknown): v is MonthShard => isObject(v) && typeof v.month === 'string' && Array.isArray(v.events)

const isIndex = (v: unknown): v is Record<string, string> => isObject(v)

export const fetchCatalog = (init?: RequestInit) => fetchJson(`${APP_DATA_BASE}/catalog.json`, isCatalog, init)
export const fetchMonthShard = (month: string) => fetchJson(`${APP_DATA_BASE}/events/${month}.json`, isMonthShard)
export const fetchEventIndex = () => fetchJson(`${APP_DATA_BASE}/event-index.json`, isIndex)
