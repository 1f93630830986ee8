import { useState } from 'react';
import { ASM_VERSION_BOUNDARIES, NEWEST_DOCUMENTED_ASM_VERSION, parseAsmVersion } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';

/**
 * The version of the user's ASM instance: not in the YAML, but it decides what ASM accepts. A text that is not a version
 * stays as typed, with the reason beside it; the findings keep using the last valid version.
 */
export function AsmVersionField() {
  const version = useAppStore((state) => state.cluster.asmVersion);
  const { setAsmVersion } = useAppStore(selectActions);
  const [typing, setTyping] = useState<string | null>(null);
  const parsed = typing === null ? undefined : parseAsmVersion(typing);
  const problem = parsed && !parsed.ok ? parsed.message : undefined;
  return (
    <div className="field asm-version">
      <label htmlFor="asm-version" className="field-label">
        ASM version
      </label>
      <input
        id="asm-version"
        type="text"
        autoComplete="off"
        spellCheck={false}
        className="asm-version-input"
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? 'asm-version-problem asm-version-help' : 'asm-version-help'}
        value={typing ?? version}
        onChange={(event) => {
          setTyping(event.target.value);
          setAsmVersion(event.target.value);
        }}
        onBlur={() => {
          if (parsed?.ok !== false) setTyping(null);
        }}
      />
      {problem && (
        <p id="asm-version-problem" className="message message-error" role="alert">
          {problem} The findings use {version} until then.
        </p>
      )}
      <p id="asm-version-help" className="field-help">
        Your ASM instance’s version, as the ASM console shows it (not part of the YAML). Findings that depend on it use it: ports other than TCP need{' '}
        {ASM_VERSION_BOUNDARIES.portProtocols}, the ASM Serverless gateway {ASM_VERSION_BOUNDARIES.serverlessGateway}, your own autoscaler{' '}
        {ASM_VERSION_BOUNDARIES.replicasManagedByAsm}. The default, {NEWEST_DOCUMENTED_ASM_VERSION}, is the newest version these documents describe; other
        version boundaries are not documented.
      </p>
    </div>
  );
}
