/**
 * A finding's message as the risk view shows it (issue #15 "Findings"): one language at a
 * time (messages are `中文 / English`, SPEC §10 `findings`), with every entity id replaced by
 * the entity's name (`小镇 conghua-hot-spring` → `小镇 从化温泉养生小镇`).
 */
import type { Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';

/** The part of a `中文 / English` message in `lang` (the whole message when it has no separator). */
export function messageIn(message: string, lang: Lang): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return lang === 'zh' ? message.slice(0, at) : message.slice(at + 3);
}

/** Entity ids → names, longest id first so `a-b` is replaced before `a`. */
export function idNames(meta: ScenarioMeta): [string, string][] {
  const pairs: [string, string][] = [...meta.towns, ...meta.districts, ...meta.ppp, ...meta.funds, ...meta.programs].map((e) => [e.id, e.name]);
  return pairs.sort((a, b) => b[0].length - a[0].length);
}

/** `text` with each whole-word entity id replaced by its name. */
export function withNames(text: string, names: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [id, name] of names) {
    if (!out.includes(id)) continue;
    out = out.replace(new RegExp(`(^|[^A-Za-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9-])`, 'g'), `$1${name}`);
  }
  return out;
}
