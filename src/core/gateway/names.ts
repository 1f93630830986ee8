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

/** An ACK cluster ID: lowercase letters and digits. */
export const CLUSTER_ID_FORM = /^[a-z0-9]+$/;
/** A vSwitch ID: `vsw-` and lowercase letters and digits. */
export const VSWITCH_ID_FORM = /^vsw-[a-z0-9]+$/;

/**
 * The masked example IDs in Alibaba's documents: an ID of the right form with its last four
 * characters replaced by `****` (c954ee9df88f64f229591f0ea4c61****, vsw-bp1b07j0miob3khtn****).
 */
export function isExamplePlaceholder(id: string, form: RegExp): boolean {
  return id.endsWith('****') && form.test(id.slice(0, -4));
}
