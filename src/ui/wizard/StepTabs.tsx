import { type KeyboardEvent, useRef } from 'react';
import { STEPS, type StepId } from '../../core';
import { selectActions, selectReport } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

export const PANEL_ID = 'wizard-panel';
export const tabId = (step: StepId): string => `wizard-tab-${step}`;

/** The wizard's steps as tabs: arrow keys, Home and End move between them. */
export function StepTabs() {
  const current = useAppStore((state) => state.step);
  const byStep = useAppStore((state, store) => selectReport(state, store).byStep);
  const { goToStep } = useAppStore(selectActions);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    const last = STEPS.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % STEPS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % STEPS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const step = target === undefined ? undefined : STEPS[target];
    if (target === undefined || !step) return;
    event.preventDefault();
    goToStep(step.id);
    tabs.current[target]?.focus();
  };

  /** The step's findings: a count to see (hidden from the tab's name) and a description to hear. */
  const badge = (step: StepId) => {
    const counts = byStep[step];
    const total = counts ? counts.error + counts.warning + counts.info : 0;
    if (!counts || total === 0) return null;
    const worst = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
    const words = [
      counts.error > 0 ? `${counts.error} error${counts.error === 1 ? '' : 's'}` : '',
      counts.warning > 0 ? `${counts.warning} warning${counts.warning === 1 ? '' : 's'}` : '',
      counts.info > 0 ? `${counts.info} note${counts.info === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    return (
      <>
        <span className={`step-badge step-badge-${worst}`} aria-hidden="true">
          {total}
        </span>
        <span id={`${tabId(step)}-findings`} hidden>
          {words.join(', ')}
        </span>
      </>
    );
  };

  return (
    <div role="tablist" aria-label="Wizard steps" className="step-tabs">
      {STEPS.map((step, index) => (
        <button
          key={step.id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabId(step.id)}
          aria-selected={step.id === current}
          aria-controls={PANEL_ID}
          tabIndex={step.id === current ? 0 : -1}
          onClick={() => goToStep(step.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
          aria-describedby={badge(step.id) ? `${tabId(step.id)}-findings` : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {index + 1}
          </span>
          {step.label}
          {badge(step.id)}
        </button>
      ))}
    </div>
  );
}
