import type { ClusterActor } from '../dedup/types.js';
import type { Location } from '../model/location.js';
import { shortHash } from '../util/hash.js';
import { type Cell, tsvRow } from './escape.js';
import { lineFormat } from './format.js';
import { country } from './codes/countries.js';
import { fullName, geonameId } from './geo.js';
import { type ExportRecord, recordDate, repMention, urls } from './record.js';

/** GDELT 2.0 event table columns, in file order (61). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Our sectors as CAMEO actor type codes (MILITIA has none in CAMEO: unaligned armed forces, UAF). */
const CAMEO_TYPE: Record<string, string> = {
  GOV: 'GOV', MIL: 'MIL', COP: 'COP', JUD: 'JUD', LEG: 'LEG', REB: 'REB', MILITIA: 'UAF', OPP: 'OPP', PTY: 'PTY',
  CVL: 'CVL', BUS: 'BUS', MED: 'MED', EDU: 'EDU', NGO: 'NGO', IGO: 'IGO', HLH: 'HLH', LAB: 'LAB', CRM: 'CRM',
  REF: 'REF', SPY: 'SPY', ELI: 'ELI', REL: '',
};

/** A numeric event id (GDELT's is an integer): 52 bits of the hash of the record id. */
export function numericId(id: string): number {
  return parseInt(shortHash('gdelt:' + id, 13), 16);
}

function ymd(iso: string): string {
  return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

/** YYYY.FFFF: the year plus the fraction of it elapsed, as GDELT writes FractionDate. */
function fractionDate(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const day = (Date.UTC(y, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(y, 0, 1)) / 86_400_000;
  return (y + day / 365).toFixed(4);
}

function actorCells(a: ClusterActor | undefined): Cell[] {
  if (!a) return ['', '', '', '', '', '', '', '', '', ''];
  const type = a.sector ? (CAMEO_TYPE[a.sector] ?? '') : '';
  const cc = a.country && a.country.length === 3 ? a.country : '';
  return [cc + type, a.name.toUpperCase(), cc, '', '', '', '', type, '', ''];
}

/** GDELT geography: 1 country, 4 world city, 5 world state (admin1); US places use 2 and 3. */
function geoCells(loc: Location | null): Cell[] {
  if (!loc || loc.precision === 'region') return [0, '', '', '', '', '', '', ''];
  const ci = country(loc.country);
  let fips = ci?.fips ?? '';
  if (loc.country === 'PSE' && (loc.admin1 ?? loc.name).toLowerCase().includes('gaza')) fips = 'GZ';
  const us = loc.country === 'USA';
  const type = loc.precision === 'country' ? 1 : loc.precision === 'admin1' ? (us ? 2 : 5) : (us ? 3 : 4);
  const name = loc.precision === 'country' ? (ci?.name ?? loc.name) : fullName([loc.name, loc.admin1, ci?.name]);
  const feature = type === 1 ? fips : (geonameId(loc) ?? '');
  return [type, name, fips, fips, '', loc.lat, loc.lon, feature];
}

/** One GDELT 2.0 event row. AvgTone is not computed (empty); Actor geographies are not resolved (type 0). */
export function gdeltRow(r: ExportRecord, now: Date): Cell[] {
  const c = r.c;
  const date = recordDate(c).date;
  const code = c.codes.cameo.code;
  const added = now.toISOString();
  return [
    numericId(r.id),
    date ? ymd(date) : '', date ? ymd(date).slice(0, 6) : '', date ? date.slice(0, 4) : '', date ? fractionDate(date) : '',
    ...actorCells(c.actors[0]),
    ...actorCells(c.recipients.find((a) => !a.target)),
    repMention(c).sentence === 0 ? 1 : 0,
    code, code.slice(0, 3), c.codes.cameo.root, c.codes.quadClass, c.codes.goldstein,
    c.mentions.length, c.outlets, c.articles, '',
    ...geoCells(null),
    ...geoCells(null),
    ...geoCells(c.location),
    ymd(added) + added.slice(11, 13) + added.slice(14, 16) + added.slice(17, 19),
    repMention(c).url ?? urls(c)[0] ?? '',
  ];
}

/** gdelt: tab-separated GDELT 2.0 event rows, without a header line (as GDELT ships them) unless asked. */
export const gdelt = lineFormat(
  'gdelt', 'tsv', "tab-separated file with GDELT 2.0's event columns (no header unless --header)",
  (o) => (o.header ? tsvRow([...GDELT_COLUMNS]) : ''),
  (r, o) => tsvRow(gdeltRow(r, o.now ?? new Date())),
);
