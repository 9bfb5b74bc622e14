/** The placeholders a MessageFormat message uses, with their kind, so translations can be compared with the reference. */
import IntlMessageFormat from 'intl-messageformat';

/** Element kinds of the ICU MessageFormat AST (intl-messageformat's parser numbers them so). */
const KIND_NAMES: Record<number, string> = { 1: 'text', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

function walk(elements: AstElement[], found: Map<string, string>, selectKeys: Map<string, string[]>): void {
  for (const element of elements) {
    const kind = KIND_NAMES[element.type];
    if (kind && typeof element.value === 'string') found.set(element.value, kind);
    if (element.type === 5 && typeof element.value === 'string' && element.options) {
      selectKeys.set(element.value, Object.keys(element.options).sort());
    }
    for (const option of Object.values(element.options ?? {})) walk(option.value, found, selectKeys);
    if (element.children) walk(element.children, found, selectKeys);
  }
}

export interface MessageSignature {
  /** "name:kind", sorted, e.g. ["cause:select", "vacancyTitle:text"]. */
  placeholders: string[];
  /** The options each select offers (plural categories differ between languages and are not compared). */
  selectOptions: Record<string, string[]>;
}

/** Parses the message (throws on a syntax error) and describes its placeholders. */
export function messageSignature(message: string, locale: string): MessageSignature {
  const ast = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as unknown as AstElement[];
  const found = new Map<string, string>();
  const selectKeys = new Map<string, string[]>();
  walk(ast, found, selectKeys);
  return {
    placeholders: [...found].map(([name, kind]) => `${name}:${kind}`).sort(),
    selectOptions: Object.fromEntries([...selectKeys].sort(([a], [b]) => a.localeCompare(b))),
  };
}
