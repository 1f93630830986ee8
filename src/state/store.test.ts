import { parseDocument } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyTextEdits, encodeText, presetText } from '../core';
import { selectAnswers, selectEditorMarkers, selectReport, selectFocusedLines, selectPlacement } from './selectors';
import { createAppStore } from './store';

describe('the app store: the YAML text is the truth, the form is a lens', () => {
  it('starts from the node-spread preset', () => {
    const store = createAppStore();
    expect(store.getState().text).toBe(presetText('ack-node'));
    expect(selectAnswers(store.getState(), store).spreadLevel).toBe('node');
  });

  it('writes a valid field at once, as one undo step', () => {
    const store = createAppStore();
    const before = store.getState().text;
    store.actions.setTextField('maxReplicas', '6');
    expect(selectAnswers(store.getState(), store).maxReplicas).toBe(6);
    expect(store.getState().lastChange?.edits).toHaveLength(1);
    store.actions.undo();
    expect(store.getState().text).toBe(before);
    store.actions.redo();
    expect(selectAnswers(store.getState(), store).maxReplicas).toBe(6);
  });

  it('keeps an invalid value as a draft with its message; the YAML keeps its last valid value', () => {
    const store = createAppStore();
    const before = store.getState().text;
    store.actions.setTextField('name', 'Bad_Name');
    expect(store.getState().text).toBe(before);
    expect(store.getState().drafts.text.name?.raw).toBe('Bad_Name');
    expect(store.getState().drafts.text.name?.issues[0]?.code).toBe('field/name-format');
    store.actions.setTextField('name', 'good-name');
    expect(store.getState().drafts.text.name).toBeUndefined();
    expect(store.getState().text).toContain('- istio-good-name');
  });

  it('restores the spread the user had after ACK → ACK Serverless → ACK', () => {
    const store = createAppStore(presetText('ack-zone'));
    store.actions.choose({ field: 'rule', value: 'required' });
    store.actions.choose({ field: 'clusterType', value: 'ACKServerless' });
    const serverless = parseDocument(store.getState().text).toJS() as { spec: Record<string, unknown> };
    expect(serverless.spec.affinity).toBeUndefined();
    expect(serverless.spec.podAnnotations).toEqual({
      'k8s.aliyun.com/eci-vswitch': 'vsw-bp1b07j0miob3khtn****,vsw-bp12b85hh323se8ft****',
      'k8s.aliyun.com/eci-schedule-strategy': 'VSwitchRandom',
    });
    store.actions.setVSwitchRows(['vsw-aaa', 'vsw-bbb', 'vsw-ccc']);
    store.actions.choose({ field: 'clusterType', value: 'ACK' });
    expect(selectAnswers(store.getState(), store)).toMatchObject({ clusterType: 'ACK', spreadLevel: 'zone', rule: 'required' });
    store.actions.choose({ field: 'clusterType', value: 'ACKServerless' });
    expect(selectAnswers(store.getState(), store).vSwitchIds).toEqual(['vsw-aaa', 'vsw-bbb', 'vsw-ccc']);
  });

  it('ACK → ASM Serverless gateway → ACK: the annotation comes and goes, and the cluster IDs and the spread come back', () => {
    const store = createAppStore(presetText('ack-zone'));
    store.actions.setTextField('clusterIds', 'c0123456789abcdef0123456789abcdef');
    store.actions.choose({ field: 'clusterType', value: 'ASMServerless' });
    const serverless = store.getState().text;
    expect(serverless).toContain("asm.alibabacloud.com/managed-by-asm: 'true'");
    expect(serverless).not.toContain('clusterIds');
    expect(serverless).not.toContain('podAntiAffinity');
    expect(selectAnswers(store.getState(), store).clusterType).toBe('ASMServerless');
    store.actions.choose({ field: 'clusterType', value: 'ACK' });
    const back = selectAnswers(store.getState(), store);
    expect(back).toMatchObject({ clusterType: 'ACK', clusterIds: ['c0123456789abcdef0123456789abcdef'], spreadLevel: 'zone', rule: 'preferred' });
    expect(store.getState().text).not.toContain('managed-by-asm');
  });

  it('cluster IDs of one gateway are never written into another that is imported after it', () => {
    const store = createAppStore();
    store.actions.setTextField('clusterIds', 'cabc123');
    const serverless = presetText('ack-node')
      .replace('  namespace: istio-system\n', "  namespace: istio-system\n  annotations:\n    asm.alibabacloud.com/managed-by-asm: 'true'\n")
      .replace(/ {2}clusterIds:\n {2,4}- "[^"]*"\n/, '');
    store.actions.importText(serverless, 'serverless.yaml');
    expect(selectAnswers(store.getState(), store).clusterType).toBe('ASMServerless');
    store.actions.choose({ field: 'clusterType', value: 'ACK' });
    expect(selectAnswers(store.getState(), store).clusterIds).toEqual([]);
  });

  it('choosing a preset replaces the document and can be undone', () => {
    const store = createAppStore();
    store.actions.setTextField('maxReplicas', '6');
    const edited = store.getState().text;
    store.actions.choosePreset('serverless-eci');
    expect(store.getState().text).toBe(presetText('serverless-eci'));
    expect(store.getState().notice).toEqual({ message: 'Loaded the preset “ACK Serverless: spread across zones (ECI)”.', undoable: true });
    store.actions.undo();
    expect(store.getState().text).toBe(edited);
  });

  it('invalid YAML keeps the last valid document and locks the form until it parses', () => {
    const store = createAppStore();
    const good = store.getState().doc;
    store.actions.editYaml('spec:\n  minReplicas: [1\n');
    expect(store.getState().textIssues.length).toBeGreaterThan(0);
    expect(store.getState().textIssues[0]?.span?.line).toBeGreaterThan(0);
    expect(store.getState().doc).toBe(good);
    const text = store.getState().text;
    store.actions.setTextField('minReplicas', '3');
    expect(store.getState().text).toBe(text);
    store.actions.editYaml(presetText('ack-zone'));
    expect(store.getState().textIssues).toEqual([]);
    expect(selectAnswers(store.getState(), store).spreadLevel).toBe('zone');
  });

  it('derives findings once per document', () => {
    const store = createAppStore();
    expect(selectReport(store.getState(), store)).toBe(selectReport(store.getState(), store));
    expect(selectReport(store.getState(), store).byField.clusterIds?.[0]?.code).toBe('ha/cluster-id-placeholder');
  });
});

describe('the store after review', () => {
  it('a draft that becomes valid through another field is written with it', () => {
    const store = createAppStore();
    store.actions.setTextField('maxReplicas', '1');
    expect(store.getState().drafts.text.maxReplicas?.issues[0]?.code).toBe('ha/min-above-max');
    store.actions.setTextField('minReplicas', '1');
    expect(selectAnswers(store.getState(), store)).toMatchObject({ minReplicas: 1, maxReplicas: 1 });
    expect(store.getState().drafts.text).toEqual({});
    store.actions.undo();
    expect(selectAnswers(store.getState(), store)).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
  });

  it('a draft that stays invalid gets a message about the current values', () => {
    const store = createAppStore();
    store.actions.setTextField('maxReplicas', '1');
    store.actions.setTextField('minReplicas', '3');
    expect(store.getState().drafts.text.maxReplicas?.issues[0]?.message).toBe(
      'Minimum replicas (3) is more than maximum replicas (1); the autoscaler rejects this.',
    );
  });

  it('Undo restores the preset the select showed', () => {
    const store = createAppStore();
    store.actions.choosePreset('serverless-eci');
    store.actions.undo();
    expect(store.getState().preset).toBe('ack-node');
    store.actions.redo();
    expect(store.getState().preset).toBe('serverless-eci');
  });

  it('a change the core refuses becomes a message, never an exception', () => {
    const store = createAppStore('metadata:\n  name: gw\nspec:\n  minReplicas: &n 2\n  maxReplicas: *n\n');
    expect(() => store.actions.setTextField('minReplicas', '1')).not.toThrow();
    expect(store.getState().drafts.text.minReplicas?.issues[0]?.message).toContain('anchor &n');
    expect(store.getState().text).toContain('minReplicas: &n 2');
  });
});

describe('the placement slice', () => {
  it('reshapes the cluster and drops failures of nodes and zones that are gone', () => {
    const store = createAppStore();
    const { actions } = store;
    actions.setZoneCount(4);
    expect(store.getState().cluster.zones.map((zone) => zone.name)).toEqual(['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j', 'cn-hangzhou-k']);
    actions.toggleZoneFailure('cn-hangzhou-k');
    actions.toggleNodeFailure('cn-hangzhou-h-n2');
    actions.setNodesPerZone(1);
    expect(store.getState().whatIf.failedNodes).toEqual([]);
    actions.setZoneCount(3);
    expect(store.getState().whatIf.failedZones).toEqual([]);
    expect(store.getState().cluster.zones.map((zone) => zone.nodes.length)).toEqual([1, 1, 1]);
  });

  it('simulates once per change of document, cluster or what-if', () => {
    const store = createAppStore();
    const first = selectPlacement(store.getState(), store);
    expect(selectPlacement(store.getState(), store)).toBe(first);
    store.actions.toggleZoneFailure('cn-hangzhou-h');
    const failed = selectPlacement(store.getState(), store);
    expect(failed).not.toBe(first);
    expect(failed.pods.find((pod) => pod.name === 'pod-1')?.status).toBe('Lost');
  });

  it('places the replicas chosen on the slider, within minimum and maximum', () => {
    const store = createAppStore();
    store.actions.setReplicasToPlace(9);
    expect(selectPlacement(store.getState(), store).replicas).toBe(4);
    store.actions.setReplicasToPlace(3);
    expect(selectPlacement(store.getState(), store).pods).toHaveLength(3);
  });
});

describe('selectors return the same value until their inputs change (zustand needs stable selections)', () => {
  it.each([
    ['selectEditorMarkers', selectEditorMarkers],
    ['selectFocusedLines', selectFocusedLines],
    ['selectPlacement', selectPlacement],
    ['selectReport', selectReport],
    ['selectAnswers', selectAnswers],
  ] as const)('%s', (_, select) => {
    const store = createAppStore();
    store.actions.focusField('minReplicas');
    expect(select(store.getState(), store)).toBe(select(store.getState(), store));
  });

  it('the focused field’s lines are the lines of its node', () => {
    const store = createAppStore();
    store.actions.focusField('minReplicas');
    const line = store.getState().text.split('\n').indexOf('  minReplicas: 2') + 1;
    expect(selectFocusedLines(store.getState(), store)).toEqual([line, line]);
  });
});

describe('the cluster keeps its meaning while the lists change', () => {
  it('removing a vSwitch row does not move the others to other zones', () => {
    const store = createAppStore(presetText('serverless-eci'));
    const { actions } = store;
    actions.setVSwitchRows(['vsw-aaa', 'vsw-bbb', 'vsw-ccc']);
    actions.setVSwitchRows(['vsw-bbb', 'vsw-ccc']);
    expect(store.getState().cluster.vSwitchZones).toMatchObject({ 'vsw-bbb': 'cn-hangzhou-i', 'vsw-ccc': 'cn-hangzhou-j' });
    expect(
      selectPlacement(store.getState(), store)
        .zones.filter((zone) => zone.vSwitches.length > 0)
        .map((zone) => zone.name),
    ).toEqual(['cn-hangzhou-i', 'cn-hangzhou-j']);
  });

  it('a zone cannot take another zone’s name', () => {
    const store = createAppStore();
    store.actions.renameZone(0, 'cn-hangzhou-i');
    expect(store.getState().cluster.zones.map((zone) => zone.name)).toEqual(['cn-hangzhou-h', 'cn-hangzhou-i', 'cn-hangzhou-j']);
    store.actions.renameZone(0, 'cn-shanghai-a');
    expect(store.getState().cluster.zones[0]?.name).toBe('cn-shanghai-a');
  });
});

describe('documents that do not start at the first character', () => {
  it('a leading comment: form edits land on the right lines', () => {
    const text = '# reviewed\n# by the team\nmetadata:\n  name: edge # entry\nspec:\n  minReplicas: 2\n';
    const store = createAppStore(text);
    store.actions.setTextField('name', 'edge-2');
    expect(store.getState().text).toBe(text.replace('name: edge #', 'name: edge-2 #'));
    const change = store.getState().lastChange;
    expect(change && applyTextEdits(change.from, change.edits)).toBe(store.getState().text);
  });

  it('several documents: the edit lands in the IstioGateway, the others stay', () => {
    const text = `# first\nkind: Service\n---\n# the gateway\n${presetText('ack-node')}---\nkind: ConfigMap\n`;
    const store = createAppStore(text);
    expect(store.getState().status).toBe('gateway');
    store.actions.setTextField('maxReplicas', '6');
    expect(store.getState().text).toBe(text.replace('maxReplicas: 4', 'maxReplicas: 6'));
    const change = store.getState().lastChange;
    expect(change && applyTextEdits(change.from, change.edits)).toBe(store.getState().text);
  });
});

describe('line endings', () => {
  it('CRLF text is kept with LF line endings, as the editor keeps it', () => {
    const store = createAppStore();
    store.actions.importText(presetText('ack-zone').replace(/\n/g, '\r\n'), 'windows.yaml');
    expect(store.getState().text).toBe(presetText('ack-zone'));
  });

  it('an imported file’s CRLF line breaks and BOM are kept for its download, through edits, undo and redo', () => {
    const store = createAppStore();
    const raw = `\uFEFF${presetText('ack-zone').replace(/\n/g, '\r\n')}`;
    store.actions.importText(raw, 'windows.yaml');
    expect(store.getState().encoding).toEqual({ lineBreak: '\r\n', bom: true });
    expect(encodeText(store.getState().text, store.getState().encoding)).toBe(raw);
    store.actions.setTextField('maxReplicas', '6');
    expect(encodeText(store.getState().text, store.getState().encoding)).toBe(raw.replace('maxReplicas: 4', 'maxReplicas: 6'));
    store.actions.undo();
    store.actions.undo();
    expect(store.getState().encoding).toEqual({ lineBreak: '\n', bom: false });
    store.actions.redo();
    expect(encodeText(store.getState().text, store.getState().encoding)).toBe(raw);
    store.actions.choosePreset('ack-node');
    expect(store.getState().encoding).toEqual({ lineBreak: '\n', bom: false });
  });

  it('a preset after a CRLF copy of it is the preset’s own bytes again', () => {
    const store = createAppStore();
    store.actions.importText(presetText('ack-node').replace(/\n/g, '\r\n'), 'windows.yaml');
    store.actions.choosePreset('ack-node');
    expect(store.getState().encoding).toEqual({ lineBreak: '\n', bom: false });
    expect(store.getState().notice?.message).toBe('Loaded the preset “ACK: spread across nodes”.');
  });

  it('the same text with other line breaks is a new import (its download differs)', () => {
    const store = createAppStore();
    store.actions.importText(presetText('ack-node').replace(/\n/g, '\r\n'), 'windows.yaml');
    expect(store.getState().notice?.message).toBe('Imported windows.yaml.');
    expect(store.getState().text).toBe(presetText('ack-node'));
  });
});

describe('findings and their fixes', () => {
  const find = (store: ReturnType<typeof createAppStore>, code: string) =>
    selectReport(store.getState(), store).findings.find((finding) => finding.issue.code === code);

  it('a fix with several changes is one undo step, and its finding goes', () => {
    const text = presetText('ack-node').replace('minReplicas: 2', 'minReplicas: 1').replace('maxReplicas: 4', 'maxReplicas: 1');
    const store = createAppStore(text);
    const single = find(store, 'ha/single-replica');
    const fix = single?.issue.fixes?.[0];
    expect(fix?.label).toBe('Set minimum replicas to 2');
    expect(fix?.changes).toHaveLength(2);
    if (!fix) return;
    store.actions.applyFix(fix);
    expect(selectAnswers(store.getState(), store)).toMatchObject({ minReplicas: 2, maxReplicas: 2 });
    expect(find(store, 'ha/single-replica')).toBeUndefined();
    expect(store.getState().notice).toEqual({ message: 'Fixed: Set minimum replicas to 2.', undoable: true });
    store.actions.undo();
    expect(store.getState().text).toBe(text);
  });

  it('one report feeds the panel, the fields, the step tabs and the editor markers', () => {
    const text = presetText('ack-node').replace('minReplicas: 2', 'minReplicas: 5');
    const line = text.split('\n').indexOf('  minReplicas: 5') + 1;
    const store = createAppStore(text);
    const report = selectReport(store.getState(), store);
    const finding = report.findings.find((candidate) => candidate.issue.code === 'ha/min-above-max');
    expect(finding).toMatchObject({ field: 'minReplicas', step: 'replicas', span: { line } });
    expect(report.byField.minReplicas?.map((issue) => issue.code)).toContain('ha/min-above-max');
    expect(report.byStep.replicas?.error).toBe(1);
    expect(
      selectEditorMarkers(store.getState(), store)
        .filter((marker) => marker.code === 'ha/min-above-max')
        .map((marker) => marker.span.line),
    ).toEqual([line]);
    expect(report.findings[0]?.issue.severity).toBe('error');
  });

  it('the placement in the simulated cluster is judged without the what-ifs', () => {
    const store = createAppStore(presetText('ack-node').replace('cpu: 200m', 'cpu: "5"').replace("cpu: '2'", "cpu: '6'"));
    expect(find(store, 'placement/pending')?.issue.severity).toBe('error');
    store.actions.toggleZoneFailure('cn-hangzhou-h');
    expect(find(store, 'placement/pending')).toBeDefined();
  });
});

describe('the store after the review of two-way editing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('choosing the preset the YAML already is, or importing the same text, adds no undo step', () => {
    const store = createAppStore();
    store.actions.choosePreset('ack-node');
    store.actions.importText(presetText('ack-node'), 'same.yaml');
    expect(store.getState().past).toHaveLength(0);
  });

  it('importing a JSON file offers both Undo and Convert to YAML', () => {
    const store = createAppStore();
    store.actions.importText(JSON.stringify(parseDocument(presetText('ack-zone')).toJS(), null, 2), 'gw.json');
    expect(store.getState().notice).toMatchObject({ undoable: true, offer: 'convert-json' });
    expect(store.getState().notice?.message).toContain('Imported gw.json.');
  });

  it('a form edit on JSON keeps it JSON, as one small edit', () => {
    const json = `${JSON.stringify(parseDocument(presetText('ack-zone')).toJS(), null, 2)}\n`;
    const store = createAppStore(json);
    store.actions.setTextField('maxReplicas', '6');
    const { text, lastChange, isJson } = store.getState();
    expect(isJson).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ spec: { maxReplicas: 6 } });
    expect(text).toBe(json.replace('"maxReplicas": 4', '"maxReplicas": 6'));
    expect(lastChange?.edits).toEqual([{ start: json.indexOf('"maxReplicas": 4') + 15, end: json.indexOf('"maxReplicas": 4') + 16, text: '6' }]);
    store.actions.choose({ field: 'clusterType', value: 'ACKServerless' });
    expect(() => JSON.parse(store.getState().text) as unknown).not.toThrow();
    expect(store.getState().isJson).toBe(true);
  });

  it('a long typing burst is split into undo steps every 5 seconds', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const store = createAppStore();
    const base = store.getState().text;
    for (let i = 1; i <= 20; i += 1) {
      vi.setSystemTime(i * 900);
      store.actions.editYaml(`${base}# ${'x'.repeat(i)}\n`);
    }
    // 18 s of typing at 0.9 s intervals: a new step at least every 5 s.
    expect(store.getState().past.length).toBeGreaterThanOrEqual(4);
    expect(store.getState().past.length).toBeLessThan(20);
  });
});

describe('typing in the editor', () => {
  it('reads an edit within one value from the previous document, and ends where reading the text afresh does', () => {
    const store = createAppStore();
    const typed: string[] = [];
    let text = store.getState().text;
    for (const character of '-edge') {
      text = text.replace(/name: ([\w-]+)\n {2}namespace/, (_line, name: string) => `name: ${name}${character}\n  namespace`);
      typed.push(text);
      store.actions.editYaml(text);
    }
    const fresh = createAppStore(text);
    const state = store.getState();
    expect(state.text).toBe(text);
    expect(selectAnswers(state, store)).toEqual(selectAnswers(fresh.getState(), fresh));
    expect(selectReport(state, store)).toEqual(selectReport(fresh.getState(), fresh));
    expect(selectEditorMarkers(state, store)).toEqual(selectEditorMarkers(fresh.getState(), fresh));
    expect(selectPlacement(state, store)).toEqual(selectPlacement(fresh.getState(), fresh));
    expect(selectAnswers(state, store).name).toMatch(/-edge$/);
    // Undo goes back through the same texts.
    store.actions.undo();
    const again = createAppStore(store.getState().text);
    expect(selectAnswers(store.getState(), store)).toEqual(selectAnswers(again.getState(), again));
    expect(typed).toHaveLength(5);
  });
});
