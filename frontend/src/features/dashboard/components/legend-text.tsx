/** A chart legend's label in the page's text colour (recharts paints it in the series colour by default). */
export function legendText(value: string) {
  return <span className="chart-legend__text">{value}</span>;
}
