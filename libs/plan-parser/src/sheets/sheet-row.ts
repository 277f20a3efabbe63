/** A spreadsheet row: its number (a csv record's first line, a worksheet's row number) and its cell texts. */
export interface SheetRow {
  number: number;
  cells: string[];
}
