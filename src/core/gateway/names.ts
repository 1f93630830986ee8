// Kubernetes names: light (the first screen names its downloads after the gateway). The forms of Alibaba Cloud IDs and
// their placeholders are idForms.ts.

/** RFC 1123 label: what Kubernetes accepts for names, namespaces and many label values. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const MAX_LABEL_LENGTH = 63;

/** The characters and shape of a DNS-1123 label, whatever its length. */
export function hasDnsLabelForm(text: string): boolean {
  return DNS_LABEL.test(text);
}

export function isDnsLabel(text: string): boolean {
  return text.length <= MAX_LABEL_LENGTH && DNS_LABEL.test(text);
}
