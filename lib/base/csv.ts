/** CSV output (RFC 4180), safe to open in a spreadsheet. */

/**
 * RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF, quotes doubled. Text that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an
 * apostrophe, the usual defence against CSV injection; numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
