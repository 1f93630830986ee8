import type { Answers } from './answers';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The download's file name: `<gateway name>.yaml`, or a safe stand-in while the name is not valid. */
export function downloadFileName(answers: Answers): string {
  const name = answers.name;
  return name !== undefined && DNS_LABEL.test(name) && name.length <= 63 ? `${name}.yaml` : 'istio-gateway.yaml';
}
