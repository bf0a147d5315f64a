/**
 * Cross-field rules of a town (SPEC §2 "town", §7): stage years in order, land parts
 * within their wholes, investment parts within the total. These are consistency errors
 * in the file, not the compliance limits of §7 (which the checker reports as findings).
 */
import type { z } from 'zod';
import { expandSeries } from '../../core/model/expand.ts';
import { addBilingualIssue } from '../issues.ts';
import type { Fields } from './loose.ts';

/** The simulated years, when startYear and horizonYears are valid. */
export interface Years {
  readonly first: number;
  readonly count: number;
}

/** planning ≥ creationYear, planning ≤ construction ≤ operation, namingYear ≥ creationYear. */
function checkStages(town: Fields, ctx: z.core.$RefinementCtx): void {
  const created = town.num('creationYear');
  const named = town.num('namingYear');
  if (created !== undefined && named !== undefined && named < created) {
    addBilingualIssue(ctx, [...town.path, 'namingYear'], `命名年份 ${named} 早于创建年份 ${created}`,
      `namingYear ${named} is before creationYear ${created}`, named);
  }
  const stages = town.record('stages');
  if (stages === undefined) return;
  const planning = stages.num('planning') ?? created;
  const construction = stages.num('construction');
  const operation = stages.num('operation');
  const at = stages.path;
  if (created !== undefined && planning !== undefined && planning < created) {
    addBilingualIssue(ctx, [...at, 'planning'], `规划阶段年份 ${planning} 早于创建年份 ${created}`,
      `stages.planning ${planning} is before creationYear ${created}`, planning);
  }
  if (planning !== undefined && construction !== undefined && construction < planning) {
    addBilingualIssue(ctx, [...at, 'construction'], `建设阶段年份 ${construction} 早于规划阶段 ${planning}：阶段须按 规划 ≤ 建设 ≤ 运营 排列`,
      `stages.construction ${construction} is before planning ${planning}; stages run planning ≤ construction ≤ operation`, construction);
  }
  if (construction !== undefined && operation !== undefined && operation < construction) {
    addBilingualIssue(ctx, [...at, 'operation'], `运营阶段年份 ${operation} 早于建设阶段 ${construction}：阶段须按 规划 ≤ 建设 ≤ 运营 排列`,
      `stages.operation ${operation} is before construction ${construction}; stages run planning ≤ construction ≤ operation`, operation);
  }
}

/** residential ≤ construction land ≤ planned area (km²). */
function checkLand(town: Fields, ctx: z.core.$RefinementCtx): void {
  const land = town.record('land');
  if (land === undefined) return;
  const planned = land.num('plannedAreaKm2');
  const construction = land.num('constructionLandKm2');
  const residential = land.num('residentialLandKm2');
  if (planned !== undefined && construction !== undefined && construction > planned) {
    addBilingualIssue(ctx, [...land.path, 'constructionLandKm2'], `建设用地 ${construction} 平方公里超过规划面积 ${planned} 平方公里`,
      `constructionLandKm2 ${construction} exceeds plannedAreaKm2 ${planned}`, construction);
  }
  if (construction !== undefined && residential !== undefined && residential > construction) {
    addBilingualIssue(ctx, [...land.path, 'residentialLandKm2'], `住宅用地 ${residential} 平方公里超过建设用地 ${construction} 平方公里`,
      `residentialLandKm2 ${residential} exceeds constructionLandKm2 ${construction}`, residential);
  }
}

const PARTS = [
  ['government', '政府投资'],
  ['realEstate', '房地产投资'],
  ['specialtyIndustry', '特色产业投资'],
] as const;

/** Each "of which" part of the investment plan ≤ the total, in every simulated year (first failing year reported). */
function checkInvestment(town: Fields, years: Years | undefined, ctx: z.core.$RefinementCtx): void {
  const inv = town.record('investment');
  const totalSpec = inv?.series('total');
  if (inv === undefined || totalSpec === undefined || years === undefined) return;
  const total = expandSeries(totalSpec, years.first, years.count);
  for (const [key, zh] of PARTS) {
    const spec = inv.series(key);
    if (spec === undefined) continue;
    const part = expandSeries(spec, years.first, years.count);
    const i = part.findIndex((v, k) => v > (total[k] ?? 0) * (1 + 1e-12));
    if (i < 0) continue;
    const [y, p, t] = [years.first + i, part[i] ?? 0, total[i] ?? 0];
    addBilingualIssue(ctx, [...inv.path, key], `${y}年${zh} ${p} 万元超过总投资 ${t} 万元：分项是总投资中的"其中"数`,
      `${key} ${p} 万元 exceeds the total ${t} 万元 in ${y}; parts are "of which" amounts of the total`, p);
  }
}

/** Every cross-field rule of one town. */
export function checkTown(town: Fields, years: Years | undefined, ctx: z.core.$RefinementCtx): void {
  checkStages(town, ctx);
  checkLand(town, ctx);
  checkInvestment(town, years, ctx);
}
