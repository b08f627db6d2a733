import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarDay } from "../../domain/calendar/business-calendar.ts";
import type { ListedCalendarDay } from "../../domain/calendar/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";

const key = ["calendar"] as const;

export function useCalendarDays(year: number) {
  return useQuery({
    queryKey: [...key, year],
    queryFn: () =>
      apiGet<{ items: ListedCalendarDay[] }>("/api/calendar/days", { year }).then((r) => r.items),
  });
}

export function useSetCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, ...body }: CalendarDay) => apiSend("PUT", `/api/calendar/days/${date}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useClearCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => apiSend("DELETE", `/api/calendar/days/${date}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
