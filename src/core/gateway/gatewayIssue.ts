import type { Issue, IssueFix } from '../issue';
import type { AnswerChange } from './answers';

/** A fix a finding offers: what it does, in a few words, and the wizard changes that do it (one undo step). */
export type GatewayFix = IssueFix<AnswerChange>;

/** A problem of the gateway; its fixes, when it has any, are wizard changes. */
export type GatewayIssue<Code extends string = string> = Issue<GatewayFix, Code>;
