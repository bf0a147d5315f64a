/**
 * What a chart exported as PNG says about its origin (issue #15): the scenario(s) shown and
 * their content hashes, provided once by the shell for every chart of the view.
 */
import { createContext } from 'react';

/** `广州特色小镇基准情景（示意数据） · 1a2b3c4d5e6f`, or several joined with ` | ` on the compare page. */
export const ChartSource = createContext<string>('');

/**
 * A PNG of `chart` with a header (title; source and date) drawn above it on white, so an
 * image pasted into a memo still says what it shows. Returns a data URL.
 */
export function stampedPng(chart: HTMLCanvasElement, title: string, source: string, date: string): string {
  const pad = 12;
  const head = 54;
  const out = document.createElement('canvas');
  out.width = chart.width + pad * 2;
  out.height = chart.height + head + pad;
  const g = out.getContext('2d');
  if (!g) return chart.toDataURL('image/png');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.fillStyle = '#1f2933';
  g.font = 'bold 16px "Noto Sans CJK SC", "PingFang SC", sans-serif';
  g.fillText(title, pad, 22);
  g.font = '12px "Noto Sans CJK SC", "PingFang SC", sans-serif';
  g.fillStyle = '#4b5563';
  g.fillText(`${source}${source ? ' · ' : ''}${date}`, pad, 42);
  g.drawImage(chart, pad, head);
  return out.toDataURL('image/png');
}
