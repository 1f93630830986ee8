import type { Issue } from '../../core';

const severityWord = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** The problems of one field, right under it. */
export function FieldMessages({ id, issues }: { id: string; issues: readonly Issue[] }) {
  return (
    <ul id={id} className="messages">
      {issues.map((issue) => (
        <li key={`${issue.code}:${issue.path.join('.')}`} className={`message message-${issue.severity}`}>
          <span className="visually-hidden">{severityWord[issue.severity]}: </span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
