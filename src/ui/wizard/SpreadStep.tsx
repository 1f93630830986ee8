import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { AntiAffinityFields } from './AntiAffinityFields';
import { EciFields } from './EciFields';

export function SpreadStep() {
  const clusterType = useAppStore((state, store) => selectAnswers(state, store).clusterType);
  if (clusterType === 'ASMServerless') {
    return (
      <p className="step-intro">
        An ASM Serverless gateway runs on infrastructure ASM manages, so there is nothing of yours to spread here: no nodes for anti-affinity, no vSwitches for
        ECI. How ASM spreads its pods is not documented.
      </p>
    );
  }
  return clusterType === 'ACK' ? <AntiAffinityFields /> : <EciFields />;
}
