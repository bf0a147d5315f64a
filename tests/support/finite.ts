/** Paths of every number in `value` that is NaN or ±Infinity (at most `limit`), walked without recursion. */
export function nonFiniteNumbers(value: unknown, limit = 10): string[] {
  const out: string[] = [];
  const stack: Array<{ v: unknown; path: string }> = [{ v: value, path: '' }];
  while (stack.length > 0 && out.length < limit) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(path);
    } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i]!)) out.push(`${path}[${i}]`);
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: `${path}[${i}]` }));
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) stack.push({ v: x, path: path === '' ? k : `${path}.${k}` });
    }
  }
  return out.slice(0, limit);
}
