import { describe, expect, it } from 'vitest';
import { documentFindings, readAnswers, readGatewaySource, readWorkload, simulatePlacement, DEFAULT_CLUSTER } from '../core';
import { createAppStore } from '../state/store';
import { selectEditorMarkers, selectReport, selectPlacement } from '../state/selectors';
import { type CorpusEntry, hostileCorpus } from './hostileCorpus';

const corpus = hostileCorpus();

describe('hostile and broken inputs: a diagnostic or a valid document, never an exception', () => {
  it('has at least 25 entries', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  const run = (entry: CorpusEntry): void => {
    const started = performance.now();
    const source = readGatewaySource(entry.text);
    if (source.status === 'gateway' && source.doc) {
      const answers = readAnswers(source.doc);
      expect(answers).toBeDefined();
      documentFindings(source.doc);
      simulatePlacement(readWorkload(source.doc), DEFAULT_CLUSTER);
    } else {
      expect(source.issues.some((issue) => issue.severity === 'error')).toBe(true);
    }
    const store = createAppStore(entry.text);
    const state = store.getState();
    selectReport(state, store);
    selectPlacement(state, store);
    selectEditorMarkers(state, store);
    store.actions.setTextField('minReplicas', '3');
    store.actions.choose({ field: 'clusterType', value: 'ACKServerless' });
    const elapsed = performance.now() - started;
    // Not asserted (speed is measured, not tested); a frozen page would hit the test timeout.
    if (elapsed > 200) console.log(`${entry.name}: ${elapsed.toFixed(0)} ms in the core`);
  };
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => run(entry));

  it('classifies what it cannot use, in plain words', () => {
    const status = Object.fromEntries(corpus.map((entry) => [entry.name, readGatewaySource(entry.text).status]));
    expect(status).toMatchObject({
      'alias bomb': 'invalid',
      '5 MB of text': 'invalid',
      '10,000 ports': 'invalid',
      '10,000 nested flow lists': 'invalid',
      '1,000 nested maps': 'invalid',
      '200 nested maps (20 kB)': 'invalid',
      '2,500 keys in spec': 'gateway',
      'a 2,500-key flow map': 'gateway',
      'a 2,000-item list': 'gateway',
      'a 10,000-item list': 'invalid',
      'duplicate keys': 'invalid',
      'tab indentation': 'invalid',
      'a JSON document': 'gateway',
      'several documents': 'gateway',
      'the generated Deployment': 'other',
      empty: 'empty',
      'only comments': 'empty',
      'a list at the top': 'other',
      'an unclosed quote': 'invalid',
    });
    const deployment = readGatewaySource(corpus.find((entry) => entry.name === 'the generated Deployment')?.text ?? '');
    expect(deployment.issues[0]?.message).toContain('This is the Deployment istio-ingressgateway-1, which ASM generates from an IstioGateway');
    const several = readGatewaySource(corpus.find((entry) => entry.name === 'several documents')?.text ?? '');
    expect(several.issues[0]?.message).toBe(
      'This text holds 3 YAML documents; the IstioGateway (document 2) is used. Ignored: a Service (document 1), a ConfigMap (document 3).',
    );
  });
});
