import { useEffect, useState } from 'react';
import { loadBundledScenarios, type BundledScenario } from './bundled.ts';
import { t, type Lang } from './i18n.ts';
import { formatIssue } from '../scenario/issues.ts';

function ScenarioRow({ s, lang }: { s: BundledScenario; lang: Lang }) {
  const file = s.path.replace('/scenarios/', '');
  if (!s.result.ok) {
    return (
      <tr>
        <td>{file}</td>
        <td colSpan={4} className="error">
          {t(lang, 'invalid')}: {s.result.issues.slice(0, 3).map(formatIssue).join('; ')}
        </td>
      </tr>
    );
  }
  const sc = s.result.scenario;
  return (
    <tr data-scenario={sc.id}>
      <td>{sc.name}<div className="muted">{file}</div></td>
      <td className="num">{sc.towns.length}</td>
      <td className="num">{sc.districts.length}</td>
      <td className="num">{sc.startYear}–{sc.startYear + sc.horizonYears - 1}</td>
      <td className="hash" title={s.result.hash}>{s.result.hash.slice(0, 12)}</td>
    </tr>
  );
}

export function App() {
  const [lang, setLang] = useState<Lang>('zh');
  const [scenarios, setScenarios] = useState<BundledScenario[] | null>(null);
  useEffect(() => {
    void loadBundledScenarios().then(setScenarios);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return (
    <>
      <header>
        <h1>townfisc · {t(lang, 'title')}</h1>
        <span className="spacer" />
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>{t(lang, 'toggle')}</button>
      </header>
      <main>
        <h2>{t(lang, 'scenarios')}</h2>
        <p className="muted">{t(lang, 'note')}</p>
        {scenarios === null ? (
          <p>{t(lang, 'loading')}</p>
        ) : (
          <table aria-label={t(lang, 'scenarios')}>
            <thead>
              <tr>
                <th>{t(lang, 'name')}</th>
                <th>{t(lang, 'towns')}</th>
                <th>{t(lang, 'districts')}</th>
                <th>{t(lang, 'years')}</th>
                <th>{t(lang, 'hash')}</th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((s) => <ScenarioRow key={s.path} s={s} lang={lang} />)}
            </tbody>
          </table>
        )}
      </main>
    </>
  );
}
