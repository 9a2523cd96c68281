/** A horizontal bar chart in SVG: one labelled bar per row, the value written at its end. */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  readonly colour?: string;
}

export function BarChart({ bars, title, testId }: { bars: readonly Bar[]; title: string; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 26;
  const labelWidth = 150;
  const width = 420;
  const barSpace = width - labelWidth - 90;
  return (
    <figure className="bar-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * rowHeight + 4}`} role="img" aria-label={title} width="100%">
        {bars.map((bar, i) => (
          <g key={bar.key} transform={`translate(0, ${i * rowHeight + 2})`} data-key={bar.key} data-value={bar.value}>
            <text x={labelWidth - 6} y={rowHeight / 2 + 4} textAnchor="end" className="bar-label">{bar.label}</text>
            <rect x={labelWidth} y={4} height={rowHeight - 8} width={Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace)} fill={bar.colour ?? '#5b7fb8'} rx={2} />
            <text x={labelWidth + (bar.value / max) * barSpace + 6} y={rowHeight / 2 + 4} className="bar-value">{bar.valueText}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
