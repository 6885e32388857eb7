/**
 * A small RFC 4180 reader and writer: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF
 * line ends, a UTF-8 byte order mark. Read leniently as spreadsheets write it: a quote in the middle of an unquoted
 * field is kept as a character, and a quote left open runs to the end of the file.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;
  // Whether anything has been read since the last record ended; a final line break does not start another record.
  let pending = false;

  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push(row);
    row = [];
    pending = false;
  };

  while (i < length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      pending = true;
      i++;
    } else if (c === ',') {
      endField();
      pending = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      pending = true;
      i++;
    }
  }
  if (pending || quoted || row.length > 0) endRecord();
  return rows;
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, CRLF line ends as RFC 4180 writes them. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');
