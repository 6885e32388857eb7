import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBanner, ProgressBar, Spinner } from '@/components/ui/feedback';
import { useFormat } from '@/lib/format';
import { useImportRecords } from '../api/import-records';
import type { EntityKind, ImportReport, ImportRowError } from '../model/types';
import { errorReportCsv, runBatches } from './batches';
import { isBlankRow, parseCsv } from './csv';
import { importFields, mappingProblems, prefillMapping } from './fields';

type Step = 'file' | 'map' | 'preview' | 'run' | 'report';
const steps: Step[] = ['file', 'map', 'preview', 'run', 'report'];
export const batchSize = 200;
const shownErrors = 500;

interface Parsed {
  file: File;
  header: string[];
  dataRows: string[][];
  rowCount: number;
}

function ErrorTable({ errors, label }: { errors: ImportRowError[]; label: string }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="data" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('import.report.row')}</th>
            <th scope="col">{t('import.report.field')}</th>
            <th scope="col">{t('import.report.message')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, shownErrors).map((e, i) => (
            <tr key={`${e.row}-${e.field ?? ''}-${i}`}>
              <td>{format.number(e.row)}</td>
              <td>{e.field ? t(`importFields.${e.field as 'email'}`, { defaultValue: e.field }) : '—'}</td>
              <td style={{ whiteSpace: 'normal' }}>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > shownErrors && <div className="table-footer">{t('import.report.truncated', { shown: shownErrors, count: errors.length })}</div>}
    </div>
  );
}

/** CSV import of contacts or accounts: file, column mapping, preview with a server dry run, batched run, report. */
export function ImportWizard({ initialKind }: { initialKind: EntityKind }) {
  const { t } = useTranslation('customers');
  const format = useFormat();
  const { importRecords, invalidate } = useImportRecords();
  const [step, setStep] = useState<Step>('file');
  const [kind, setKind] = useState<EntityKind>(initialKind);
  const [allowDuplicates, setAllowDuplicates] = useState(false);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [dryRun, setDryRun] = useState<{ report?: ImportReport; error?: unknown; running: boolean }>({ running: false });
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState<{ report: ImportReport; stopped: boolean; error?: unknown } | null>(null);
  const stop = useRef(false);

  const fieldLabel = (field: string) => t(`importFields.${field as 'email'}`, { defaultValue: field });

  const onFile = async (file: File | undefined) => {
    setParsed(null);
    setFileError(null);
    if (!file) return;
    const rows = parseCsv(await file.text());
    const header = (rows[0] ?? []).map((h) => h.trim());
    if (header.length === 0 || header.every((h) => h === '')) {
      setFileError(t('import.file.empty'));
      return;
    }
    const dataRows = rows.slice(1);
    setParsed({ file, header, dataRows, rowCount: dataRows.filter((r) => !isBlankRow(r)).length });
    setMapping(prefillMapping(kind, header));
  };

  const startDryRun = async () => {
    if (!parsed) return;
    setDryRun({ running: true });
    try {
      const report = await importRecords({ kind, file: parsed.file, fileName: parsed.file.name, mapping, allowDuplicates, dryRun: true });
      setDryRun({ report, running: false });
    } catch (error) {
      setDryRun({ error, running: false });
    }
  };

  const run = async () => {
    if (!parsed) return;
    setStep('run');
    stop.current = false;
    try {
      const outcome = await runBatches({
        header: parsed.header,
        dataRows: parsed.dataRows,
        size: batchSize,
        stopped: () => stop.current,
        onProgress: (done, total) => setProgress({ done, total }),
        send: (csv) =>
          importRecords({ kind, file: new Blob([csv], { type: 'text/csv' }), fileName: parsed.file.name, mapping, allowDuplicates, dryRun: false }),
      });
      setResult(outcome);
    } catch (error) {
      setResult({ report: { totalRows: 0, imported: 0, failed: 0, dryRun: false, errors: [] }, stopped: true, error });
    }
    void invalidate(kind);
    setStep('report');
  };

  const downloadErrors = (errors: ImportRowError[]) => {
    if (!parsed) return;
    const csv = errorReportCsv(errors, parsed.header, parsed.dataRows, {
      row: t('import.report.row'),
      field: t('import.report.field'),
      code: t('import.report.code'),
      message: t('import.report.message'),
    });
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${parsed.file.name.replace(/\.csv$/i, '')}-errors.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const reset = () => {
    setStep('file');
    setParsed(null);
    setResult(null);
    setDryRun({ running: false });
    setProgress({ done: 0, total: 0 });
  };

  const problems = mappingProblems(kind, mapping);
  const mapped = parsed ? parsed.header.map((h, i) => [h, i, mapping[h]] as const).filter(([, , f]) => !!f) : [];
  const preview = parsed ? parsed.dataRows.filter((r) => !isBlankRow(r)).slice(0, 10) : [];

  return (
    <div className="stack import-wizard">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('import.title')}</h1>
      </div>
      <ol className="steps" aria-label={t('import.steps')}>
        {steps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={steps.indexOf(step) > i ? 'done' : undefined}>
            {t(`import.step.${s}`)}
          </li>
        ))}
      </ol>

      {step === 'file' && (
        <section className="card stack" aria-label={t('import.step.file')}>
          <fieldset className="row" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend className="label small muted" style={{ marginBottom: 4 }}>
              {t('import.file.what')}
            </legend>
            {(['contacts', 'accounts'] as const).map((k) => (
              <label key={k} className="row">
                <input
                  type="radio"
                  name="import-kind"
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    if (parsed) setMapping(prefillMapping(k, parsed.header));
                  }}
                />
                {t(`${k}.title`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="import-file">{t('import.file.label')}</label>
            <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
            <span className="muted small">{t('import.file.hint')}</span>
          </div>
          <label className="row">
            <input type="checkbox" checked={allowDuplicates} onChange={(e) => setAllowDuplicates(e.target.checked)} />
            {t('import.file.allowDuplicates')}
          </label>
          {fileError && (
            <div className="banner error" role="alert">
              {fileError}
            </div>
          )}
          {parsed && (
            <p role="status">{t('import.file.found', { rows: format.number(parsed.rowCount), columns: format.number(parsed.header.length), name: parsed.file.name })}</p>
          )}
          <div className="row">
            <span className="spacer" />
            <Button variant="primary" disabled={!parsed} onClick={() => setStep('map')}>
              {t('actions.next')}
            </Button>
          </div>
        </section>
      )}

      {step === 'map' && parsed && (
        <section className="card stack" aria-label={t('import.step.map')}>
          <p className="muted">{t('import.map.intro')}</p>
          <div className="table-wrap">
            <table className="data" aria-label={t('import.map.table')}>
              <thead>
                <tr>
                  <th scope="col">{t('import.map.column')}</th>
                  <th scope="col">{t('import.map.sample')}</th>
                  <th scope="col">{t('import.map.field')}</th>
                </tr>
              </thead>
              <tbody>
                {parsed.header.map((h, i) => (
                  <tr key={`${h}-${i}`}>
                    <th scope="row">{h || t('import.map.unnamed', { n: i + 1 })}</th>
                    <td className="muted">
                      {parsed.dataRows
                        .map((r) => r[i] ?? '')
                        .filter((v) => v.trim() !== '')
                        .slice(0, 2)
                        .join(' · ')}
                    </td>
                    <td>
                      <select
                        className="input"
                        aria-label={t('import.map.fieldFor', { column: h })}
                        value={mapping[h] ?? ''}
                        onChange={(e) => setMapping({ ...mapping, [h]: e.target.value || null })}
                      >
                        <option value="">{t('import.map.skip')}</option>
                        {importFields(kind).map((f) => (
                          <option key={f} value={f}>
                            {fieldLabel(f)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.length > 0 && (
            <div className="banner warning" role="alert">
              {problems.map((p) => (
                <div key={p.code + p.field}>
                  {p.code === 'required'
                    ? t('import.map.required', { field: fieldLabel(p.field) })
                    : t('import.map.twice', { field: fieldLabel(p.field), columns: p.columns.join(', ') })}
                </div>
              ))}
            </div>
          )}
          <div className="row">
            <Button onClick={() => setStep('file')}>{t('actions.back')}</Button>
            <span className="spacer" />
            <Button
              variant="primary"
              disabled={problems.length > 0}
              onClick={() => {
                setStep('preview');
                void startDryRun();
              }}
            >
              {t('actions.next')}
            </Button>
          </div>
        </section>
      )}

      {step === 'preview' && parsed && (
        <section className="card stack" aria-label={t('import.step.preview')}>
          <h2>{t('import.preview.title', { count: preview.length })}</h2>
          <div className="table-wrap">
            <table className="data" aria-label={t('import.preview.table')}>
              <thead>
                <tr>
                  {mapped.map(([h, , f]) => (
                    <th key={h} scope="col">
                      {fieldLabel(f!)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.map((row, r) => (
                  <tr key={r}>
                    {mapped.map(([h, i]) => (
                      <td key={h}>{row[i] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('import.preview.check')}</h2>
          {dryRun.running && <Spinner label={t('import.preview.checking')} />}
          {dryRun.error !== undefined && <ErrorBanner error={dryRun.error} onRetry={() => void startDryRun()} />}
          {dryRun.report && (
            <>
              <div className={dryRun.report.failed > 0 ? 'banner warning' : 'banner success'} role="status">
                {t('import.preview.result', {
                  imported: format.number(dryRun.report.imported),
                  total: format.number(dryRun.report.totalRows),
                  failed: format.number(dryRun.report.failed),
                })}
              </div>
              {dryRun.report.errors.length > 0 && <ErrorTable errors={dryRun.report.errors} label={t('import.preview.problems')} />}
            </>
          )}
          <div className="row">
            <Button onClick={() => setStep('map')}>{t('actions.back')}</Button>
            <span className="spacer" />
            <Button variant="primary" disabled={dryRun.running} onClick={() => void run()}>
              {t('import.run.start')}
            </Button>
          </div>
        </section>
      )}

      {step === 'run' && (
        <section className="card stack" aria-label={t('import.step.run')}>
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} label={t('import.run.progress')} />
          <p role="status" className="muted">
            {t('import.run.rows', { done: format.number(progress.done), total: format.number(progress.total) })}
          </p>
          <div className="row">
            <span className="spacer" />
            <Button onClick={() => (stop.current = true)}>{t('import.run.stop')}</Button>
          </div>
        </section>
      )}

      {step === 'report' && result && (
        <section className="card stack" aria-label={t('import.step.report')}>
          {result.error !== undefined && <ErrorBanner error={result.error} />}
          {result.stopped && result.error === undefined && (
            <div className="banner warning" role="status">
              {t('import.report.stopped')}
            </div>
          )}
          <dl className="summary">
            <div>
              <dt>{t('import.report.imported')}</dt>
              <dd>{format.number(result.report.imported)}</dd>
            </div>
            <div>
              <dt>{t('import.report.failed')}</dt>
              <dd>{format.number(result.report.failed)}</dd>
            </div>
            <div>
              <dt>{t('import.report.total')}</dt>
              <dd>{format.number(result.report.totalRows)}</dd>
            </div>
          </dl>
          {result.report.errors.length > 0 ? (
            <>
              <div className="row">
                <h2>{t('import.report.errors')}</h2>
                <span className="spacer" />
                <Button onClick={() => downloadErrors(result.report.errors)}>{t('import.report.download')}</Button>
              </div>
              <ErrorTable errors={result.report.errors} label={t('import.report.errors')} />
            </>
          ) : (
            result.report.failed === 0 && <p className="banner success">{t('import.report.allGood')}</p>
          )}
          <div className="row">
            <Button onClick={reset}>{t('import.report.again')}</Button>
            <span className="spacer" />
            <Link className="btn primary" to={`/customers/${kind}`}>
              {t('import.report.open', { list: t(`${kind}.title`) })}
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
