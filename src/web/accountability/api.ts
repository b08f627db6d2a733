import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { accountabilityRecord, createRecordBody } from "../../domain/accountability/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";

export type AccountabilityRecord = z.infer<typeof accountabilityRecord>;

const key = ["accountability"] as const;

export const useRecords = () =>
  useQuery({
    queryKey: key,
    queryFn: async () =>
      (await apiGet<{ items: AccountabilityRecord[] }>("/api/accountability/records")).items,
  });

export function useCreateRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createRecordBody>) =>
      apiSend<AccountabilityRecord>("POST", "/api/accountability/records", body),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
