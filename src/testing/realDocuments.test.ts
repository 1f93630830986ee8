import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { type AnswerChange, DEFAULT_CLUSTER, encodeText, printChanges, printJsonChanges, readGatewaySource } from '../core';
import { isWizardComment } from '../core/gateway/comments';
import { selectAnswers, selectReport } from '../state/selectors';
import { createAppStore } from '../state/store';
import { REAL_DOCUMENTS, type RealDocument } from './realDocuments';

const fixture = (file: string): string => readFileSync(new URL(`../core/gateway/fixtures/${file}`, import.meta.url), 'utf8');

/** A Windows editor's save of the same document: CRLF line breaks and a byte order mark. */
const windows = (raw: string): string => `\uFEFF${raw.replace(/\r?\n/g, '\r\n')}`;

const show = (issue: { severity: string; code: string; path: readonly (string | number)[] }): string =>
  `${issue.severity} ${issue.code} ${issue.path.join('.')}`;

function imported(raw: string, name = 'gateway.yaml') {
  const store = createAppStore();
  store.actions.importText(raw, name);
  return store;
}

/** What the user would download now: the text with the imported file's line breaks and BOM. */
function download(store: ReturnType<typeof createAppStore>): string {
  const { text, encoding } = store.getState();
  return encodeText(text, encoding);
}

function plain(raw: string): unknown {
  return parseDocument(raw.replace(/^\uFEFF/, ''), { uniqueKeys: false }).toJS();
}

/** The paths at which two plain values differ (a whole list, when its length changed). */
function differences(a: unknown, b: unknown, path: readonly (string | number)[] = []): string[] {
  if (a === b) return [];
  const isMap = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
  // A map that appears (or goes) is compared key by key with an empty one: its own keys are what changed.
  if (a === undefined && isMap(b)) return differences({}, b, path);
  if (isMap(a) && b === undefined) return differences(a, {}, path);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path.join('.')];
    return a.flatMap((item, i) => differences(item, b[i], [...path, i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]));
  }
  return [path.join('.')];
}

const within = (path: string, prefixes: readonly string[]): boolean => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));

/**
 * The comments of a text that are the user's (an edit elsewhere keeps them): every comment but those the wizard writes
 * and rewrites itself, as its spread or cluster type changes.
 */
const comments = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => /#(.*)$/.exec(line)?.[1])
    .filter((comment): comment is string => comment !== undefined && comment.trim() !== '' && !isWizardComment(comment));

interface Edit {
  readonly title: string;
  readonly run: (store: ReturnType<typeof createAppStore>) => void;
  /** The document paths this edit may change (dotted). */
  readonly owns: readonly string[];
}

const EDITS: readonly Edit[] = [
  { title: 'the name', run: (store) => store.actions.setTextField('name', 'edge-gw'), owns: ['metadata.name', 'spec.affinity'] },
  { title: 'the replicas', run: (store) => store.actions.setTextField('maxReplicas', '6'), owns: ['spec.maxReplicas'] },
  { title: 'the spread level', run: (store) => store.actions.choose({ field: 'spreadLevel', value: 'zone' }), owns: ['spec.affinity'] },
  {
    title: 'the cluster type',
    run: (store) => {
      const change: AnswerChange = {
        field: 'clusterType',
        value: selectAnswers(store.getState(), store).clusterType === 'ACKServerless' ? 'ACK' : 'ACKServerless',
      };
      store.actions.choose(change);
    },
    owns: ['spec.affinity', 'spec.podAnnotations'],
  },
  {
    title: 'the cluster type, to an ASM Serverless gateway',
    run: (store) => store.actions.choose({ field: 'clusterType', value: 'ASMServerless' }),
    owns: ['metadata.annotations', 'spec.clusterIds', 'spec.affinity', 'spec.podAnnotations'],
  },
  {
    title: 'the API version',
    run: (store) => {
      const current = selectAnswers(store.getState(), store).apiVersion;
      store.actions.choose({
        field: 'apiVersion',
        value: current === 'istio.alibabacloud.com/v1' ? 'istio.alibabacloud.com/v1beta1' : 'istio.alibabacloud.com/v1',
      });
    },
    owns: ['apiVersion'],
  },
  {
    title: 'who manages the replica count',
    run: (store) => store.actions.choose({ field: 'replicaOwner', value: selectAnswers(store.getState(), store).replicaOwner === 'own' ? 'asm' : 'own' }),
    owns: ['metadata.annotations'],
  },
];

describe('real documents, as Alibaba Cloud and ASM users publish them', () => {
  it('are at least 8 that the form can edit, each with where it comes from', () => {
    expect(REAL_DOCUMENTS.filter((document) => document.editable).length).toBeGreaterThanOrEqual(8);
    for (const document of REAL_DOCUMENTS) expect(document.source).toMatch(/https:\/\/|github\.com\//);
  });

  describe.each(REAL_DOCUMENTS.map((document) => [document.file, document] as const))('%s', (_, document: RealDocument) => {
    const raw = fixture(document.file);

    it('gets exactly the findings it deserves, in the default environment (the newest documented ASM version)', () => {
      const store = imported(raw, document.file);
      expect(store.getState().status === 'gateway').toBe(document.editable);
      expect(store.getState().cluster).toEqual(DEFAULT_CLUSTER);
      expect(
        selectReport(store.getState(), store)
          .findings.map(({ issue }) => show(issue))
          .sort(),
      ).toEqual([...document.findings].sort());
    });

    it.each([
      ['as published', raw],
      ['saved by a Windows editor (CRLF, BOM)', windows(raw)],
    ])('downloads byte for byte when nothing is changed, %s', (__, bytes) => {
      expect(download(imported(bytes))).toBe(bytes);
      const source = readGatewaySource(bytes);
      if (source.doc) {
        const slice = bytes.slice(source.start, source.end);
        const printed = source.json ? printJsonChanges(slice, source.doc) : printChanges(slice, source.doc, source.doc);
        expect(printed.ok && printed.text).toBe(bytes.slice(source.start, source.end));
      }
    });

    it.each(EDITS.map((edit) => [edit.title, edit] as const))(
      'a wizard edit of %s changes only its own values, and keeps every comment, line break and BOM',
      (__, edit) => {
        for (const bytes of [raw, windows(raw)]) {
          const store = imported(bytes);
          edit.run(store);
          const after = download(store);
          if (!document.editable) {
            // The form is locked while the YAML does not parse: nothing is written.
            expect(after).toBe(bytes);
            continue;
          }
          expect(differences(plain(bytes), plain(after)).filter((path) => !within(path, edit.owns))).toEqual([]);
          for (const comment of comments(bytes)) expect(after).toContain(comment);
          if (bytes.includes('\r\n')) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
          expect(after.startsWith('\uFEFF')).toBe(bytes.startsWith('\uFEFF'));
          if (document.file.endsWith('.json')) expect(() => JSON.parse(after.replace(/^\uFEFF/, '')) as unknown).not.toThrow();
        }
      },
    );
  });
});

describe('the four shapes real documents have that once read as errors', () => {
  const errors = (raw: string): string[] => {
    const store = imported(raw);
    return selectReport(store.getState(), store)
      .findings.filter(({ issue }) => issue.severity === 'error')
      .map(({ issue }) => show(issue));
  };

  it('apiVersion istio.alibabacloud.com/v1 (ASM’s graceful-shutdown and NLB pages), kept as it is through an edit', () => {
    const raw = fixture('corpus/zh-graceful-shutdown-v1-before-1.26.yaml');
    expect(errors(raw)).toEqual([]);
    const store = imported(raw);
    expect(selectAnswers(store.getState(), store).apiVersion).toBe('istio.alibabacloud.com/v1');
    store.actions.setTextField('minReplicas', '2');
    expect(download(store)).toContain('apiVersion: istio.alibabacloud.com/v1\n');
  });

  it('ports with protocol HTTP, HTTPS and UDP (the HTTP/3 page’s example, with its “......” lines left out as a user completes it)', () => {
    const raw = fixture('corpus/zh-http3-udp-port-elided.yaml').replace(/^ {2}\.{6}\n/gm, '');
    expect(errors(raw)).toEqual([]);
    expect(errors(raw.replace('protocol: UDP', 'protocol: HTTPS'))).toEqual([]);
  });

  it('targetPort: 0 (ASM’s CRD page and the 2019 ACK example)', () => {
    expect(errors(fixture('corpus/csk-custom-gateway-targetport-0.yaml'))).toEqual([]);
  });

  it('no clusterIds (Alibaba’s lab), and an ASM Serverless gateway, which has none by design', () => {
    expect(errors(fixture('corpus/asm-labs-multi-buffer.yaml'))).toEqual([]);
    const serverless = fixture('corpus/feuyeux-ingressgateway.yaml').replace(
      '  namespace: istio-system\n',
      "  namespace: istio-system\n  annotations:\n    asm.alibabacloud.com/managed-by-asm: 'true'\n",
    );
    const store = imported(serverless);
    expect(selectAnswers(store.getState(), store).clusterType).toBe('ASMServerless');
    const codes = selectReport(store.getState(), store).findings.map(({ issue }) => issue.code);
    expect(codes).not.toContain('field/cluster-ids-none');
    // ACK and ECI placement does not concern a gateway ASM runs itself.
    expect(codes.filter((code) => code.startsWith('placement/') || code === 'ha/no-anti-affinity')).toEqual([]);
  });

  it('a version-dependent finding appears and goes with the ASM version', () => {
    const store = imported(fixture('corpus/zh-scaling-policy-elided.yaml').replace(/^ {2}\.{6}\n/gm, ''));
    const tooOld = (): boolean => selectReport(store.getState(), store).findings.some(({ issue }) => issue.code === 'asm/replicas-annotation-too-old');
    expect(selectAnswers(store.getState(), store).replicaOwner).toBe('own');
    expect(tooOld()).toBe(false);
    store.actions.setAsmVersion('1.18.5.12');
    expect(tooOld()).toBe(true);
    store.actions.setAsmVersion('v1.19.0.1-gabc-aliyun');
    expect(tooOld()).toBe(false);
  });
});
