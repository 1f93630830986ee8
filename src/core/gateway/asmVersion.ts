/**
 * The version of the user's ASM instance: not in the YAML, but it decides what ASM accepts and does with it.
 * Versions are written as the ASM console shows them (`1.22.6.95`, `v1.22.2.35-ge64ec8af-aliyun`); they compare
 * by their numbers, a missing part counting as 0.
 * This module reads a version and names the boundaries (the first screen's ASM version field uses them, before the
 * engine loads); comparing versions is asmVersionOrder.ts.
 */

/** The newest ASM version the project's references document behaviour for (graceful drain from 1.26, asm-beyond-the-seed.md §3.2). */
export const NEWEST_DOCUMENTED_ASM_VERSION = '1.26';

/** An ASM version's numbers: major, minor, patch, build. */
export type AsmVersionNumbers = readonly [number, number, number, number];

const VERSION = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:-[0-9A-Za-z][0-9A-Za-z.-]*)?$/;

export type AsmVersionParse =
  { readonly ok: true; readonly text: string; readonly numbers: AsmVersionNumbers } | { readonly ok: false; readonly message: string };

/** Reads a version as typed; says what is wrong with it otherwise. */
export function parseAsmVersion(raw: string): AsmVersionParse {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter the ASM version of your instance, as the ASM console shows it (for example 1.22.6.95).' };
  const match = VERSION.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `${text.slice(0, 40)} is not an ASM version: numbers separated by dots, as the ASM console shows them (for example 1.22.6.95 or v1.22.2.35-ge64ec8af-aliyun).`,
    };
  }
  const part = (i: number): number => Number(match[i] ?? 0);
  return { ok: true, text, numbers: [part(1), part(2), part(3), part(4)] };
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
