import { expect } from 'vitest';

export interface XmlElement {
  name: string;
  attributes: string;
  children: XmlElement[];
  text: string;
}

/**
 * A minimal well-formedness check, independent of the writer: tags balance, attribute values are
 * quoted, and the only entities are the five XML predefines. Returns the element tree.
 */
export function readXml(text: string): XmlElement {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = text.slice(text.indexOf('\n') + 1);
  for (const entity of body.match(/&[^;\s]*;?/g) ?? []) expect(entity).toMatch(/^&(amp|lt|gt|quot|apos);$/);
  const root: XmlElement = { name: '#root', attributes: '', children: [], text: '' };
  const stack = [root];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      top.text += text;
    } else if (closing) {
      expect(top.name, `closing </${name}>`).toBe(name);
      stack.pop();
    } else {
      const element: XmlElement = { name, attributes, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  expect(consumed, 'everything parsed').toBe(body.length);
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0];
}
