import { type Document, isNode, visit } from 'yaml';

/**
 * Every comment line of a document, in document order, without the `#`. Which node a comment
 * rides on is the parser's choice; the ordered lines are what a reader sees.
 */
export function commentLines(doc: Document): string[] {
  const lines: string[] = [];
  const add = (comment: string | null | undefined): void => {
    if (comment) lines.push(...comment.split('\n').filter((line) => line.trim() !== ''));
  };
  add(doc.commentBefore);
  visit(doc, {
    Node(_, node) {
      if (isNode(node)) {
        add(node.commentBefore);
        add(node.comment);
      }
    },
  });
  add(doc.comment);
  return lines.map((line) => line.trim());
}
