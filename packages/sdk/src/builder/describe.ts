import type { Target } from '@shirube/schema';
import { roleOf } from '../locator/capture.js';

const ROLE_NAMES: Record<string, string> = {
  button: 'Button',
  link: 'Link',
  textbox: 'Field',
  combobox: 'Menu',
  checkbox: 'Checkbox',
  radio: 'Option',
  tab: 'Tab',
  menuitem: 'Menu item',
};

const TAG_NAMES: Record<string, string> = { button: 'Button', input: 'Field', textarea: 'Field', select: 'Menu', a: 'Link', img: 'Image', h1: 'Heading', h2: 'Heading', h3: 'Heading', table: 'Table', tr: 'Row', td: 'Cell', th: 'Column', nav: 'Navigation', form: 'Form', label: 'Label', li: 'List item', p: 'Text' };

const clip = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const kindOf = (role: string | undefined, tag: string) => (role && ROLE_NAMES[role]) || TAG_NAMES[tag] || 'Element';

/** How the author sees a captured element: its kind and its words (`Button “New report”`), never a selector. */
export function describeTarget(target: Target): { kind: string; name: string | null } {
  const kind = kindOf(target.role, target.tag);
  const name = target.text || target.label || target.attrs?.['aria-label'] || target.attrs?.placeholder || target.attrs?.title || target.heading || null;
  return { kind, name: name ? clip(name) : null };
}

/** A short caption for the element under the pointer in pick mode. */
export function describeElement(element: Element): string {
  const words = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('placeholder') || element.getAttribute('alt') || '').replace(/\s+/g, ' ').trim();
  const kind = kindOf(roleOf(element), element.localName);
  return words ? `${kind} · ${clip(words, 40)}` : kind;
}
