/**
 * ha/cpu-target-range, ha/cpu-target-high — the autoscaler's CPU target.
 * Why: the target is a percentage of the CPU request (domain.md §1.2, cpu.targetAverageUtilization).
 * Below 1 the HorizontalPodAutoscaler API refuses it (averageUtilization must be greater than 0): an error. Above 90
 * the pods are already saturated when the autoscaler starts new ones, which take time to become ready [derived: the
 * scale-up has to be absorbed by the pods already running]; above 100 they scale only once they use more than they
 * requested, which Kubernetes allows: a warning. Fix: the ASM example's 80 (§1.5).
 */
import { SCALAR_FIELDS } from '../../gateway/fieldTable';
import { answerRule, finding, fix } from '../rule';

const { min } = SCALAR_FIELDS.cpuTarget.limits;

export const cpuTarget = answerRule({
  id: 'ha/cpu-target',
  codes: {
    'ha/cpu-target-range': { refused: true },
    'ha/cpu-target-high': {},
  },
  check: ({ answers, paths }) => {
    const target = answers.cpuTarget;
    if (target === undefined) return [];
    if (target < min) {
      return [
        finding('ha/cpu-target-range', 'error', `The CPU target must be at least ${min} (a percentage of the CPU request).`, paths.cpuTarget, [
          fix('Set the CPU target to 80', { field: 'cpuTarget', value: 80 }),
        ]),
      ];
    }
    if (target > 100) {
      return [
        finding(
          'ha/cpu-target-high',
          'warning',
          `A CPU target of ${target}% adds pods only once the gateway uses more CPU than it requested: the pods are overloaded before the autoscaler reacts, and new pods need time to start.`,
          paths.cpuTarget,
          [fix('Set the CPU target to 80', { field: 'cpuTarget', value: 80 })],
        ),
      ];
    }
    if (target > 90) {
      return [
        finding(
          'ha/cpu-target-high',
          'warning',
          `A CPU target of ${target}% leaves no headroom: the pods are nearly saturated before the autoscaler adds more, and new pods need time to start.`,
          paths.cpuTarget,
          [fix('Set the CPU target to 80', { field: 'cpuTarget', value: 80 })],
        ),
      ];
    }
    return [];
  },
});
