/** A UTF-8 byte-order mark: without it Excel opens the file as ANSI and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

type Cell = string | number | null | undefined;

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula
 * (names are typed by the public: "=HYPERLINK(…)" must stay text).
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;
