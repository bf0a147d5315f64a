/**
 * Cross-field rules of a town (SPEC §2 "town", §7): stage years in order, land parts
 * within their wholes, investment parts within the total. These are consistency errors
 * in the file, not the compliance limits of §7 (which the checker reports as findings).
 */
import type { z } from 'zod';
import { expandSeries } from '../../core/model/expand.ts';
import { addBilingualIssue } from '../issues.ts';
import { isRecord, numberAt, seriesAt } from './loose.ts';
import type { Loose } from './loose.ts';

/** The simulated years, when startYear and horizonYears are valid. */
export interface Years {
  readonly first: number;
  readonly count: number;
}

type Path = ReadonlyArray<string | number>;

/** planning ≥ creationYear, planning ≤ construction ≤ operation, namingYear ≥ creationYear. */
function checkStages(town: Loose, at: Path, ctx: z.core.$RefinementCtx): void {
  const created = numberAt(town, 'creationYear');
  const named = numberAt(town, 'namingYear');
  if (created !== undefined && named !== undefined && named < created) {
    addBilingualIssue(ctx, [...at, 'namingYear'], `命名年份 ${named} 早于创建年份 ${created}`,
      `namingYear ${named} is before creationYear ${created}`, named);
  }
  const stages = town.stages;
  if (!isRecord(stages)) return;
  const planning = numberAt(stages, 'planning') ?? created;
  const construction = numberAt(stages, 'construction');
  const operation = numberAt(stages, 'operation');
  if (created !== undefined && planning !== undefined && planning < created) {
    addBilingualIssue(ctx, [...at, 'stages', 'planning'], `规划阶段年份 ${planning} 早于创建年份 ${created}`,
      `stages.planning ${planning} is before creationYear ${created}`, planning);
  }
  if (planning !== undefined && construction !== undefined && construction < planning) {
    addBilingualIssue(ctx, [...at, 'stages', 'construction'], `建设阶段年份 ${construction} 早于规划阶段 ${planning}：阶段须按 规划 ≤ 建设 ≤ 运营 排列`,
      `stages.construction ${construction} is before planning ${planning}; stages run planning ≤ construction ≤ operation`, construction);
  }
  if (construction !== undefined && operation !== undefined && operation < construction) {
    addBilingualIssue(ctx, [...at, 'stages', 'operation'], `运营阶段年份 ${operation} 早于建设阶段 ${construction}：阶段须按 规划 ≤ 建设 ≤ 运营 排列`,
      `stages.operation ${operation} is before construction ${construction}; stages run planning ≤ construction ≤ operation`, operation);
  }
}

/** residential ≤ construction land ≤ planned area (km²). */
function checkLand(town: Loose, at: Path, ctx: z.core.$RefinementCtx): void {
  const land = town.land;
  if (!isRecord(land)) return;
  const planned = numberAt(land, 'plannedAreaKm2');
  const construction = numberAt(land, 'constructionLandKm2');
  const residential = numberAt(land, 'residentialLandKm2');
  if (planned !== undefined && construction !== undefined && construction > planned) {
    addBilingualIssue(ctx, [...at, 'land', 'constructionLandKm2'], `建设用地 ${construction} 平方公里超过规划面积 ${planned} 平方公里`,
      `constructionLandKm2 ${construction} exceeds plannedAreaKm2 ${planned}`, construction);
  }
  if (construction !== undefined && residential !== undefined && residential > construction) {
    addBilingualIssue(ctx, [...at, 'land', 'residentialLandKm2'], `住宅用地 ${residential} 平方公里超过建设用地 ${construction} 平方公里`,
      `residentialLandKm2 ${residential} exceeds constructionLandKm2 ${construction}`, residential);
  }
}

const PARTS = [
  ['government', '政府投资'],
  ['realEstate', '房地产投资'],
  ['specialtyIndustry', '特色产业投资'],
] as const;

/** Each "of which" part of the investment plan ≤ the total, in every simulated year (first failing year reported). */
function checkInvestment(town: Loose, at: Path, years: Years | undefined, ctx: z.core.$RefinementCtx): void {
  const inv = town.investment;
  if (!isRecord(inv) || years === undefined) return;
  const totalSpec = seriesAt(inv, 'total');
  if (totalSpec === undefined) return;
  const total = expandSeries(totalSpec, years.first, years.count);
  for (const [key, zh] of PARTS) {
    const spec = seriesAt(inv, key);
    if (spec === undefined) continue;
    const part = expandSeries(spec, years.first, years.count);
    const i = part.findIndex((v, k) => v > (total[k] ?? 0) * (1 + 1e-12));
    if (i < 0) continue;
    const y = years.first + i;
    const [p, t] = [part[i] ?? 0, total[i] ?? 0];
    addBilingualIssue(ctx, [...at, 'investment', key], `${y}年${zh} ${p} 万元超过总投资 ${t} 万元：分项是总投资的"其中"数`,
      `${key} ${p} 万元 exceeds the total ${t} 万元 in ${y}; parts are "of which" amounts of the total`, p);
  }
}

/** Every cross-field rule of one town, `at` its path (`["towns", 3]`). */
export function checkTown(town: Loose, at: Path, years: Years | undefined, ctx: z.core.$RefinementCtx): void {
  checkStages(town, at, ctx);
  checkLand(town, at, ctx);
  checkInvestment(town, at, years, ctx);
}
