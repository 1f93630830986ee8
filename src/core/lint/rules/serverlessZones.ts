/**
 * ha/serverless-single-vswitch, ha/vswitch-ordered, ha/vswitch-random — how ECI places the pods.
 * Why: ECI creates pods in the zones of the listed vSwitches (domain.md §2.1). With one vSwitch
 * there is one zone. VSwitchOrdered tries the vSwitches in order and moves on only when a zone has
 * no stock: a fallback order, not a spread (§5.7). VSwitchRandom (the default) picks by inventory:
 * an even spread is likely, not promised (§6). Fix: two or more vSwitches in different zones,
 * with VSwitchRandom.
 */
import { answerRule, finding, fix } from '../rule';

export const serverlessZones = answerRule({
  id: 'ha/serverless-zones',
  codes: {
    'ha/serverless-single-vswitch': { supersedes: ['placement/eci-one-zone'] },
    'ha/vswitch-ordered': {},
    'ha/vswitch-random': {},
  },
  check: ({ answers, paths }) => {
    if (answers.clusterType !== 'ACKServerless') return [];
    const findings = [];
    if (answers.vSwitchIds.length === 1) {
      findings.push(
        finding(
          'ha/serverless-single-vswitch',
          'warning',
          'Only one vSwitch is listed: ECI creates every gateway pod in its zone, so a zone outage takes the gateway down. List vSwitches in two or more zones.',
          paths.vSwitchIds,
        ),
      );
    }
    if (answers.scheduleStrategy === 'VSwitchOrdered') {
      findings.push(
        finding(
          'ha/vswitch-ordered',
          'warning',
          'VSwitchOrdered fills the first vSwitch’s zone while it has stock and uses the next only when it has none: a fallback order, not a spread. Gateway pods will usually all run in one zone.',
          paths.scheduleStrategy,
          [fix('Use VSwitchRandom', { field: 'scheduleStrategy', value: 'VSwitchRandom' })],
        ),
      );
    } else if (answers.vSwitchIds.length > 1) {
      findings.push(
        finding(
          'ha/vswitch-random',
          'info',
          'VSwitchRandom lets ECI choose the zone by inventory: an even spread across the listed zones is likely, but not promised.',
          paths.scheduleStrategy,
        ),
      );
    }
    return findings;
  },
});
