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
  const heading = useRef<HTMLHeadingElement>(null);
  /** Next or Back was pressed: the new step's heading takes the focus, in view (the page may be scrolled far down). */
  const moved = useRef(false);
  const fieldFocus = useAppStore((state) => state.fieldFocus);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const move = (to: StepId | undefined): void => {
    if (!to) return;
    moved.current = true;
    goToStep(to);
  };

  // A finding was shown: its step is open now; focus its field (the row it concerns, in a list).
  useEffect(() => {
    if (!fieldFocus || !panel.current) return;
    const fields = [...panel.current.querySelectorAll<HTMLElement>(`[data-field="${fieldFocus.field}"]`)];
    const target = fields.find((element) => element.dataset.row === String(fieldFocus.row)) ?? fields[0];
    const control =
      target?.querySelector<HTMLElement>('input[type="radio"]:checked') ?? target?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
    control?.focus();
  }, [fieldFocus]);

  return (
    <div className="wizard">
      <StepTabs />
      <div ref={panel} role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(step)} className="step-panel">
        <h3 ref={heading} className="step-heading" tabIndex={-1}>
          {`Step ${index + 1} of ${STEPS.length}: ${STEPS[index]?.label ?? ''}`}
        </h3>
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
        <button type="button" disabled={!previous} onClick={() => move(previous?.id)}>
          Back
        </button>
        <button type="button" className="primary" disabled={!next} onClick={() => move(next?.id)}>
          Next
        </button>
      </nav>
    </div>
  );
}
