/** Small hand-written search fixtures: readings as pinyin-pro gives them (toneless), and a doc builder. */
import { SEARCH_INDEX_VERSION, type SearchDoc, type SearchIndex } from '@/shared/search'

export const READINGS: Record<string, string> = {
  科: 'ke',
  技: 'ji',
  馆: 'guan',
  新: 'xin',
  疆: 'jiang',
  乌: 'wu',
  鲁: 'lu',
  木: 'mu',
  齐: 'qi ji zi zhai',
  喀: 'ka',
  什: 'shen shi',
  行: 'xing hang heng',
  长: 'chang zhang',
  银: 'yin',
  绿: 'lv lu',
  色: 'se shai',
  普: 'pu',
  月: 'yue',
  日: 'ri',
  昌: 'chang',
  吉: 'ji',
  市: 'shi',
  活: 'huo',
  动: 'dong',
  周: 'zhou',
}

export function makeDoc(doc: Partial<SearchDoc> & Pick<SearchDoc, 'k' | 'id' | 't'>): SearchDoc {
  return { w: '', b: '', d: '', ...doc }
}

export function makeIndex(docs: SearchDoc[]): SearchIndex {
  return { version: SEARCH_INDEX_VERSION, builtAt: '2026-11-26T00:00:00.000Z', readings: READINGS, docs }
}
