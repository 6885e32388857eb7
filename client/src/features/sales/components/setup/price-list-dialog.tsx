import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { TextField } from '@/components/ui/field';
import { fieldError } from '@/lib/problem';
import { useCreatePriceList } from '../../api/create-price-list';
import { priceListOptions } from '../../api/get-price-list';
import { salesKeys } from '../../api/keys';
import { useUpdatePriceList } from '../../api/update-price-list';
import type { PriceListDetails } from '../../model/types';
import { useVersionedSave } from '../use-versioned-save';

interface Values {
  name: string;
  currency: string;
  validFrom: string;
  validTo: string;
  isDefault: boolean;
}

/** Create a price list in one currency, or rename it / change its validity / make it the default. */
export function PriceListDialog({ list, onClose, onCreated }: { list?: PriceListDetails; onClose: () => void; onCreated?: (id: string) => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const create = useCreatePriceList();
  const update = useUpdatePriceList();
  const [values, setValues] = useState<Values>({
    name: list?.name ?? '',
    currency: list?.currency ?? '',
    validFrom: list?.validFrom ?? '',
    validTo: list?.validTo ?? '',
    isDefault: list?.isDefault ?? false,
  });

  const saver = useVersionedSave<Values, PriceListDetails>({
    submit: async (v, version) => {
      const common = { name: v.name.trim(), validFrom: v.validFrom || null, validTo: v.validTo || null, isDefault: v.isDefault };
      if (list) return update.mutateAsync({ id: list.id, body: { ...common, version } });
      const created = await create.mutateAsync({ ...common, currency: v.currency.trim().toUpperCase() });
      onCreated?.(created.id);
      return created;
    },
    labels: { name: t('priceLists.name'), validFrom: t('priceLists.validFrom'), validTo: t('priceLists.validTo'), isDefault: t('common.default') },
    showValues: (v) => ({ ...v }),
    showRecord: (r) => ({ ...r }),
    fetchCurrent: () => client.fetchQuery({ ...priceListOptions(list!.id), staleTime: 0 }),
    onReload: () => {
      void client.invalidateQueries({ queryKey: salesKeys.priceLists() });
      onClose();
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saver.save(values, list?.version ?? 0)) onClose();
  };
  const err = (f: string) => fieldError(saver.error, f);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <Dialog
      open
      onClose={onClose}
      title={list ? t('priceLists.edit') : t('priceLists.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="price-list-form" disabled={saver.pending}>
            {saver.pending ? tc('actions.saving') : tc('actions.save')}
          </Button>
        </>
      }
    >
      <form id="price-list-form" className="stack" onSubmit={submit} noValidate>
        {saver.error !== null && !['name', 'currency', 'validTo'].some(err) && <ErrorBanner error={saver.error} />}
        <TextField label={t('priceLists.name')} required value={values.name} error={err('name')} onChange={(e) => set({ name: e.target.value })} />
        <TextField
          label={t('priceLists.currency')}
          required
          maxLength={3}
          style={{ width: 100, textTransform: 'uppercase' }}
          value={values.currency}
          disabled={!!list}
          hint={list ? t('priceLists.currencyFixed') : undefined}
          error={err('currency')}
          onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
        />
        <div className="grid-2">
          <TextField label={t('priceLists.validFrom')} type="date" value={values.validFrom} error={err('validFrom')} onChange={(e) => set({ validFrom: e.target.value })} />
          <TextField label={t('priceLists.validTo')} type="date" value={values.validTo} error={err('validTo')} onChange={(e) => set({ validTo: e.target.value })} />
        </div>
        <label className="row small">
          <input type="checkbox" checked={values.isDefault} onChange={(e) => set({ isDefault: e.target.checked })} />
          {t('priceLists.isDefault')}
        </label>
      </form>
      {saver.dialog}
    </Dialog>
  );
}
