/** Where in a spreadsheet something is: the sheet (for workbooks), the row as Excel numbers it, the column. */
export interface SheetPlace {
  sheet?: string;
  row: number;
  /** The column letter, as Excel shows it: 'E'. */
  column?: string;
  /** The header of that column: '总投资'. */
  header?: string;
}

/**
 * Input the parser cannot read. The message (in Chinese, for the people who send the files) names the line of a
 * document, or the sheet, row and column of a spreadsheet; `line` and `place` say the same for programs.
 */
export class PlanParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly cell?: string,
    readonly place?: SheetPlace,
  ) {
    super(message);
    this.name = 'PlanParseError';
  }
}

/** '工作表“项目表”第 12 行 E 列（总投资）' — the place as a person looks for it in Excel. */
export function describeSheetPlace(place: SheetPlace): string {
  const sheet = place.sheet ? `工作表“${place.sheet}”` : '';
  const column = place.column ? ` ${place.column} 列${place.header ? `（${place.header}）` : ''}` : '';
  return `${sheet}第 ${place.row} 行${column}`;
}

export function sheetError(place: SheetPlace, message: string): PlanParseError {
  return new PlanParseError(`${describeSheetPlace(place)}：${message}`, place.row, place.header, place);
}
