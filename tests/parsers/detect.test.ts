import { describe, expect, it } from 'vitest';
import { detectFormat, parseNotice, parseNotices } from '../../utils/parsers/detect';
import { NoticeParseError } from '../../utils/parsers/errors';
import { fixture } from './fixture';

describe('parseNotice: format sniffing', () => {
  it('sends eForms XML (BOM, declaration and comments before the root) to the eForms parser', () => {
    const xml = fixture('eforms/cn_25.xml'); // starts with <?xml ?> and a comment
    expect(parseNotice(`\uFEFF${xml}`, {}).format).toBe('eforms');
    expect(parseNotice(xml, { fileName: 'notice.xml', url: 'https://ted.europa.eu/en/notice/181161-2020/xml' })).toMatchObject({
      format: 'eforms',
      url: 'https://ted.europa.eu/en/notice/181161-2020/xml',
    });
    expect(detectFormat(fixture('eforms/can_24_maximal.xml'))).toBe('eforms');
  });

  it('sends TED_EXPORT to the TED XML parser', () => {
    expect(parseNotice(fixture('ted_xml/ted_r209/20-320448-001-EXP.xml'), { fileName: '20-320448-001-EXP.xml' }).format).toBe('ted-xml');
  });

  it('recognises HTML by doctype, <html>, <body> or extension', () => {
    expect(detectFormat(fixture('html/find_a_tender/fts_national_framework_adalimumab_2023.html'))).toBe('html');
    expect(detectFormat('<html><body><p>Tender</p></body></html>')).toBe('html');
    expect(detectFormat('<!-- saved --><body><p>Tender</p></body>')).toBe('html');
    expect(detectFormat('<p>Tender</p>', 'page.htm')).toBe('html');
    expect(parseNotice('<!doctype html><title>T</title><main><h1>Tender</h1></main>', {}).format).toBe('html');
  });

  it('treats plain text, flattened TED text and .txt files as text', () => {
    expect(parseNotice(fixture('text/ted_notice_text/ted_21-050204.txt'), {}).format).toBe('text');
    expect(detectFormat('Supply of laptops. CPV 30213100.')).toBe('text');
    expect(detectFormat('[DRAFT] Supply of laptops')).toBe('text');
    // a .txt whose first line is a saved HTML redirect page is still text, with or without the file name
    const stub = fixture('text/us_sam_srt508/GREEN_8G12152AS01.txt');
    expect(detectFormat(stub, 'GREEN_8G12152AS01.txt')).toBe('text');
    expect(detectFormat(stub)).toBe('text');
  });

  it('sends JSON to the OCDS parser', () => {
    const release = fixture('ocds/uk_cf_pcs_sell2wales_2025/sell2wales__ocds-kuma6s-139523__tender.json');
    expect(detectFormat(release)).toBe('json');
    expect(parseNotice(release, {})).toMatchObject({ format: 'ocds', id: 'ocds-kuma6s-139523' });
    expect(parseNotices(release, { fileName: 'release.json', url: 'https://www.sell2wales.gov.wales/' })).toMatchObject([
      { format: 'ocds', url: 'https://www.sell2wales.gov.wales/' },
    ]);
    expect(() => parseNotice('{"releases": []}', {})).toThrow(new NoticeParseError('the OCDS release package holds no releases'));
    expect(() => parseNotice('[]', { fileName: 'x.json' })).toThrow('not an OCDS release, record or package: no ocid');
    // broken JSON goes to the OCDS parser when the name says .json or the text names OCDS keys; else it is text
    expect(() => parseNotice('{"ocid": "x",}', {})).toThrow(/^malformed JSON at line 1, column 14/);
    expect(() => parseNotice('{"a": 1,}', { fileName: 'a.json' })).toThrow(/^malformed JSON at line 1, column 9/);
    expect(detectFormat('{draft} Supply of laptops')).toBe('text');
  });

  it('returns one notice for every other format through parseNotices', () => {
    expect(parseNotices(fixture('eforms/cn_25.xml'), {})).toHaveLength(1);
    expect(parseNotices(fixture('text/ted_notice_text/ted_21-050204.txt'), {})).toMatchObject([{ format: 'text' }]);
  });

  it('names the root element of XML it cannot read', () => {
    const xml = '<?xml version="1.0"?>\n<!-- export -->\n<ocds:Release xmlns:ocds="urn:x"><id>1</id></ocds:Release>';
    expect(() => parseNotice(xml, { fileName: 'release.xml' })).toThrow(NoticeParseError);
    expect(() => parseNotice(xml, {})).toThrow(/root element is <ocds:Release>/);
  });

  it('passes parse errors through with their position', () => {
    const xml = fixture('eforms/cn_24_FRA_comments.xml');
    try {
      parseNotice(xml.slice(0, 5000), { fileName: 'cn.xml' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NoticeParseError);
      expect((e as NoticeParseError).line).toBeGreaterThan(1);
    }
  });
});
