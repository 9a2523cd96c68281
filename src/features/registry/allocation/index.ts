/** The allocation part of #/registry: the map and panels beside the register's list, and the dashboard tab. */
export { AllocationSide } from './AllocationSide';
export { RegistryDashboard } from './RegistryDashboard';
