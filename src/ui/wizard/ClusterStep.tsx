import { CHOICES, CLUSTER_FIELD_TEXTS, FIELD_TABLE, fieldsInGroup, ROW_LIMITS } from '../../core';
import { ListInYaml } from '../common/ListInYaml';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ChoiceField } from '../common/ChoiceField';
import { TextField } from '../common/TextField';
import { useFieldIssues } from '../common/useFieldIssues';

export function ClusterStep() {
  const clusterType = useAppStore((state, store) => selectAnswers(state, store).clusterType);
  const apiVersion = useAppStore((state, store) => selectAnswers(state, store).apiVersion);
  const clusterIdCount = useAppStore((state, store) => selectAnswers(state, store).clusterIds.length);
  const apiVersionIssues = useFieldIssues('apiVersion');
  const { choose } = useAppStore(selectActions);
  return (
    <>
      <p className="step-intro">
        Which gateway, and where it runs. The cluster type decides how the pods are spread: anti-affinity on ACK, vSwitches in several zones on ACK Serverless,
        and ASM itself for an ASM Serverless gateway.
      </p>
      {fieldsInGroup('gateway').map((field) => (
        <TextField key={field} field={field} />
      ))}
      {clusterType === 'ASMServerless' ? (
        <p className="note" role="note">
          An ASM Serverless gateway lists no cluster IDs: ASM runs it on infrastructure it manages, not in a cluster of yours.
        </p>
      ) : clusterIdCount > ROW_LIMITS.clusterIds.max ? (
        <ListInYaml field="clusterIds">
          This YAML lists {clusterIdCount} cluster IDs; the form edits up to {ROW_LIMITS.clusterIds.max}. Edit them in the YAML.
        </ListInYaml>
      ) : (
        <TextField field="clusterIds" multiline />
      )}
      <ChoiceField
        id="field-clusterType"
        field="clusterType"
        label={FIELD_TABLE.clusterType.label}
        help={CLUSTER_FIELD_TEXTS.clusterType.help}
        options={CHOICES.clusterType}
        value={clusterType}
        onChoose={(value) => choose({ field: 'clusterType', value })}
      />
      <ChoiceField
        id="field-apiVersion"
        field="apiVersion"
        label={FIELD_TABLE.apiVersion.label}
        help={CLUSTER_FIELD_TEXTS.apiVersion.help}
        options={CHOICES.apiVersion}
        value={apiVersion}
        issues={apiVersionIssues}
        onChoose={(value) => choose({ field: 'apiVersion', value })}
      />
    </>
  );
}
