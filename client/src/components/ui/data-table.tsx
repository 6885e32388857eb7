import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort name when the column can sort. */
  sort?: string;
  /** Shown unless the user hides it; `required` columns cannot be hidden. */
  hidden?: boolean;
  required?: boolean;
}

export interface SortState {
  sort: string;
  dir: 'asc' | 'desc';
}

/**
 * A list table that works from the keyboard: Tab reaches the rows, arrows move between them, Enter opens one.
 * Pages load as the end comes into view (keyset cursors on the server), with a button for the same.
 */
export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  onOpen,
  sort,
  onSort,
  hasMore,
  onLoadMore,
  loadingMore,
}: {
  label: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  sort?: SortState | undefined;
  onSort?: (sort: SortState) => void;
  hasMore?: boolean;
  onLoadMore?: () => void;
  loadingMore?: boolean;
}) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore || !onLoadMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && !loadingMore && onLoadMore(), {
      rootMargin: '200px',
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, onLoadMore, loadingMore]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    (body.current?.children[next] as HTMLElement | undefined)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) => {
    if (e.key === 'ArrowDown') focusRow(index + 1);
    else if (e.key === 'ArrowUp') focusRow(index - 1);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(rows.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') onOpen?.(row);
    else return;
    e.preventDefault();
  };

  return (
    <div className="table-wrap">
      <table className="data" aria-label={label} aria-rowcount={hasMore ? -1 : rows.length + 1}>
        <thead>
          <tr>
            {columns.map((c) => {
              const sorted = sort?.sort === c.sort && c.sort !== undefined;
              return (
                <th key={c.id} scope="col" aria-sort={sorted ? (sort?.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {c.sort && onSort ? (
                    <button
                      type="button"
                      aria-label={t('table.sortBy', { column: c.header })}
                      onClick={() => onSort({ sort: c.sort!, dir: sorted && sort?.dir === 'asc' ? 'desc' : 'asc' })}
                    >
                      {c.header}
                      <span aria-hidden="true">{sorted ? (sort?.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((row, index) => (
            <tr
              key={rowKey(row)}
              tabIndex={index === active ? 0 : -1}
              onClick={() => onOpen?.(row)}
              onFocus={() => setActive(index)}
              onKeyDown={(e) => onKeyDown(e, index, row)}
            >
              {columns.map((c) => (
                <td key={c.id}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div ref={sentinel} className="table-footer">
        <span>{t('table.rows', { count: rows.length })}</span>
        <span className="spacer" />
        {hasMore ? (
          <button type="button" className="btn small" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? t('state.loading') : t('actions.loadMore')}
          </button>
        ) : (
          rows.length > 0 && <span>{t('state.endOfList')}</span>
        )}
      </div>
    </div>
  );
}
