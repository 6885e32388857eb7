import { useSalesFormat } from '../model/use-sales-format';

/** Quota attainment as a bar (full at 100%, marked when beyond) with the exact percentage beside it. */
export function AttainmentBar({ percent, label }: { percent: number | string | null | undefined; label: string }) {
  const format = useSalesFormat();
  if (percent === null || percent === undefined) return null;
  const value = Number(percent);
  const width = Math.max(0, Math.min(100, value));
  const tone = value >= 100 ? 'met' : value >= 70 ? 'near' : 'behind';
  return (
    <div className="row attainment-bar">
      <div
        className={`progress ${tone}`}
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(value * 10) / 10}
        aria-valuetext={format.percent100(value)}
        style={{ flex: 1, minWidth: 60 }}
      >
        <div style={{ width: `${width}%` }} />
      </div>
      <span className="small num" style={{ minWidth: 56 }}>
        {format.percent100(value)}
      </span>
    </div>
  );
}
