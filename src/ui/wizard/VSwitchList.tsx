import { FIELD_TABLE, LATER_FIELD_TEXTS, listIssues, ROW_LIMITS, rowIssues, vSwitchZonesOf } from '../../core';
import { selectActions, selectAnswers, selectFieldPaths } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { FieldHelp } from '../common/FieldHelp';
import { ListInYaml } from '../common/ListInYaml';
import { FieldShell } from '../common/FieldShell';
import { useFormLocked } from '../common/formLock';
import { ListMessages } from '../common/ListMessages';
import { useFieldIssues } from '../common/useFieldIssues';
import { VSwitchZoneField } from './VSwitchZoneField';

/** One row per vSwitch ID. An empty or invalid row stays in the form until it is valid; the YAML keeps the last valid list. */
export function VSwitchList() {
  const draft = useAppStore((state) => state.drafts.vSwitchRows);
  const documentIds = useAppStore((state, store) => selectAnswers(state, store).vSwitchIds);
  const path = useAppStore((state, store) => selectFieldPaths(state, store).vSwitchIds);
  const documentIssues = useFieldIssues('vSwitchIds');
  const cluster = useAppStore((state) => state.cluster);
  const { setVSwitchRows } = useAppStore(selectActions);
  const locked = useFormLocked();
  const rows = draft?.raw ?? documentIds;
  const issues = draft?.issues ?? documentIssues;
  const ownIssues = listIssues(issues, path);
  const limits = ROW_LIMITS.vSwitchIds;
  const ids = rows.map((row) => row.trim());
  const zones = vSwitchZonesOf(cluster, ids);
  if (rows.length > limits.max * 2) {
    return (
      <ListInYaml field="vSwitchIds" error>
        This YAML lists {rows.length} vSwitches; ECI accepts at most {limits.max}. Edit the list in the YAML.
      </ListInYaml>
    );
  }

  const replace = (index: number, value: string): void => setVSwitchRows(rows.map((row, i) => (i === index ? value : row)));

  return (
    <fieldset className="field list-field" aria-describedby={[ownIssues.length > 0 ? 'vswitch-messages' : '', 'vswitch-help'].filter(Boolean).join(' ')}>
      <legend className="field-label">{FIELD_TABLE.vSwitchIds.label}</legend>
      <FieldHelp field="vSwitchIds" />
      <p className="field-help" id="vswitch-help">
        {LATER_FIELD_TEXTS.vSwitchIds.help}
      </p>
      <ol className="rows">
        {rows.map((row, index) => (
          <li key={index} className="row">
            <FieldShell
              id={`field-vswitch-${index + 1}`}
              field="vSwitchIds"
              row={index}
              label={`vSwitch ID ${index + 1}`}
              issues={rowIssues(issues, path, index)}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder="vsw-…"
                  value={row}
                  onChange={(event) => replace(index, event.target.value)}
                />
              )}
            </FieldShell>
            <VSwitchZoneField ids={ids} index={index} zone={zones[index] ?? ''} />
            <button
              type="button"
              className="remove"
              disabled={locked || rows.length <= limits.min}
              onClick={() => setVSwitchRows(rows.filter((_, i) => i !== index))}
            >
              Remove vSwitch {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <datalist id="vswitch-zone-names">
        {cluster.zones.map((zone) => (
          <option key={zone.name} value={zone.name} />
        ))}
      </datalist>
      <p id="vswitch-zone-help" className="field-help">
        The zone of each vSwitch is for the placement diagram only; the YAML lists vSwitch IDs, and Alibaba Cloud knows their zones. Type your region’s zone
        (for example cn-shanghai-b): a new name becomes a zone of the simulated cluster.
      </p>
      <ListMessages id="vswitch-messages" issues={ownIssues} />
      <button type="button" disabled={locked || rows.length >= limits.max} onClick={() => setVSwitchRows([...rows, ''])}>
        Add vSwitch
      </button>
    </fieldset>
  );
}
