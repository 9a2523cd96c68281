/**
 * Plots allocated per year against the plan's timeline: the phases (2021–22 preparation, 2023–24
 * registration and construction, from 2025 operation) as bands, plots offered and plots held as bars.
 */
import { PLOT_STATUS_COLOURS } from '../../../map/plot-status-colours';

export interface TimelineRow { readonly year: number; readonly offered: number; readonly held: number }

export function TimelineChart({ rows, phases, title, legend }: {
  rows: readonly TimelineRow[];
  phases: readonly { from: number; to: number; label: string }[];
  title: string;
  legend: { offered: string; held: string };
}) {
  const width = 460;
  const height = 190;
  const left = 30;
  const bottom = 40;
  const column = (width - left) / rows.length;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.offered, r.held)));
  const y = (value: number) => height - bottom - (value / max) * (height - bottom - 30);
  const xOf = (year: number) => left + rows.findIndex((r) => r.year === year) * column;
  return (
    <figure className="timeline-chart" data-testid="dashboard-timeline">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%">
        {phases.map((phase, i) => {
          const x0 = xOf(Math.max(phase.from, rows[0].year));
          const x1 = xOf(Math.min(phase.to, rows[rows.length - 1].year)) + column;
          return (
            <g key={phase.label}>
              <rect x={x0} y={14} width={x1 - x0} height={height - bottom - 14} fill={i % 2 ? '#eef3ea' : '#f4efe6'} />
              <text x={(x0 + x1) / 2} y={26} textAnchor="middle" className="phase-label">{phase.label}</text>
            </g>
          );
        })}
        {rows.map((row) => {
          const x = xOf(row.year);
          const w = column / 3;
          return (
            <g key={row.year} data-year={row.year} data-offered={row.offered} data-held={row.held}>
              <rect x={x + w * 0.5} y={y(row.offered)} width={w} height={height - bottom - y(row.offered)} fill={PLOT_STATUS_COLOURS.offered} />
              <rect x={x + w * 1.5} y={y(row.held)} width={w} height={height - bottom - y(row.held)} fill={PLOT_STATUS_COLOURS.paid} />
              <text x={x + column / 2} y={height - bottom + 16} textAnchor="middle" className="axis-label">{row.year}</text>
            </g>
          );
        })}
        <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} stroke="#888" />
        <g transform={`translate(${left}, ${height - 10})`} className="chart-legend">
          <rect width={10} height={10} y={-9} fill={PLOT_STATUS_COLOURS.offered} /><text x={14}>{legend.offered}</text>
          <rect x={150} width={10} height={10} y={-9} fill={PLOT_STATUS_COLOURS.paid} /><text x={164}>{legend.held}</text>
        </g>
      </svg>
    </figure>
  );
}
