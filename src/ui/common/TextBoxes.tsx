import { fieldsInGroup, type FormGroup } from '../../core';
import { TextField } from './TextField';

/** One group of the field table's text boxes, narrow, in table order. */
export function TextBoxes({ group }: { readonly group: FormGroup }) {
  return fieldsInGroup(group).map((field) => <TextField key={field} field={field} narrow />);
}
