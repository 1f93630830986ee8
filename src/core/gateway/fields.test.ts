import { describe, expect, it } from 'vitest';
import type { FieldKey } from './answers';
import { NOT_DOCUMENTED } from './fieldSources';
import { FIELDS, type FieldInfo } from './fields';

const entries = Object.entries(FIELDS) as [FieldKey, FieldInfo][];

describe('FIELDS explain every wizard field', () => {
  it('lists the 29 wizard fields', () => {
    expect(entries).toHaveLength(29);
  });

  it.each(entries)('%s has non-empty help, ha, source and defaultNote', (_key, info) => {
    for (const text of [info.label, info.help, info.ha, info.source, info.defaultNote]) {
      expect(text.trim()).not.toBe('');
    }
  });

  it.each(entries)('%s names its source without a link', (_key, info) => {
    expect(info.source.toLowerCase()).not.toContain('http');
  });

  it.each(entries)('%s states a default or says honestly that none is documented', (_key, info) => {
    expect(info.defaultNote === NOT_DOCUMENTED || info.defaultNote.startsWith('Default:')).toBe(true);
  });

  it('uses the not-documented sentence the help shows', () => {
    expect(NOT_DOCUMENTED).toBe('ASM’s default is not documented.');
  });

  it('gives every field its own label', () => {
    const labels = entries.map(([, info]) => info.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
