import type { Answers } from './answers';
import { isDnsLabel } from './names';

/** The download's file name: `<gateway name>.yaml`, or a safe stand-in while the name is not valid. */
export function downloadFileName(answers: Answers): string {
  return answers.name !== undefined && isDnsLabel(answers.name) ? `${answers.name}.yaml` : 'istio-gateway.yaml';
}
