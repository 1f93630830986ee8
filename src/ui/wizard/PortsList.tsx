import { FIELD_TABLE, isPathWithin, LATER_FIELD_TEXTS, listIssues, type PortRow, portRows, ROW_LIMITS } from '../../core';
import { selectActions, selectAnswers, selectFieldPaths } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { FieldHelp } from '../common/FieldHelp';
import { ListInYaml } from '../common/ListInYaml';
import { FieldShell } from '../common/FieldShell';
import { useFormLocked } from '../common/formLock';
import { ListMessages } from '../common/ListMessages';
import { useFieldIssues } from '../common/useFieldIssues';

const cells = [
  { key: 'name', label: 'Name' },
  { key: 'port', label: 'Port' },
  { key: 'targetPort', label: 'Target port' },
] as const;

/** The Service ports, one group per port. Unmodelled port fields (protocol, nodePort) stay with their port. */
export function PortsList() {
  const draft = useAppStore((state) => state.drafts.portRows);
  const answers = useAppStore(selectAnswers);
  const path = useAppStore((state, store) => selectFieldPaths(state, store).ports);
  const documentIssues = useFieldIssues('ports');
  const locked = useFormLocked();
  const { setPortRows } = useAppStore(selectActions);
  const rows: readonly PortRow[] = draft?.raw ?? portRows(answers);
  const issues = draft?.issues ?? documentIssues;
  const ownIssues = listIssues(issues, path);
  if (rows.length > ROW_LIMITS.ports.max) {
    return (
      <ListInYaml field="ports">
        This YAML lists {rows.length} ports; the form edits up to {ROW_LIMITS.ports.max}. Edit them in the YAML.
      </ListInYaml>
    );
  }

  const update = (index: number, key: (typeof cells)[number]['key'], value: string): void =>
    setPortRows(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));

  return (
    <fieldset className="field list-field" aria-describedby={[ownIssues.length > 0 ? 'ports-messages' : '', 'ports-help'].filter(Boolean).join(' ')}>
      <legend className="field-label">{FIELD_TABLE.ports.label}</legend>
      <FieldHelp field="ports" />
      <p className="field-help" id="ports-help">
        {LATER_FIELD_TEXTS.ports.help}
      </p>
      <ol className="rows">
        {rows.map((row, index) => (
          <li key={row.origin ?? `new-${index}`} className="row">
            <fieldset className="port-row">
              <legend>Port {index + 1}</legend>
              {cells.map((cell) => (
                <FieldShell
                  key={cell.key}
                  id={`field-port-${index + 1}-${cell.key}`}
                  field="ports"
                  row={index}
                  label={cell.label}
                  issues={issues.filter((issue) => isPathWithin(issue.path, [...path, index, cell.key]))}
                  className={cell.key === 'name' ? undefined : 'field-number'}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      autoComplete="off"
                      spellCheck={false}
                      inputMode={cell.key === 'port' ? 'numeric' : undefined}
                      value={row[cell.key]}
                      onChange={(event) => update(index, cell.key, event.target.value)}
                    />
                  )}
                </FieldShell>
              ))}
              {row.protocol !== undefined && <p className="field-help port-protocol">Protocol: {row.protocol} (edit it in the YAML)</p>}
            </fieldset>
            <button
              type="button"
              className="remove"
              disabled={locked || rows.length <= ROW_LIMITS.ports.min}
              onClick={() => setPortRows(rows.filter((_, i) => i !== index))}
            >
              Remove port {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <ListMessages id="ports-messages" issues={ownIssues} />
      <button
        type="button"
        disabled={locked || rows.length >= ROW_LIMITS.ports.max}
        onClick={() => setPortRows([...rows, { name: '', port: '', targetPort: '' }])}
      >
        Add port
      </button>
    </fieldset>
  );
}
