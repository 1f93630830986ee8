/** The wizard's steps, in order. */
export type StepId = 'cluster' | 'replicas' | 'spread' | 'service' | 'export';

export const STEPS: readonly { readonly id: StepId; readonly label: string }[] = [
  { id: 'cluster', label: 'Cluster' },
  { id: 'replicas', label: 'Replicas' },
  { id: 'spread', label: 'Spread' },
  { id: 'service', label: 'Service & resources' },
  { id: 'export', label: 'Export' },
];
