/**
 * The version of the user's ASM instance: not in the YAML, but it decides what ASM accepts and does with it.
 * Versions are written as the ASM console shows them (`1.22.6.95`, `v1.22.2.35-ge64ec8af-aliyun`); they compare
 * by their numbers, a missing part counting as 0.
 */

/** The newest ASM version the project's references document behaviour for (graceful drain from 1.26, asm-beyond-the-seed.md §3.2). */
export const NEWEST_DOCUMENTED_ASM_VERSION = '1.26';

/** An ASM version's numbers: major, minor, patch, build. */
export type AsmVersionNumbers = readonly [number, number, number, number];

const VERSION = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:-[0-9A-Za-z][0-9A-Za-z.-]*)?$/;

export type AsmVersionParse = { readonly ok: true; readonly text: string; readonly numbers: AsmVersionNumbers } | { readonly ok: false; readonly message: string };

/** Reads a version as typed; says what is wrong with it otherwise. */
export function parseAsmVersion(raw: string): AsmVersionParse {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter the ASM version of your instance, as the ASM console shows it (for example 1.22.6.95).' };
  const match = VERSION.exec(text);
  if (!match) {
    return { ok: false, message: `${text.slice(0, 40)} is not an ASM version: numbers separated by dots, as the ASM console shows them (for example 1.22.6.95 or v1.22.2.35-ge64ec8af-aliyun).` };
  }
  const part = (i: number): number => Number(match[i] ?? 0);
  return { ok: true, text, numbers: [part(1), part(2), part(3), part(4)] };
}

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

/**
 * The version boundaries the app's findings and help use, each from an ASM page. Which version first serves
 * apiVersion v1 is not documented there.
 */
export const ASM_VERSION_BOUNDARIES = {
  /** Before it, ports had to be TCP (ASM CRD reference, field `ports`; domain.md §1.2). */
  portProtocols: '1.9.7.107',
  /** The ASM Serverless gateway (ASM, "Managed gateway with ASM Serverless"). */
  serverlessGateway: '1.18.0.147',
  /** `asm.alibabacloud.com/replicas-managed-by-asm` (ASM, "Customize a scaling policy for an ASM gateway"). */
  replicasManagedByAsm: '1.19',
} as const;
