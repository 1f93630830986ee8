import { Component, type ComponentType, lazy, type ReactNode, type RefObject, Suspense, useEffect, useRef } from 'react';
import { STEPS, type StepId } from '../../core';
import { selectActions, selectFormLocked } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { FormLock } from '../common/formLock';
import { ClusterStep } from './ClusterStep';
import { PANEL_ID, StepTabs, tabId } from './StepTabs';

/** The steps after the first: fetched once the page is idle, so that they are there when the user moves on. */
const laterSteps = () => import('./laterSteps');

const stepContent: Record<StepId, ComponentType> = {
  cluster: ClusterStep,
  replicas: lazy(() => laterSteps().then((steps) => ({ default: steps.ReplicasStep }))),
  spread: lazy(() => laterSteps().then((steps) => ({ default: steps.SpreadStep }))),
  service: lazy(() => laterSteps().then((steps) => ({ default: steps.ServiceStep }))),
  export: lazy(() => laterSteps().then((steps) => ({ default: steps.ExportStep }))),
};

/** If a step cannot load (offline, or a newer version replaced its files), the step says so; the rest of the page works. */
class StepLoadBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="step-load-error">
        This step could not be loaded (the network may be down, or a newer version of this page was published): reload the page to try again. The YAML editor,
        findings, copy and download still work.
      </p>
    );
  }
}

/**
 * A finding was shown: its step is open now; this focuses its field (the row it concerns, in a list). Rendered after
 * the step's fields, so a step that loads first has them when it runs; each request is answered once.
 */
function FocusRequestedField({ panelRef, answeredRef }: { readonly panelRef: RefObject<HTMLDivElement | null>; readonly answeredRef: RefObject<number> }) {
  const fieldFocus = useAppStore((state) => state.fieldFocus);
  useEffect(() => {
    if (!fieldFocus || !panelRef.current || answeredRef.current === fieldFocus.seq) return;
    answeredRef.current = fieldFocus.seq;
    const fields = [...panelRef.current.querySelectorAll<HTMLElement>(`[data-field="${fieldFocus.field}"]`)];
    const target = fields.find((element) => element.dataset.row === String(fieldFocus.row)) ?? fields[0];
    const control =
      target?.querySelector<HTMLElement>('input[type="radio"]:checked') ?? target?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
    control?.focus();
  }, [fieldFocus, panelRef, answeredRef]);
  return null;
}

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
  /** The last request to focus a field that was answered. */
  const answered = useRef(0);

  useEffect(() => {
    const fetchSteps = (): void => void laterSteps().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(fetchSteps, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(fetchSteps, 200);
    return () => clearTimeout(timer);
  }, []);

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

  return (
    <div className="wizard">
      <StepTabs />
      <div ref={panel} role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(step)} className="step-panel">
        <h3 ref={heading} className="step-heading" tabIndex={-1}>
          {`Step ${index + 1} of ${STEPS.length}: ${STEPS[index]?.label ?? ''}`}
        </h3>
        <StepLoadBoundary key={step}>
          <Suspense fallback={<p className="step-loading">Loading this step…</p>}>
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
            <FocusRequestedField panelRef={panel} answeredRef={answered} />
          </Suspense>
        </StepLoadBoundary>
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
