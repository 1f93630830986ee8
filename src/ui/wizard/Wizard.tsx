import { useEffect, useRef } from 'react';
import { STEPS, type StepId } from '../../core';
import { selectActions, selectFormLocked } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { FormLock } from '../common/formLock';
import { ClusterStep } from './ClusterStep';
import { ExportStep } from './ExportStep';
import { ReplicasStep } from './ReplicasStep';
import { ServiceStep } from './ServiceStep';
import { SpreadStep } from './SpreadStep';
import { PANEL_ID, StepTabs, tabId } from './StepTabs';

const stepContent: Record<StepId, () => React.JSX.Element> = {
  cluster: ClusterStep,
  replicas: ReplicasStep,
  spread: SpreadStep,
  service: ServiceStep,
  export: ExportStep,
};

export function Wizard() {
  const step = useAppStore((state) => state.step);
  const locked = useAppStore(selectFormLocked);
  const { goToStep } = useAppStore(selectActions);
  const index = STEPS.findIndex((candidate) => candidate.id === step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const Content = stepContent[step];
  const panel = useRef<HTMLDivElement>(null);
  const fieldFocus = useAppStore((state) => state.fieldFocus);

  // A finding was shown: its step is open now; focus its field (the row it concerns, in a list).
  useEffect(() => {
    if (!fieldFocus || !panel.current) return;
    const fields = [...panel.current.querySelectorAll<HTMLElement>(`[data-field="${fieldFocus.field}"]`)];
    const target = fields.find((element) => element.dataset.row === String(fieldFocus.row)) ?? fields[0];
    const control =
      target?.querySelector<HTMLElement>('input[type="radio"]:checked') ??
      target?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
    control?.focus();
  }, [fieldFocus]);

  return (
    <div className="wizard">
      <StepTabs />
      <div ref={panel} role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(step)} className="step-panel">
        {step === 'export' ? (
          <Content />
        ) : (
          // Locked controls are disabled one by one (not the fieldset): the help beside each stays readable.
          <fieldset className="step-fields">
            <legend className="visually-hidden">{STEPS[index]?.label}</legend>
            <FormLock.Provider value={locked}>
              <Content />
            </FormLock.Provider>
          </fieldset>
        )}
      </div>
      <nav className="step-nav" aria-label="Wizard navigation">
        <button type="button" disabled={!previous} onClick={() => previous && goToStep(previous.id)}>
          Back
        </button>
        <button type="button" className="primary" disabled={!next} onClick={() => next && goToStep(next.id)}>
          Next
        </button>
      </nav>
    </div>
  );
}
