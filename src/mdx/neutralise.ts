import { defineMdastPlugin } from 'satteri';
import { attributeValueProblem } from './attributes';
import { componentNamed } from './vocabulary';

/**
 * The second line of defence behind the content check (src/mdx/check.ts), run by the MDX compiler
 * itself (astro.config.mjs): even when the check is skipped, no `import`/`export` and no `{…}`
 * expression reaches the compiled module, an element outside the vocabulary is dropped, and a
 * component keeps only its declared attributes with plain, valid string values.
 */
export const neutraliseMdx = defineMdastPlugin({
  name: 'neutralise-mdx',
  mdxjsEsm(node, ctx) {
    ctx.removeNode(node);
  },
  mdxFlowExpression(node, ctx) {
    ctx.removeNode(node);
  },
  mdxTextExpression(node, ctx) {
    ctx.removeNode(node);
  },
  mdxJsxFlowElement(node, ctx) {
    keepDeclared(node, ctx);
  },
  mdxJsxTextElement(node, ctx) {
    keepDeclared(node, ctx);
  },
});

type Element =
  | Parameters<NonNullable<(typeof neutraliseMdx)['mdxJsxFlowElement']>>[0]
  | Parameters<NonNullable<(typeof neutraliseMdx)['mdxJsxTextElement']>>[0];
type Context = Parameters<NonNullable<(typeof neutraliseMdx)['mdxJsxFlowElement']>>[1];

function keepDeclared(node: Element, ctx: Context) {
  const component = componentNamed(node.name ?? '');
  if (!component) {
    ctx.removeNode(node as never);
    return;
  }
  const attributes = node.attributes.filter((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return false;
    const declared = component.attributes.find((candidate) => candidate.name === attribute.name);
    return declared !== undefined && attributeValueProblem(declared, attribute.value) === undefined;
  });
  if (attributes.length !== node.attributes.length) ctx.replaceNode(node as never, { ...node, attributes } as never);
}
