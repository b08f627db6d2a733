import { keepPreviousData, type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import { apiGet, type Page } from "./client.ts";

/**
 * A keyset-paginated list a page at a time ("load more"): each page asks for the rows after the previous
 * page's cursor. `keepPrevious` keeps the old rows on screen while a changed filter loads.
 */
export function useKeysetList<T>(
  queryKey: QueryKey,
  path: string,
  /** The list's filters, sent as the query string beside limit and cursor. */
  params: object,
  limit: number,
  { keepPrevious = true } = {},
) {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => apiGet<Page<T>>(path, { ...params, limit, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}
