import type { Answers } from './answers';
import { isDnsLabel } from './names';

/**
 * The download's file name: `<gateway name>.yaml`, or a safe stand-in while the name is not valid;
 * `-with-errors` when the text is not a valid IstioGateway, so the file says what it holds.
 */
export function downloadFileName(answers: Answers, hasErrors = false): string {
  const base = answers.name !== undefined && isDnsLabel(answers.name) ? answers.name : 'istio-gateway';
  return `${base}${hasErrors ? '-with-errors' : ''}.yaml`;
}
