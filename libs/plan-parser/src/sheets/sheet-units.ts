import { sheetError } from '../errors';
import { areaUnitIn, landUnitIn, moneyUnitIn, type AreaUnit, type LandUnit, type MoneyUnit } from '../units';
import { columnLetter } from './workbook';
import type { LayoutColumn, TitleCell } from './layout';

/** A unit and the cell that states it; `cell` is null for the default taken when nothing states one. */
export interface UnitSource<U> {
  unit: U;
  cell: TitleCell | null;
}

export interface SheetUnits {
  money: UnitSource<MoneyUnit> | null;
  land: UnitSource<LandUnit> | null;
  area: UnitSource<AreaUnit> | null;
}

// '单位：万元', '（单位：万元、亩、平方米）', '金额单位：亿元', or a title ending '…计划表（亿元）'.
const STATEMENT = /单位\s*[:：]\s*([^）)。；;]*)/;
const BRACKETED = /[（(]\s*(亿元|万元|元)\s*[)）]\s*$/;

/**
 * The units the title rows and unit rows state for the whole sheet. Two cells that state different money units
 * leave the sheet ambiguous: refused, naming both.
 */
export function statedUnits(cells: readonly TitleCell[], sheet: string | undefined): SheetUnits {
  const found: SheetUnits = { money: null, land: null, area: null };
  const agree = <U>(current: UnitSource<U> | null, unit: U, cell: TitleCell, label: string): UnitSource<U> => {
    if (current?.cell && current.unit !== unit) {
      const a = current.cell;
      throw sheetError(
        { sheet, row: cell.row, column: columnLetter(cell.column) },
        `写着“${cell.text}”，而第 ${a.row} 行 ${columnLetter(a.column)} 列写着“${a.text}”：${label}单位不一致，无法确定按哪个单位读取`,
      );
    }
    return { unit, cell };
  };
  for (const cell of cells) {
    const statement = STATEMENT.exec(cell.text)?.[1] ?? BRACKETED.exec(cell.text)?.[1] ?? (/^(亿元|万元|元)$/.test(cell.text.trim()) ? cell.text.trim() : null);
    if (statement === null) continue;
    const moneyUnits = new Set((statement.match(/亿元|万元|(?<![亿万])元/g) ?? []).map((unit) => moneyUnitIn(`（${unit}）`)!));
    if (moneyUnits.size > 1) {
      throw sheetError({ sheet, row: cell.row, column: columnLetter(cell.column) }, `“${cell.text}”同时写了几种金额单位，无法确定按哪个单位读取`);
    }
    const money = [...moneyUnits][0];
    if (money) found.money = agree(found.money, money, cell, '金额');
    const land = /亩|公顷/.test(statement) ? landUnitIn(statement) : null;
    if (land) found.land = agree(found.land, land, cell, '用地');
    // 平方米 alone in a statement is the area's unit; beside 亩 it still is (land then being in 亩).
    const area = areaUnitIn(statement.replace(/亩|公顷/g, ''));
    if (area) found.area = agree(found.area, area, cell, '面积');
  }
  return found;
}

/**
 * The unit of one figure column: its header's own ('总投资（亿元）') or the sheet's. A header that contradicts the
 * sheet's stated unit is refused, naming both cells; a header that names two money units as well.
 */
export function columnUnit<U extends string>(
  column: LayoutColumn,
  headerRow: number,
  sheetUnit: UnitSource<U> | null,
  ownUnit: U | null,
  kind: string,
  sheet: string | undefined,
): U | null {
  if (kind === '金额' && /亿元/.test(column.header) && /万元/.test(column.header)) {
    throw sheetError({ sheet, row: headerRow, column: column.letter, header: column.header }, '表头同时写了亿元和万元，无法确定按哪个单位读取');
  }
  if (ownUnit && sheetUnit?.cell && ownUnit !== sheetUnit.unit) {
    const cell = sheetUnit.cell;
    throw sheetError(
      { sheet, row: headerRow, column: column.letter, header: column.header },
      `表头的${kind}单位是${ownUnit}，而第 ${cell.row} 行 ${columnLetter(cell.column)} 列写着“${cell.text}”：单位不一致，无法确定按哪个单位读取`,
    );
  }
  return ownUnit ?? sheetUnit?.unit ?? null;
}
