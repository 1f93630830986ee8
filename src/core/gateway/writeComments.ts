// Edits that keep the wizard's explaining comments in step with what it writes.
import { type Document, isMap, isScalar, type YAMLMap } from 'yaml';
import { type CommentFamily, isGeneratedComment } from './comments';
import { type DocPath, ensureMap, nodeAt, pairAt } from './docEdit';

/** Rewrites a comment the wizard wrote; a comment the user wrote stays as it is. */
export function refreshComment(
  node: { comment?: string | null; commentBefore?: string | null } | undefined,
  which: 'comment' | 'commentBefore',
  family: CommentFamily,
  text: string,
): void {
  if (node && isGeneratedComment(node[which], family)) node[which] = text;
}

/** The map at `mapPath.key`, created with `header` as the comment above its key when it is new. */
export function ensureMapWithHeader(doc: Document, mapPath: DocPath, key: string, header: string): YAMLMap {
  const isNew = !isMap(nodeAt(doc, [...mapPath, key]));
  const map = ensureMap(doc, [...mapPath, key]);
  const pair = pairAt(doc, mapPath, key);
  if (isNew && isScalar(pair?.key)) pair.key.commentBefore = header;
  return map;
}
