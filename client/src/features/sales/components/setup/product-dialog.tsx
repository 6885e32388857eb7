import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { TextAreaField, TextField } from '@/components/ui/field';
import { fieldError } from '@/lib/problem';
import { useCreateProduct } from '../../api/create-product';
import { getProduct } from '../../api/get-product';
import { salesKeys } from '../../api/keys';
import { useUpdateProduct } from '../../api/update-product';
import type { ProductDetails } from '../../model/types';
import { useVersionedSave } from '../use-versioned-save';

interface Values {
  code: string;
  name: string;
  unit: string;
  description: string;
  isActive: boolean;
}

/** Add a product to the catalogue or edit one (deactivate instead of deleting: documents keep their products). */
export function ProductDialog({ product, onClose }: { product?: ProductDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const [values, setValues] = useState<Values>({
    code: product?.code ?? '',
    name: product?.name ?? '',
    unit: product?.unit ?? '',
    description: product?.description ?? '',
    isActive: product?.isActive ?? true,
  });

  const saver = useVersionedSave<Values, ProductDetails>({
    submit: (v, version) => {
      const body = { code: v.code.trim(), name: v.name.trim(), unit: v.unit.trim(), description: v.description.trim() || null, isActive: v.isActive };
      return product ? update.mutateAsync({ id: product.id, body: { ...body, version } }) : create.mutateAsync(body);
    },
    labels: { code: t('products.code'), name: t('products.name'), unit: t('products.unit'), description: t('products.description'), isActive: t('common.active') },
    showValues: (v) => ({ ...v }),
    showRecord: (r) => ({ ...r }),
    fetchCurrent: () => getProduct(product!.id),
    onReload: () => {
      void client.invalidateQueries({ queryKey: salesKeys.products() });
      onClose();
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saver.save(values, product?.version ?? 0)) onClose();
  };
  const err = (f: string) => fieldError(saver.error, f);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <Dialog
      open
      onClose={onClose}
      title={product ? t('products.edit') : t('products.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="product-form" disabled={saver.pending}>
            {saver.pending ? tc('actions.saving') : tc('actions.save')}
          </Button>
        </>
      }
    >
      <form id="product-form" className="stack" onSubmit={submit} noValidate>
        {saver.error !== null && !['code', 'name', 'unit', 'description'].some(err) && <ErrorBanner error={saver.error} />}
        <div className="grid-2">
          <TextField label={t('products.code')} required value={values.code} error={err('code')} onChange={(e) => set({ code: e.target.value })} />
          <TextField label={t('products.unit')} required value={values.unit} error={err('unit')} onChange={(e) => set({ unit: e.target.value })} />
        </div>
        <TextField label={t('products.name')} required value={values.name} error={err('name')} onChange={(e) => set({ name: e.target.value })} />
        <TextAreaField label={t('products.description')} value={values.description} error={err('description')} onChange={(e) => set({ description: e.target.value })} />
        <label className="row small">
          <input type="checkbox" checked={values.isActive} onChange={(e) => set({ isActive: e.target.checked })} />
          {t('products.active')}
        </label>
      </form>
      {saver.dialog}
    </Dialog>
  );
}
