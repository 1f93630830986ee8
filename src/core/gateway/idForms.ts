// The forms of Alibaba Cloud IDs, and the placeholders documents put where an ID belongs.

/** An ACK cluster ID: lowercase letters and digits. */
export const CLUSTER_ID_FORM = /^[a-z0-9]+$/;
/** A vSwitch ID: `vsw-` and lowercase letters and digits. */
export const VSWITCH_ID_FORM = /^vsw-[a-z0-9]+$/;

/**
 * Placeholders where an ID belongs: the example IDs in Alibaba's documents, an ID of the right form with its last four
 * characters replaced by `****` (c954ee9df88f64f229591f0ea4c61****, vsw-bp1b07j0miob3khtn****) or only x's (the
 * OpenAPI examples' `xxxxx`), and a template's slot (`{CLUSTER_ID}`, `${CLUSTER_ID}`, `{{ .Values.id }}`, `<cluster-id>`).
 */
export function isExamplePlaceholder(id: string, form: RegExp): boolean {
  if (/^(?:vsw-)?x{3,}$/i.test(id)) return true;
  if (/^(?:\$?\{+[^{}]*\}+|<[^<>]+>)$/.test(id)) return true;
  return id.endsWith('****') && form.test(id.slice(0, -4));
}
