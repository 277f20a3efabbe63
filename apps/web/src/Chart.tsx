import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// No AriaComponent: its generated description ("…的数据是0，5000") is replaced by the chart's `label`.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * An Apache ECharts chart that follows its container's width. `label` is its text alternative, read by screen
 * readers instead of the drawing: it names every item with its unit. `svg` draws it as SVG (small charts, whose
 * shapes a test can measure).
 */
export function Chart({
  option,
  label,
  height = 280,
  svg = false,
  testId,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  svg?: boolean;
  testId?: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: svg ? 'svg' : 'canvas' });
    chart.setOption({ animation: false, ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, svg]);
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} data-testid={testId} />;
}
