// The steps after the first, in a chunk of their own with their fields' help: the first screen shows the Cluster step,
// so the others load after it has started (src/ui/wizard/Wizard.tsx fetches them as soon as the page is idle).
import type { ComponentType } from 'react';
import { CLUSTER_FIELD_TEXTS, LATER_FIELD_TEXTS } from '../../core';
import { FieldTextsContext } from '../common/fieldTexts';
import { ExportStep as Export } from './ExportStep';
import { ReplicasStep as Replicas } from './ReplicasStep';
import { ServiceStep as Service } from './ServiceStep';
import { SpreadStep as Spread } from './SpreadStep';

const EVERY_FIELD_TEXT = { ...CLUSTER_FIELD_TEXTS, ...LATER_FIELD_TEXTS };

/** A later step, with every field's help at hand. */
function withTexts(Step: ComponentType): ComponentType {
  const WithTexts = () => (
    <FieldTextsContext.Provider value={EVERY_FIELD_TEXT}>
      <Step />
    </FieldTextsContext.Provider>
  );
  WithTexts.displayName = `WithTexts(${Step.displayName ?? Step.name})`;
  return WithTexts;
}

export const ExportStep = withTexts(Export);
export const ReplicasStep = withTexts(Replicas);
export const ServiceStep = withTexts(Service);
export const SpreadStep = withTexts(Spread);
