import { describe, expect, it } from 'vitest';
import { parseTedXml } from '../../utils/parsers/ted-xml';
import { NoticeParseError } from '../../utils/parsers/errors';
import { fixture } from './fixture';

describe('parseTedXml: 20-320448 (Norwegian police, sports products, EN)', () => {
  const xml = fixture('ted_xml/ted_r209/20-320448-001-EXP.xml');
  const n = parseTedXml(xml);

  it('reads the notice-level facts from the original-language form', () => {
    expect(n.format).toBe('ted-xml');
    expect(n.title).toBe('Products for Sport, Training and the Outdoors');
    expect(n.language).toBe('en');
    expect(n.id).toBe('311956-2020'); // DOC_ID = the publication number (NO_DOC_OJS 2020/S 127-311956)
    expect(n.contractNature).toBe('supplies');
    expect(n.buyer).toBe('Politiets fellestjenester');
    expect(n.lots).toEqual(['A', 'B']);
    expect(n.cpv).toEqual(['37400000', '37440000', '37441000']);
  });

  it('has the environmental-management selection text (ISO 14001) as a selection section', () => {
    const s = n.sections.find((x) => x.text.includes('ISO 14001'));
    expect(s).toMatchObject({ kind: 'selection', label: 'Technical and professional ability (TECHNICAL_PROFESSIONAL_INFO)' });
    // nested <P> joined with newlines, wording unchanged
    expect(s!.text).toContain('3) The tenderers must present documentation of their environmental management system. The following documentation will be accepted:\n• valid attestations/certificates issued by an independent body (e.g. ISO 14001, EMAS, Miljøfyrtårn or equivalent), or');
    expect(n.sections.filter((x) => x.kind === 'selection').map((x) => x.id)).toEqual([
      'PROC:SUITABILITY:0',
      'PROC:ECONOMIC_FINANCIAL_INFO:0',
      'PROC:ECONOMIC_FINANCIAL_MIN_LEVEL:0',
      'PROC:TECHNICAL_PROFESSIONAL_INFO:0',
      'PROC:TECHNICAL_PROFESSIONAL_MIN_LEVEL:0',
    ]);
  });

  it('reads lot passages with their lot, award criteria with the weighting in the label', () => {
    const award = n.sections.filter((s) => s.kind === 'award');
    expect(award.map((s) => [s.lot, s.label, s.text])).toEqual([
      ['A', 'Award criterion (AC_CRITERION; quality, weighting 40)', 'Quality\nWeighting: 40'],
      ['B', 'Award criterion (AC_CRITERION; quality, weighting 40)', 'Quality\nWeighting: 40'],
    ]);
    expect(n.sections.find((s) => s.id === 'LOT-A:TITLE:0')).toMatchObject({ kind: 'title', text: 'Sport and Outdoor Supplies', lot: 'A' });
    expect(n.fields.filter((f) => f.bt === 'BT-539' && f.lot === 'A').map((f) => f.value)).toEqual(['quality', 'price']);
  });

  it('skips names and addresses, and does not read the translated titles', () => {
    expect(n.sections.some((s) => s.text.includes('Rognebakken 8') || s.text === 'Tolletaten')).toBe(false);
    expect(n.sections.some((s) => s.text.includes('Sportartikel'))).toBe(false);
    const ids = n.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parseTedXml: 21-149886 (French concession award, F15)', () => {
  const n = parseTedXml(fixture('ted_xml/ted_r209/21-149886-001-EXP.xml'));

  it('reads a French notice', () => {
    expect(n.language).toBe('fr');
    expect(n.id).toBe('147836-2021');
    expect(n.contractNature).toBe('services');
    expect(n.cpv).toEqual(['92200000']);
    expect(n.title).toBe("Installation, exploitation et maintenance d'un réseau multimédia (télévision, téléphone, réseau sociaux…)");
  });

  it('has the sustainable-development award criterion as an award section', () => {
    const s = n.sections.find((x) => x.text.includes('Politique de développement durable'));
    expect(s).toMatchObject({ kind: 'award', text: "Politique de développement durable lié à l'objet du contrat: 9 points" });
  });

  it('keeps inline formatting text (FT) inside paragraphs', () => {
    expect(n.sections.find((s) => s.label.startsWith('Review procedure'))?.text).toContain('le 1er février');
  });
});

describe('parseTedXml: hand-made documents', () => {
  // Hand-made: an English translation form first, the French original second.
  const twoForms = `<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication">
  <CODED_DATA_SECTION><NOTICE_DATA><NO_DOC_OJS>2021/S 058-47836</NO_DOC_OJS><LG_ORIG>FR</LG_ORIG></NOTICE_DATA></CODED_DATA_SECTION>
  <FORM_SECTION>
    <F02_2014 CATEGORY="TRANSLATION" FORM="F02" LG="EN">
      <OBJECT_CONTRACT><TITLE><P>Cleaning</P></TITLE><TYPE_CONTRACT CTYPE="SERVICES"/></OBJECT_CONTRACT>
    </F02_2014>
    <F02_2014 CATEGORY="ORIGINAL" FORM="F02" LG="FR">
      <CONTRACTING_BODY><ADDRESS_CONTRACTING_BODY><OFFICIALNAME>Ville d'Exemple</OFFICIALNAME></ADDRESS_CONTRACTING_BODY></CONTRACTING_BODY>
      <OBJECT_CONTRACT>
        <TITLE><P>Nettoyage</P></TITLE>
        <CPV_MAIN><CPV_CODE CODE="90910000"/></CPV_MAIN>
        <TYPE_CONTRACT CTYPE="SERVICES"/>
        <OBJECT_DESCR ITEM="1">
          <AC><AC_QUALITY><AC_CRITERION>Performance environnementale</AC_CRITERION><AC_WEIGHTING>20</AC_WEIGHTING></AC_QUALITY></AC>
        </OBJECT_DESCR>
      </OBJECT_CONTRACT>
      <LEFTI><PERFORMANCE_CONDITIONS><P>Produits écolabellisés.</P><P>Insertion sociale.</P></PERFORMANCE_CONDITIONS></LEFTI>
      <COMPLEMENTARY_INFO><INFO_ADD><P>Visite obligatoire.</P></INFO_ADD></COMPLEMENTARY_INFO>
    </F02_2014>
  </FORM_SECTION>
</TED_EXPORT>`;

  it('reads the original-language form, not the first one', () => {
    const n = parseTedXml(twoForms);
    expect(n.title).toBe('Nettoyage');
    expect(n.language).toBe('fr');
    expect(n.buyer).toBe("Ville d'Exemple");
    expect(n.id).toBe('047836-2021'); // from NO_DOC_OJS when there is no DOC_ID
    expect(n.sections.map((s) => [s.kind, s.text])).toEqual([
      ['title', 'Nettoyage'],
      ['award', 'Performance environnementale\nWeighting: 20'],
      ['performance', 'Produits écolabellisés.\nInsertion sociale.'],
      ['other', 'Visite obligatoire.'],
    ]);
    expect(n.sections[1]!.label).toBe('Award criterion (AC_CRITERION; quality, weighting 20)');
  });

  it('throws NoticeParseError on malformed XML and on another root', () => {
    expect(() => parseTedXml(twoForms.slice(0, 400))).toThrow(NoticeParseError);
    expect(() => parseTedXml(twoForms.slice(0, 400))).toThrow(/^not well-formed XML at line \d+, column \d+: /);
    expect(() => parseTedXml('<ContractNotice/>')).toThrow('not a TED XML notice: the root element is <ContractNotice>');
  });
});
