import { CHOICES, FIELD_TABLE, LATER_FIELD_TEXTS } from '../../core';
import { selectActions, selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ChoiceField } from '../common/ChoiceField';
import { SelectField } from '../common/SelectField';
import { TextBoxes } from '../common/TextBoxes';
import { useFieldIssues } from '../common/useFieldIssues';
import { PortsList } from './PortsList';
import { SdsToggle } from './SdsToggle';

export function ServiceStep() {
  const answers = useAppStore(selectAnswers);
  const { choose } = useAppStore(selectActions);
  const serviceTypeIssues = useFieldIssues('serviceType');
  const policyIssues = useFieldIssues('externalTrafficPolicy');
  return (
    <>
      <p className="step-intro">
        How clients reach the gateway, what each pod reserves, and how a rolling update replaces pods. The defaults are the ASM example’s.
      </p>
      <PortsList />
      <SelectField
        id="field-serviceType"
        field="serviceType"
        label={FIELD_TABLE.serviceType.label}
        help={`${LATER_FIELD_TEXTS.serviceType.help} ${LATER_FIELD_TEXTS.serviceType.defaultNote}`}
        options={CHOICES.serviceType}
        value={answers.serviceType}
        issues={serviceTypeIssues}
        onChoose={(value) => choose({ field: 'serviceType', value })}
      />
      <ChoiceField
        id="field-externalTrafficPolicy"
        field="externalTrafficPolicy"
        label={FIELD_TABLE.externalTrafficPolicy.label}
        help={`${LATER_FIELD_TEXTS.externalTrafficPolicy.help} ${LATER_FIELD_TEXTS.externalTrafficPolicy.defaultNote}`}
        options={CHOICES.externalTrafficPolicy}
        value={answers.externalTrafficPolicy}
        issues={policyIssues}
        onChoose={(value) => choose({ field: 'externalTrafficPolicy', value })}
      />
      <fieldset className="field-group">
        <legend>Gateway container resources</legend>
        <div className="field-grid">
          <TextBoxes group="resources" />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>SDS (certificates)</legend>
        <SdsToggle />
        <div className="field-grid">
          <TextBoxes group="sds" />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>Rolling update</legend>
        <div className="field-grid">
          <TextBoxes group="rolling" />
        </div>
      </fieldset>
    </>
  );
}
