import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from './data-table';

interface Row {
  id: string;
  name: string;
}
const columns: Column<Row>[] = [{ id: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' }];
const rows: Row[] = [
  { id: '1', name: 'Ada' },
  { id: '2', name: 'Bo' },
  { id: '3', name: 'Cy' },
];

describe('DataTable', () => {
  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const onOpen = vi.fn();
    render(<DataTable label="People" columns={columns} rows={rows} rowKey={(r) => r.id} onOpen={onOpen} />);
    const user = userEvent.setup();

    await user.tab();
    expect(screen.getByRole('row', { name: 'Ada' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('row', { name: 'Cy' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(rows[2]);
  });

  it('asks for the other direction when a sorted column is clicked again', async () => {
    const onSort = vi.fn();
    render(<DataTable label="People" columns={columns} rows={rows} rowKey={(r) => r.id} sort={{ sort: 'name', dir: 'asc' }} onSort={onSort} />);

    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenCalledWith({ sort: 'name', dir: 'desc' });
  });

  it('offers the next page while there is one', async () => {
    const onLoadMore = vi.fn();
    render(<DataTable label="People" columns={columns} rows={rows} rowKey={(r) => r.id} hasMore onLoadMore={onLoadMore} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalled();
  });
});
