import { CHOICES, FIELD_TABLE, hasUnmodelledSpread, LATER_FIELD_TEXTS, weightApplies } from '../../core';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ChoiceField } from '../common/ChoiceField';
import { TextField } from '../common/TextField';
import { useFieldIssues } from '../common/useFieldIssues';

/** ACK: pod anti-affinity, the Kubernetes scheduler's way to keep gateway pods apart. */
export function AntiAffinityFields() {
  const answers = useAppStore(selectAnswers);
  const { spreadLevel, rule } = answers;
  const { choose } = useAppStore(selectActions);
  const levelIssues = useFieldIssues('spreadLevel');
  const ruleIssues = useFieldIssues('rule');
  return (
    <>
      <p className="step-intro">
        Pod anti-affinity tells the scheduler not to put two gateway pods in the same place. Choose the place (a node or a zone) and how hard the rule is.
      </p>
      {hasUnmodelledSpread(answers) && (
        <p className="note" role="note">
          This document’s anti-affinity uses a topology key the wizard does not model. Edit it in the YAML, or choose Node or Zone to replace it.
        </p>
      )}
      <ChoiceField
        id="field-spreadLevel"
        field="spreadLevel"
        label={FIELD_TABLE.spreadLevel.label}
        help={LATER_FIELD_TEXTS.spreadLevel.help}
        options={CHOICES.spreadLevel}
        value={spreadLevel}
        issues={levelIssues}
        onChoose={(value) => choose({ field: 'spreadLevel', value })}
      />
      <ChoiceField
        id="field-rule"
        field="rule"
        label={FIELD_TABLE.rule.label}
        help={LATER_FIELD_TEXTS.rule.help}
        options={CHOICES.rule}
        value={rule}
        issues={ruleIssues}
        onChoose={(value) => choose({ field: 'rule', value })}
      />
      {weightApplies(answers) && <TextField field="weight" narrow />}
    </>
  );
}
