import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetText } from '../gateway/presets';
import { MAX_NESTING, readGatewaySource } from './source';
import { MAX_PARSED_TEXT } from './limits';

const gateway = presetText('ack-node');
const codes = (text: string): string[] => readGatewaySource(text).issues.map((issue) => issue.code);
const lines = (count: number, line: (i: number) => string): string => `${Array.from({ length: count }, (_, i) => line(i)).join('\n')}\n`;
/** `levels` maps, each indented one space more than the last. */
const deepBlock = (levels: number): string => `${Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} deep\n`;

describe('readGatewaySource: a text that does not parse is one problem, its first cause', () => {
  it('reports the first syntax error, with how many follow from it', () => {
    // What twenty Tabs pressed into line 1 of the editor did: every line after it reads as wrong.
    const broken = `${'\t'.repeat(20)}${gateway}`.replace(/\n {2}/g, '\n\t  ');
    const issues = readGatewaySource(broken).issues.filter((issue) => issue.severity === 'error');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.span?.line).toBe(1);
    expect(issues[0]?.message).toMatch(/\(\d+ more syntax problems follow from it\.\)$/);
  });

  it('keeps independent problems apart: two duplicate keys are two problems, not one with a tail', () => {
    const text = gateway
      .replace('  minReplicas: 2\n', '  minReplicas: 2\n  minReplicas: 3\n')
      .replace('  maxReplicas: 4\n', '  maxReplicas: 4\n  maxReplicas: 5\n');
    const errors = readGatewaySource(text).issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => issue.code)).toEqual(['yaml/DUPLICATE_KEY', 'yaml/DUPLICATE_KEY']);
    expect(errors.every((issue) => !issue.message.includes('follow'))).toBe(true);
  });

  it('names ASM’s “......” elision as the cause, in the user’s words', () => {
    const elided = gateway.replace('  minReplicas: 2\n', '  ......\n  minReplicas: 2\n');
    expect(readGatewaySource(elided).issues.map((issue) => issue.code)).toEqual(['yaml/doc-elision']);
  });
});

describe('readGatewaySource: duplicate keys', () => {
  it('reports a duplicate key as a syntax error naming the key, at the key', () => {
    const text = `${gateway}spec:\n  minReplicas: 9\n`;
    const source = readGatewaySource(text);
    expect(source.status).toBe('invalid');
    const duplicate = source.issues.find((issue) => issue.code === 'yaml/DUPLICATE_KEY');
    const line = text.split('\n').lastIndexOf('spec:') + 1;
    expect(duplicate).toMatchObject({
      severity: 'error',
      message: 'Map keys must be unique: "spec" is already a key of this map.',
      span: { line, column: 1, endLine: line, endColumn: 5 },
    });
  });

  it('reports a duplicate key in an ignored document as a warning', () => {
    const source = readGatewaySource(`kind: Service\na: 1\na: 2\n---\n${gateway}`);
    expect(source.status).toBe('gateway');
    expect(source.issues.find((issue) => issue.code === 'yaml/DUPLICATE_KEY')).toMatchObject({ severity: 'warning', span: { line: 3 } });
  });
});

describe('readGatewaySource: the nesting guard agrees with the parser', () => {
  it.each([
    ['a block scalar line indented 210 spaces', `a: |\n${' '.repeat(210)}text\nb: 1\n`],
    ['a comment indented 210 spaces', `a: 1\n${' '.repeat(210)}# note\nb: 1\n`],
    ['101 lines of x: [a#b] (a # inside a word starts no comment)', lines(101, () => 'x: [a#b]')],
    ['101 lines of y: http://x/[N (a [ inside a plain scalar opens nothing)', lines(101, (i) => `y: http://x/[${i}`)],
    ['101 unclosed [ that the next line closes', lines(101, (i) => `k${i}: [`)],
    ['101 documents with an unclosed [', lines(101, (i) => `k${i}: [\n---`)],
    ['100 nested maps', deepBlock(MAX_NESTING)],
  ])('does not refuse %s', (_, text) => {
    expect(codes(text)).not.toContain('yaml/too-deep');
  });

  it('reads shallow text with such lines as the gateway', () => {
    expect(readGatewaySource(lines(101, (i) => `x${i}: [a#b]`)).status).toBe('gateway');
    expect(readGatewaySource(lines(101, (i) => `y${i}: http://x/[${i}`)).status).toBe('gateway');
    expect(readGatewaySource(`a: |\n${' '.repeat(210)}text\n`).status).toBe('gateway');
  });

  it.each([
    ['101 nested maps', deepBlock(MAX_NESTING + 1)],
    ['10,000 nested flow lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['30,000 unclosed [', '['.repeat(30_000)],
    ['compact nested lists', `${'- '.repeat(MAX_NESTING + 1)}x\n`],
    ['nested explicit keys', `${'? '.repeat(MAX_NESTING + 1)}x\n`],
    ['lists in maps in flow maps', `${'- {a: ['.repeat(60)}\n`],
    ['unclosed [ on ever deeper lines', lines(MAX_NESTING + 1, (i) => `${' '.repeat(i)}k${i}: [`)],
  ])('refuses %s', (_, text) => {
    expect(text.length).toBeLessThanOrEqual(MAX_PARSED_TEXT);
    const source = readGatewaySource(text);
    expect(source.status).toBe('invalid');
    expect(source.issues.map((issue) => issue.code)).toEqual(['yaml/too-deep']);
  });
});

describe('readGatewaySource: documents', () => {
  it('ignores empty documents without a word', () => {
    for (const text of [`${gateway}---\n`, `---\n${gateway}---\n`, `${gateway}---\n---\n`, `---\n---\n${gateway}`]) {
      const source = readGatewaySource(text);
      expect(source.status, text).toBe('gateway');
      expect(codes(text), text).not.toContain('doc/several-documents');
      expect(text.slice(source.start, source.end), text).toContain(gateway);
      expect(text.slice(source.start, source.end).includes('---\n---'), text).toBe(false);
    }
    expect(readGatewaySource('---\n').status).toBe('empty');
    expect(readGatewaySource('---\n---\n').status).toBe('empty');
  });

  it('counts and numbers only documents with something in them', () => {
    const source = readGatewaySource(`---\nkind: Service\n---\n---\n${gateway}---\n`);
    expect(source.status).toBe('gateway');
    expect(source.issues[0]?.message).toBe('This text holds 2 YAML documents; the IstioGateway (document 2) is used. Ignored: a Service (document 1).');
  });

  it('uses "an" before a vowel', () => {
    expect(readGatewaySource(`kind: Ingress\n---\n${gateway}---\n${gateway}`).issues[0]?.message).toBe(
      'This text holds 3 YAML documents; the IstioGateway (document 2) is used. Ignored: an Ingress (document 1), an IstioGateway (document 3).',
    );
    expect(readGatewaySource('apiVersion: networking.k8s.io/v1\nkind: Ingress\n').issues[0]?.message).toMatch(
      /^This is an Ingress \(networking\.k8s\.io\/v1\), not an IstioGateway/,
    );
    expect(readGatewaySource('apiVersion: v1\nkind: Service\n').issues[0]?.message).toMatch(/^This is a Service \(v1\), not an IstioGateway/);
  });

  it('takes a lone map without kind as the gateway being written', () => {
    const source = readGatewaySource('spec:\n  minReplicas: 2\n');
    expect(source.status).toBe('gateway');
    expect(source.issues).toEqual([]);
  });

  it('among several documents, takes only one with kind IstioGateway, and says so once when there is none', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n---\nspec:\n  minReplicas: 2\n';
    const source = readGatewaySource(text);
    expect(source.status).toBe('other');
    expect(source.doc).toBeUndefined();
    expect(source.issues).toEqual([
      {
        code: 'doc/not-istio-gateway',
        severity: 'error',
        message:
          'This text holds 2 YAML documents and none is an IstioGateway: a Service (document 1), a document without a kind (document 2). ' +
          'The configurator edits the document with apiVersion istio.alibabacloud.com/v1beta1 or istio.alibabacloud.com/v1 and kind IstioGateway; add it, or keep only it.',
        path: [],
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      },
    ]);
    expect(readGatewaySource(`spec:\n  minReplicas: 2\n---\n${gateway}`)).toMatchObject({
      status: 'gateway',
      issues: [{ code: 'doc/several-documents', severity: 'info' }],
    });
  });

  it('puts a syntax error first when no document is an IstioGateway', () => {
    const source = readGatewaySource('kind: Service\n---\nspec: {minReplicas: 2\n');
    expect(source.status).toBe('invalid');
    expect(source.issues.map((issue) => [issue.code, issue.severity, issue.span?.line])).toEqual([
      ['yaml/BAD_INDENT', 'error', 4],
      ['doc/not-istio-gateway', 'error', 1],
    ]);
  });
});

describe('readGatewaySource: JSON', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('recognises a JSON gateway', () => {
    expect(readGatewaySource(JSON.stringify({ kind: 'IstioGateway', spec: {} })).json).toBe(true);
    expect(readGatewaySource(gateway).json).toBe(false);
  });

  it('does not parse a JSON text too large to read', () => {
    const big = JSON.stringify({ kind: 'IstioGateway', spec: { podLabels: Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`l${i}`, 'a'])) } });
    expect(big.length).toBeGreaterThan(MAX_PARSED_TEXT * 10);
    const parse = vi.spyOn(JSON, 'parse');
    const source = readGatewaySource(big);
    expect(parse).not.toHaveBeenCalled();
    expect(source).toMatchObject({ status: 'invalid', json: false, issues: [{ code: 'yaml/too-large' }] });
  });
});
