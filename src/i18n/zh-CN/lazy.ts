/**
 * The Chinese text of the school-visit and volunteer pages, added to the dictionary when one of their
 * modules loads (each imports this file), so the first route does not carry it. Other languages ship
 * whole in their own lazy chunk.
 */
import { zhCN } from '../zh-CN'
import { planner } from './planner'
import { volunteer } from './volunteer'

Object.assign(zhCN.planner, planner)
Object.assign(zhCN.volunteer, volunteer)
