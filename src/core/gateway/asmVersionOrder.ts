// Comparing ASM versions (the findings that depend on the user's ASM version use it): by their numbers, a missing part
// counting as 0.
import { type AsmVersionNumbers, NEWEST_DOCUMENTED_ASM_VERSION, parseAsmVersion } from './asmVersion';

/** The numbers of a version, or those of the newest documented one when it does not parse. */
export function asmVersionNumbers(text: string | undefined): AsmVersionNumbers {
  const parsed = parseAsmVersion(text ?? NEWEST_DOCUMENTED_ASM_VERSION);
  if (parsed.ok) return parsed.numbers;
  const fallback = parseAsmVersion(NEWEST_DOCUMENTED_ASM_VERSION);
  return fallback.ok ? fallback.numbers : [0, 0, 0, 0];
}

/** True when `version` is at least `minimum` (e.g. `isAtLeast('1.18.0.100', '1.18.0.147')` is false). */
export function isAtLeast(version: string | undefined, minimum: string): boolean {
  const have = asmVersionNumbers(version);
  const need = asmVersionNumbers(minimum);
  for (let i = 0; i < 4; i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
