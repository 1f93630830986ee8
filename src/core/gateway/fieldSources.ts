// What every field's help consists of, and the documents its sources name: shared by the Cluster step's texts (on the
// first load) and the later steps' (in their chunk).

/** A field's help, under its key: what a newcomer reads beside the control. */
export interface FieldTexts {
  /** For a newcomer: what the field does and what the choice costs. */
  readonly help: string;
  /** For a newcomer: what this choice does to availability (what survives, what can go wrong). One or two sentences. */
  readonly ha: string;
  /**
   * Where this comes from, without a link: e.g.
   * 'ASM, “Improve availability for the ingress gateway of an ASM instance”, section “Spread pods across nodes”'.
   */
  readonly source: string;
  /** ASM's documented default, or an honest "not documented". */
  readonly defaultNote: string;
}

/** The `defaultNote` of every field whose default the references do not document. */
export const NOT_DOCUMENTED = 'ASM’s default is not documented.';

/** The documents the `source` texts name (titles only, no links). */
export const HA_DOC = 'ASM, “Improve availability for the ingress gateway of an ASM instance”';
export const HA_DOC_ECI = HA_DOC + ', section “Distribute pods across zones with ECI annotations (ACK Serverless clusters)”';
export const CRD_DOC = 'ASM gateway CRD reference';
export const ECI_MZ = 'ECI, “Configure multiple zones to create a pod”';
export const K8S_FIT = 'Kubernetes scheduler, NodeResourcesFit (placement counts requests)';
export const SCALING_DOC = 'ASM, “Customize a scaling policy for an ASM gateway”';
export const SERVERLESS_GATEWAY_DOC = 'ASM, “Managed gateway with ASM Serverless”';
