// What the form's free-text fields and port rows show for the document's answers (the first screen needs these
// without the document editing in formEdit.ts).
import type { Answers, FieldKey } from './answers';
import { fieldsOfKind, type TextBoxField } from './fieldTable';

/** Fields the wizard edits as free text: the table's text boxes, the cluster IDs (one a line) and the weight. */
export type TextField = TextBoxField | 'clusterIds' | 'weight';

const INTEGER_FIELDS = new Set<FieldKey>([...fieldsOfKind('integer'), 'weight']);

/** Fields that take a whole number (a numeric keyboard suits them; quantities need letters). */
export function isIntegerField(field: FieldKey): boolean {
  return INTEGER_FIELDS.has(field);
}

/** A port row as typed: every cell is text until it parses. */
export interface PortRow {
  readonly name: string;
  readonly port: string;
  readonly targetPort: string;
  /** The port's protocol in the document, carried along (the form shows it; the YAML edits it). */
  readonly protocol?: string;
  readonly origin?: number;
}

/**
 * The outcome of a form edit: a change to write, or the problems that keep it out of the document.
 * An invalid value never reaches the YAML: the form keeps what was typed, with these messages.
 */
/** The text a free-text field shows for the document's answers. */
export function formatTextField(answers: Answers, field: TextField): string {
  const value = answers[field];
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/** The port rows the form shows for the document's answers. */
export function portRows(answers: Answers): PortRow[] {
  return answers.ports.map((port) => ({
    name: port.name,
    port: Number.isNaN(port.port) ? '' : String(port.port),
    targetPort: port.targetPort === undefined || (typeof port.targetPort === 'number' && Number.isNaN(port.targetPort)) ? '' : String(port.targetPort),
    ...(port.protocol === undefined ? {} : { protocol: port.protocol }),
    ...(port.origin === undefined ? {} : { origin: port.origin }),
  }));
}
