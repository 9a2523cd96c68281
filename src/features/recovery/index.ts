/** What other screens take from the land recovery: its estimate (the allocation dashboard sets plot sales against it). */
export { useRecoveryEstimate } from './use-recovery-estimate';
