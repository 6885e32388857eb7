import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { useDirectory } from '../../api/get-directory';
import { useStageHistory } from '../../api/get-stage-history';
import { useSalesFormat } from '../../model/use-sales-format';
import { StageBadge } from '../badges';

/** Every stage the deal went through, with when it entered and left and the days it spent there. */
export function StageHistory({ id }: { id: string }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const directory = useDirectory();
  const history = useStageHistory(id);
  if (history.error) return <ErrorBanner error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Spinner />;
  if (history.data.length === 0) return <EmptyState>{t('history.empty')}</EmptyState>;
  const longest = Math.max(...history.data.map((s) => Number(s.daysInStage)), 1);
  return (
    <div className="table-wrap">
      <table className="data static" aria-label={t('opportunities.tabs.history')}>
        <thead>
          <tr>
            <th scope="col">{t('history.stage')}</th>
            <th scope="col">{t('history.entered')}</th>
            <th scope="col">{t('history.left')}</th>
            <th scope="col">{t('history.days')}</th>
            <th scope="col">{t('history.by')}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((stay, index) => (
            <tr key={`${stay.stageId}-${stay.enteredAt}-${index}`}>
              <td>
                <StageBadge name={stay.stageName} category={stay.category} />
              </td>
              <td>{format.dateTime(stay.enteredAt)}</td>
              <td>{stay.leftAt ? format.dateTime(stay.leftAt) : <span className="muted">{t('history.current')}</span>}</td>
              <td>
                <span className="row">
                  <span className="dwell" aria-hidden="true" style={{ width: `${Math.max(2, (Number(stay.daysInStage) / longest) * 120)}px` }} />
                  {t('history.daysValue', { days: format.number(Number(stay.daysInStage)) })}
                </span>
              </td>
              <td>{directory.userName(stay.actorId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
