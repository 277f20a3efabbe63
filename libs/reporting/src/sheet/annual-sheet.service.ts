import { Injectable } from '@nestjs/common';
import { invalidSaid, said } from '@tracker/api-conventions';
import { annualSheetCsv, annualSheetLayout, annualSheetXlsx, type SheetLayout } from './annual-sheet';
import { AnnualSheetRepository } from './annual-sheet.repository';

@Injectable()
export class AnnualSheetService {
  constructor(private readonly sheets: AnnualSheetRepository) {}

  async xlsx(planId: string, year: number, period: string) {
    const layout = await this.layout(planId, year, period);
    return { fileName: layout.title, xlsx: await annualSheetXlsx(layout) };
  }

  async csv(planId: string, year: number, period: string) {
    const layout = await this.layout(planId, year, period);
    return { fileName: layout.title, csv: annualSheetCsv(layout) };
  }

  private async layout(planId: string, year: number, period: string): Promise<SheetLayout> {
    if (Number(period.slice(0, 4)) !== year) {
      throw invalidSaid('period', `must be a month of ${year}`, `月份须在 ${year} 年内`);
    }
    const data = await this.sheets.sheet(planId, year, period);
    if (!data) throw said(404, `No plan with id ${planId}.`, `没有 id 为 ${planId} 的规划。`);
    return annualSheetLayout(data, year, period);
  }
}
