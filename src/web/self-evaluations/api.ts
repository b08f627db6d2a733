import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Evaluation, evaluationSummary, scoreBody } from "../../domain/self-evaluations/schema.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { uploadFile } from "../api/upload.ts";

export type { Evaluation };
export type EvaluationSummary = z.infer<typeof evaluationSummary>;
export type Item = Evaluation["items"][number];

const BASE = "/api/self-evaluations";
const key = ["self-evaluations"] as const;

export const fileUrl = (id: number, fileId: number) => `${BASE}/${id}/files/${fileId}`;

export function useEvaluations() {
  return useQuery({
    queryKey: [...key, "list"],
    queryFn: async () => (await apiGet<{ items: EvaluationSummary[] }>(BASE)).items,
  });
}

export function useEvaluation(id: number) {
  return useQuery({ queryKey: [...key, "one", id], queryFn: () => apiGet<Evaluation>(`${BASE}/${id}`) });
}

function useChange<V, R>(send: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const useCreateEvaluation = () =>
  useChange((year: number) => apiSend<Evaluation>("POST", BASE, { year }));
export const useScore = (id: number) =>
  useChange(({ itemId, body }: { itemId: number; body: z.input<typeof scoreBody> }) =>
    apiSend<Evaluation>("PUT", `${BASE}/${id}/items/${itemId}`, body),
  );
export const useAddFile = (id: number, language: string) =>
  useChange(({ itemId, file }: { itemId: number; file: File }) =>
    uploadFile(`${BASE}/${id}/items/${itemId}/files`, file, language),
  );
export const useSignOff = (id: number) =>
  useChange(() => apiSend<Evaluation>("POST", `${BASE}/${id}/sign-off`));
