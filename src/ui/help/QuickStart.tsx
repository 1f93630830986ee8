import { CHOICES, type TextField } from '../../core';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { useDownloadYaml } from '../export/useDownloadYaml';

/** How many vSwitch fields the quick start offers: two zones are the least that spread. */
const QUICK_VSWITCHES = 2;

/** One of the quick start's replica fields: the wizard's own field, with what is wrong with a value beside it. */
function ReplicaField({ field, label, open }: { readonly field: Extract<TextField, 'minReplicas' | 'maxReplicas'>; readonly label: string; readonly open: boolean }) {
  const value = useAppStore((state) => selectAnswers(state)[field]);
  const draft = useAppStore((state) => state.drafts.text[field]);
  const { setTextField } = useAppStore(selectActions);
  const id = `quick-${field}`;
  // Said only while the introduction is open: the wizard's own field says it otherwise, and a closed dialog keeps its text.
  const problem = open ? draft?.issues[0]?.message : undefined;
  return (
    <div className="quick-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft?.raw ?? (value === undefined ? '' : String(value))}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setTextField(field, event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="message message-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The vSwitches of an ACK Serverless gateway, two fields (the wizard lists more). */
function VSwitchFields({ open }: { readonly open: boolean }) {
  const ids = useAppStore((state) => selectAnswers(state).vSwitchIds);
  const draft = useAppStore((state) => state.drafts.vSwitchRows);
  const { setVSwitchRows } = useAppStore(selectActions);
  const rows = draft?.raw ?? ids;
  const shown = Array.from({ length: Math.max(QUICK_VSWITCHES, rows.length) }, (_, i) => rows[i] ?? '').slice(0, QUICK_VSWITCHES);
  const problem = open ? draft?.issues[0]?.message : undefined;
  return (
    <>
      {shown.map((row, index) => (
        <div key={index} className="quick-field">
          <label htmlFor={`quick-vswitch-${index + 1}`}>vSwitch {index + 1}</label>
          <input
            id={`quick-vswitch-${index + 1}`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="vsw-…"
            value={row}
            onChange={(event) => setVSwitchRows([...shown.map((value, i) => (i === index ? event.target.value : value)), ...rows.slice(QUICK_VSWITCHES)])}
          />
        </div>
      ))}
      {problem && <p className="message message-error">{problem}</p>}
    </>
  );
}

/**
 * The first gateway in a few answers, in the introduction: the cluster type, the spread, the replicas, the vSwitches
 * on ACK Serverless, and the download. Each answer is written into the YAML at once, as the wizard writes it.
 */
export function QuickStart({ open, onStart }: { readonly open: boolean; readonly onStart: () => void }) {
  const answers = useAppStore(selectAnswers);
  const { choose } = useAppStore(selectActions);
  const { download } = useDownloadYaml();
  return (
    <section className="quick-start" aria-labelledby="quick-start-heading">
      <h3 id="quick-start-heading">Your gateway in a few answers</h3>
      <div className="quick-field" role="radiogroup" aria-labelledby="quick-cluster-label">
        <span id="quick-cluster-label" className="quick-label">
          Cluster type
        </span>
        {CHOICES.clusterType.map((option) => (
          <label key={option.value} className="quick-choice">
            <input type="radio" name="quick-cluster" checked={answers.clusterType === option.value} onChange={() => choose({ field: 'clusterType', value: option.value })} />
            {option.label}
          </label>
        ))}
      </div>
      {answers.clusterType === 'ACK' && (
        <div className="quick-field" role="radiogroup" aria-labelledby="quick-spread-label">
          <span id="quick-spread-label" className="quick-label">
            Spread across
          </span>
          {(['node', 'zone'] as const).map((level) => (
            <label key={level} className="quick-choice">
              <input type="radio" name="quick-spread" checked={answers.spreadLevel === level} onChange={() => choose({ field: 'spreadLevel', value: level })} />
              {level === 'node' ? 'Nodes' : 'Zones'}
            </label>
          ))}
        </div>
      )}
      <div className="quick-row">
        {/* Not the wizard's labels: a closed introduction keeps its fields, and a label names one field on the page. */}
        <ReplicaField field="minReplicas" label="Fewest gateway pods" open={open} />
        <ReplicaField field="maxReplicas" label="Most gateway pods" open={open} />
      </div>
      {answers.clusterType === 'ACKServerless' && <VSwitchFields open={open} />}
      <p className="field-help">
        The fewest and the most pods are the autoscaler’s minimum and maximum replicas; two or more keep the gateway up when one fails. Each answer is written into the YAML behind this window at once. Download it now, or start the wizard to see every field, the findings and
        where the pods land.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => download()}>
          Download YAML
        </button>
        <button type="button" className="primary" autoFocus onClick={onStart}>
          Start
        </button>
      </div>
    </section>
  );
}
