import type { GatewayFix, Issue } from '../../core';
import { FixButtons } from '../findings/FixButtons';

export const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** The problems of one field, right under it, each with its fixes. */
export function FieldMessages({ id, issues }: { id: string; issues: readonly Issue<GatewayFix>[] }) {
  return (
    <ul id={id} className="messages">
      {issues.map((issue) => (
        <li key={`${issue.code}:${issue.path.join('.')}`} className={`message message-${issue.severity}`}>
          <span className="visually-hidden">{SEVERITY_WORD[issue.severity]}: </span>
          {issue.message}
          {issue.fixes && <FixButtons fixes={issue.fixes} />}
        </li>
      ))}
    </ul>
  );
}
