/**
 * How the planner workspace colours its plots: by kind (plot, road, green …), by area class, or by
 * whether the plot keeps every plot rule. A word shared by the view state, the screens and the map.
 */
export type PlanColouringMode = 'kind' | 'area' | 'rule';
