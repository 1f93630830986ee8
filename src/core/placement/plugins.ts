// The kube-scheduler score plugins the simulation models, and their default weights (the score table names them).
export type ScorePlugin = 'InterPodAffinity' | 'PodTopologySpread' | 'NodeResourcesFit' | 'NodeResourcesBalancedAllocation';

export const PLUGIN_WEIGHTS: Readonly<Record<ScorePlugin, number>> = {
  InterPodAffinity: 2,
  PodTopologySpread: 2,
  NodeResourcesFit: 1,
  NodeResourcesBalancedAllocation: 1,
};

export const SCORE_PLUGINS: readonly ScorePlugin[] = ['InterPodAffinity', 'PodTopologySpread', 'NodeResourcesFit', 'NodeResourcesBalancedAllocation'];
