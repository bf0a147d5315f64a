/**
 * The distributions of the Monte Carlo run, labelled as calibrations (SPEC §8: "defaults are
 * calibrations, not facts"), editable in place: an edit applies to the next run only (it is
 * not saved into the scenario); rates in percent, as everywhere in the interface.
 */
import { useState } from 'react';
import type { StochasticInput, StochasticSpec } from '../../core/stress/index.ts';
import type { Lang } from '../i18n.ts';
import { CALIBRATION_FIELDS, calibrationValue, setCalibration, type CalibrationField } from '../stress/calibrations.ts';

/** Shown as typed in: percent for shares, without float noise. */
const shown = (v: number, f: CalibrationField): string => String(Number((f.unit === 'share' ? v * 100 : v).toPrecision(10)));

function Row({ f, spec, edits, onEdits, lang }: { f: CalibrationField; spec: StochasticSpec; edits: StochasticInput; onEdits: (e: StochasticInput) => void; lang: Lang }) {
  const value = calibrationValue(spec, f);
  const [box, setBox] = useState(shown(value, f));
  const edited = (edits[f.group] as Readonly<Record<string, number>> | undefined)?.[f.field] !== undefined;
  const commit = () => {
    const n = Number(box);
    if (box.trim() === '' || !Number.isFinite(n)) { setBox(shown(value, f)); return; }
    onEdits(setCalibration(edits, f, f.unit === 'share' ? n / 100 : n));
  };
  const label = lang === 'zh' ? f.zh : f.en;
  return (
    <tr data-calibration={`${f.group}.${f.field}`}>
      <th scope="row">{label} <code className="muted">{f.group}.{f.field}</code></th>
      <td>
        <input type="number" step="any" value={box} onChange={(e) => setBox(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} aria-label={label} />
        {f.unit === 'share' ? ' %' : ''}
      </td>
      <td>{edited ? <button type="button" className="small" onClick={() => { onEdits(setCalibration(edits, f, null)); }}>{lang === 'zh' ? '恢复' : 'Reset'}</button> : null}</td>
    </tr>
  );
}

/** `spec`: the distributions in force (scenario's section and edits over the defaults). */
export function Calibrations({ spec, edits, onEdits, lang }: { spec: StochasticSpec | null; edits: StochasticInput; onEdits: (e: StochasticInput) => void; lang: Lang }) {
  const zh = lang === 'zh';
  return (
    <details className="calibrations" data-testid="calibrations">
      <summary>{zh ? '分布参数（校准值，非事实；可编辑，仅用于本次运行）' : 'Distributions (calibrations, not facts; editable, for the next run only)'}</summary>
      {spec === null
        ? <p className="muted">{zh ? '首次运行后显示情景的分布参数。' : "The scenario's distributions show after the first run."}</p>
        : (
          <div className="table-wrap" tabIndex={0}>
            <table aria-label={zh ? '分布参数（校准值）' : 'Distributions (calibrations)'}>
              <thead><tr><th scope="col">{zh ? '参数' : 'Parameter'}</th><th scope="col">{zh ? '校准值' : 'Calibration'}</th><th scope="col"><span className="visually-hidden">{zh ? '操作' : 'Actions'}</span></th></tr></thead>
              <tbody>{CALIBRATION_FIELDS.map((f) => <Row key={`${f.group}.${f.field}:${calibrationValue(spec, f)}`} f={f} spec={spec} edits={edits} onEdits={onEdits} lang={lang} />)}</tbody>
            </table>
          </div>
        )}
    </details>
  );
}
