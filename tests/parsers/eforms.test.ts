import { describe, expect, it } from 'vitest';
import { parseEforms } from '../../utils/parsers/eforms';
import { MAX_INPUT_CHARS, NoticeParseError } from '../../utils/parsers/errors';
import { parseNotice } from '../../utils/parsers/detect';
import { fixture } from './fixture';
import { refusal } from './refusal';

const field = (n: ReturnType<typeof parseEforms>, bt: string, value?: string, lot?: string) =>
  n.fields.filter((f) => f.bt === bt && (value === undefined || f.value === value) && (lot === undefined || f.lot === lot));

describe('parseEforms: cn_25.xml (real-based: TED 181161-2020, PV servicing)', () => {
  const xml = fixture('eforms/cn_25.xml');
  const n = parseEforms(xml, { url: 'https://example.org/cn_25.xml' });

  it('reads the notice-level facts', () => {
    expect(n.format).toBe('eforms');
    expect(n.title).toBe('PV Servicing and Maintenance');
    expect(n.language).toBe('en');
    expect(n.contractNature).toBe('services');
    expect(n.buyer).toBe('Scottish Water');
    expect(n.lots).toEqual(['LOT-0000']);
    expect(n.url).toBe('https://example.org/cn_25.xml');
    expect(n.gaps).toEqual([]);
    // no efac:Publication in the SDK example: falls back to cbc:ID
    expect(n.id).toBe('39d68def-a6aa-4e85-aa8d-97f0600ea41e');
  });

  it('lists main CPV first, then the additional codes, without duplicates', () => {
    expect(n.cpv).toEqual(['50000000', '09331200', '31712331']);
  });

  it('has the BT-70 performance condition as a section of the lot', () => {
    const s = n.sections.find((x) => x.text === 'Bidders must comply with modern slavery act and operate an ethical supply chain.');
    expect(s).toMatchObject({ kind: 'performance', lot: 'LOT-0000', id: 'LOT-0000:BT-70:0' });
  });

  it('reads the award criterion type (BT-539) as a field and the criterion as an award section', () => {
    expect(field(n, 'BT-539', 'cost', 'LOT-0000')).toHaveLength(1);
    const award = n.sections.filter((s) => s.kind === 'award');
    expect(award).toHaveLength(1);
    expect(award[0]!.label).toBe('Award criterion (cost)');
    expect(award[0]!.text).toContain('Price is not the only award criterion');
  });

  it('reads selection criteria (BT-750) and keeps sections ids unique, texts exactly as in the XML', () => {
    expect(n.sections.filter((s) => s.kind === 'selection')).toHaveLength(3);
    const ids = n.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of n.sections) expect(xml.includes(s.text)).toBe(true);
  });

  it('does not make organisation names or addresses into sections', () => {
    expect(n.sections.some((s) => s.text.includes('Buchanan Gate') || s.text === 'Glasgow Sheriff Court')).toBe(false);
  });

  it('keeps BT-736 reserved execution and skips BT-71 "none"', () => {
    expect(field(n, 'BT-736', 'yes', 'LOT-0000')).toHaveLength(1);
    expect(field(n, 'BT-71')).toHaveLength(0);
  });
});

describe('parseEforms: cn_24_maximal.xml (synthetic, every sustainability code)', () => {
  const n = parseEforms(fixture('eforms/cn_24_maximal.xml'));

  it('lists the two lots and the lots group', () => {
    expect(n.lots).toEqual(['GLO-0001', 'LOT-0001', 'LOT-0002']);
  });

  it('reads BT-06 with its BT-777 description, and keeps the description as a strategic section', () => {
    const bt06 = field(n, 'BT-06', 'env-imp', 'LOT-0001');
    expect(bt06).toHaveLength(1);
    expect(bt06[0]!.text).toBe('Strategic procurement description ---');
    expect(n.sections.find((s) => s.id === 'LOT-0001:BT-777:0')).toMatchObject({ kind: 'strategic', text: 'Strategic procurement description ---' });
  });

  it('reads BT-774, BT-775, BT-776 and BT-754 with its BT-755 justification', () => {
    expect(field(n, 'BT-774', 'clim-mitig', 'LOT-0001')).toHaveLength(1);
    expect(field(n, 'BT-775', 'acc-all', 'LOT-0002')).toHaveLength(1);
    expect(field(n, 'BT-776', 'proc-innov', 'LOT-0001')).toHaveLength(1);
    const bt754 = field(n, 'BT-754', 'n-inc-just', 'LOT-0001');
    expect(bt754).toHaveLength(1);
    expect(bt754[0]!.text).toBe('Accessibility Justification ---');
    expect(n.sections.find((s) => s.id === 'LOT-0001:BT-755:0')?.kind).toBe('strategic');
  });

  it('reads the Energy Efficiency Directive codes per lot', () => {
    expect(field(n, 'eed-scope', 'true', 'LOT-0001')).toHaveLength(1);
    expect(field(n, 'energy-efficiency-item', undefined, 'LOT-0001').map((f) => f.value)).toEqual(['computer', 'lo-spa-hea']);
    expect(field(n, 'energy-efficiency-basis', undefined, 'LOT-0001').map((f) => f.value)).toEqual(['eco-des', 'enrg-lab']);
    expect(field(n, 'energy-efficiency-item', undefined, 'LOT-0002').map((f) => f.value)).toEqual(['lo-spa-hea']);
  });

  it('reads reservations (BT-71 res-pub-ser, not "none"), BT-736 and SME suitability (BT-726)', () => {
    expect(field(n, 'BT-71').map((f) => [f.value, f.lot])).toEqual([['res-pub-ser', 'LOT-0001']]);
    expect(field(n, 'BT-736', 'yes')).toHaveLength(2);
    expect(field(n, 'BT-726', 'true', 'LOT-0001')).toHaveLength(1);
  });

  it('puts the award type and weight (BT-539, BT-541) in the award section label, one section per criterion', () => {
    const lot1 = n.sections.filter((s) => s.lot === 'LOT-0001' && s.kind === 'award');
    expect(lot1.map((s) => s.label)).toEqual(['Award criterion (cost, weight 60): Name of AC ---', 'Award criterion (quality, weight 40): Name of AC ---']);
    expect(lot1[0]!.text).toBe('Name of AC ---\nAC Description ---\nWeight 60');
    expect(n.sections.some((s) => s.lot === 'GLO-0001' && s.kind === 'award')).toBe(true);
  });

  it('has the procedure-level sections without a lot, and contract nature from BT-23', () => {
    expect(n.sections[0]).toEqual({ id: 'PROC:BT-21:0', label: 'Title (BT-21-Procedure)', kind: 'title', text: 'Procurement Title ---' });
    expect(n.contractNature).toBe('services');
    expect(n.title).toBe('Procurement Title ---');
  });
});

describe('parseEforms: can_24_maximal.xml (result notice, clean vehicles)', () => {
  const n = parseEforms(fixture('eforms/can_24_maximal.xml'));

  it('reads the Clean Vehicles Directive fields of the lot and of its result', () => {
    expect(field(n, 'BT-717', 'true', 'LOT-0001')).toHaveLength(1);
    expect(field(n, 'BT-735', 'oth-serv-contr', 'LOT-0001').length).toBeGreaterThanOrEqual(1);
    expect(field(n, 'BT-723', 'n2-n3', 'LOT-0001')).toHaveLength(1);
  });

  it('reads OPT-155 vehicle counts with their numbers as text', () => {
    const counts = Object.fromEntries(field(n, 'OPT-155', undefined, 'LOT-0001').map((f) => [f.value, f.text]));
    expect(counts).toEqual({ vehicles: '45', 'vehicles-zero-emission': '2', 'vehicles-clean': '10' });
  });

  it('reads the energy label of the result', () => {
    expect(field(n, 'energy-efficiency-label', 'ENERA3', 'LOT-0001')).toHaveLength(1);
  });
});

describe('parseEforms: cn_24_FRA_comments.xml (French)', () => {
  const n = parseEforms(fixture('eforms/cn_24_FRA_comments.xml'));

  it('reads a French notice', () => {
    expect(n.language).toBe('fr');
    expect(n.title).toBe("Service d'entretien de remise en état et de nettoyage des espaces verts");
    expect(n.buyer).toBe('Rouen Habitat');
    expect(n.lots).toEqual(['LOT-0001', 'LOT-0002']);
    expect(n.cpv).toEqual(['77310000']);
  });

  it('keeps the French criterion texts', () => {
    const labels = n.sections.filter((s) => s.kind === 'award' && s.lot === 'LOT-0001').map((s) => s.label);
    expect(labels).toEqual(['Award criterion (price, weight 60): Prix', 'Award criterion (quality, weight 40): Qualité']);
    expect(field(n, 'BT-539', 'quality', 'LOT-0002')[0]!.text).toContain('La valeur technique');
  });
});

describe('parseEforms: size', () => {
  // (its speed is measured by `npm run bench`, never asserted here)
  it('reads every lot of cn_24_maximal_100_lots.xml (1.7 MB, 100 lots)', () => {
    const n = parseEforms(fixture('eforms/cn_24_maximal_100_lots.xml'));
    expect(n.lots).toHaveLength(100);
    expect(n.lots![99]).toBe('LOT-0100');
    expect(field(n, 'BT-06', 'env-imp')).toHaveLength(100);
    expect(new Set(n.sections.map((s) => s.id)).size).toBe(n.sections.length);
  });

  it('refuses input over 50 MB before parsing', () => {
    const big = `<ContractNotice>${' '.repeat(MAX_INPUT_CHARS)}</ContractNotice>`;
    expect(() => parseEforms(big)).toThrow(/too large.*50 MB/);
  });
});

describe('parseEforms: language variants', () => {
  // Hand-made: one text in two languages, notice language French.
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
  <cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>
  <cac:ProcurementProject>
    <cbc:Name languageID="ENG">Cleaning &amp; care of green spaces</cbc:Name>
    <cbc:Name languageID="FRA">Entretien des espaces verts &amp; nettoyage</cbc:Name>
    <cbc:ProcurementTypeCode listName="contract-nature">services</cbc:ProcurementTypeCode>
  </cac:ProcurementProject>
  <cac:ProcurementProjectLot>
    <cbc:ID schemeName="Lot">LOT-0001</cbc:ID>
    <cac:ProcurementProject>
      <cbc:ProcurementTypeCode listName="contract-nature">works</cbc:ProcurementTypeCode>
    </cac:ProcurementProject>
  </cac:ProcurementProjectLot>
</ContractNotice>`;

  it('prefers the notice language and decodes entities', () => {
    const n = parseEforms(xml);
    expect(n.title).toBe('Entretien des espaces verts & nettoyage');
    expect(n.sections.filter((s) => s.kind === 'title').map((s) => s.text)).toEqual(['Entretien des espaces verts & nettoyage']);
  });

  it('calls several different contract natures "mixed"', () => {
    expect(parseEforms(xml).contractNature).toBe('mixed');
  });
});

describe('parseEforms: errors', () => {
  it('refuses a truncated file with the line of the problem', () => {
    const xml = fixture('eforms/cn_25.xml');
    const cut = xml.slice(0, xml.indexOf('Bidders must comply'));
    let err: unknown;
    try {
      parseEforms(cut);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NoticeParseError);
    const e = err as NoticeParseError;
    expect(e.line).toBe(cut.split('\n').length);
    expect(e.column).toBeGreaterThan(0);
    expect(e.message).toMatch(/^not well-formed XML at line \d+, column \d+: unclosed tag <cbc:Description>$/);
  });

  it('takes a notice with a character XML does not allow in a part it never reads, and refuses one in a text it reads', () => {
    const xml = fixture('eforms/cn_25.xml');
    // the buyer's street (an address line, never read): the notice is read as without it
    const street = xml.indexOf('</cbc:StreetName>');
    expect(street).toBeGreaterThan(0);
    const inAddress = `${xml.slice(0, street)}\u000B${xml.slice(street)}`;
    expect(parseEforms(inAddress)).toEqual(parseEforms(xml));
    // the BT-70 condition (read): refused, with the line and column of the character
    const at = xml.indexOf('Bidders must comply');
    const err = refusal(() => parseEforms(`${xml.slice(0, at)}\u0001${xml.slice(at)}`));
    const lines = xml.slice(0, at).split('\n');
    expect([err.line, err.column]).toEqual([lines.length, lines[lines.length - 1]!.length + 1]);
    expect(err.message).toMatch(/character U\+0001 is not allowed in XML$/);
  });

  it('names a mismatched tag', () => {
    const xml = '<ContractNotice xmlns:cbc="urn:x">\n  <cbc:Name>PV</cbc:Note>\n</ContractNotice>';
    expect(() => parseEforms(xml)).toThrow(NoticeParseError);
    try {
      parseEforms(xml);
    } catch (e) {
      expect((e as NoticeParseError).line).toBe(2);
      expect((e as NoticeParseError).message).toBe(
        'not well-formed XML at line 2, column 25: unexpected close tag </cbc:Note> (the open element is <cbc:Name>)',
      );
    }
  });

  it('refuses entity declarations (billion laughs), directly and through parseNotice', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE ContractNotice [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<ContractNotice><cbc:Name xmlns:cbc="urn:x">&lol3;</cbc:Name></ContractNotice>`;
    expect(() => parseEforms(lol)).toThrow(NoticeParseError);
    expect(() => parseEforms(lol)).toThrow('XML entity declarations are not allowed');
    expect(() => parseNotice(lol, { fileName: 'lol.xml' })).toThrow('XML entity declarations are not allowed');
  });

  it('refuses a document whose root is not an eForms notice', () => {
    expect(() => parseEforms('<TED_EXPORT/>')).toThrow(/not an eForms notice: the root element is <TED_EXPORT>/);
  });
});
