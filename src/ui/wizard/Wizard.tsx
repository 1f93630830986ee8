import { STEPS, type StepId } from '../../core';
import { selectActions, selectFormLocked } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
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

  return (
    <div className="wizard">
      <StepTabs />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(step)} className="step-panel">
        {step === 'export' ? (
          <Content />
        ) : (
          <fieldset className="step-fields" disabled={locked}>
            <legend className="visually-hidden">{STEPS[index]?.label}</legend>
            <Content />
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
