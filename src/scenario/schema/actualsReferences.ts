/**
 * Cross-checks of a scenario's `actuals` (SPEC §12) once the rest is parsed: every town,
 * district, program and KPI named exists (with a did-you-mean), every year lies inside the
 * horizon and not before the town's creation, a subject-year is reported once, a 公示
 * period does not end before it starts, an advance is not negative. Paths are relative to
 * the section (prefix them with `actuals`).
 */
import type { Actuals } from '../../core/model/actuals.ts';
import type { Scenario, Town } from '../../core/model/scenario.ts';
import { suggest } from '../suggest.ts';

export interface ActualsIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly value: unknown;
  readonly zh: string;
  readonly en: string;
}

type Path = ReadonlyArray<string | number>;

function unknownId(path: Path, id: string, known: readonly string[], zh: string, en: string): ActualsIssue {
  const near = suggest(id, known);
  const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ') || '—';
  return {
    path, value: id,
    zh: `${zh} "${id}" 不存在${near ? `，是否应为 "${near}"？` : ''}（可用：${list}）`,
    en: `${en} "${id}" is not defined${near ? `; did you mean "${near}"?` : ''} (defined: ${list})`,
  };
}

/** Checks one subject-year: inside the horizon and, for a town, not before its creation. */
function yearIssues(s: Scenario, path: Path, year: number, town: Town | undefined): ActualsIssue[] {
  const last = s.startYear + s.horizonYears - 1;
  if (year < s.startYear || year > last) {
    return [{ path, value: year, zh: `年份 ${year} 不在情景期间 ${s.startYear}–${last} 内：实际数只能填期间内的年份`, en: `year ${year} is outside the horizon ${s.startYear}–${last}; actuals must fall inside it` }];
  }
  if (town !== undefined && year < town.creationYear) {
    return [{ path, value: year, zh: `年份 ${year} 早于小镇 ${town.id} 的创建年份 ${town.creationYear}：创建前没有考核`, en: `year ${year} is before town ${town.id} was created (${town.creationYear}); there is nothing to assess before creation` }];
  }
  return [];
}

/** Reports a (subject, year) pair given twice in one list. */
function duplicates<T>(rows: readonly T[], key: (r: T) => string, list: string, zh: string, en: string): ActualsIssue[] {
  const first = new Map<string, number>();
  const out: ActualsIssue[] = [];
  rows.forEach((r, i) => {
    const k = key(r);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else out.push({ path: [list, i], value: k, zh: `${zh} ${k} 重复（已见于 actuals.${list}[${seen}]），请合并为一条`, en: `${en} ${k} is given twice (already at actuals.${list}[${seen}]); merge them` });
  });
  return out;
}

/** Every reference and year problem of the `actuals` section. */
export function actualsReferenceIssues(s: Scenario, a: Actuals): ActualsIssue[] {
  const towns = new Map(s.towns.map((t) => [t.id, t] as const));
  const townIds = [...towns.keys()];
  const districtIds = s.districts.map((d) => d.id);
  const programs = new Map(s.rewards.programs.map((p) => [p.id, p] as const));
  const issues: ActualsIssue[] = [];
  const town = (path: Path, id: string): Town | undefined => {
    const t = towns.get(id);
    if (!t) issues.push(unknownId(path, id, townIds, '小镇', 'town'));
    return t;
  };

  a.towns.forEach((r, i) => {
    const t = town(['towns', i, 'town'], r.town);
    issues.push(...yearIssues(s, ['towns', i, 'year'], r.year, t));
    if (!t) return;
    const kpis = Object.keys(t.kpis);
    for (const k of Object.keys(r.kpis)) {
      if (!Object.hasOwn(t.kpis, k)) issues.push(unknownId(['towns', i, 'kpis', k], k, kpis, `小镇 ${t.id} 的指标`, `KPI of town ${t.id}`));
    }
    if (r.constructionLandKm2 !== null && r.residentialLandKm2 !== null && r.residentialLandKm2 > r.constructionLandKm2) {
      issues.push({ path: ['towns', i, 'residentialLandKm2'], value: r.residentialLandKm2, zh: `住宅用地 ${r.residentialLandKm2} 平方公里超过建设用地 ${r.constructionLandKm2} 平方公里`, en: `residentialLandKm2 ${r.residentialLandKm2} exceeds constructionLandKm2 ${r.constructionLandKm2}` });
    }
  });
  a.districts.forEach((r, i) => {
    if (!districtIds.includes(r.district)) issues.push(unknownId(['districts', i, 'district'], r.district, districtIds, '区', 'district'));
    issues.push(...yearIssues(s, ['districts', i, 'year'], r.year, undefined));
  });
  a.payments.forEach((r, i) => {
    const t = town(['payments', i, 'town'], r.town);
    issues.push(...yearIssues(s, ['payments', i, 'year'], r.year, t));
    const p = programs.get(r.program);
    if (!p) issues.push(unknownId(['payments', i, 'program'], r.program, [...programs.keys()], '奖补项目', 'reward program'));
    else if (p.kind === 'land-quota') issues.push({ path: ['payments', i, 'program'], value: r.program, zh: `项目 ${r.program} 奖励的是用地指标（亩），不是资金，不能登记付款`, en: `program ${r.program} rewards land quota (mu), not money; it takes no payments` });
    if (r.kind === 'advance' && r.amount < 0) issues.push({ path: ['payments', i, 'amount'], value: r.amount, zh: '预拨金额不能为负：扣回请登记为 settlement（清算）负数', en: 'an advance cannot be negative; record a recovery as a negative settlement' });
  });
  a.evaluations.forEach((r, i) => {
    const t = town(['evaluations', i, 'town'], r.town);
    issues.push(...yearIssues(s, ['evaluations', i, 'year'], r.year, t));
    if (r.publicity && r.publicity.to < r.publicity.from) {
      issues.push({ path: ['evaluations', i, 'publicity', 'to'], value: r.publicity.to, zh: `公示结束日 ${r.publicity.to} 早于开始日 ${r.publicity.from}`, en: `publicity ends (${r.publicity.to}) before it starts (${r.publicity.from})` });
    }
  });
  issues.push(
    ...duplicates(a.towns, (r) => `${r.town}@${r.year}`, 'towns', '小镇年度实际数', 'town-year'),
    ...duplicates(a.districts, (r) => `${r.district}@${r.year}`, 'districts', '区年度报告', 'district-year'),
    ...duplicates(a.evaluations, (r) => `${r.town}@${r.year}`, 'evaluations', '年度测评', 'evaluation'),
  );
  return issues;
}
