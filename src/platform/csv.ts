// CSV written the one way this portal writes it: a header row, dates as ISO 8601, and cells a spreadsheet would
// run as formulas (starting with = + - @, tab or carriage return) neutralized.
import { stringify, type Stringifier } from 'csv-stringify';

export const csvWriter = (columns?: string[]): Stringifier =>
  stringify({ header: true, columns, escape_formulas: true, cast: { date: (d) => d.toISOString() } });
