/**
 * The matching engine: pure TypeScript over typed arrays, no I/O. One MatchIndex holds one side (job
 * seekers, or vacancies); a query scores the other side's entity against it and returns the top k.
 *
 * Layout. Every entity has a slot (chosen by the index, stable until removed). Entities are grouped in
 * buckets at three levels, each keyed by a square grid cell of the PC4 centroid:
 *  - (ISCO unit group of a wanted occupation, cell): for the occupation tiers 35/28 (same unit), 20 (same
 *    minor group) and 12 (same sub-major group);
 *  - (ISCO major group, cell, reach class): for tier 6 (same major group);
 *  - (cell, reach class): everyone, for tier 0.
 * Coarse buckets are split by reach class so that the few clients who travel far do not loosen the
 * distance bound of everyone else. A bucket keeps its members' hot attributes inline in one Int32Array
 * (24 bytes each: slot, position in the cell, hours/education/licence/reach, day, and references to the
 * occupation and skill pools), so scoring a bucket reads contiguous memory, and aggregates (max reach,
 * max hours, …) that bound the score of any member for a given query. Cells are 30 km by default:
 * measured on 1,000,000 job seekers, 10-50 km perform alike; larger cells mean fewer buckets to bound
 * and more (cheap, sequential) records to scan.
 *
 * Query. Tier by tier (35, 20, 12, 6, 0) the buckets whose bound can still beat the current k-th best are
 * visited in order of their bound (a counting sort: bounds are whole points); the search stops when the
 * bound of everything unvisited is below the k-th best (or equal to it with a larger id, since ties are
 * broken by id ascending). A member reached again through a coarser bucket scores the same and is not
 * added twice. A fixed-size heap holds the best k. Every score is computed exactly with the functions of
 * matching.rules.ts, so the result equals a full scan (tested against one, and against SQL).
 */
import {
  MAX_POINTS,
  NO_DAY,
  OCCUPATION_POINTS,
  availabilityPoints,
  distancePoints,
  educationPoints,
  hoursPoints,
  licencePoints,
  occupationPoints,
  skillPoints,
} from './matching.rules.ts';

/** One entity as the engine sees it: numbers only (strings are interned by the caller, see Vocabulary). */
export interface EntityInput {
  /** Tie-break key: results with equal score are ordered by (keyHi, keyLo) ascending. Safe integers. */
  keyHi: number;
  keyLo: number;
  /** Organisation index (0..65535), for "own organisation only" queries. */
  organisation: number;
  /**
   * Interned occupation ids (≥ 0) with, in parallel, their ISCO-08 unit code as an integer (-1 unknown).
   * An occupation id must always come with the same ISCO code (as it does from the occupations table).
   */
  occupations: ArrayLike<number>;
  iscoCodes: ArrayLike<number>;
  /** Projected PC4 centroid in whole metres (matching.rules project()); hasLocation false when unknown. */
  hasLocation: boolean;
  x: number;
  y: number;
  /** Job seeker: maximum travel distance in metres, whole kilometres up to 255 km. Vacancy: unused (0). */
  reach: number;
  /** Job seeker: hours available (0..63). Vacancy: hours asked (1..60). */
  hours: number;
  /** Job seeker: education ordinal. Vacancy: minimum education ordinal, -1 for none. */
  education: number;
  /** Job seeker: has a driving licence. Vacancy: driving licence required. */
  licence: boolean;
  /** Interned skill-tag ids, distinct. */
  skills: ArrayLike<number>;
  /** Job seeker: available-from day (NO_DAY = now). Vacancy: start day (NO_DAY = as soon as possible). */
  day: number;
}

export interface MatchResult {
  slot: number;
  score: number;
  keyHi: number;
  keyLo: number;
}

/** Where the time of the last query went (for the benchmark and tuning). */
export interface QueryStats {
  tiers: number;
  bucketsConsidered: number;
  bucketsVisited: number;
  membersScanned: number;
  membersScored: number;
}

export interface QueryOptions {
  k: number;
  /** Today as a day number (availability of vacancies without a start date). */
  today: number;
  /** Only entities of this organisation index (-1 or absent: all). */
  organisation?: number;
}

/** Interns strings (occupation URIs, skill tags, organisation ids) as dense integers. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
  /** The id if known, else -1 (a query tag nobody has cannot be covered). */
  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }
  name(id: number): string | undefined {
    return this.names[id];
  }
  get size(): number {
    return this.names.length;
  }
}

/**
 * Inline member record (24 bytes): slot; position within the bucket's cell (x | y << 16); packed facts
 * (hours | (education+1) << 6 | licence << 10 | kind << 11 | reach in km << 13); day; occupation ref;
 * skill ref.
 */
const STRIDE = 6;
const KIND_UNIT = 1;
const KIND_MAJOR = 2;
const KIND_ALL = 3;
const LEVEL_UNIT = 0;
const LEVEL_MAJOR = 1;
const LEVEL_ALL = 2;
const NO_OCCUPATION_UNIT = -2;
const NO_LOCATION_CELL = 0;
const CELL_OFFSET = 1 << 13;
const CELL_SPAN = 1 << 14;
/** Pool references: offset * 32 + length (at most 31 occupations or skills per entity). */
const REF_LEN = 32;
const MAX_LIST = 31;
/** Upper limits (metres) of the reach classes that split the coarse buckets (major group, all). */
const REACH_CLASSES = [10_000, 20_000, 30_000, 50_000, 100_000];
const MAX_OTHER = 100 - MAX_POINTS.occupation;

type Side = 'seekers' | 'vacancies';
type TypedArray = Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array | Int8Array;

function grow<T extends TypedArray>(a: T, size: number): T {
  if (size <= a.length) return a;
  let n = Math.max(16, a.length);
  while (n < size) n = Math.ceil(n * 1.5);
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

function reachClass(reach: number): number {
  let c = 0;
  while (c < REACH_CLASSES.length && reach > REACH_CLASSES[c]!) c++;
  return c;
}

/** One side of the matching: job seekers or vacancies. */
export class MatchIndex {
  readonly side: Side;
  readonly cellSize: number;

  // Entities, by slot: only what queries and updates need outside the bucket records.
  private cap = 0;
  private used = 0;
  private live = 0;
  private readonly free: number[] = [];
  private keyHi = new Float64Array(0);
  private keyLo = new Float64Array(0);
  private organisation = new Uint16Array(0);
  private alive = new Uint8Array(0);
  private cell = new Int32Array(0);
  private cls = new Uint8Array(0);
  private occRef = new Int32Array(0);
  private skillRef = new Int32Array(0);
  /**
   * Record offsets of the slot in its first unit bucket, first major-group bucket and (cell, reach class)
   * bucket, so that removing it needs no search there (the kind is in bits 29-30 of the record).
   */
  private posUnit = new Int32Array(0);
  private posMajor = new Int32Array(0);
  private posAll = new Int32Array(0);

  // Variable-length attributes in pools (appended; compacted when half is garbage).
  /** Pairs (occupation id, ISCO unit code). */
  private occPool = new Int32Array(2048);
  private occUsed = 0;
  private occGarbage = 0;
  private skillPool = new Int32Array(1024);
  private skillUsed = 0;
  private skillGarbage = 0;

  // Units (ISCO unit groups, plus "unknown" -1 and "no occupation" -2) and the buckets of each group.
  private readonly unitIndex = new Map<number, number>();
  private readonly unitCode: number[] = [];
  private readonly unitBuckets: number[][] = [];
  private readonly majorBuckets: number[][] = Array.from({ length: 10 }, () => []);
  private readonly allBuckets: number[] = [];
  /** Cells in use get a dense id; per (level, group, reach class) a table cell id → bucket + 1 (0: none). */
  private readonly cellIds = new Map<number, number>();
  private readonly bucketTables = new Map<number, Int32Array>();
  private lastTableKey = -1;
  private lastTable: Int32Array = new Int32Array(0);

  // Buckets: their members (inline records) and, per bucket, one 64-byte row of facts (B_* offsets).
  private bucketCount = 0;
  private readonly bMembers: Int32Array[] = [];
  private bInfo = new Int32Array(0);
  private bMinKeyHi = new Float64Array(0);

  // Query scratch.
  private skillMark = new Uint8Array(0);
  private candBucket = new Int32Array(1024);
  private candBound = new Int32Array(1024);
  private order = new Int32Array(1024);
  private readonly boundCount = new Int32Array(102);
  private readonly tierUnits: [number[], number[], number[]] = [[], [], []];
  private readonly heap = new TopK();
  private readonly unitScratch: number[] = [];
  private readonly majorScratch: number[] = [];
  readonly stats: QueryStats = { tiers: 0, bucketsConsidered: 0, bucketsVisited: 0, membersScanned: 0, membersScored: 0 };

  constructor(side: Side, opts: { cellSize?: number; capacity?: number } = {}) {
    this.side = side;
    this.cellSize = opts.cellSize ?? 30_000;
    if (!(this.cellSize >= 1000 && this.cellSize <= 65536)) throw new Error('cellSize must be between 1000 and 65536 m');
    this.ensureCapacity(opts.capacity ?? 1024);
  }

  get size(): number {
    return this.live;
  }

  get bucketTotal(): number {
    return this.bucketCount;
  }

  /** Bytes held in typed arrays: the engine's memory apart from small JS bookkeeping (bucket maps). */
  byteSize(): number {
    let n = 0;
    for (const v of Object.values(this)) if (ArrayBuffer.isView(v)) n += v.byteLength;
    for (const m of this.bMembers) n += m.byteLength;
    return n;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, Math.ceil(this.cap * 1.5), 1024);
    this.keyHi = grow(this.keyHi, c);
    this.keyLo = grow(this.keyLo, c);
    this.organisation = grow(this.organisation, c);
    this.alive = grow(this.alive, c);
    this.cell = grow(this.cell, c);
    this.cls = grow(this.cls, c);
    this.occRef = grow(this.occRef, c);
    this.skillRef = grow(this.skillRef, c);
    this.posUnit = grow(this.posUnit, c);
    this.posMajor = grow(this.posMajor, c);
    this.posAll = grow(this.posAll, c);
    this.cap = this.keyHi.length;
  }

  /** Adds an entity; returns its slot. */
  add(e: EntityInput): number {
    const slot = this.free.length > 0 ? this.free.pop()! : this.used++;
    this.ensureCapacity(slot + 1);
    this.write(slot, e);
    this.groupsOf(slot);
    this.forEachBucket(slot, true, (b) => this.addMember(b, slot, e));
    this.live++;
    return slot;
  }

  /**
   * Adds n entities to an empty index in two passes (count, then fill buckets of exactly the right size):
   * faster and tighter than n times add(). Entity i gets slot i. read(i) may reuse one object.
   */
  addAll(n: number, read: (i: number) => EntityInput): void {
    if (this.used !== 0) throw new Error('addAll needs an empty index');
    this.ensureCapacity(n);
    const start = new Int32Array(n + 1);
    let ids = new Int32Array(n * 3);
    let used = 0;
    let counts = new Int32Array(1024);
    const codes: number[] = [];
    const collect = (code: number) => codes.push(code);
    for (let i = 0; i < n; i++) {
      const e = read(i);
      this.write(i, e);
      this.groupsOf(i);
      start[i] = used;
      codes.length = 0;
      this.forEachBucket(i, true, collect);
      if (used + codes.length > ids.length) ids = grow(ids, used + codes.length);
      if (this.bucketCount > counts.length) counts = grow(counts, this.bucketCount);
      for (const code of codes) {
        ids[used++] = code;
        counts[code >> 2]!++;
      }
    }
    start[n] = used;
    for (let b = 0; b < this.bucketCount; b++) {
      // A little room to grow, so that the first updates after a bulk load do not reallocate.
      const count = counts[b]!;
      const want = (count + (count >> 4) + 1) * STRIDE;
      if (this.bMembers[b]!.length < want) this.bMembers[b] = new Int32Array(want);
    }
    for (let i = 0; i < n; i++) {
      const e = read(i);
      for (let j = start[i]!; j < start[i + 1]!; j++) this.addMember(ids[j]!, i, e);
    }
    this.used = n;
    this.live = n;
    // Trim the pools to what is used plus a little room.
    this.occPool = this.occPool.slice(0, (this.occUsed + (this.occUsed >> 4) + 16) * 2);
    this.skillPool = this.skillPool.slice(0, this.skillUsed + (this.skillUsed >> 4) + 16);
  }

  /** Replaces the entity in a slot (a changed client or vacancy), re-indexing only that entity. */
  update(slot: number, e: EntityInput): void {
    if (!this.alive[slot]) throw new Error(`slot ${slot} is empty`);
    this.unindex(slot);
    this.write(slot, e);
    this.groupsOf(slot);
    this.forEachBucket(slot, true, (b) => this.addMember(b, slot, e));
  }

  remove(slot: number): void {
    if (!this.alive[slot]) return;
    this.unindex(slot);
    this.occRef[slot] = 0;
    this.skillRef[slot] = 0;
    this.alive[slot] = 0;
    this.free.push(slot);
    this.live--;
  }

  isAlive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  keyOf(slot: number): [number, number] {
    return [this.keyHi[slot]!, this.keyLo[slot]!];
  }

  /** Stores the slot's own columns and pool entries (not yet its bucket records). */
  private write(slot: number, e: EntityInput): void {
    const nOcc = Math.min(e.occupations.length, MAX_LIST);
    const nSkill = Math.min(e.skills.length, MAX_LIST);
    if (
      !(e.hours >= 0 && e.hours <= 63 && e.education >= -1 && e.education <= 14) ||
      !(e.reach >= 0 && e.reach <= 255_000 && e.reach % 1000 === 0) ||
      !(e.organisation >= 0 && e.organisation < 65536)
    ) {
      throw new Error(`entity out of range: hours ${e.hours}, education ${e.education}, reach ${e.reach}, organisation ${e.organisation}`);
    }
    this.keyHi[slot] = e.keyHi;
    this.keyLo[slot] = e.keyLo;
    this.organisation[slot] = e.organisation;
    this.alive[slot] = 1;
    this.cell[slot] = this.cellOf(e);
    this.cls[slot] = reachClass(e.reach);
    this.compactIfNeeded(nOcc, nSkill);
    if (this.occUsed + nOcc > this.occPool.length / 2) this.occPool = grow(this.occPool, (this.occUsed + nOcc) * 2);
    for (let i = 0; i < nOcc; i++) {
      this.occPool[(this.occUsed + i) * 2] = e.occupations[i]!;
      this.occPool[(this.occUsed + i) * 2 + 1] = e.iscoCodes[i]!;
    }
    this.occRef[slot] = this.occUsed * REF_LEN + nOcc;
    this.occUsed += nOcc;
    if (this.skillUsed + nSkill > this.skillPool.length) this.skillPool = grow(this.skillPool, this.skillUsed + nSkill);
    for (let i = 0; i < nSkill; i++) this.skillPool[this.skillUsed + i] = e.skills[i]!;
    this.skillRef[slot] = this.skillUsed * REF_LEN + nSkill;
    this.skillUsed += nSkill;
  }

  /** Rewrites the pools without garbage when they would otherwise grow; refreshes every reference. */
  private compactIfNeeded(nOcc: number, nSkill: number): void {
    const occFull = this.occUsed + nOcc > this.occPool.length / 2 && this.occGarbage > 65536 && this.occGarbage * 2 > this.occUsed;
    const skillFull =
      this.skillUsed + nSkill > this.skillPool.length && this.skillGarbage > 65536 && this.skillGarbage * 2 > this.skillUsed;
    if (!occFull && !skillFull) return;
    if (occFull) {
      const pool = new Int32Array(this.occPool.length);
      let n = 0;
      for (let s = 0; s < this.used; s++) {
        if (!this.alive[s]) continue;
        const ref = this.occRef[s]!;
        const off = Math.floor(ref / REF_LEN);
        const len = ref % REF_LEN;
        pool.set(this.occPool.subarray(off * 2, (off + len) * 2), n * 2);
        this.occRef[s] = n * REF_LEN + len;
        n += len;
      }
      this.occPool = pool;
      this.occUsed = n;
      this.occGarbage = 0;
    }
    if (skillFull) {
      const pool = new Int32Array(this.skillPool.length);
      let n = 0;
      for (let s = 0; s < this.used; s++) {
        if (!this.alive[s]) continue;
        const ref = this.skillRef[s]!;
        const off = Math.floor(ref / REF_LEN);
        const len = ref % REF_LEN;
        pool.set(this.skillPool.subarray(off, off + len), n);
        this.skillRef[s] = n * REF_LEN + len;
        n += len;
      }
      this.skillPool = pool;
      this.skillUsed = n;
      this.skillGarbage = 0;
    }
    for (let b = 0; b < this.bucketCount; b++) {
      const m = this.bMembers[b]!;
      const end = this.bInfo[b * B_STRIDE + B_SIZE]! * STRIDE;
      for (let o = 0; o < end; o += STRIDE) {
        m[o + 4] = this.occRef[m[o]!]!;
        m[o + 5] = this.skillRef[m[o]!]!;
      }
    }
  }

  // Buckets -------------------------------------------------------------------------------------------

  private unitOf(code: number): number {
    let u = this.unitIndex.get(code);
    if (u === undefined) {
      u = this.unitCode.length;
      this.unitIndex.set(code, u);
      this.unitCode.push(code);
      this.unitBuckets.push([]);
    }
    return u;
  }

  private cellOf(e: EntityInput): number {
    if (!e.hasLocation) return NO_LOCATION_CELL;
    const cx = Math.floor(e.x / this.cellSize) + CELL_OFFSET;
    const cy = Math.floor(e.y / this.cellSize) + CELL_OFFSET;
    if (cx <= 0 || cx >= CELL_SPAN || cy <= 0 || cy >= CELL_SPAN) throw new Error(`location out of range: ${e.x}, ${e.y}`);
    return cx + cy * CELL_SPAN;
  }

  /** Distinct units of a slot's occupations (none: the "no occupation" unit) and distinct major groups. */
  private groupsOf(slot: number): void {
    const units = this.unitScratch;
    const majors = this.majorScratch;
    units.length = 0;
    majors.length = 0;
    const ref = this.occRef[slot]!;
    const off = Math.floor(ref / REF_LEN);
    const len = ref % REF_LEN;
    if (len === 0) units.push(this.unitOf(NO_OCCUPATION_UNIT));
    for (let i = 0; i < len; i++) {
      const code = this.occPool[(off + i) * 2 + 1]!;
      const u = this.unitOf(code);
      if (!units.includes(u)) units.push(u);
      if (code >= 0) {
        const m = Math.floor(code / 1000) % 10;
        if (!majors.includes(m)) majors.push(m);
      }
    }
  }

  /**
   * Calls fn for every bucket of the slot (after groupsOf) as b * 4 + kind, kind being 1 for its first unit
   * bucket, 2 for its first major-group bucket, 3 for its (cell, reach class) bucket, 0 otherwise.
   * create: make missing buckets.
   */
  private forEachBucket(slot: number, create: boolean, fn: (code: number) => void): void {
    const cell = this.cell[slot]!;
    const cls = this.cls[slot]!;
    const units = this.unitScratch;
    const majors = this.majorScratch;
    for (let i = 0; i < units.length; i++) fn(this.bucketFor(LEVEL_UNIT, units[i]!, 0, cell, create) * 4 + (i === 0 ? KIND_UNIT : 0));
    for (let i = 0; i < majors.length; i++) fn(this.bucketFor(LEVEL_MAJOR, majors[i]!, cls, cell, create) * 4 + (i === 0 ? KIND_MAJOR : 0));
    fn(this.bucketFor(LEVEL_ALL, 0, cls, cell, create) * 4 + KIND_ALL);
  }

  private setPos(kind: number, slot: number, o: number): void {
    if (kind === KIND_UNIT) this.posUnit[slot] = o;
    else if (kind === KIND_MAJOR) this.posMajor[slot] = o;
    else if (kind === KIND_ALL) this.posAll[slot] = o;
  }

  private bucketFor(level: number, group: number, cls: number, cell: number, create: boolean): number {
    let cellId = this.cellIds.get(cell);
    if (cellId === undefined) this.cellIds.set(cell, (cellId = this.cellIds.size));
    const tableKey = (level * 65536 + group) * 16 + cls;
    let table = tableKey === this.lastTableKey ? this.lastTable : this.bucketTables.get(tableKey);
    if (!table || table.length <= cellId) {
      table = grow(table ?? new Int32Array(64), cellId + 1);
      this.bucketTables.set(tableKey, table);
    }
    this.lastTableKey = tableKey;
    this.lastTable = table;
    let b = table[cellId]! - 1;
    if (b >= 0) return b;
    if (!create) throw new Error('bucket missing');
    b = this.bucketCount++;
    table[cellId] = b + 1;
    const n = this.bucketCount;
    this.bInfo = grow(this.bInfo, n * B_STRIDE);
    this.bMinKeyHi = grow(this.bMinKeyHi, n);
    const r = b * B_STRIDE;
    this.bInfo[r + B_HAS_LOC] = cell === NO_LOCATION_CELL ? 0 : 1;
    this.bInfo[r + B_X0] = ((cell % CELL_SPAN) - CELL_OFFSET) * this.cellSize;
    this.bInfo[r + B_Y0] = (Math.floor(cell / CELL_SPAN) - CELL_OFFSET) * this.cellSize;
    this.bInfo[r + B_SIZE] = 0;
    this.bInfo[r + B_STALE] = 0;
    this.bMembers.push(EMPTY);
    this.resetAggregates(b);
    if (level === LEVEL_UNIT) this.unitBuckets[group]!.push(b);
    else if (level === LEVEL_MAJOR) this.majorBuckets[group]!.push(b);
    else this.allBuckets.push(b);
    return b;
  }

  private resetAggregates(b: number): void {
    const info = this.bInfo;
    const r = b * B_STRIDE;
    info[r + B_MAX_REACH] = -1;
    info[r + B_MIN_HOURS] = 1 << 30;
    info[r + B_MAX_HOURS] = -1;
    info[r + B_MIN_EDU] = 1 << 30;
    info[r + B_MAX_EDU] = -(1 << 30);
    info[r + B_ANY_LICENCE] = 0;
    info[r + B_ANY_NO_LICENCE] = 0;
    info[r + B_MIN_DAY] = 2147483647;
    info[r + B_MAX_DAY] = NO_DAY;
    info[r + B_ANY_NO_DAY] = 0;
    this.bMinKeyHi[b] = Infinity;
  }

  /** Widens the bucket's aggregates with the record at o. */
  private aggregate(b: number, m: Int32Array, o: number): void {
    const info = this.bInfo;
    const r = b * B_STRIDE;
    const packed = m[o + 2]!;
    const reach = ((packed >>> 13) & 255) * 1000;
    if (reach > info[r + B_MAX_REACH]!) info[r + B_MAX_REACH] = reach;
    const h = packed & 63;
    if (h < info[r + B_MIN_HOURS]!) info[r + B_MIN_HOURS] = h;
    if (h > info[r + B_MAX_HOURS]!) info[r + B_MAX_HOURS] = h;
    const e = ((packed >> 6) & 15) - 1;
    if (e < info[r + B_MIN_EDU]!) info[r + B_MIN_EDU] = e;
    if (e > info[r + B_MAX_EDU]!) info[r + B_MAX_EDU] = e;
    if ((packed >> 10) & 1) info[r + B_ANY_LICENCE] = 1;
    else info[r + B_ANY_NO_LICENCE] = 1;
    const d = m[o + 3]!;
    if (d === NO_DAY) info[r + B_ANY_NO_DAY] = 1;
    if (d < info[r + B_MIN_DAY]!) info[r + B_MIN_DAY] = d;
    if (d > info[r + B_MAX_DAY]!) info[r + B_MAX_DAY] = d;
    const k = this.keyHi[m[o]!]!;
    if (k < this.bMinKeyHi[b]!) this.bMinKeyHi[b] = k;
  }

  /** Appends the slot's record to a bucket (code: see forEachBucket). */
  private addMember(code: number, slot: number, e: EntityInput): void {
    const b = code >> 2;
    const kind = code & 3;
    const size = this.bInfo[b * B_STRIDE + B_SIZE]!;
    this.setPos(kind, slot, size * STRIDE);
    let m = this.bMembers[b]!;
    if ((size + 1) * STRIDE > m.length) {
      const bigger = new Int32Array(Math.max(STRIDE * 2, Math.ceil((m.length * 1.5) / STRIDE) * STRIDE));
      bigger.set(m);
      this.bMembers[b] = m = bigger;
    }
    const o = size * STRIDE;
    const r = b * B_STRIDE;
    m[o] = slot;
    m[o + 1] = e.hasLocation ? (e.x - this.bInfo[r + B_X0]!) | ((e.y - this.bInfo[r + B_Y0]!) << 16) : 0;
    m[o + 2] = e.hours | ((e.education + 1) << 6) | ((e.licence ? 1 : 0) << 10) | (kind << 11) | ((e.reach / 1000) << 13);
    m[o + 3] = e.day;
    m[o + 4] = this.occRef[slot]!;
    m[o + 5] = this.skillRef[slot]!;
    this.bInfo[b * B_STRIDE + B_SIZE] = size + 1;
    this.aggregate(b, m, o);
  }

  private removeMember(code: number, slot: number): void {
    const b = code >> 2;
    const kind = code & 3;
    const m = this.bMembers[b]!;
    const r = b * B_STRIDE;
    const size = this.bInfo[r + B_SIZE]!;
    let o =
      kind === KIND_UNIT ? this.posUnit[slot]! : kind === KIND_MAJOR ? this.posMajor[slot]! : kind === KIND_ALL ? this.posAll[slot]! : 0;
    if (kind === 0) while (o < size * STRIDE && m[o] !== slot) o += STRIDE;
    if (o >= size * STRIDE || m[o] !== slot) throw new Error(`slot ${slot} missing from its bucket`);
    const last = (size - 1) * STRIDE;
    if (o !== last) {
      m.copyWithin(o, last, last + STRIDE);
      this.setPos((m[o + 2]! >> 11) & 3, m[o]!, o);
    }
    this.bInfo[r + B_SIZE] = size - 1;
    // The aggregates stay valid upper bounds after a removal, only looser: recompute them once a quarter
    // of the bucket has changed (amortised constant time per update).
    const stale = this.bInfo[r + B_STALE]! + 1;
    if (stale * 4 > size) {
      this.resetAggregates(b);
      for (let i = 0; i < last; i += STRIDE) this.aggregate(b, m, i);
      this.bInfo[r + B_STALE] = 0;
    } else this.bInfo[r + B_STALE] = stale;
  }

  private unindex(slot: number): void {
    this.groupsOf(slot);
    this.forEachBucket(slot, false, (b) => this.removeMember(b, slot));
    const oRef = this.occRef[slot]!;
    const sRef = this.skillRef[slot]!;
    this.occGarbage += oRef % REF_LEN;
    this.skillGarbage += sRef % REF_LEN;
  }

  // Queries -------------------------------------------------------------------------------------------

  /** Best k job seekers in this index (side 'seekers') for a vacancy. */
  topForVacancy(v: EntityInput, opts: QueryOptions): MatchResult[] {
    if (this.side !== 'seekers') throw new Error('topForVacancy needs a job-seeker index');
    return this.search(v, opts, true);
  }

  /** Best k vacancies in this index (side 'vacancies') for a job seeker. */
  topForSeeker(s: EntityInput, opts: QueryOptions): MatchResult[] {
    if (this.side !== 'vacancies') throw new Error('topForSeeker needs a vacancy index');
    return this.search(s, opts, false);
  }

  /** Units by the occupation points they can reach for the query: 35, 20 and 12 (6 and 0 use coarse buckets). */
  private computeTiers(q: EntityInput): void {
    const [t35, t20, t12] = this.tierUnits;
    t35.length = t20.length = t12.length = 0;
    const n = this.unitCode.length;
    for (let u = 0; u < n; u++) {
      const code = this.unitCode[u]!;
      if (code === NO_OCCUPATION_UNIT) continue;
      let best = 0;
      for (let i = 0; i < q.iscoCodes.length; i++) {
        const qc = q.iscoCodes[i]!;
        const p = qc === code ? OCCUPATION_POINTS.occupation : occupationPoints(-1, code, -1, qc);
        if (p > best) best = p;
      }
      if (best === OCCUPATION_POINTS.occupation) t35.push(u);
      else if (best === OCCUPATION_POINTS.minor) t20.push(u);
      else if (best === OCCUPATION_POINTS.subMajor) t12.push(u);
    }
  }

  private markSkills(skills: ArrayLike<number>, value: number): void {
    let max = -1;
    for (let i = 0; i < skills.length; i++) if (skills[i]! > max) max = skills[i]!;
    if (max >= this.skillMark.length) this.skillMark = grow(this.skillMark, max + 1);
    for (let i = 0; i < skills.length; i++) if (skills[i]! >= 0) this.skillMark[skills[i]!] = value;
  }

  /**
   * Both directions. forVacancy: members are job seekers and the query a vacancy; otherwise members are
   * vacancies and the query a job seeker.
   */
  private search(q: EntityInput, opts: QueryOptions, forVacancy: boolean): MatchResult[] {
    const k = Math.max(0, Math.floor(opts.k));
    const heap = this.heap;
    heap.reset(k);
    const stats = this.stats;
    stats.tiers = stats.bucketsConsidered = stats.bucketsVisited = stats.membersScanned = stats.membersScored = 0;
    if (k === 0 || this.live === 0) return [];
    this.computeTiers(q);
    this.markSkills(q.skills, 1);
    try {
      const queryMajors: number[] = [];
      for (let i = 0; i < q.iscoCodes.length; i++) {
        const c = q.iscoCodes[i]!;
        const m = Math.floor(c / 1000) % 10;
        if (c >= 0 && !queryMajors.includes(m)) queryMajors.push(m);
      }
      const ctx: SearchContext = {
        q,
        forVacancy,
        today: opts.today,
        onlyOrg: opts.organisation ?? -1,
        qStart: q.day === NO_DAY ? opts.today : q.day,
      };
      const [t35, t20, t12] = this.tierUnits;
      const tiers: [number, number[][]][] = [
        [OCCUPATION_POINTS.occupation, t35.map((u) => this.unitBuckets[u]!)],
        [OCCUPATION_POINTS.minor, t20.map((u) => this.unitBuckets[u]!)],
        [OCCUPATION_POINTS.subMajor, t12.map((u) => this.unitBuckets[u]!)],
        [OCCUPATION_POINTS.major, queryMajors.map((m) => this.majorBuckets[m]!)],
        [0, [this.allBuckets]],
      ];
      for (const [tier, lists] of tiers) {
        if (heap.full && tier + MAX_OTHER < heap.worstScore) break;
        stats.tiers++;
        const n = this.collect(tier, lists, ctx);
        if (n > 0) this.visit(n, ctx, tier);
      }
    } finally {
      this.markSkills(q.skills, 0);
    }
    return heap.sorted();
  }

  /** Puts the buckets of one tier that can still beat the k-th best, with their bound, in the scratch. */
  private collect(tier: number, lists: number[][], c: SearchContext): number {
    const heap = this.heap;
    const q = c.q;
    const forVacancy = c.forVacancy;
    const C = this.cellSize;
    const qHasLoc = q.hasLocation;
    const qx = q.x;
    const qy = q.y;
    const qReach = q.reach;
    const qHours = q.hours;
    const qEdu = q.education;
    const qLic = q.licence;
    const qDay = q.day;
    const qStart = c.qStart;
    const today = c.today;
    const info = this.bInfo;
    const bMinKeyHi = this.bMinKeyHi;
    const full = heap.full;
    const worst = heap.worstScore;
    const worstHi = heap.worstHi;
    let n = 0;
    let considered = 0;
    for (const list of lists) {
      for (let j = 0; j < list.length; j++) {
        const b = list[j]!;
        const r = b * B_STRIDE;
        if (info[r + B_SIZE] === 0) continue;
        considered++;
        let bound = tier;
        if (qHasLoc && info[r + B_HAS_LOC] === 1) {
          const x0 = info[r + B_X0]!;
          const y0 = info[r + B_Y0]!;
          const dx = qx < x0 ? x0 - qx : qx > x0 + C - 1 ? qx - (x0 + C - 1) : 0;
          const dy = qy < y0 ? y0 - qy : qy > y0 + C - 1 ? qy - (y0 + C - 1) : 0;
          const dmin = Math.floor(Math.sqrt(dx * dx + dy * dy));
          const reach = forVacancy ? info[r + B_MAX_REACH]! : qReach;
          if (dmin > reach) continue;
          bound += distancePoints(dmin, reach);
        }
        if (forVacancy) {
          bound += hoursPoints(info[r + B_MAX_HOURS]!, qHours);
          bound += educationPoints(info[r + B_MAX_EDU]!, qEdu);
          bound += licencePoints(info[r + B_ANY_LICENCE] === 1, qLic);
          bound += info[r + B_MIN_DAY]! <= qStart ? MAX_POINTS.availability : 0;
        } else {
          bound += hoursPoints(qHours, info[r + B_MIN_HOURS]!);
          bound += educationPoints(qEdu, info[r + B_MIN_EDU]!);
          bound += licencePoints(qLic, info[r + B_ANY_NO_LICENCE] !== 1);
          const maxDay = info[r + B_MAX_DAY]!;
          const maxStart = info[r + B_ANY_NO_DAY] === 1 && today > maxDay ? today : maxDay;
          bound += qDay <= maxStart ? MAX_POINTS.availability : 0;
        }
        bound += MAX_POINTS.skills;
        if (full && (bound < worst || (bound === worst && bMinKeyHi[b]! > worstHi))) continue;
        if (n === this.candBucket.length) {
          this.candBucket = grow(this.candBucket, n + 1);
          this.candBound = grow(this.candBound, n + 1);
        }
        this.candBucket[n] = b;
        this.candBound[n] = bound;
        n++;
      }
    }
    this.stats.bucketsConsidered += considered;
    return n;
  }

  /**
   * Visits the collected buckets in order of their bound (a counting sort: bounds are whole points).
   * A member whose occupation scores above the tier is also in a bucket of a higher tier, where it was
   * already scored or could not make the top k; so here its occupation can be bounded by the tier when
   * deciding to skip it (35 in the top tier: same occupation or same unit group).
   */
  private visit(nCand: number, c: SearchContext, tier: number): void {
    const counts = this.boundCount;
    counts.fill(0);
    const candBound = this.candBound;
    const candBucket = this.candBucket;
    for (let i = 0; i < nCand; i++) counts[101 - candBound[i]!]!++;
    for (let i = 1; i < 102; i++) counts[i]! += counts[i - 1]!;
    if (this.order.length < nCand) this.order = new Int32Array(candBucket.length);
    const order = this.order;
    for (let i = nCand - 1; i >= 0; i--) order[--counts[101 - candBound[i]!]!] = i;

    const heap = this.heap;
    const q = c.q;
    const forVacancy = c.forVacancy;
    const qHasLoc = q.hasLocation;
    const qx = q.x;
    const qy = q.y;
    const qReach = q.reach;
    const qHours = q.hours;
    const qEdu = q.education;
    const qLic = q.licence;
    const qDay = q.day;
    const qSkillCount = q.skills.length;
    const qOcc = q.occupations;
    const qIsco = q.iscoCodes;
    const qOccLen = qOcc.length;
    const today = c.today;
    const onlyOrg = c.onlyOrg;
    const skillMark = this.skillMark;
    const skillPool = this.skillPool;
    const occPool = this.occPool;
    const keyHi = this.keyHi;
    const keyLo = this.keyLo;
    const organisation = this.organisation;
    const info = this.bInfo;
    const pooledMax = MAX_POINTS.skills + tier;
    let scanned = 0;
    let scored = 0;
    let visited = 0;

    for (let oi = 0; oi < nCand; oi++) {
      const ci = order[oi]!;
      const bound = candBound[ci]!;
      const b = candBucket[ci]!;
      if (heap.full) {
        const worst = heap.worstScore;
        if (bound < worst) break; // sorted: nothing after this can make it
        if (bound === worst && this.bMinKeyHi[b]! > heap.worstHi) continue;
      }
      visited++;
      const m = this.bMembers[b]!;
      const end = info[b * B_STRIDE + B_SIZE]! * STRIDE;
      scanned += end;
      const withDistance = qHasLoc && info[b * B_STRIDE + B_HAS_LOC] === 1;
      // Query position relative to the cell's origin (records hold offsets within the cell).
      const rx = qx - info[b * B_STRIDE + B_X0]!;
      const ry = qy - info[b * B_STRIDE + B_Y0]!;
      for (let o = 0; o < end; o += STRIDE) {
        // Distance first: it excludes most members, from the inline record alone.
        let score = 0;
        if (withDistance) {
          const xy = m[o + 1]!;
          const dx = (xy & 0xffff) - rx;
          const dy = (xy >>> 16) - ry;
          const d = Math.floor(Math.sqrt(dx * dx + dy * dy));
          const reach = forVacancy ? ((m[o + 2]! >>> 13) & 255) * 1000 : qReach;
          if (d > reach) continue;
          score = distancePoints(d, reach);
        }
        const packed = m[o + 2]!;
        if (onlyOrg >= 0 && organisation[m[o]!] !== onlyOrg) continue;
        const h = packed & 63;
        const edu = ((packed >> 6) & 15) - 1;
        const lic = (packed >> 10) & 1;
        const day = m[o + 3]!;
        if (forVacancy) {
          score +=
            hoursPoints(h, qHours) + educationPoints(edu, qEdu) + licencePoints(lic === 1, qLic) + availabilityPoints(day, qDay, today);
        } else {
          score +=
            hoursPoints(qHours, h) + educationPoints(qEdu, edu) + licencePoints(qLic, lic === 1) + availabilityPoints(qDay, day, today);
        }
        // Skills and occupation need the pools: skip when even their maximum cannot make the top k.
        if (heap.full && score + pooledMax < heap.worstScore) continue;
        scored++;
        const sRef = m[o + 5]!;
        const sOff = Math.floor(sRef / REF_LEN);
        const sLen = sRef % REF_LEN;
        let covered = 0;
        for (let i = sOff; i < sOff + sLen; i++) {
          const t = skillPool[i]!;
          if (t < skillMark.length && skillMark[t] === 1) covered++;
        }
        score += skillPoints(covered, forVacancy ? qSkillCount : sLen);
        if (heap.full && score + tier < heap.worstScore) continue;
        const oRef = m[o + 4]!;
        const oOff = Math.floor(oRef / REF_LEN) * 2;
        const oEnd = oOff + (oRef % REF_LEN) * 2;
        let occ = 0;
        for (let i = oOff; i < oEnd && occ < OCCUPATION_POINTS.occupation; i += 2) {
          const mo = occPool[i]!;
          const mi = occPool[i + 1]!;
          for (let j = 0; j < qOccLen; j++) {
            const p = occupationPoints(mo, mi, qOcc[j]!, qIsco[j]!);
            if (p > occ) occ = p;
          }
        }
        score += occ;
        if (heap.full && score < heap.worstScore) continue;
        const slot = m[o]!;
        heap.offer(score, keyHi[slot]!, keyLo[slot]!, slot);
      }
    }
    this.stats.bucketsVisited += visited;
    this.stats.membersScanned += scanned / STRIDE;
    this.stats.membersScored += scored;
  }
}

const EMPTY = new Int32Array(0);

// The row of a bucket in bInfo: its cell's origin, size, and the aggregates that bound its members' scores.
const B_STRIDE = 16;
const B_X0 = 0;
const B_Y0 = 1;
const B_HAS_LOC = 2;
const B_SIZE = 3;
const B_MAX_REACH = 4;
const B_MIN_HOURS = 5;
const B_MAX_HOURS = 6;
const B_MIN_EDU = 7;
const B_MAX_EDU = 8;
const B_ANY_LICENCE = 9;
const B_ANY_NO_LICENCE = 10;
const B_MIN_DAY = 11;
const B_MAX_DAY = 12;
const B_ANY_NO_DAY = 13;
/** Members removed since the aggregates were last recomputed (they stay valid, only looser, meanwhile). */
const B_STALE = 14;

interface SearchContext {
  q: EntityInput;
  forVacancy: boolean;
  today: number;
  onlyOrg: number;
  /** Vacancy query: its effective start day (today when it has none). */
  qStart: number;
}

/** A fixed-size heap of the best k (highest score; ties: lowest key). The root is the worst kept. */
class TopK {
  private k = 0;
  private n = 0;
  private score = new Int32Array(32);
  private hi = new Float64Array(32);
  private lo = new Float64Array(32);
  private slot = new Int32Array(32);

  reset(k: number): void {
    this.k = k;
    this.n = 0;
    if (this.score.length < k) {
      this.score = new Int32Array(k);
      this.hi = new Float64Array(k);
      this.lo = new Float64Array(k);
      this.slot = new Int32Array(k);
    }
  }
  get full(): boolean {
    return this.n === this.k;
  }
  get worstScore(): number {
    return this.score[0]!;
  }
  get worstHi(): number {
    return this.hi[0]!;
  }

  /** Entry i is worse than entry j: lower score, or equal score and larger key. */
  private worse(i: number, j: number): boolean {
    const si = this.score[i]!;
    const sj = this.score[j]!;
    if (si !== sj) return si < sj;
    const hi = this.hi[i]!;
    const hj = this.hi[j]!;
    if (hi !== hj) return hi > hj;
    return this.lo[i]! > this.lo[j]!;
  }

  /**
   * Offers a candidate. The same entity can be offered again (reached through a coarser bucket) with the
   * same score: it is then either already kept, or worse than everything kept, so it is never added twice.
   */
  offer(score: number, hi: number, lo: number, slot: number): void {
    if (this.n === this.k) {
      const ws = this.score[0]!;
      if (score < ws) return;
      if (score === ws) {
        const wh = this.hi[0]!;
        if (hi > wh || (hi === wh && lo >= this.lo[0]!)) return;
      }
    }
    for (let i = 0; i < this.n; i++) if (this.slot[i] === slot) return;
    if (this.n < this.k) {
      let i = this.n++;
      this.set(i, score, hi, lo, slot);
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    this.set(0, score, hi, lo, slot);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.n) break;
      const r = l + 1;
      const c = r < this.n && this.worse(r, l) ? r : l;
      if (!this.worse(c, i)) break;
      this.swap(c, i);
      i = c;
    }
  }

  private set(i: number, score: number, hi: number, lo: number, slot: number): void {
    this.score[i] = score;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.slot[i] = slot;
  }
  private swap(i: number, j: number): void {
    const s = this.score[i]!;
    const h = this.hi[i]!;
    const l = this.lo[i]!;
    const t = this.slot[i]!;
    this.score[i] = this.score[j]!;
    this.hi[i] = this.hi[j]!;
    this.lo[i] = this.lo[j]!;
    this.slot[i] = this.slot[j]!;
    this.score[j] = s;
    this.hi[j] = h;
    this.lo[j] = l;
    this.slot[j] = t;
  }

  sorted(): MatchResult[] {
    const out: MatchResult[] = [];
    for (let i = 0; i < this.n; i++) out.push({ slot: this.slot[i]!, score: this.score[i]!, keyHi: this.hi[i]!, keyLo: this.lo[i]! });
    out.sort((a, b) => b.score - a.score || a.keyHi - b.keyHi || a.keyLo - b.keyLo);
    return out;
  }
}
