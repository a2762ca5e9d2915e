// Resolution: settles overlapping candidates (higher priority, then longer span, wins), merges the
// mentions of one canonical name into one entity with a deterministic id, and keeps every drop
// with its reason.
import { makeEntityId } from '../graph/make-id.js';
import { unquote } from '../extract/skeleton.js';
import type { DroppedMention, EntityLabel, ExtractedEntity, Issuer, Mention, MentionRef } from '../types.js';
import { ENTITY_LABELS } from '../types.js';

export interface ResolvedMentions {
  entities: Record<EntityLabel, ExtractedEntity[]>;
  dropped: DroppedMention[];
  /** Accepted mentions with the entity id they were merged into. */
  accepted: { mention: Mention; id: string }[];
}

/** Labels whose mentions may overlap others (figures sit inside ordinary prose spans). */
const FREE_LABELS = new Set<EntityLabel>(['Indicator']);

/** Priority at or above this marks structural spans (titles in 《》, firm names) that always win. */
export const STRUCTURAL_PRIORITY = 10;

const tier = (m: Mention) => ((m.priority ?? 0) >= STRUCTURAL_PRIORITY ? 1 : 0);

/**
 * Chooses among overlapping candidates, longest span first (a candidate that contains another
 * wins: 乡村振兴促进法 over 乡村振兴), except that structural spans (titles, firm names) win over
 * anything they overlap; equal lengths go to the higher priority, then the earlier position.
 */
export function settleOverlaps(mentions: Mention[]): { kept: Mention[]; dropped: DroppedMention[] } {
  const order = [...mentions].sort(
    (a, b) =>
      tier(b) - tier(a) ||
      b.end - b.start - (a.end - a.start) ||
      (b.priority ?? 0) - (a.priority ?? 0) ||
      a.start - b.start ||
      a.label.localeCompare(b.label) ||
      a.name.localeCompare(b.name),
  );
  const kept: Mention[] = [];
  const dropped: DroppedMention[] = [];
  // Which accepted mention covers each character: an overlap check costs the span's length, so
  // settling is linear in the text even for megabytes of candidates.
  let size = 0;
  for (const m of mentions) if (m.end > size) size = m.end;
  const owner = new Int32Array(size).fill(-1);
  const accepted: Mention[] = [];
  const findOverlap = (m: Mention): Mention | undefined => {
    for (let i = Math.max(0, m.start); i < m.end; i++) if (owner[i] >= 0) return accepted[owner[i]];
    return undefined;
  };
  const insert = (m: Mention) => {
    const id = accepted.push(m) - 1;
    for (let i = Math.max(0, m.start); i < m.end; i++) owner[i] = id;
  };
  for (const m of order) {
    if (FREE_LABELS.has(m.label)) {
      kept.push(m);
      continue;
    }
    const hit = findOverlap(m);
    const nestedIn = m.attrs?.nestedIn;
    if (hit && !(nestedIn && hit.name === nestedIn)) {
      const same = hit.label === m.label && hit.name === m.name;
      dropped.push({ mention: m, reason: same ? 'duplicate' : hit.recognizer === 'titled-citation' ? 'inside-title' : 'overlap', detail: `${hit.label} ${hit.name}` });
      continue;
    }
    kept.push(m);
    if (!nestedIn) insert(m);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  return { kept, dropped };
}

function scopeOf(label: EntityLabel, m: Mention, issuer: Issuer | null): string | null {
  const s = m.attrs?.scope;
  if (label === 'Person') {
    if (typeof s === 'string') return s;
    return issuer?.code ?? issuer?.name ?? null;
  }
  // An event named by a level word (全县…会议) is the event of the unit it points at.
  if (label === 'Event' && typeof s === 'string') return s;
  return null;
}

/** An entity while its mentions are merged. */
interface Slot {
  label: EntityLabel;
  id: string;
  name: string;
  mentions: MentionRef[];
  props: NonNullable<ExtractedEntity['props']>;
  kind: string | undefined;
  surfaces: Set<string>;
}

/** The entity of a slot, its fields in a fixed order: id, name, mentions, then props, kind and aliases when present. */
function toEntity(slot: Slot): ExtractedEntity {
  const entity: ExtractedEntity = { id: slot.id, name: slot.name, mentions: slot.mentions };
  if (Object.keys(slot.props).length > 0) entity.props = slot.props;
  if (slot.kind !== undefined) entity.kind = slot.kind;
  if (slot.surfaces.size) entity.aliases = [...slot.surfaces].sort();
  return entity;
}

/**
 * Resolves candidate mentions into entities.
 * @param original the decoded text, so every surface is the original slice at its offsets
 */
export function resolveMentions(mentions: Mention[], issuer: Issuer | null, original: string): ResolvedMentions {
  const { kept, dropped } = settleOverlaps(mentions);
  const byId = new Map<string, Slot>();
  const accepted: { mention: Mention; id: string }[] = [];
  for (const m of kept) {
    const name = m.label === 'Document' ? m.name : unquote(m.name);
    const scope = scopeOf(m.label, m, issuer);
    const id = makeEntityId(m.label, name, scope);
    let slot = byId.get(id);
    if (!slot) {
      slot = { label: m.label, id, name, mentions: [], props: {}, kind: undefined, surfaces: new Set() };
      byId.set(id, slot);
    }
    const props = slot.props;
    const attrs = m.attrs ?? {};
    for (const k in attrs) {
      const v = attrs[k];
      if (k === 'nestedIn' || v === null || v === undefined) continue;
      if (k === 'kind' || k === 'category') {
        if (!slot.kind && typeof v === 'string') slot.kind = v;
        continue;
      }
      if (k === 'roles' && Array.isArray(v)) {
        const prev = (props.roles as string[] | undefined) ?? [];
        props.roles = [...new Set([...prev, ...v])];
        continue;
      }
      if (k === 'value' || k === 'unit') continue;
      if (props[k] === undefined || props[k] === null) props[k] = v;
    }
    if (scope) props.scope = scope;
    if (m.label === 'Indicator' && typeof attrs.unit === 'string' && !props.unit) props.unit = attrs.unit;
    const surface = original.slice(m.start, m.end);
    const ref: MentionRef = { surface, start: m.start, end: m.end, passage: m.passage, recognizer: m.recognizer };
    if (m.label === 'Indicator') {
      if (typeof attrs.value === 'number') ref.value = attrs.value;
      if (typeof attrs.unit === 'string') ref.unit = attrs.unit;
    }
    slot.mentions.push(ref);
    const alias = unquote(surface).replace(/\s+/g, '');
    if (alias !== name) slot.surfaces.add(alias);
    accepted.push({ mention: m, id });
  }
  const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, [] as ExtractedEntity[]])) as Record<EntityLabel, ExtractedEntity[]>;
  for (const slot of byId.values()) entities[slot.label].push(toEntity(slot));
  for (const l of ENTITY_LABELS) entities[l].sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.id.localeCompare(b.id));
  return { entities, dropped, accepted };
}
