import { useState } from 'react';
import { CHOICES, type TextField } from '../../core';
import { selectActions, selectAnswers, selectFormLocked } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { useDownloadYaml } from '../export/useDownloadYaml';

/** One of the quick start's replica fields: the wizard's own field, with what is wrong with a value beside it. */
function ReplicaField({
  field,
  label,
  open,
  locked,
}: {
  readonly field: Extract<TextField, 'minReplicas' | 'maxReplicas'>;
  readonly label: string;
  readonly open: boolean;
  readonly locked: boolean;
}) {
  const value = useAppStore((state, store) => selectAnswers(state, store)[field]);
  const draft = useAppStore((state) => state.drafts.text[field]);
  const text = useAppStore((state) => state.text);
  const { setTextField } = useAppStore(selectActions);
  const store = useAppStoreApi();
  // What was typed shows as typed ("03" stays "03") while the text is the one its last keystroke left.
  const [typing, setTyping] = useState<{ readonly raw: string; readonly text: string } | null>(null);
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
        disabled={locked}
        value={(typing?.text === text ? typing.raw : undefined) ?? draft?.raw ?? (value === undefined ? '' : String(value))}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setTextField(field, event.target.value);
          setTyping({ raw: event.target.value, text: store.getState().text });
        }}
        onBlur={() => setTyping(null)}
      />
      {problem && (
        <p id={`${id}-problem`} className="message message-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** The rows to write when one of the quick start's fields changes: empty rows at the end are not rows. */
function rowsWith(rows: readonly string[], index: number, value: string): string[] {
  const next = Array.from({ length: Math.max(rows.length, index + 1) }, (_, i) => (i === index ? value : (rows[i] ?? '')));
  while (next.length > 0 && next[next.length - 1]?.trim() === '') next.pop();
  return next;
}

const ORDINALS = ['First', 'Second'] as const;

/** The vSwitches of an ACK Serverless gateway, two fields (the wizard lists more). */
function VSwitchFields({ open, locked }: { readonly open: boolean; readonly locked: boolean }) {
  const ids = useAppStore((state, store) => selectAnswers(state, store).vSwitchIds);
  const draft = useAppStore((state) => state.drafts.vSwitchRows);
  const { setVSwitchRows } = useAppStore(selectActions);
  const rows = draft?.raw ?? ids;
  const problem = open ? draft?.issues[0]?.message : undefined;
  return (
    <>
      {ORDINALS.map((ordinal, index) => (
        <div key={ordinal} className="quick-field">
          <label htmlFor={`quick-vswitch-${index + 1}`}>{ordinal} vSwitch ID</label>
          <input
            id={`quick-vswitch-${index + 1}`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="vsw-…"
            disabled={locked}
            value={rows[index] ?? ''}
            aria-invalid={problem !== undefined}
            aria-describedby={problem ? 'quick-vswitch-problem' : undefined}
            onChange={(event) => setVSwitchRows(rowsWith(rows, index, event.target.value))}
          />
        </div>
      ))}
      {problem && (
        <p id="quick-vswitch-problem" className="message message-error">
          {problem}
        </p>
      )}
    </>
  );
}

/**
 * The first gateway in a few answers, in the introduction: the cluster type, the spread, the replicas, the vSwitches
 * on ACK Serverless, and the download. Each answer is written into the YAML at once, as the wizard writes it.
 */
export function QuickStart({ open, onStart }: { readonly open: boolean; readonly onStart: () => void }) {
  const answers = useAppStore(selectAnswers);
  const locked = useAppStore(selectFormLocked);
  const { choose } = useAppStore(selectActions);
  const { download } = useDownloadYaml();
  return (
    <section className="quick-start" aria-labelledby="quick-start-heading" aria-describedby={locked ? 'quick-locked' : undefined}>
      <h3 id="quick-start-heading">Your gateway in a few answers</h3>
      {locked && (
        <p id="quick-locked" className="message message-warning">
          The YAML behind this window is not an IstioGateway these answers can edit. Start, and fix it in the editor (the banner above the form says where), or
          choose a preset.
        </p>
      )}
      {/* Not the wizard's names: a closed introduction keeps its fields, and a name stands for one control on the page. */}
      <div className="quick-field" role="radiogroup" aria-labelledby="quick-cluster-label">
        <span id="quick-cluster-label" className="quick-label">
          Your cluster
        </span>
        {CHOICES.clusterType.map((option) => (
          <label key={option.value} className="quick-choice">
            <input
              type="radio"
              name="quick-cluster"
              disabled={locked}
              checked={answers.clusterType === option.value}
              onChange={() => choose({ field: 'clusterType', value: option.value })}
            />
            {option.label}
          </label>
        ))}
      </div>
      {answers.clusterType === 'ACK' && (
        <div className="quick-field" role="radiogroup" aria-labelledby="quick-spread-label">
          <span id="quick-spread-label" className="quick-label">
            Spread the pods across
          </span>
          {(['node', 'zone'] as const).map((level) => (
            <label key={level} className="quick-choice">
              <input
                type="radio"
                name="quick-spread"
                disabled={locked}
                checked={answers.spreadLevel === level}
                onChange={() => choose({ field: 'spreadLevel', value: level })}
              />
              {level === 'node' ? 'Nodes' : 'Zones'}
            </label>
          ))}
        </div>
      )}
      <div className="quick-row">
        <ReplicaField field="minReplicas" label="Fewest gateway pods" open={open} locked={locked} />
        <ReplicaField field="maxReplicas" label="Most gateway pods" open={open} locked={locked} />
      </div>
      {answers.clusterType === 'ACKServerless' && <VSwitchFields open={open} locked={locked} />}
      <p className="field-help">
        The fewest and the most pods are the autoscaler’s minimum and maximum replicas; two or more keep the gateway up when one fails. Each answer is written
        into the YAML behind this window at once. Download it now, or start the wizard to see every field, the findings and where the pods land.
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
