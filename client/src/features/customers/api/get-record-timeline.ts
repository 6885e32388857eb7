import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { EntityKind, Page, TimelineItem } from '../model/types';
import { customerKeys } from './keys';

/** GetContactTimeline / GetAccountTimeline: the 360° timeline from every module, newest first; `kinds` comma-separated. */
export const recordTimelineOptions = (kind: EntityKind, id: string, kinds: string) =>
  infiniteQueryOptions({
    queryKey: customerKeys.timeline(kind, id, kinds),
    queryFn: ({ pageParam, signal }): Promise<Page<TimelineItem>> => {
      const params = { path: { id }, query: { cursor: pageParam, limit: 25, kinds: kinds || undefined } };
      return kind === 'contacts'
        ? unwrap(api.GET('/api/v1/customers/contacts/{id}/timeline', { params, signal }))
        : unwrap(api.GET('/api/v1/customers/accounts/{id}/timeline', { params, signal }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useRecordTimeline = (kind: EntityKind, id: string, kinds: string) => useInfiniteQuery(recordTimelineOptions(kind, id, kinds));
