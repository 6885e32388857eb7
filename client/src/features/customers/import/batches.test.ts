import { describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../model/types';
import { errorReportCsv, makeBatches, runBatches, shiftReport } from './batches';
import { parseCsv } from './csv';
import { mappingProblems, matchField, prefillMapping } from './fields';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Person ${i + 1}`, `p${i + 1}@example.com`]);

describe('makeBatches', () => {
  it('cuts data rows into batches that know their first row number in the file', () => {
    const batches = makeBatches(rows(450), 200);
    expect(batches.map((b) => [b.firstRow, b.rows.length, b.dataRows])).toEqual([
      [2, 200, 200],
      [202, 200, 200],
      [402, 50, 50],
    ]);
  });

  it('keeps blank rows in place but does not count them, and skips an all-blank batch', () => {
    const data = [['a'], [''], ['b'], ['', ''], ['']];
    const batches = makeBatches(data, 3);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ firstRow: 2, dataRows: 2 });
  });
});

describe('shiftReport', () => {
  it('moves a batch’s row numbers to the file’s', () => {
    const [, second] = makeBatches(rows(300), 200);
    const report: ImportReport = {
      totalRows: 100,
      imported: 99,
      failed: 1,
      dryRun: false,
      errors: [{ row: 2, field: 'email', code: 'validation.failed', message: 'Not an email address.' }],
    };
    expect(shiftReport(report, second!).errors[0]!.row).toBe(202);
  });
});

describe('runBatches', () => {
  it('sends each batch as CSV with the header, reports progress and adds the reports up with file row numbers', async () => {
    const header = ['Name', 'Email'];
    const data = rows(5);
    data[3]![1] = 'bad';
    const send = vi.fn(async (csv: string): Promise<ImportReport> => {
      const [, ...body] = parseCsv(csv);
      const bad = body.findIndex((r) => r[1] === 'bad');
      return {
        totalRows: body.length,
        imported: body.length - (bad >= 0 ? 1 : 0),
        failed: bad >= 0 ? 1 : 0,
        dryRun: false,
        errors: bad >= 0 ? [{ row: bad + 2, field: 'email', code: 'validation.failed', message: 'Not an email address.' }] : [],
      };
    });
    const progress: [number, number][] = [];
    const { report, stopped } = await runBatches({ header, dataRows: data, size: 2, send, onProgress: (done, total) => progress.push([done, total]) });

    expect(send).toHaveBeenCalledTimes(3);
    expect(parseCsv(send.mock.calls[1]![0])).toEqual([header, data[2], data[3]]);
    expect(progress).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(stopped).toBe(false);
    expect(report).toMatchObject({ totalRows: 5, imported: 4, failed: 1 });
    // The 4th data row is the file's row 5 (the header is row 1).
    expect(report.errors).toEqual([{ row: 5, field: 'email', code: 'validation.failed', message: 'Not an email address.' }]);
  });

  it('stops between batches when asked', async () => {
    let calls = 0;
    const send = async (): Promise<ImportReport> => {
      calls++;
      return { totalRows: 2, imported: 2, failed: 0, dryRun: false, errors: [] };
    };
    const result = await runBatches({ header: ['Name'], dataRows: rows(6), size: 2, send, stopped: () => calls >= 1 });
    expect(result.stopped).toBe(true);
    expect(result.report.imported).toBe(2);
  });
});

describe('error report', () => {
  it('lists each problem with the original row beside it', () => {
    const csv = errorReportCsv(
      [{ row: 3, field: 'email', code: 'validation.failed', message: 'Bad, very bad' }],
      ['Name', 'Email'],
      [
        ['A', 'a@x'],
        ['B', 'b@'],
      ],
      { row: 'Row', field: 'Field', code: 'Code', message: 'Message' },
    );
    expect(parseCsv(csv)).toEqual([
      ['Row', 'Field', 'Code', 'Message', 'Name', 'Email'],
      ['3', 'email', 'validation.failed', 'Bad, very bad', 'B', 'b@'],
    ]);
  });
});

describe('column matching', () => {
  it('matches headings as the server does, ignoring case, spaces and punctuation, Chinese included', () => {
    expect(matchField('contacts', 'E-Mail ')).toBe('email');
    expect(matchField('contacts', 'Company Name')).toBe('account');
    expect(matchField('contacts', '姓名')).toBe('fullName');
    expect(matchField('accounts', 'Company')).toBe('name');
    expect(matchField('contacts', 'Favourite colour')).toBeUndefined();
  });

  it('prefills a mapping where the first column for a field wins, and checks it', () => {
    const mapping = prefillMapping('contacts', ['Name', 'Email', 'Mail', 'Shoe size']);
    expect(mapping).toEqual({ Name: 'fullName', Email: 'email', Mail: null, 'Shoe size': null });
    expect(mappingProblems('contacts', mapping)).toEqual([]);
    expect(mappingProblems('contacts', { ...mapping, Name: null, Mail: 'email' })).toEqual([
      { code: 'required', field: 'fullName' },
      { code: 'twice', field: 'email', columns: ['Email', 'Mail'] },
    ]);
  });
});
