/**
 * Words of locked plots on the planner's map (#/plan, issue 8): the legend entry of their hatch.
 * Added to the catalogue with the workspace's chunk (plan-locks-messages.ts).
 */
export const planLockMessages = {
  vi: {
    'planLocks.legend': 'Lô đã khoá (giữ nguyên khi bố trí lại)',
  },
  en: {
    'planLocks.legend': 'Locked plot (kept as it is when laid out again)',
  },
} as const;
