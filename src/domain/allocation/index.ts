/** Allocation rules, prices, payments, the public draw and the suggestion: the pure core of the allocation. */
export * from './status';
export * from './rules';
export * from './terms';
export * from './payments';
export * from './draw';
export * from './plot-facts';
export * from './suggestion-cost';
export * from './suggest';
export * from './plot-groups';
export * from './suggest-groups';
export * from './milestones';
export * from './dashboard-figures';
