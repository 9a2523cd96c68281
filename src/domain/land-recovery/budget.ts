/**
 * The estimate against the plan's budget for compensation and site clearance (about 50 billion đồng in
 * the commune's plan of 2 March 2021; a setting).
 */

export interface BudgetComparison {
  readonly budgetVnd: number;
  /** The estimate compared: compensation, support and organisation cost, đồng. */
  readonly estimateVnd: number;
  /** budgetVnd − estimateVnd; negative when over budget. */
  readonly remainingVnd: number;
  /** estimateVnd / budgetVnd (1 = all of it); null when the budget is 0. */
  readonly shareUsed: number | null;
  readonly overBudget: boolean;
}

/** Compares an estimate with a budget, both in đồng. */
export function compareWithBudget(estimateVnd: number, budgetVnd: number): BudgetComparison {
  return {
    budgetVnd,
    estimateVnd,
    remainingVnd: budgetVnd - estimateVnd,
    shareUsed: budgetVnd > 0 ? estimateVnd / budgetVnd : null,
    overBudget: estimateVnd > budgetVnd,
  };
}
