import { relationships, stages, tiers, type ListQuery, type Relationship, type Stage, type Tier } from './types';

/** What a contact or account list shows, as kept in the page's URL so a view can be shared and the back button works. */
export interface ListFilters {
  q: string;
  tier?: Tier | undefined;
  stage?: Stage | undefined;
  relationship?: Relationship | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  tag?: string | undefined;
  sort?: 'name' | 'createdAt' | 'updatedAt' | undefined;
  dir?: 'asc' | 'desc' | undefined;
  deleted: boolean;
}

/** The filters a user can set and clear one by one (search, sort and trash are controlled elsewhere). */
export const filterKeys = ['tier', 'stage', 'relationship', 'ownerId', 'teamId', 'tag'] as const;
export type FilterKey = (typeof filterKeys)[number];

const sorts = ['name', 'createdAt', 'updatedAt'] as const;
const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
const text = (value: string | null) => (value && value.trim() ? value.trim() : undefined);

/** Reads the filters from URL search params; unknown or malformed values are ignored rather than sent to the API. */
export function readFilters(params: URLSearchParams): ListFilters {
  return {
    q: params.get('q') ?? '',
    tier: pick(params.get('tier'), tiers),
    stage: pick(params.get('stage'), stages),
    relationship: pick(params.get('relationship'), relationships),
    ownerId: text(params.get('owner')),
    teamId: text(params.get('team')),
    tag: text(params.get('tag')),
    sort: pick(params.get('sort'), sorts),
    dir: pick(params.get('dir'), ['asc', 'desc'] as const),
    deleted: params.get('trash') === '1',
  };
}

/** The URL search params for a set of filters: only what is set, with short, readable names. */
export function writeFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && params.set(key, value);
  set('q', filters.q.trim() || undefined);
  set('tier', filters.tier);
  set('stage', filters.stage);
  set('relationship', filters.relationship);
  set('owner', filters.ownerId);
  set('team', filters.teamId);
  set('tag', filters.tag);
  set('sort', filters.sort);
  set('dir', filters.dir);
  if (filters.deleted) params.set('trash', '1');
  return params;
}

/** The API's query for the list and its CSV export. */
export function toListQuery(filters: ListFilters): ListQuery {
  const query: ListQuery = {};
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.tier) query.tier = filters.tier;
  if (filters.stage) query.stage = filters.stage;
  if (filters.relationship) query.relationship = filters.relationship;
  if (filters.ownerId) query.ownerId = filters.ownerId;
  if (filters.teamId) query.teamId = filters.teamId;
  if (filters.tag) query.tag = filters.tag;
  if (filters.sort) query.sort = filters.sort;
  if (filters.dir) query.dir = filters.dir;
  if (filters.deleted) query.deleted = true;
  return query;
}

/** The same query as plain strings, for download(). */
export function toQueryStrings(query: ListQuery): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === undefined || v === null ? undefined : String(v)]));
}

export function activeFilters(filters: ListFilters): FilterKey[] {
  return filterKeys.filter((key) => filters[key] !== undefined);
}
