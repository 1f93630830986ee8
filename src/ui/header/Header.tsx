import { PRESET_NAMES, type PresetId } from '../../core';
import { selectActions, selectBasis } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { HeaderActions } from './HeaderActions';
import { PresetChanges } from './PresetChanges';

/** The select's value while the YAML is not a preset as it is: its option says what it departs from. */
const DEPARTED = 'custom';

export function Header() {
  const preset = useAppStore((state) => state.preset);
  const basis = useAppStore(selectBasis);
  const departed = !basis.isPreset;
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
            value={departed ? DEPARTED : preset}
            aria-describedby="preset-help"
            onChange={(event) => {
              const chosen = PRESET_NAMES.find((candidate) => candidate.id === event.target.value);
              if (chosen) choosePreset(chosen.id satisfies PresetId);
            }}
          >
            {departed && (
              <option value={DEPARTED} disabled>
                {basis.label}
              </option>
            )}
            {PRESET_NAMES.map((candidate) => (
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
          {departed
            ? `The YAML is no longer the preset as it was: ${basis.unchanged ? 'it is the document you opened' : `it was edited from ${basis.from}`}. Choose a preset to start from one again.`
            : PRESET_NAMES.find((candidate) => candidate.id === preset)?.summary}
        </p>
        <PresetChanges />
      </div>
    </header>
  );
}
