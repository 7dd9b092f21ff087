/**
 * FIPS 10-4 country codes where they differ from ISO 3166 alpha-2 (GDELT writes FIPS codes in its
 * *Geo_CountryCode columns). Every other country uses its alpha-2 code unchanged.
 * Source: the FIPS 10-4 standard (withdrawn 2008, still used by GDELT), as listed in the CIA World
 * Factbook appendix "Cross-reference list of country data codes". Checked entry by entry on
 * 2026-11-24 against a public FIPS 10-4 / ISO 3166 cross-reference table (all 151 entries agree, and
 * no country whose codes differ is missing; FIPS-only entities such as Akrotiri or the Spratly
 * Islands have no ISO code and cannot occur). Palestine is split by GDELT into West Bank (WE) and
 * Gaza Strip (GZ): the GDELT export picks GZ for places in Gaza (src/export/gdelt.ts).
 */
export const FIPS_EXCEPTIONS: Readonly<Record<string, string>> = {
  AD: 'AN', AG: 'AC', AI: 'AV', AQ: 'AY', AS: 'AQ', AT: 'AU', AU: 'AS', AW: 'AA', AZ: 'AJ', BA: 'BK',
  BD: 'BG', BF: 'UV', BG: 'BU', BH: 'BA', BI: 'BY', BJ: 'BN', BL: 'TB', BM: 'BD', BN: 'BX', BO: 'BL',
  BS: 'BF', BW: 'BC', BY: 'BO', BZ: 'BH', CC: 'CK', CD: 'CG', CF: 'CT', CG: 'CF', CH: 'SZ', CI: 'IV',
  CK: 'CW', CL: 'CI', CN: 'CH', CR: 'CS', CW: 'UC', CX: 'KT', CZ: 'EZ', DE: 'GM', DK: 'DA', DM: 'DO',
  DO: 'DR', DZ: 'AG', EE: 'EN', EH: 'WI', ES: 'SP', GA: 'GB', GB: 'UK', GD: 'GJ', GE: 'GG', GF: 'FG',
  GG: 'GK', GM: 'GA', GN: 'GV', GQ: 'EK', GS: 'SX', GU: 'GQ', GW: 'PU', HN: 'HO', HT: 'HA', IE: 'EI',
  IL: 'IS', IQ: 'IZ', IS: 'IC', JP: 'JA', KH: 'CB', KI: 'KR', KM: 'CN', KN: 'SC', KP: 'KN', KR: 'KS',
  KW: 'KU', KY: 'CJ', LB: 'LE', LC: 'ST', LI: 'LS', LK: 'CE', LR: 'LI', LS: 'LT', LT: 'LH', LV: 'LG',
  MA: 'MO', MC: 'MN', ME: 'MJ', MF: 'RN', MG: 'MA', MH: 'RM', MM: 'BM', MN: 'MG', MO: 'MC', MP: 'CQ',
  MQ: 'MB', MS: 'MH', MU: 'MP', MW: 'MI', NA: 'WA', NE: 'NG', NG: 'NI', NI: 'NU', NU: 'NE', OM: 'MU',
  PA: 'PM', PF: 'FP', PG: 'PP', PH: 'RP', PM: 'SB', PN: 'PC', PR: 'RQ', PS: 'WE', PT: 'PO', PW: 'PS',
  PY: 'PA', RS: 'RI', RU: 'RS', SB: 'BP', SC: 'SE', SD: 'SU', SE: 'SW', SG: 'SN', SJ: 'SV', SK: 'LO',
  SN: 'SG', SR: 'NS', SS: 'OD', ST: 'TP', SV: 'ES', SX: 'NN', SZ: 'WZ', TC: 'TK', TD: 'CD', TF: 'FS',
  TG: 'TO', TJ: 'TI', TK: 'TL', TL: 'TT', TM: 'TX', TN: 'TS', TO: 'TN', TR: 'TU', TT: 'TD', UA: 'UP',
  VA: 'VT', VG: 'VI', VI: 'VQ', VN: 'VM', VU: 'NH', XK: 'KV', YE: 'YM', YT: 'MF', ZA: 'SF', ZM: 'ZA',
  ZW: 'ZI',
};
