import { PRESETS, type PresetId } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { HeaderActions } from './HeaderActions';

export function Header() {
  const preset = useAppStore((state) => state.preset);
  const { choosePreset, resetToPreset } = useAppStore(selectActions);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>ASM Gateway HA Configurator</h1>
        <p className="tagline">A highly available ingress gateway for Alibaba Cloud Service Mesh, explained as you build it.</p>
      </div>
      <HeaderActions />
      <div className="preset">
        <label htmlFor="preset">Preset</label>
        <div className="preset-row">
          <select
            id="preset"
            value={preset}
            aria-describedby="preset-help"
            onChange={(event) => {
              const chosen = PRESETS.find((candidate) => candidate.id === event.target.value);
              if (chosen) choosePreset(chosen.id satisfies PresetId);
            }}
          >
            {PRESETS.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
          <button type="button" onClick={resetToPreset}>
            Reset to preset
          </button>
        </div>
        <p id="preset-help" className="field-help">
          {PRESETS.find((candidate) => candidate.id === preset)?.summary}
        </p>
      </div>
    </header>
  );
}
