import type { RuleStrength, SpreadLevel } from './answers';
import type { ScheduleStrategy } from './types';

/**
 * The explaining comments the wizard writes, in the seed's words where the seed has them. Text is
 * stored as `yaml` keeps it: without the `#`, with its leading space.
 *
 * A comment is only ever rewritten when it is still one the wizard wrote (any variant below), so a
 * comment a user typed is never touched.
 */
export const generatedComments = {
  antiAffinityHeader(level: SpreadLevel): string {
    return ` --- Pod anti-affinity: spread pods across ${level === 'node' ? 'nodes' : 'zones'} ---`;
  },
  topologyKey(level: SpreadLevel, rule: RuleStrength): string {
    return rule === 'preferred' ? ` One pod per ${level}` : ` At most one pod per ${level}; extra pods stay Pending`;
  },
  eciHeader: ' --- ECI zone distribution annotations ---',
  vSwitches: ' vSwitch IDs in different zones',
  strategy(strategy: ScheduleStrategy): string {
    return strategy === 'VSwitchRandom' ? ' Distribute pods randomly across zones' : ' Try the vSwitches in order; the next zone only when one has no stock';
  },
} as const;

const levels: readonly SpreadLevel[] = ['node', 'zone'];
const rules: readonly RuleStrength[] = ['preferred', 'required'];
const strategies: readonly ScheduleStrategy[] = ['VSwitchRandom', 'VSwitchOrdered'];

const families = {
  eciHeader: new Set<string>([generatedComments.eciHeader]),
  antiAffinityHeader: new Set(levels.map((level) => generatedComments.antiAffinityHeader(level))),
  topologyKey: new Set(levels.flatMap((level) => rules.map((rule) => generatedComments.topologyKey(level, rule)))),
  strategy: new Set(strategies.map((strategy) => generatedComments.strategy(strategy))),
};

export type CommentFamily = keyof typeof families;

/** True when `comment` (as `yaml` keeps it: without the `#`) is any comment the wizard writes. */
export function isWizardComment(comment: string): boolean {
  return Object.values(families).some((family) => family.has(comment)) || comment === generatedComments.vSwitches;
}

/** True when `comment` is one the wizard writes for this place, so the wizard may rewrite it. */
export function isGeneratedComment(comment: string | null | undefined, family: CommentFamily): boolean {
  return typeof comment === 'string' && families[family].has(comment);
}
