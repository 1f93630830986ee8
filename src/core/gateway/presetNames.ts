// The presets as the Preset select shows them: their ids, names and what each protects against. Light (no answers, no
// parser): the first screen's select has them before the engine loads. Their answers are in presetList.ts.

export type PresetId = 'ack-node' | 'ack-zone' | 'serverless-eci';

export interface PresetName {
  readonly id: PresetId;
  /** The option text in the Preset select. */
  readonly label: string;
  /** One line on what the preset protects against. */
  readonly summary: string;
}

/** The three examples of the ASM HA document, in its order. */
export const PRESET_NAMES: readonly PresetName[] = [
  {
    id: 'ack-node',
    label: 'ACK: spread across nodes',
    summary: 'Anti-affinity keeps gateway pods on different nodes, so losing one node keeps the gateway up.',
  },
  {
    id: 'ack-zone',
    label: 'ACK: spread across zones',
    summary: 'Anti-affinity keeps gateway pods in different zones, so losing a whole zone keeps the gateway up.',
  },
  {
    id: 'serverless-eci',
    label: 'ACK Serverless: spread across zones (ECI)',
    summary: 'ECI annotations list vSwitches in several zones, so ECI can create gateway pods in more than one zone.',
  },
];
