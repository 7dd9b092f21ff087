/**
 * Head nouns of things attacked: buildings, sites, installations, vehicles, settlements. Read by the target rules of
 * the code stage (src/code/targets.ts) and, before them, by the actor rule that reads "the Israeli strike on the
 * hospital" as a military strike (actor-rules/group-adjective.ts).
 */
export const TARGET_NOUNS = new Set([
  'base', 'bases', 'airbase', 'airbases', 'checkpoint', 'checkpoints', 'roadblock', 'roadblocks', 'embassy', 'embassies', 'consulate', 'consulates',
  'hospital', 'hospitals', 'clinic', 'clinics', 'school', 'schools', 'university', 'mosque', 'mosques', 'church', 'churches',
  'temple', 'temples', 'synagogue', 'synagogues', 'shrine', 'shrines', 'market', 'markets', 'marketplace', 'bazaar',
  'airport', 'airports', 'airfield', 'airfields', 'port', 'harbour', 'harbor', 'bridge', 'bridges', 'building', 'buildings',
  'house', 'houses', 'home', 'homes', 'residence', 'compound', 'compounds', 'station', 'stations', 'headquarters', 'office',
  'offices', 'ministry', 'parliament', 'palace', 'prison', 'prisons', 'jail', 'barracks', 'outpost', 'outposts', 'post', 'posts',
  'position', 'positions', 'depot', 'depots', 'warehouse', 'warehouses', 'refinery', 'refineries', 'pipeline', 'pipelines',
  'plant', 'plants', 'substation', 'facility', 'facilities', 'installation', 'installations', 'hotel', 'hotels', 'restaurant',
  'restaurants', 'cafe', 'bank', 'banks', 'shop', 'shops', 'store', 'stores', 'mall', 'stadium', 'convoy', 'convoys', 'vehicle',
  'vehicles', 'car', 'cars', 'bus', 'buses', 'truck', 'trucks', 'tanker', 'tankers', 'train', 'ship', 'ships', 'vessel',
  'vessels', 'boat', 'boats', 'plane', 'aircraft', 'helicopter', 'patrol', 'village', 'villages', 'town', 'towns', 'city',
  'cities', 'camp', 'camps', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'district', 'districts',
  'area', 'areas', 'settlement', 'settlements', 'stronghold', 'strongholds', 'hideout', 'hideouts', 'tower', 'towers',
  'dam', 'power', 'grid', 'infrastructure', 'target', 'targets', 'site', 'sites', 'homeland', 'territory', 'capital',
  // session 11: the power network, businesses and public buildings that sabotage and bomb reports name
  'pylon', 'pylons', 'pole', 'poles', 'transformer', 'transformers', 'substations', 'lines', 'business', 'businesses',
  'factory', 'factories', 'hall', 'courthouse', 'planes', 'helicopters', 'ambulance', 'ambulances', 'jeep', 'jeeps', 'branch',
  'branches', 'antenna', 'antennas', 'center', 'centre', 'centers', 'centres',
  // session 12: what cyber attacks hit
  'website', 'websites', 'computers', 'servers',
]);
