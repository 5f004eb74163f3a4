// A small, strict, non-validating XML parser for the bilingual readers (XLIFF, TMX).
//
// Why our own? Uploaded XML is hostile input, and the one property that matters most —
// entities are never declared, fetched or expanded — is easiest to guarantee when the
// parser simply has no code for it: only the five predefined entities and character
// references are understood, any other '&name;' is an error, and a DOCTYPE that declares
// ENTITY is refused before parsing starts (guardEntities). The `xliff` package's readers
// (xml-js/sax underneath) also lose what we need: XLIFF 1.2 <target state>, XLIFF 2.0
// <segment state>, unit order for numeric ids (units come back as an object), and trailing
// newlines of texts. Namespaces are not resolved: readers match local names, which is
// enough for the two vocabularies we read.
import { InterchangeError } from './interchange-error';

export interface XmlElement {
  /** Qualified name as written, e.g. 'trans-unit' or 'dz:note'. */
  name: string;
  /** Name without prefix. */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const MAX_DEPTH = 200;
const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * Refuses any document whose DOCTYPE declares entities (or that declares them anywhere):
 * that covers XXE (external entities) and billion laughs (nested internal entities). A plain
 * DOCTYPE (e.g. <!DOCTYPE tmx SYSTEM "tmx14.dtd">) is allowed and ignored — never fetched.
 */
export function guardEntities(text: string): void {
  if (/<!ENTITY/i.test(text)) {
    throw new InterchangeError(
      'xml_entities_forbidden',
      'the document declares entities (DOCTYPE with ENTITY)',
    );
  }
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

class Parser {
  private pos = 0;
  constructor(private readonly s: string) {}

  fail(what: string): never {
    const line = this.s.slice(0, this.pos).split('\n').length;
    throw new InterchangeError('bad_xml', `${what} (line ${line})`);
  }

  private startsWith(t: string): boolean {
    return this.s.startsWith(t, this.pos);
  }

  private skipPast(end: string, what: string): string {
    const i = this.s.indexOf(end, this.pos);
    if (i < 0) this.fail(`unterminated ${what}`);
    const body = this.s.slice(this.pos, i);
    this.pos = i + end.length;
    return body;
  }

  private skipSpace(): void {
    while (this.pos < this.s.length && /[ \t\n]/.test(this.s[this.pos])) this.pos++;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.s);
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  /** Decodes the five predefined entities and character references; anything else is an error. */
  decode(raw: string): string {
    if (raw.includes('<')) this.fail("'<' in text or attribute value");
    return raw.replace(/&([^;&\s]{0,32});?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.fail(`bare '&' or unterminated reference '${whole}'`);
      if (ref in PREDEFINED) return PREDEFINED[ref];
      const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
      if (!m) this.fail(`undefined entity '&${ref};' (entities are not expanded)`);
      const cp = m[1] ? Number.parseInt(m[1], 16) : Number.parseInt(m[2], 10);
      if (!isXmlChar(cp)) this.fail(`character reference to an illegal character &${ref};`);
      return String.fromCodePoint(cp);
    });
  }

  /** Prolog and epilogue: declarations, comments, PIs, one DOCTYPE before the root. */
  private misc(allowDoctype: boolean): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (allowDoctype && this.startsWith('<!DOCTYPE')) this.doctype();
      else return;
    }
  }

  /** Skips a DOCTYPE (already known to declare no entities), including an internal subset. */
  private doctype(): void {
    const open = this.s.indexOf('[', this.pos);
    const close = this.s.indexOf('>', this.pos);
    if (close < 0) this.fail('unterminated DOCTYPE');
    if (open >= 0 && open < close) {
      this.pos = open;
      this.skipPast(']', 'DOCTYPE internal subset');
      this.skipPast('>', 'DOCTYPE');
    } else {
      this.pos = close + 1;
    }
  }

  private attributes(): { attrs: Record<string, string>; selfClosing: boolean } {
    const attrs: Record<string, string> = {};
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (this.startsWith('/>')) {
        this.pos += 2;
        return { attrs, selfClosing: true };
      }
      if (this.startsWith('>')) {
        this.pos += 1;
        return { attrs, selfClosing: false };
      }
      if (this.pos === before) this.fail('expected whitespace before attribute');
      const name = this.name();
      this.skipSpace();
      if (this.s[this.pos] !== '=') this.fail(`attribute ${name} without value`);
      this.pos++;
      this.skipSpace();
      const quote = this.s[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`unquoted value of attribute ${name}`);
      this.pos++;
      const raw = this.skipPast(quote, 'attribute value');
      if (name in attrs) this.fail(`duplicate attribute ${name}`);
      // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space.
      attrs[name] = this.decode(raw.replace(/[\t\n]/g, ' '));
    }
  }

  parse(): XmlElement {
    if (this.s.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.misc(true);
    if (this.s[this.pos] !== '<') this.fail('no root element');
    const stack: XmlElement[] = [];
    let root: XmlElement | null = null;
    while (this.pos < this.s.length) {
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<![CDATA[')) {
        this.pos += 9;
        const text = this.skipPast(']]>', 'CDATA section');
        if (!stack.length) this.fail('CDATA outside the root element');
        stack[stack.length - 1].children.push(text);
      } else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<!')) this.fail('declaration inside the document');
      else if (this.startsWith('</')) {
        this.pos += 2;
        const name = this.name();
        this.skipSpace();
        if (this.s[this.pos] !== '>') this.fail(`malformed end tag ${name}`);
        this.pos++;
        const open = stack.pop();
        if (!open || open.name !== name) this.fail(`end tag </${name}> does not match <${open?.name ?? ''}>`);
        if (!stack.length) break;
      } else if (this.startsWith('<')) {
        if (root && !stack.length) this.fail('more than one root element');
        this.pos++;
        const name = this.name();
        const { attrs, selfClosing } = this.attributes();
        const el: XmlElement = { name, local: localName(name), attrs, children: [] };
        if (stack.length) stack[stack.length - 1].children.push(el);
        else root = el;
        if (!selfClosing) {
          if (stack.length >= MAX_DEPTH) this.fail('elements nested too deeply');
          stack.push(el);
        } else if (!stack.length) break;
      } else {
        const next = this.s.indexOf('<', this.pos);
        const end = next < 0 ? this.s.length : next;
        const raw = this.s.slice(this.pos, end);
        this.pos = end;
        if (!stack.length) {
          if (raw.trim()) this.fail('text outside the root element');
          continue;
        }
        stack[stack.length - 1].children.push(this.decode(raw));
      }
    }
    if (!root || stack.length) this.fail('document ends inside an element');
    this.misc(false);
    if (this.pos < this.s.length) this.fail('content after the root element');
    return root;
  }
}

/** Parses a whole document; throws InterchangeError ('xml_entities_forbidden' | 'bad_xml'). */
export function parseXml(text: string): XmlElement {
  guardEntities(text);
  // XML 1.0 §2.11: CR LF and lone CR are read as LF.
  const normalized = text.replace(/\r\n?/g, '\n');
  for (const ch of normalized) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp) && cp !== 0xfeff)
      throw new InterchangeError('bad_xml', `illegal character U+${cp.toString(16).toUpperCase()}`);
  }
  return new Parser(normalized).parse();
}

/** Child elements with the given local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  return childrenNamed(el, local)[0];
}

/** All descendants (depth first, document order) with the given local name. */
export function descendantsNamed(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

// Inline elements whose content is native markup of the original file (e.g. '<b>' inside
// a TMX <bpt>), not text of the sentence.
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub', 'originalData']);

/**
 * Text content. Wrapping inline markup (XLIFF <g>, <mrk>, <pc>, TMX <hi>) contributes its
 * text; codes and placeholders (<x/>, <ph>, <bpt>…) contribute nothing — we import plain text.
 */
export function textOf(el: XmlElement): string {
  return el.children
    .map((c) => (typeof c === 'string' ? c : CODE_ELEMENTS.has(c.local) ? '' : textOf(c)))
    .join('');
}

/** Attribute by local name ('lang' finds 'xml:lang'), or undefined. */
export function attr(el: XmlElement, local: string): string | undefined {
  if (local in el.attrs) return el.attrs[local];
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === local) return v;
  return undefined;
}
