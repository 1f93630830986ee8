import type { Answers } from './answers';
import { isDnsLabel } from './names';

/**
 * The name every file the app saves for this gateway starts with: the gateway name when it is a valid
 * DNS-1123 label (so it holds nothing a file system or a browser treats specially), else `istio-gateway`.
 */
export function fileBaseName(answers: Pick<Answers, 'name'>): string {
  return answers.name !== undefined && isDnsLabel(answers.name) ? answers.name : 'istio-gateway';
}

/**
 * The download's file name: `<gateway name>.yaml`, or a safe stand-in while the name is not valid;
 * `-with-errors` when the text is not a valid IstioGateway, so the file says what it holds.
 */
export function downloadFileName(answers: Pick<Answers, 'name'>, hasErrors = false): string {
  return `${fileBaseName(answers)}${hasErrors ? '-with-errors' : ''}.yaml`;
}

/** The placement diagram's file name, `<gateway name>-placement.svg` or `.png`, as safe as the YAML's. */
export function diagramFileName(answers: Pick<Answers, 'name'>, format: 'svg' | 'png'): string {
  return `${fileBaseName(answers)}-placement.${format}`;
}
