import { describe, expect, it } from 'vitest';
import { isBlankRow, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain rows with LF or CRLF line ends', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'name,notes\r\n"Wang, Wei","He said ""hi""\r\nthen left"\r\n"",x\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'notes'],
      ['Wang, Wei', 'He said "hi"\r\nthen left'],
      ['', 'x'],
    ]);
  });

  it('drops the byte order mark and keeps empty fields and blank lines', () => {
    expect(parseCsv('\uFEFFa,b,c\n1,,3\n\n4,5,\n')).toEqual([['a', 'b', 'c'], ['1', '', '3'], [''], ['4', '5', '']]);
  });

  it('reads Chinese text and a lone CR as a line end', () => {
    expect(parseCsv('姓名,公司\r张伟,北京科技')).toEqual([
      ['姓名', '公司'],
      ['张伟', '北京科技'],
    ]);
  });

  it('is lenient with stray and unclosed quotes', () => {
    expect(parseCsv('a,5" screen\n"open,end\nmore')).toEqual([
      ['a', '5" screen'],
      ['open,end\nmore'],
    ]);
  });

  it('reads an empty file as no rows', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});

describe('toCsv', () => {
  it('quotes only what needs it and round-trips through the parser', () => {
    const rows = [
      ['name', 'notes', 'plain'],
      ['Li, Na', 'say "x"\nok', 'abc'],
      ['', ' padded ', '张三'],
    ];
    const text = toCsv(rows);
    expect(text.split('\r\n')[0]).toBe('name,notes,plain');
    expect(text).toContain('"Li, Na","say ""x""\nok",abc');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('knows a blank row', () => {
    expect(isBlankRow(['', '  '])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
