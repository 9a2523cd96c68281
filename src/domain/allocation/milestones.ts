/**
 * The milestones of the commune's plan (kế hoạch 02/3/2021, phases 2021–2025), with their target periods:
 * 2021–2022 adjust the new-rural construction plan, make the detailed plan and infrastructure design,
 * register land use, recover land, level the site; 2023–2024 the registration campaign and construction
 * (workshops, machines, preferential loans); from 2025 operation. Who is responsible in the steering
 * committee (ban chỉ đạo) is not written in the plan: the user assigns it.
 */
export type MilestoneStatus = 'planned' | 'under-way' | 'done';
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['planned', 'under-way', 'done'];

export interface PlanMilestone {
  readonly key: string;
  readonly period: string;
  /** First and last year of the target period (last null: "from"). */
  readonly fromYear: number;
  readonly toYear: number | null;
}

export const PLAN_MILESTONES: readonly PlanMilestone[] = [
  { key: 'adjust-rural-plan', period: '2021-2022', fromYear: 2021, toYear: 2022 },
  { key: 'detailed-plan', period: '2021-2022', fromYear: 2021, toYear: 2022 },
  { key: 'land-use-registration', period: '2021-2022', fromYear: 2021, toYear: 2022 },
  { key: 'land-recovery', period: '2021-2022', fromYear: 2021, toYear: 2022 },
  { key: 'site-levelling', period: '2021-2022', fromYear: 2021, toYear: 2022 },
  { key: 'registration-campaign', period: '2023-2024', fromYear: 2023, toYear: 2024 },
  { key: 'construction', period: '2023-2024', fromYear: 2023, toYear: 2024 },
  { key: 'operation', period: '2025-', fromYear: 2025, toYear: null },
];

/** A stored or default milestone, as the dashboard edits it. */
export interface MilestoneFacts {
  readonly id: string;
  readonly key: string | null;
  readonly title: string | null;
  readonly period: string;
  readonly responsible: string | null;
  readonly status: MilestoneStatus;
  readonly order: number;
}

/** The plan's milestones with what the user stored over them (by id = `plan:<key>`), then the user's own. */
export function milestonesWithDefaults(stored: readonly MilestoneFacts[]): MilestoneFacts[] {
  const byId = new Map(stored.map((row) => [row.id, row]));
  const plan = PLAN_MILESTONES.map((m, order): MilestoneFacts => byId.get(`plan:${m.key}`)
    ?? { id: `plan:${m.key}`, key: m.key, title: null, period: m.period, responsible: null, status: 'planned', order });
  const own = stored.filter((row) => !row.id.startsWith('plan:')).sort((a, b) => a.order - b.order);
  return [...plan, ...own];
}

/** First year of a period written "2023-2024", "2025-" or "2025"; null when it names none. */
export function periodFromYear(period: string): number | null {
  const match = /(\d{4})/u.exec(period);
  return match ? Number(match[1]) : null;
}
