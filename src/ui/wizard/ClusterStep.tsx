import { CHOICES, FIELDS, ROW_LIMITS } from '../../core';
import { ListInYaml } from '../common/ListInYaml';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ChoiceField } from '../common/ChoiceField';
import { TextField } from '../common/TextField';

export function ClusterStep() {
  const clusterType = useAppStore((state) => selectAnswers(state).clusterType);
  const clusterIdCount = useAppStore((state) => selectAnswers(state).clusterIds.length);
  const { choose } = useAppStore(selectActions);
  return (
    <>
      <p className="step-intro">
        Which gateway, and where it runs. The cluster type decides how the pods are spread: anti-affinity on ACK,
        vSwitches in several zones on ACK Serverless.
      </p>
      <TextField field="name" />
      <TextField field="namespace" />
      {clusterIdCount > ROW_LIMITS.clusterIds.max ? (
        <ListInYaml field="clusterIds">
          This YAML lists {clusterIdCount} cluster IDs; the form edits up to {ROW_LIMITS.clusterIds.max}. Edit them in the YAML.
        </ListInYaml>
      ) : (
        <TextField field="clusterIds" multiline />
      )}
      <ChoiceField
        id="field-clusterType"
        field="clusterType"
        label={FIELDS.clusterType.label}
        help={FIELDS.clusterType.help}
        options={CHOICES.clusterType}
        value={clusterType}
        onChoose={(value) => choose({ field: 'clusterType', value })}
      />
    </>
  );
}
