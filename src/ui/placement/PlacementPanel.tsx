import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { AsmManagedPlacement } from './AsmManagedPlacement';
import { SimulatedPlacement } from './SimulatedPlacement';

/** Where the gateway pods land, what survives a failure, and why; for a gateway ASM runs itself, that it does. */
export function PlacementPanel() {
  const asmManaged = useAppStore((state, store) => selectAnswers(state, store).clusterType === 'ASMServerless');
  return asmManaged ? <AsmManagedPlacement /> : <SimulatedPlacement />;
}
