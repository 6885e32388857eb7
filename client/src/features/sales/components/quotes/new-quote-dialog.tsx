import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { fieldError } from '@/lib/problem';
import { useCreateQuote } from '../../api/create-quote';
import { usePriceLists } from '../../api/list-price-lists';
import { isoDay } from '../../model/period';
import type { OpportunityDetails } from '../../model/types';

/** Drafts a quote for an open deal: validity, price list (in the deal's currency), notes; the deal's products are copied in. */
export function NewQuoteDialog({ opportunity, onClose }: { opportunity: OpportunityDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateQuote();
  const lists = usePriceLists();
  const [validUntil, setValidUntil] = useState(isoDay(30));
  const [priceListId, setPriceListId] = useState('');
  const [notes, setNotes] = useState('');
  const candidates = (lists.data ?? []).filter((l) => l.currency === opportunity.currency);
  const err = (f: string) => fieldError(create.error, f);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { opportunityId: opportunity.id, validUntil, priceListId: priceListId || null, notes: notes.trim() || null },
      { onSuccess: (quote) => navigate(`/sales/quotes/${quote.id}`) },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('quotes.newFor', { name: opportunity.name })}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="new-quote-form" disabled={create.isPending}>
            {t('quotes.create')}
          </Button>
        </>
      }
    >
      <form id="new-quote-form" className="stack" onSubmit={submit} noValidate>
        {create.error !== null && !['validUntil', 'priceListId', 'notes'].some(err) && <ErrorBanner error={create.error} />}
        <p className="muted" style={{ margin: 0 }}>
          {opportunity.lines.length > 0 ? t('quotes.copiesLines', { count: opportunity.lines.length }) : t('quotes.startsEmpty')}
        </p>
        <TextField label={t('quotes.validUntil')} type="date" required value={validUntil} error={err('validUntil')} onChange={(e) => setValidUntil(e.target.value)} />
        <SelectField
          label={t('quotes.priceList')}
          value={priceListId}
          error={err('priceListId')}
          onChange={(e) => setPriceListId(e.target.value)}
          options={[{ value: '', label: t('quotes.defaultPriceList') }, ...candidates.map((l) => ({ value: l.id, label: `${l.name} (${l.currency})` }))]}
        />
        <TextAreaField label={t('quotes.notes')} value={notes} error={err('notes')} onChange={(e) => setNotes(e.target.value)} />
      </form>
    </Dialog>
  );
}
