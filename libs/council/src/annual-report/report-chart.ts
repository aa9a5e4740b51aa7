export interface ChartSeries {
  name: string;
  values: number[];
}

const COLORS = ['#1f5f8b', '#d08c2e', '#4f8a3c'];

/**
 * A horizontal bar chart as SVG, rendered on the server by Apache ECharts (no browser, no DOM): the same
 * picture in the HTML and, embedded by pdfmake, in the PDF. ECharts (megabytes of code) is loaded with the
 * first chart, not by every process at boot.
 */
export async function barChartSvg(categories: string[], series: ChartSeries[], width = 480): Promise<string> {
  const echarts = await import('echarts');
  const height = Math.max(140, 60 + categories.length * 32);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: 'Roboto, Arial, sans-serif', fontSize: 11 },
      legend: series.length > 1 ? { bottom: 0, data: series.map((item) => item.name) } : undefined,
      grid: { left: 8, right: 24, top: 8, bottom: series.length > 1 ? 32 : 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: categories,
        inverse: true,
        axisLabel: { width: 190, overflow: 'truncate' },
      },
      series: series.map((item) => ({
        name: item.name,
        type: 'bar',
        stack: 'total',
        data: item.values,
        label: { show: true, formatter: ({ value }: { value: number }) => (value ? String(value) : '') },
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
