/**
 * One CSV cell (RFC 4180 quoting). Text a spreadsheet would run as a formula — beginning with `=`, `+`, `-`, `@`,
 * a tab or a carriage return (OWASP's CSV injection rule) — gets a leading apostrophe, so it is shown, never run.
 * Numbers (a JS number, or `kind: 'number'` for figures already formatted, e.g. with toFixed) stay numbers.
 */
export function csvCell(cell: string | number | null | undefined, kind: 'text' | 'number' = typeof cell === 'number' ? 'number' : 'text'): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (kind === 'text' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
