import { CHOICES, FIELD_TABLE, LATER_FIELD_TEXTS } from '../../core';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { SelectField } from '../common/SelectField';
import { useFieldIssues } from '../common/useFieldIssues';
import { VSwitchList } from './VSwitchList';

/** ACK Serverless: ECI annotations, the only spread lever there (no pod anti-affinity). */
export function EciFields() {
  const strategy = useAppStore((state, store) => selectAnswers(state, store).scheduleStrategy);
  const { choose } = useAppStore(selectActions);
  const issues = useFieldIssues('scheduleStrategy');
  return (
    <>
      <p className="step-intro">
        ACK Serverless runs gateway pods as ECI pods and does not support pod anti-affinity. Listing vSwitches in different zones lets ECI create pods in more
        than one zone.
      </p>
      <VSwitchList />
      <SelectField
        id="field-scheduleStrategy"
        field="scheduleStrategy"
        label={FIELD_TABLE.scheduleStrategy.label}
        help={`${LATER_FIELD_TEXTS.scheduleStrategy.help} ${LATER_FIELD_TEXTS.scheduleStrategy.defaultNote}`}
        options={CHOICES.scheduleStrategy}
        value={strategy}
        issues={issues}
        onChoose={(value) => choose({ field: 'scheduleStrategy', value })}
      />
    </>
  );
}
