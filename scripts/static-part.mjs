// The static part of a tool page (scripts/prerender.mjs): what the app renders there up to
// its first form control, read from the HTML the app's views render natively (`app::render`).
// That HTML is Leptos's own (well-formed, attribute values in double quotes), so a small
// reader does; it throws on anything else.

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * HTML as the app renders it (every element but a void one closed, attribute values in double
 * quotes) as a tree of {tag, attrs, children, parent}; text is a string. Throws on anything
 * else, so a page it cannot read fails the build rather than being cut wrongly.
 */
export function parseHtml(html) {
  const root = { tag: '#root', attrs: '', children: [], parent: null };
  const token = /<\/([a-zA-Z][\w-]*)>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>|([^<]+)/y;
  let node = root;
  while (token.lastIndex < html.length) {
    const at = token.lastIndex;
    const m = token.exec(html);
    if (!m) throw new Error(`cannot read the rendered HTML at: ${html.slice(at, at + 80)}`);
    if (m[1]) {
      if (node.tag !== m[1].toLowerCase()) throw new Error(`</${m[1]}> closes <${node.tag}>`);
      node = node.parent;
    } else if (m[2]) {
      const element = { tag: m[2].toLowerCase(), attrs: m[3], children: [], parent: node };
      node.children.push(element);
      if (!VOID.has(element.tag)) node = element;
    } else node.children.push(m[4]);
  }
  if (node !== root) throw new Error(`<${node.tag}> is not closed`);
  return root;
}

export const serializeHtml = (node) =>
  typeof node === 'string'
    ? node
    : `<${node.tag}${node.attrs}>${VOID.has(node.tag) ? '' : `${node.children.map(serializeHtml).join('')}</${node.tag}>`}`;

const hasAttr = (element, name) => new RegExp(`(^|\\s)${name}(=|\\s|$)`).test(element.attrs);
const elements = (node) => node.children.filter((child) => typeof child !== 'string');
/** The first element under `node` (depth first) that `test` accepts. */
const findElement = (node, test) => {
  for (const child of elements(node)) {
    const found = test(child) ? child : findElement(child, test);
    if (found) return found;
  }
  return null;
};
/** A form control, or what a person can focus or open before the app runs. */
const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button', 'form', 'fieldset', 'details', 'dialog']);
const isControl = (element) =>
  CONTROL_TAGS.has(element.tag) || hasAttr(element, 'contenteditable') || (hasAttr(element, 'tabindex') && element.tag !== 'main');
const holdsControl = (element) => isControl(element) || !!findElement(element, isControl);

/**
 * The rendered body without the tool's controls. In the element holding the <h1>, everything
 * from the first child that is or holds a form control on is left out, and so is anything in
 * <main> after that element. Null when there is no <h1> before any control.
 */
export function staticPart(body) {
  const root = parseHtml(body);
  const main = findElement(root, (e) => e.tag === 'main');
  const h1 = main && findElement(main, (e) => e.tag === 'h1');
  if (!h1) return null;
  let keep = h1;
  for (let node = h1.parent; node && node !== main; node = node.parent) keep = node;
  const container = h1.parent;
  let cut = false;
  container.children = container.children.filter((child) => {
    if (!cut && typeof child !== 'string' && holdsControl(child)) cut = true;
    return !cut || typeof child === 'string';
  });
  let after = false;
  main.children = main.children.filter((child) => {
    if (typeof child === 'string') return true;
    const stays = !after;
    if (child === keep) after = true;
    return stays;
  });
  if (findElement(main, isControl)) return null;
  return root.children.map(serializeHtml).join('');
}
