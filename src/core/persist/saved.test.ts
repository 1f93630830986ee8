import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER } from '../placement/cluster';
import { restoreSavedState, SAVED_STATE_VERSION, toSaved } from './saved';

const good = { text: 'kind: IstioGateway\n', preset: 'ack-zone', step: 'spread', cluster: DEFAULT_CLUSTER } as const;

describe('restoreSavedState: a tolerant reader of what was stored', () => {
  it('round-trips a saved state', () => {
    expect(restoreSavedState(JSON.parse(JSON.stringify(toSaved(good))))).toEqual({ ok: true, state: good, repaired: [] });
  });

  it('round-trips the work kept from before a share link', () => {
    const kept = { ...good, text: 'mine: true\n', step: 'export' } as const;
    expect(restoreSavedState(JSON.parse(JSON.stringify(toSaved(good, kept))))).toEqual({ ok: true, state: good, kept, repaired: [] });
  });

  it('round-trips an imported file’s CRLF line breaks and BOM, and the ASM version, for the state and the kept work', () => {
    const windows = { ...good, encoding: { lineBreak: '\r\n', bom: true }, cluster: { ...DEFAULT_CLUSTER, asmVersion: '1.18.0.147' } } as const;
    const kept = { ...good, text: 'mine: true\n', encoding: { lineBreak: '\r\n', bom: false } } as const;
    expect(restoreSavedState(JSON.parse(JSON.stringify(toSaved(windows, kept))))).toEqual({ ok: true, state: windows, kept, repaired: [] });
    // A plain encoding is not written at all.
    expect(JSON.stringify(toSaved({ ...good, encoding: { lineBreak: '\n', bom: false } }))).not.toContain('encoding');
  });

  it('round-trips the file the text came from, and drops one it cannot read without a word (the text is then shown against its preset)', () => {
    const imported = { ...good, origin: { name: 'prod.yaml', text: 'kind: IstioGateway\nspec: {}\n' } } as const;
    expect(restoreSavedState(JSON.parse(JSON.stringify(toSaved(imported))))).toEqual({ ok: true, state: imported, repaired: [] });
    expect(restoreSavedState({ ...toSaved(good), origin: { name: 7, text: 'x' } })).toEqual({ ok: true, state: good, repaired: [] });
    expect(restoreSavedState({ ...toSaved(good), origin: { name: '', text: 'x' } })).toEqual({ ok: true, state: good, repaired: [] });
  });

  it('repairs an ASM version that is not one, and keeps a valid one when the zones cannot be read', () => {
    expect(restoreSavedState({ ...toSaved(good), cluster: { ...DEFAULT_CLUSTER, asmVersion: 'latest' } })).toEqual({
      ok: true,
      state: good,
      repaired: ['the ASM version could not be read, so 1.26 is assumed'],
    });
    const restored = restoreSavedState({ ...toSaved(good), cluster: { zones: 'lost', asmVersion: '1.19' } });
    expect(restored.ok && restored.state.cluster).toEqual({ ...DEFAULT_CLUSTER, asmVersion: '1.19' });
  });

  it('migrates format 1 (before kept work existed): everything reads as it was', () => {
    const v1 = { version: 1, text: good.text, preset: good.preset, step: good.step, cluster: good.cluster };
    expect(SAVED_STATE_VERSION).toBe(2);
    expect(restoreSavedState(v1)).toEqual({ ok: true, state: good, repaired: [] });
  });

  it('drops unreadable kept work with a word, and keeps the state', () => {
    expect(restoreSavedState({ ...toSaved(good), kept: { text: 3 } })).toEqual({
      ok: true,
      state: good,
      repaired: ['the work kept from before a share link was opened could not be read'],
    });
  });

  it('repairs what it can: bad sizes are clamped, missing fields defaulted', () => {
    const result = restoreSavedState({
      version: 1,
      text: 'a: 1',
      preset: 'nope',
      step: 'nowhere',
      cluster: { zones: [{ name: 'z1', nodes: [{ cpu: -3, memoryGiB: 'lots', usedCpu: 99 }, 'x'] }, 7] },
    });
    expect(result).toEqual({
      ok: true,
      state: {
        text: 'a: 1',
        preset: 'ack-node',
        step: 'cluster',
        cluster: {
          zones: [
            {
              name: 'z1',
              nodes: [
                { cpu: 0.001, memoryGiB: 16, usedCpu: 0.001, usedMemoryGiB: 0, zoneLabel: true },
                { cpu: 4, memoryGiB: 16, usedCpu: 0, usedMemoryGiB: 0, zoneLabel: true },
              ],
            },
          ],
          vSwitchZones: {},
          // Saved before the ASM version was a setting: the newest documented one, without a repair.
          asmVersion: '1.26',
        },
      },
      repaired: [
        'some node sizes were out of range and were adjusted',
        'some node sizes were not numbers and were reset',
        'some nodes could not be read and were reset to 4 CPU / 16 GiB',
        'some zones could not be read',
      ],
    });
  });

  it('keeps the YAML when only the cluster is unreadable, and renames duplicate zones', () => {
    expect(restoreSavedState({ version: 1, text: 'a: 1' })).toEqual({
      ok: true,
      state: { text: 'a: 1', preset: 'ack-node', step: 'cluster', cluster: DEFAULT_CLUSTER },
      repaired: ['the simulated cluster could not be read, so the default cluster is shown'],
    });
    const twins = restoreSavedState({
      version: 1,
      text: 'a',
      cluster: {
        zones: [
          { name: 'z', nodes: [] },
          { name: 'z', nodes: [] },
        ],
      },
    });
    expect(twins.ok && twins.state.cluster.zones.map((zone) => zone.name)).toEqual(['z', 'z-2']);
  });

  it.each([
    ['not an object', 'x', 'it is not a saved state'],
    ['no version', { text: 'a' }, 'it has no valid format version'],
    ['a newer version', { version: SAVED_STATE_VERSION + 1, text: 'a' }, `it was saved by a newer version of this app (format ${SAVED_STATE_VERSION + 1})`],
    ['no text', { version: 1, cluster: DEFAULT_CLUSTER }, 'it holds no YAML text'],
    ['a huge text', { version: 1, text: 'x'.repeat(1_000_001), cluster: DEFAULT_CLUSTER }, 'its YAML text is too large'],
  ])('refuses %s', (_, data, reason) => {
    expect(restoreSavedState(data)).toEqual({ ok: false, reason });
  });
});
