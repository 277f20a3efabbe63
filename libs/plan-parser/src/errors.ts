/** Input the parser cannot read. The message names the line (or row) and, where there is one, the column. */
export class PlanParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly cell?: string,
  ) {
    super(message);
    this.name = 'PlanParseError';
  }
}
