/**
 * stub: replaced by the allocation branch.
 * The register page's allocation side (the map of plots by status, the selected entry's allocation
 * panel) and the dashboard tab come from the allocation part; these placeholders show where they go.
 */
import { createElement, type JSX } from 'react';

export function AllocationSide(props: { selectedEntryId: string | null }): JSX.Element {
  return createElement('div', { className: 'allocation-stub', 'data-testid': 'allocation-side', 'data-entry': props.selectedEntryId ?? '' },
    'Bản đồ lô theo trạng thái và giao lô (phần giao lô)');
}

export function RegistryDashboard(): JSX.Element {
  return createElement('div', { className: 'allocation-stub', 'data-testid': 'registry-dashboard' }, 'Tổng quan (phần giao lô)');
}
