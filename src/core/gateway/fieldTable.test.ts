import { parseDocument } from 'yaml';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Answers } from './answers';
import { applyAnswer } from './applyAnswer';
import { fieldPaths } from './fieldPaths';
import { FIELD_TABLE } from './fieldRows';
import { fieldsInGroup, fieldsOfKind, SCALAR_FIELDS, type ScalarField } from './fieldTable';
import { FIELDS } from './fields';
import { CLUSTER_FIELD_TEXTS } from './fieldTexts';
import { LATER_FIELD_TEXTS } from './laterFieldTexts';
import { STEPS } from './steps';
import { validateAnswers } from './validate';
import { answerFindings } from '../findings/answerFindings';
import { readAnswers } from './readAnswers';
import type { ApiVersion, ServiceType } from './types';

/** A value of the right type for each kind, other than what the empty document reads. */
function sampleValue(field: ScalarField): string | number | boolean {
  const row = SCALAR_FIELDS[field];
  switch (row.kind) {
    case 'integer':
      return 3;
    case 'quantity':
      return '250m';
    case 'intOrPercent':
      return '25%';
    case 'text':
      return 'gw-1';
    case 'boolean':
      return true;
    case 'choice':
      return row.choices[row.choices.length - 1] ?? '';
  }
}

describe('the field table', () => {
  it('gives the answers their types', () => {
    expectTypeOf<Answers['rollingMaxSurge']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Answers['minReplicas']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Answers['sdsEnabled']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Answers['apiVersion']>().toEqualTypeOf<ApiVersion | undefined>();
    expectTypeOf<Answers['serviceType']>().toEqualTypeOf<ServiceType | undefined>();
  });

  it.each(Object.keys(SCALAR_FIELDS) as ScalarField[])('writes %s at its path and reads it back', (field) => {
    const value = sampleValue(field);
    // `change` is built generically: the value's type follows the row's kind (checked in sampleValue).
    const doc = applyAnswer(parseDocument('spec: {}\n'), { field, value } as Parameters<typeof applyAnswer>[1]);
    expect(doc.getIn(SCALAR_FIELDS[field].path)).toBe(value);
    expect(readAnswers(doc)[field]).toBe(value);
    expect(fieldPaths(doc)[field]).toEqual(SCALAR_FIELDS[field].path);
  });

  it('has a label and help text for every field', () => {
    for (const field of Object.keys(SCALAR_FIELDS) as ScalarField[]) expect(FIELDS[field].help).not.toBe('');
  });

  it('names every field once, on one of the wizard’s steps', () => {
    const labels = Object.values(FIELD_TABLE).map((row) => row.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const row of Object.values(FIELD_TABLE)) expect(STEPS.map((step) => step.id)).toContain(row.step);
  });

  it('keeps the Cluster step’s help apart from the later steps’, each field’s in one place', () => {
    const first = Object.keys(CLUSTER_FIELD_TEXTS);
    expect(first.sort()).toEqual(
      Object.entries(FIELD_TABLE)
        .filter(([, row]) => row.step === 'cluster')
        .map(([field]) => field)
        .sort(),
    );
    expect(Object.keys(LATER_FIELD_TEXTS).filter((field) => first.includes(field))).toEqual([]);
  });

  it('refuses a value below a row’s limit, with the limit in the message', () => {
    const answers = readAnswers(parseDocument('spec: {minReplicas: 0, cpu: {targetAverageUtilization: 0}}\n'));
    const paths = fieldPaths(parseDocument('spec: {}\n'));
    expect(validateAnswers(answers, paths).find((issue) => issue.code === 'field/replicas-at-least-one')?.message).toBe(
      `Minimum replicas must be at least ${String(SCALAR_FIELDS.minReplicas.limits.min)}.`,
    );
    const messages = answerFindings(answers, paths).map((issue) => issue.message);
    expect(messages).toContain(`The CPU target must be at least ${String(SCALAR_FIELDS.cpuTarget.limits.min)} (a percentage of the CPU request).`);
  });

  it('lays out the form’s text boxes in table order', () => {
    expect(fieldsInGroup('replicas')).toEqual(['minReplicas', 'maxReplicas', 'replicaCount', 'cpuTarget']);
    expect(fieldsInGroup('rolling')).toEqual(['rollingMaxSurge', 'rollingMaxUnavailable']);
  });

  it('lists the fields of a kind in table order', () => {
    expect(fieldsOfKind('intOrPercent')).toEqual(['rollingMaxSurge', 'rollingMaxUnavailable']);
  });
});
