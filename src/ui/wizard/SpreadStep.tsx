import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { AntiAffinityFields } from './AntiAffinityFields';
import { EciFields } from './EciFields';

export function SpreadStep() {
  const clusterType = useAppStore((state) => selectAnswers(state).clusterType);
  return clusterType === 'ACK' ? <AntiAffinityFields /> : <EciFields />;
}
