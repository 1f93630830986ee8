import { describe, expect, it } from 'vitest';
import { PLAIN_ENCODING } from '../yaml/encoding';
import { basisStatus, changesFrom } from './basis';
import { presetText } from './presets';

describe('what the Preset control says of the text', () => {
  it('names the preset while the text is it, and an edit of it otherwise (line breaks count)', () => {
    const text = presetText('ack-zone');
    expect(basisStatus(text, PLAIN_ENCODING, 'ack-zone', null)).toEqual({
      unchanged: true,
      isPreset: true,
      label: 'ACK: spread across zones',
      from: 'ACK: spread across zones',
    });
    expect(basisStatus(text.replace('minReplicas: 2', 'minReplicas: 3'), PLAIN_ENCODING, 'ack-zone', null).label).toBe(
      'Custom (edited from ACK: spread across zones)',
    );
    expect(basisStatus(text, { lineBreak: '\r\n', bom: false }, 'ack-zone', null).unchanged).toBe(false);
  });

  it('names an imported file while the text is it, and an edit of it otherwise', () => {
    const origin = { name: 'prod.yaml', text: 'kind: IstioGateway\n' };
    expect(basisStatus(origin.text, PLAIN_ENCODING, 'ack-node', origin)).toEqual({
      unchanged: true,
      isPreset: false,
      label: 'Imported: prod.yaml',
      from: 'prod.yaml',
    });
    expect(basisStatus('kind: IstioGateway\nspec: {}\n', PLAIN_ENCODING, 'ack-node', origin).label).toBe('Custom (edited from prod.yaml)');
  });
});

describe('the changes from the basis, line by line', () => {
  it('lists removed and added lines with their numbers, and a line of context around each change', () => {
    expect(changesFrom('a\nb\nc\nd\n', 'a\nB\nc\nd\ne\n')).toEqual([
      { kind: 'context', line: 1, text: 'a' },
      { kind: 'removed', line: 2, text: 'b' },
      { kind: 'added', line: 2, text: 'B' },
      { kind: 'context', line: 3, text: 'c' },
      { kind: 'context', line: 4, text: 'd' },
      { kind: 'added', line: 5, text: 'e' },
      { kind: 'context', line: 6, text: '' },
    ]);
    expect(changesFrom('same\n', 'same\n')).toEqual([]);
  });

  it('does not list an unrelated document line by line', () => {
    const many = (prefix: string): string => Array.from({ length: 500 }, (_, i) => `${prefix}${i}`).join('\n');
    expect(changesFrom(many('a'), many('b'))).toBeUndefined();
  });
});
