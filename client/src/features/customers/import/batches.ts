import type { ImportReport, ImportRowError } from '../model/types';
import { isBlankRow, toCsv } from './csv';

/** A slice of the file sent as one import request: its own CSV with the header row, and where it sits in the file. */
export interface Batch {
  rows: string[][];
  /** The file's row number (a spreadsheet's: the header is row 1) of the batch's first data row. */
  firstRow: number;
  /** Rows that hold data (blank rows are skipped by the server and not counted). */
  dataRows: number;
}

/**
 * Cuts the data rows into batches of `size`. Blank rows stay in place so that the server's row numbers inside a batch
 * stay in step with the file's; a batch of nothing but blank rows is left out.
 */
export function makeBatches(dataRows: readonly string[][], size: number): Batch[] {
  const batches: Batch[] = [];
  for (let start = 0; start < dataRows.length; start += size) {
    const rows = dataRows.slice(start, start + size);
    const count = rows.filter((row) => !isBlankRow(row)).length;
    if (count > 0) batches.push({ rows, firstRow: start + 2, dataRows: count });
  }
  return batches;
}

export const batchCsv = (header: readonly string[], batch: Batch) => toCsv([header, ...batch.rows]);

/** A batch's report with its row numbers moved to the file's: the batch's row 2 is the file's `firstRow`. */
export function shiftReport(report: ImportReport, batch: Batch): ImportReport {
  const offset = batch.firstRow - 2;
  return { ...report, errors: report.errors.map((e) => ({ ...e, row: e.row + offset })) };
}

export function emptyReport(dryRun: boolean): ImportReport {
  return { totalRows: 0, imported: 0, failed: 0, dryRun, errors: [] };
}

export function addReports(a: ImportReport, b: ImportReport): ImportReport {
  return {
    totalRows: a.totalRows + b.totalRows,
    imported: a.imported + b.imported,
    failed: a.failed + b.failed,
    dryRun: a.dryRun && b.dryRun,
    errors: [...a.errors, ...b.errors],
  };
}

export interface RunOptions {
  header: string[];
  dataRows: string[][];
  size: number;
  /** Sends one batch's CSV text; answers the server's report for it. */
  send: (csv: string, batch: Batch) => Promise<ImportReport>;
  /** Rows done (data rows of the batches answered so far) out of all data rows. */
  onProgress?: (done: number, total: number, report: ImportReport) => void;
  /** Asked before each batch: true stops the run (what was imported stays). */
  stopped?: () => boolean;
}

/** Runs an import batch after batch, accumulating one report numbered as the file is. */
export async function runBatches({ header, dataRows, size, send, onProgress, stopped }: RunOptions): Promise<{ report: ImportReport; stopped: boolean }> {
  const batches = makeBatches(dataRows, size);
  const total = batches.reduce((sum, b) => sum + b.dataRows, 0);
  let report = emptyReport(false);
  let done = 0;
  onProgress?.(0, total, report);
  for (const batch of batches) {
    if (stopped?.()) return { report, stopped: true };
    report = addReports(report, shiftReport(await send(batchCsv(header, batch), batch), batch));
    done += batch.dataRows;
    onProgress?.(done, total, report);
  }
  return { report, stopped: false };
}

/** The error report a user downloads: one line per problem with the row's original cells beside it, ready to fix. */
export function errorReportCsv(
  errors: readonly ImportRowError[],
  header: readonly string[],
  dataRows: readonly string[][],
  columns: { row: string; field: string; code: string; message: string },
): string {
  const lines = errors.map((e) => [String(e.row), e.field ?? '', e.code, e.message, ...(dataRows[e.row - 2] ?? [])]);
  return toCsv([[columns.row, columns.field, columns.code, columns.message, ...header], ...lines]);
}
