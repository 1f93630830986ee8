import { CHOICES, FIELD_TABLE, LATER_FIELD_TEXTS } from '../../core';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ChoiceField } from '../common/ChoiceField';
import { TextBoxes } from '../common/TextBoxes';
import { useFieldIssues } from '../common/useFieldIssues';

export function ReplicasStep() {
  const owner = useAppStore((state, store) => selectAnswers(state, store).replicaOwner);
  const ownerIssues = useFieldIssues('replicaOwner');
  const { choose } = useAppStore(selectActions);
  return (
    <>
      <p className="step-intro">
        How many gateway pods run. High availability starts at two: with one pod, any node failure, drain or rollout takes the entry point down.
      </p>
      <ChoiceField
        id="field-replicaOwner"
        field="replicaOwner"
        label={FIELD_TABLE.replicaOwner.label}
        help={LATER_FIELD_TEXTS.replicaOwner.help}
        options={CHOICES.replicaOwner}
        value={owner}
        issues={ownerIssues}
        onChoose={(value) => choose({ field: 'replicaOwner', value })}
      />
      <div className="field-grid">
        <TextBoxes group="replicas" />
      </div>
    </>
  );
}
