import { describe, expect, it } from 'vitest';
import { parseAsmVersion } from './asmVersion';
import { isAtLeast } from './asmVersionOrder';

describe('ASM versions, as the console shows them', () => {
  it.each([
    ['1.22.6.95', [1, 22, 6, 95]],
    ['v1.22.2.35-ge64ec8af-aliyun', [1, 22, 2, 35]],
    ['1.18', [1, 18, 0, 0]],
    [' 1.9.7.107 ', [1, 9, 7, 107]],
  ])('reads %j', (text, numbers) => {
    expect(parseAsmVersion(text)).toEqual({ ok: true, text: text.trim(), numbers });
  });

  it.each(['', '1', '1.19.', 'latest', '1.x', 'v1.22.2.35 aliyun', '1.2.3.4.5'])('refuses %j with a message', (text) => {
    const parsed = parseAsmVersion(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/ASM version/);
  });

  it.each([
    ['1.18', '1.18.0.147', false],
    ['1.18.0.147', '1.18.0.147', true],
    ['1.18.1', '1.18.0.147', true],
    ['1.9.7.100', '1.9.7.107', false],
    ['1.10', '1.9.7.107', true],
    ['v1.19.0.1-gabc-aliyun', '1.19', true],
    ['1.18.9.999', '1.19', false],
  ])('%s is at least %s: %s', (version, minimum, expected) => {
    expect(isAtLeast(version, minimum)).toBe(expected);
  });

  it('takes the newest documented version for one that does not parse', () => {
    expect(isAtLeast('not a version', '1.26')).toBe(true);
    expect(isAtLeast(undefined, '1.19')).toBe(true);
  });
});
