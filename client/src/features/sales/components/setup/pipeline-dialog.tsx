import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { fieldError } from '@/lib/problem';
import { useCreatePipeline } from '../../api/create-pipeline';
import { salesKeys } from '../../api/keys';
import { pipelinesOptions } from '../../api/list-pipelines';
import { useUpdatePipeline } from '../../api/update-pipeline';
import { stageCategories, type PipelineDetails, type StageCategory } from '../../model/types';
import { useVersionedSave } from '../use-versioned-save';

interface StageRow {
  key: string;
  id?: string | undefined;
  name: string;
  probability: string;
  category: StageCategory;
}

interface Values {
  name: string;
  isDefault: boolean;
  isActive: boolean;
  stages: StageRow[];
}

let counter = 0;
const newKey = () => `new-${++counter}`;

const starter = (): StageRow[] => [
  { key: newKey(), name: '', probability: '10', category: 'Open' },
  { key: newKey(), name: '', probability: '100', category: 'Won' },
  { key: newKey(), name: '', probability: '0', category: 'Lost' },
];

const fromPipeline = (p: PipelineDetails): Values => ({
  name: p.name,
  isDefault: p.isDefault,
  isActive: p.isActive,
  stages: p.stages.map((s) => ({ key: s.id, id: s.id, name: s.name, probability: String(s.probability), category: s.category })),
});

const stagesText = (stages: { name: string; probability: number | string; category: string }[]) =>
  stages.map((s) => `${s.name} (${s.probability}%, ${s.category})`).join(' → ');

/** Create or edit a pipeline: name, default/active flags and the ordered stage list (reorder with the arrow buttons). */
export function PipelineDialog({ pipeline, onClose }: { pipeline?: PipelineDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const create = useCreatePipeline();
  const update = useUpdatePipeline();
  const [values, setValues] = useState<Values>(() =>
    pipeline ? fromPipeline(pipeline) : { name: '', isDefault: false, isActive: true, stages: starter() },
  );

  const body = (v: Values) => ({
    name: v.name.trim(),
    isDefault: v.isDefault,
    stages: v.stages.map((s) => ({ id: s.id ?? null, name: s.name.trim(), probability: Number(s.probability || 0), category: s.category })),
  });

  const saver = useVersionedSave<Values, PipelineDetails>({
    submit: (v, version) =>
      pipeline ? update.mutateAsync({ id: pipeline.id, body: { ...body(v), isActive: v.isActive, version } }) : create.mutateAsync(body(v)),
    labels: { name: t('pipelines.name'), isDefault: t('common.default'), isActive: t('common.active'), stages: t('pipelines.stages') },
    showValues: (v) => ({ ...v, stages: stagesText(v.stages) }),
    showRecord: (r) => ({ ...r, stages: stagesText(r.stages) }),
    fetchCurrent: async () => (await client.fetchQuery({ ...pipelinesOptions(), staleTime: 0 })).find((p) => p.id === pipeline?.id)!,
    onReload: () => {
      void client.invalidateQueries({ queryKey: salesKeys.pipelines() });
      onClose();
    },
  });

  const setStage = (index: number, patch: Partial<StageRow>) =>
    setValues((v) => ({ ...v, stages: v.stages.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
  const moveStage = (index: number, by: number) =>
    setValues((v) => {
      const stages = [...v.stages];
      const [stage] = stages.splice(index, 1);
      stages.splice(index + by, 0, stage!);
      return { ...v, stages };
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saver.save(values, pipeline?.version ?? 0)) onClose();
  };

  const err = (field: string) => fieldError(saver.error, field);
  const formId = 'pipeline-form';

  return (
    <Dialog
      open
      wide
      onClose={onClose}
      title={pipeline ? t('pipelines.edit') : t('pipelines.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={saver.pending}>
            {saver.pending ? tc('actions.saving') : tc('actions.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={submit} noValidate>
        {saver.error !== null && !err('name') && <ErrorBanner error={saver.error} />}
        <TextField label={t('pipelines.name')} required value={values.name} error={err('name')} onChange={(e) => setValues({ ...values, name: e.target.value })} />
        <div className="row wrap">
          <label className="row small">
            <input type="checkbox" checked={values.isDefault} disabled={pipeline?.isDefault} onChange={(e) => setValues({ ...values, isDefault: e.target.checked })} />
            {t('pipelines.isDefault')}
          </label>
          {pipeline && (
            <label className="row small">
              <input type="checkbox" checked={values.isActive} onChange={(e) => setValues({ ...values, isActive: e.target.checked })} />
              {t('pipelines.isActive')}
            </label>
          )}
        </div>
        <fieldset className="stage-editor">
          <legend>{t('pipelines.stages')}</legend>
          <p className="muted small">{t('pipelines.rules')}</p>
          {err('stages') && (
            <p className="field-error" role="alert">
              {err('stages')}
            </p>
          )}
          <ol className="stack" style={{ gap: 8, paddingLeft: 20 }}>
            {values.stages.map((stage, index) => {
              const name = stage.name || String(index + 1);
              return (
                <li key={stage.key}>
                  <div className="row wrap" style={{ alignItems: 'end' }}>
                    <TextField
                      label={t('pipelines.stageName')}
                      value={stage.name}
                      required
                      error={fieldError(saver.error, `stages[${index}].name`)}
                      onChange={(e) => setStage(index, { name: e.target.value })}
                    />
                    <TextField
                      label={t('pipelines.probability')}
                      type="number"
                      min={0}
                      max={100}
                      step="0.01"
                      style={{ width: 110 }}
                      value={stage.probability}
                      error={fieldError(saver.error, `stages[${index}].probability`)}
                      onChange={(e) => setStage(index, { probability: e.target.value })}
                    />
                    <SelectField
                      label={t('pipelines.category')}
                      value={stage.category}
                      onChange={(e) => setStage(index, { category: e.target.value as StageCategory })}
                      options={stageCategories.map((c) => ({ value: c, label: t(`stageCategory.${c}`) }))}
                    />
                    <Button size="small" variant="ghost" aria-label={t('common.moveUp', { name })} disabled={index === 0} onClick={() => moveStage(index, -1)}>
                      ↑
                    </Button>
                    <Button
                      size="small"
                      variant="ghost"
                      aria-label={t('common.moveDown', { name })}
                      disabled={index === values.stages.length - 1}
                      onClick={() => moveStage(index, 1)}
                    >
                      ↓
                    </Button>
                    <Button
                      size="small"
                      variant="danger"
                      aria-label={t('common.removeNamed', { name })}
                      disabled={values.stages.length <= 1}
                      onClick={() => setValues((v) => ({ ...v, stages: v.stages.filter((_, i) => i !== index) }))}
                    >
                      ×
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
          <div>
            <Button
              size="small"
              onClick={() => {
                // New open stages go before the first closed one, where they belong in a sales process.
                const at = values.stages.findIndex((s) => s.category !== 'Open');
                const stages = [...values.stages];
                stages.splice(at === -1 ? stages.length : at, 0, { key: newKey(), name: '', probability: '50', category: 'Open' });
                setValues({ ...values, stages });
              }}
            >
              {t('pipelines.addStage')}
            </Button>
          </div>
        </fieldset>
      </form>
      {saver.dialog}
    </Dialog>
  );
}
