import { describe, expect, it } from 'vitest';
import { parseText } from '../../utils/parsers/text';
import { detectLanguage, findCpvCodes } from '../../utils/parsers/common';
import { fixture } from './fixture';

describe('parseText: TED notice flattened to "TAG: text" lines (ted_21-050204.txt)', () => {
  const text = fixture('text/ted_notice_text/ted_21-050204.txt');
  const n = parseText(text);

  it('reads title, language, CPV and buyer', () => {
    expect(n.format).toBe('text');
    expect(n.title).toBe('Production and Supply of Branded Promotional Material');
    expect(n.language).toBe('en');
    expect(n.cpv).toEqual(['39294100', '79342200', '79800000']);
    expect(n.buyer).toBe('European Union Agency for Cybersecurity');
  });

  it('skips the # header lines and maps TED tags to kinds', () => {
    expect(n.sections.some((s) => s.text.includes('ted-xml-data-converter') || s.text.startsWith('#'))).toBe(false);
    const description = n.sections.find((s) => s.text.includes('items made of recycled materials should be offered'));
    expect(description).toMatchObject({ kind: 'description', label: 'Short description (SHORT_DESCR/P)' });
    expect(n.sections.filter((s) => s.kind === 'award').map((s) => s.label)).toEqual([
      'Award criterion (AC_CRITERION; weighting 70)',
      'Award criterion (AC_CRITERION; weighting 30)',
    ]);
    // names, addresses and codes are not sections
    expect(n.sections.some((s) => s.text.includes('Vasilissis Sofias') || s.text.includes('[CODE='))).toBe(false);
  });

  it('keeps each section text exactly as in the file, an award criterion followed by its weighting as the TED XML reader gives it', () => {
    for (const s of n.sections) {
      const weighting = /\nWeighting: (\d+)$/.exec(s.text);
      if (weighting) {
        expect(s.kind).toBe('award');
        expect(s.label).toContain(`weighting ${weighting[1]}`);
      }
      expect(text.includes(weighting ? s.text.slice(0, weighting.index) : s.text), s.text).toBe(true);
    }
    expect(n.sections.filter((s) => s.kind === 'award').map((s) => s.text.split('\n').pop())).toEqual(['Weighting: 70', 'Weighting: 30']);
  });

  it('joins consecutive paragraph lines of one element', () => {
    const n2 = parseText(fixture('text/ted_notice_text/ted_20-320448.txt'));
    const tech = n2.sections.find((s) => s.text.includes('ISO 14001'));
    expect(tech?.kind).toBe('selection');
    expect(tech?.text.split('\n').length).toBeGreaterThan(5);
  });

  it('reads the French award criterion of ted_21-149886.txt', () => {
    const n3 = parseText(fixture('text/ted_notice_text/ted_21-149886.txt'));
    expect(n3.language).toBe('fr');
    expect(n3.sections.find((s) => s.text.includes('Politique de développement durable'))?.kind).toBe('award');
  });
});

describe('parseText: plain text (US Section 508 solicitations)', () => {
  it('reads paragraphs and gives the Section 508 requirements paragraph a specification kind', () => {
    const n = parseText(fixture('text/us_sam_srt508/GREEN_Kiosks_20068331.txt'));
    expect(n.language).toBe('en');
    expect(n.title.startsWith('Statement of Work (SOW) Floor Standing Kiosks')).toBe(true);
    expect(n.title.length).toBeLessThanOrEqual(200);
    const s508 = n.sections.find((s) => s.text.startsWith('Accessibility Requirements (Section 508)'));
    expect(s508?.kind).toBe('specification');
    expect(n.cpv).toEqual([]);
  });

  it('drops a saved HTML redirect page at the top of the text', () => {
    const n = parseText(fixture('text/us_sam_srt508/GREEN_8G12152AS01.txt'));
    expect(n.sections.some((s) => s.text.includes('searchassist') || s.text.includes('<html'))).toBe(false);
    expect(n.title).toBe('The National Geospatial-Intelligence Agency (NGA) has a requirement for Oculus GeoTime Licenses, maintenance, training and support:');
    expect(n.sections.some((s) => s.text.includes('accessibility standards established by Section 508'))).toBe(true);
  });

  it('gives headed paragraphs their kind, in English and French, and passes a lone heading on', () => {
    const text = [
      'Marché de nettoyage des locaux',
      '',
      "Critères d'attribution : prix 40 %, valeur technique 40 %, performance environnementale 20 %.",
      '',
      "Conditions d'exécution",
      '',
      'Le titulaire utilise des produits écolabellisés.',
      '',
      'Les déchets sont triés.',
      '',
      '5. DURÉE DU MARCHÉ',
      '',
      'Le marché est conclu pour trois ans.',
      '',
      'Selection criteria: ISO 14001 or equivalent.',
      '',
      'Technical specifications',
      '',
      'Machines shall carry the EU Ecolabel.',
    ].join('\n');
    const n = parseText(text);
    expect(n.title).toBe('Marché de nettoyage des locaux');
    expect(n.sections.map((s) => s.kind)).toEqual(['other', 'award', 'performance', 'performance', 'performance', 'other', 'other', 'selection', 'specification', 'specification']);
    expect(n.sections.map((s) => s.id)).toEqual(n.sections.map((_, i) => `P:${i}`));
    expect(n.language).toBe('fr');
  });
});

describe('text helpers', () => {
  it('finds CPV codes near "CPV", in lists and as [CODE=…], but not other 8-digit numbers', () => {
    expect(findCpvCodes('Main CPV code: 45000000-7, 45100000-8 and 45200000')).toEqual(['45000000', '45100000', '45200000']);
    expect(findCpvCodes('CPV_CODE:  [CODE=39294100]')).toEqual(['39294100']);
    expect(findCpvCodes('Telephone 12345678. Reference 20068331.')).toEqual([]);
    const n = parseText('Supply of laptops\n\nCPV 30213100 (portable computers). Order number 99887766 applies.');
    expect(n.cpv).toEqual(['30213100']);
  });

  it('detects languages by function words, "und" when unsure', () => {
    expect(detectLanguage('Der Auftragnehmer muss die Umweltanforderungen und die Vorgaben für den Betrieb erfüllen.')).toBe('de');
    expect(detectLanguage('El contratista debe cumplir los requisitos de la norma para el suministro de los equipos.')).toBe('es');
    expect(detectLanguage('De opdrachtnemer moet voldoen aan de eisen van het bestek en de voorwaarden voor het onderhoud.')).toBe('nl');
    expect(detectLanguage('Leverandøren skal levere udstyret til tiden og med den aftalte kvalitet, og det er ikke muligt at ændre.')).toBe('da');
    expect(detectLanguage('Leverantören ska leverera utrustningen och det är inte möjligt att ändra avtalet för att det finns krav.')).toBe('sv');
    expect(detectLanguage('12345')).toBe('und');
  });
});
