/**
 * Every image in an article needs a text alternative that says what it shows;
 * an image without one fails the build rather than reaching a reader who cannot see it.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function rehypeImageAlt() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      const alt = node.properties['alt'];
      if (typeof alt !== 'string' || !alt.trim()) {
        file.fail(
          `Image "${String(node.properties['src'])}" in ${file.path} has no alternative text. Write what it shows: ![a diagram of … ](path).`,
          node,
        );
      }
    });
  };
}
