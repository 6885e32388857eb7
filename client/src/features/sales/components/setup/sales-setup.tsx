import { useTranslation } from 'react-i18next';
import { UrlTabs } from '@/components/ui/url-tabs';
import { usePermissions } from '@/lib/auth';
import { CommissionRulesPanel } from '../commissions/commission-rules-panel';
import { ExchangeRatesPanel } from './exchange-rates-panel';
import { PipelinesPanel } from './pipelines-panel';
import { PriceListsPanel } from './price-lists-panel';
import { ProductsPanel } from './products-panel';

/** The Sales administrator's screens: pipelines and stages, the catalogue, price lists, exchange rates and commission rules. */
export function SalesSetup() {
  const { t } = useTranslation('sales');
  const { can } = usePermissions();
  return (
    <div className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('setup.title')}</h1>
      </div>
      {!can('sales.manage') && (
        <div className="banner warning" role="note">
          {t('setup.readOnly')}
        </div>
      )}
      <UrlTabs
        label={t('setup.title')}
        tabs={[
          { id: 'pipelines', label: t('setup.tabs.pipelines'), content: <PipelinesPanel /> },
          { id: 'products', label: t('setup.tabs.products'), content: <ProductsPanel /> },
          { id: 'price-lists', label: t('setup.tabs.priceLists'), content: <PriceListsPanel /> },
          { id: 'rates', label: t('setup.tabs.rates'), content: <ExchangeRatesPanel /> },
          { id: 'commission-rules', label: t('setup.tabs.commissionRules'), content: <CommissionRulesPanel /> },
        ]}
      />
    </div>
  );
}
