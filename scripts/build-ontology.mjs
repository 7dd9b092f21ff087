#!/usr/bin/env node
// Builds data/ontology/{cameo,plover,cameo2plover,acled}.json from the shared reference tables.
//   node scripts/build-ontology.mjs [--reference DIR] [--eval DIR]
// Defaults: ../shared/reference and ../shared/eval beside the package (SITREP_REFERENCE_DIR / SITREP_EVAL_DIR).
// Only ontology facts (codes, names, scores, label sets) are copied; no evaluation records.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const refDir = arg('--reference') ?? process.env.SITREP_REFERENCE_DIR ?? resolve(root, '..', 'shared', 'reference');
const evalDir = arg('--eval') ?? process.env.SITREP_EVAL_DIR ?? resolve(root, '..', 'shared', 'eval');
const outDir = join(root, 'data', 'ontology');
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const write = (name, value) => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, name), JSON.stringify(value, null, 1) + '\n');
  console.log(`wrote data/ontology/${name}`);
};

// ---- CAMEO event codes ----
const cameoRef = read(join(refDir, 'cameo_event_codes.json'));
const cameo = {
  source: cameoRef.source,
  fields: {
    id: 'CAMEO event code (string; leading zeros matter)',
    name: 'CAMEO Manual 1.1b3 wording',
    level: '2 root, 3 or 4 digits',
    root: 'two-digit root', rootName: 'name of the root', parent: 'parent code or null',
    quadClass: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
    goldstein: 'Goldstein score -10..10 (GDELT table)', goldsteinInferred: 'true when copied from the parent code',
  },
  codes: cameoRef.codes.map((c) => ({
    id: c.code, name: c.name, level: c.level, root: c.root, rootName: c.root_name, parent: c.parent,
    quadClass: c.quad_class, goldstein: c.goldstein, goldsteinInferred: c.goldstein_inferred,
  })),
};
write('cameo.json', cameo);
const cameoIds = new Set(cameo.codes.map((c) => c.id));

// ---- PLOVER ----
const ploverRef = read(join(refDir, 'plover.json'));
const legacy = new Map(ploverRef.legacy_modes.map((m) => [`${m.event}/${m.mode}`, m]));
const plover = {
  source: ploverRef.source,
  notes: ploverRef.notes,
  types: ploverRef.event_types.map((t) => ({
    id: t.name, definition: t.definition, quadClass: t.quad_class, defaultScore: t.default_score,
    requiresRecipient: t.requires_recipient, cameoRoots: t.cameo_roots,
    modes: t.modes.map((m) => ({ id: m.name, definition: m.definition, score: m.score })),
  })),
  legacyModes: ploverRef.legacy_modes.map((m) => ({
    type: m.event, id: m.mode, definition: m.definition, score: m.score, currentEquivalent: m.current_equivalent, status: m.status,
  })),
  contexts: ploverRef.contexts.map((c) => ({ id: c.name, definition: c.definition })),
  auxiliaryModes: ploverRef.auxiliary_modes.map((c) => ({ id: c.name, definition: c.definition })),
  sectors: ploverRef.sector_codes.map((s) => ({ id: s.code, frequency: s.frequency, definition: s.definition })),
};
write('plover.json', plover);
const types = new Map(plover.types.map((t) => [t.id, t]));
const contexts = new Set(plover.contexts.map((c) => c.id));

// ---- CAMEO -> PLOVER (2021 table), modes translated to the current manual ----
const c2p = read(join(evalDir, 'petrarch', 'cameo2plover_2021.json'));
const entries = [];
for (const [code, v] of Object.entries(c2p).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const type = types.get(v.plover_event);
  if (!type) throw new Error(`cameo2plover ${code}: unknown PLOVER type ${v.plover_event}`);
  const context = v.context ? v.context.split(';').map((s) => s.trim()).filter(Boolean) : [];
  let mode = v.mode ?? null;
  let sourceMode = mode;
  const notes = [];
  if (mode && contexts.has(mode) && !type.modes.some((m) => m.id === mode)) {
    // 175: context written in the mode slot
    context.push(mode); notes.push(`"${mode}" moved from mode to context`); mode = null;
  }
  if (mode && !type.modes.some((m) => m.id === mode)) {
    const l = legacy.get(`${type.id}/${mode}`);
    if (l && l.current_equivalent) { notes.push(`legacy mode "${mode}" → "${l.current_equivalent}"`); mode = l.current_equivalent; }
    else if (code === '1712' && mode === 'seize') { notes.push('table error: 1712 destroy property is ASSAULT destroy'); mode = 'destroy'; }
    else { notes.push(`legacy mode "${mode}" has no current equivalent; dropped`); mode = null; }
  }
  const unknownCtx = context.filter((c) => !contexts.has(c));
  if (unknownCtx.length) notes.push(`context(s) not in the current manual: ${unknownCtx.join(', ')}`);
  entries.push({
    id: code, inCameo: cameoIds.has(code), type: type.id, modes: mode ? [mode] : [], context,
    sourceMode: sourceMode !== mode ? sourceMode : undefined, notes: notes.length ? notes : undefined,
    cameoDescription: v.cameo_description,
  });
}
write('cameo2plover.json', {
  source: { repo: 'openeventdata/PLOVER', path: 'CAMEO2PLOVER-2021.txt', commit: '5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f', note: 'PLOVER draft 0.8 translation table; legacy modes mapped to the current manual (PLOVER_MANUAL.tex) as listed in plover.json legacyModes.' },
  lookup: 'exact code, else the parent code, else the root; CAMEO 01 and 02 (statements) have no PLOVER type',
  codes: entries,
});

// ---- ACLED label set with definitions written for sitrep ----
const tax = read(join(evalDir, 'acled', 'acled_taxonomy.json'));
const DEF = {
  'Battles': 'A violent interaction between two organised armed groups at a particular time and place.',
  'Armed clash': 'Armed, organised groups fight each other and neither side gains or loses territory as a result.',
  'Government regains territory': 'State forces or their affiliates win back control of a place from a non-state group through fighting.',
  'Non-state actor overtakes territory': 'A non-state armed group (or a foreign force) takes control of a place from another group through fighting.',
  'Explosions/Remote violence': 'One-sided violence where the attacker uses weapons fired or detonated from a distance, so the target cannot respond directly.',
  'Chemical weapon': 'Use of chemical weapons (chlorine, sarin, other toxic agents) in an attack.',
  'Air/drone strike': 'Attack from the air by aircraft, helicopters or armed drones.',
  'Suicide bomb': 'An attacker detonates explosives on the body or in a vehicle, dying in the attack.',
  'Shelling/artillery/missile attack': 'Long-range ground-launched fire: artillery, mortars, rockets, missiles, tank fire at distance.',
  'Remote explosive/landmine/IED': 'Explosives placed in advance and detonated remotely or by the victim: IEDs, landmines, car bombs, unexploded ordnance.',
  'Grenade': 'A grenade or similar hand-thrown explosive is thrown or launched at a target.',
  'Violence against civilians': 'Organised armed actors deliberately harm unarmed civilians in direct, non-remote violence.',
  'Sexual violence': 'Rape or other sexual violence against civilians by an armed or organised actor.',
  'Attack': 'Armed actors kill, injure, shoot, beat or torture civilians directly.',
  'Abduction/forced disappearance': 'Civilians are kidnapped, abducted or made to disappear by an organised actor (not a lawful arrest).',
  'Protests': 'A public demonstration in which participants do not engage in violence.',
  'Peaceful protest': 'Demonstrators gather without violence and without being forcibly dispersed or detained.',
  'Protest with intervention': 'A peaceful protest that authorities or others disperse, obstruct or detain, without lethal force.',
  'Excessive force against protesters': 'Lethal or seriously injurious force is used against peaceful protesters (firing live rounds, killing protesters).',
  'Riots': 'Violent events in which demonstrators or mobs commit violence or destruction.',
  'Violent demonstration': 'Demonstrators turn violent: throwing stones or petrol bombs, burning property, clashing with police.',
  'Mob violence': 'A crowd without a demonstration agenda attacks people or property (lynching, communal rioting).',
  'Strategic developments': 'Contextually important non-violent or non-battle events: agreements, arrests, troop movements, seizures, looting.',
  'Agreement': 'Parties sign or carry out an agreement: ceasefires, peace deals, prisoner exchanges or releases.',
  'Arrests': 'State authorities or armed groups arrest or detain people in a way of political or security significance.',
  'Change to group/activity': 'A group changes its structure or activity: recruitment, training, deployment, troop movement, withdrawal, mergers, defections.',
  'Disrupted weapons use': 'An attack is prevented or weapons are captured: interceptions, bombs defused, drones shot down, weapons seized.',
  'Headquarters or base established': 'An armed group sets up a base, headquarters or position in a place without fighting.',
  'Looting/property destruction': 'Property is looted, seized, burned or destroyed without an attack on people.',
  'Non-violent transfer of territory': 'Control of a place changes hands without fighting (withdrawal, handover).',
  'Other': 'Significant developments that fit no other category (displacement, hostage release, curfews, sieges).',
};
const acled = {
  source: { repo: 'dtacled/acledR', path: 'data/acled_event_categories.rda', commit: '1e05ba93', note: 'Label set and flags only; definitions are sitrep\'s own short paraphrases of the ACLED codebook categories.' },
  eventTypes: Object.entries(tax.event_types).map(([type, subs]) => {
    if (!DEF[type]) throw new Error(`no definition for ${type}`);
    return {
      id: type, definition: DEF[type],
      subEventTypes: subs.map((s) => {
        if (!DEF[s.sub_event_type]) throw new Error(`no definition for ${s.sub_event_type}`);
        return {
          id: s.sub_event_type, definition: DEF[s.sub_event_type],
          politicalViolence: !!s.political_violence, organizedPoliticalViolence: !!s.organized_political_violence,
          disorder: !!s.disorder, demonstrations: !!s.demonstrations,
        };
      }),
    };
  }),
  interCodes: tax.inter_codes,
};
write('acled/taxonomy.json', acled);
