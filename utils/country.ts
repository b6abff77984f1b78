/**
 * Countries as ISO 3166-1 alpha-2 codes ("FR"): eForms writes alpha-3 ("FRA"), TED XML alpha-2, OCDS a name or
 * a code. Used to group batch audits by the buyer's country; a value that is not recognised is kept upper-cased
 * rather than dropped (a summary row "XKX" is more useful than none).
 */
const ALPHA3_TO_ALPHA2: Record<string, string> = {
  AUT: 'AT', BEL: 'BE', BGR: 'BG', HRV: 'HR', CYP: 'CY', CZE: 'CZ', DNK: 'DK', EST: 'EE', FIN: 'FI', FRA: 'FR', DEU: 'DE',
  GRC: 'GR', HUN: 'HU', IRL: 'IE', ITA: 'IT', LVA: 'LV', LTU: 'LT', LUX: 'LU', MLT: 'MT', NLD: 'NL', POL: 'PL', PRT: 'PT',
  ROU: 'RO', SVK: 'SK', SVN: 'SI', ESP: 'ES', SWE: 'SE', ISL: 'IS', LIE: 'LI', NOR: 'NO', CHE: 'CH', GBR: 'GB', MKD: 'MK',
  MNE: 'ME', SRB: 'RS', ALB: 'AL', BIH: 'BA', MDA: 'MD', UKR: 'UA', TUR: 'TR', GEO: 'GE', ARM: 'AM', AUS: 'AU', NZL: 'NZ',
  CAN: 'CA', USA: 'US', MEX: 'MX', COL: 'CO', PRY: 'PY', BRA: 'BR', ARG: 'AR', CHL: 'CL', PER: 'PE', NGA: 'NG', UGA: 'UG',
  KEN: 'KE', ZAF: 'ZA', IND: 'IN', JPN: 'JP', KOR: 'KR', CHN: 'CN', XKX: 'XK', TZA: 'TZ', ZMB: 'ZM',
  // UK publishers write the nation (ISO 3166-2:GB subdivision codes)
  ENG: 'GB', SCT: 'GB', WLS: 'GB', NIR: 'GB',
};

const NAME_TO_ALPHA2: Record<string, string> = {
  'united kingdom': 'GB', uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  ireland: 'IE', france: 'FR', germany: 'DE', spain: 'ES', italy: 'IT', australia: 'AU', 'new zealand': 'NZ', canada: 'CA',
  'united states': 'US', 'united states of america': 'US', moldova: 'MD', 'republic of moldova': 'MD', paraguay: 'PY',
  colombia: 'CO', ukraine: 'UA', nigeria: 'NG', uganda: 'UG', mexico: 'MX', méxico: 'MX',
};

export function normaliseCountry(value: string | undefined | null): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const upper = v.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return upper === 'UK' ? 'GB' : upper === 'EL' ? 'GR' : upper;
  if (/^[A-Z]{3}$/.test(upper)) return ALPHA3_TO_ALPHA2[upper] ?? upper;
  return NAME_TO_ALPHA2[v.toLowerCase()] ?? undefined;
}
