import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { DiscStyle } from "../../domain/training/disc.ts";
import type { evaluateDrillBody } from "../../domain/training/drill-schema.ts";
import type {
  createQuestionBody,
  createQuizBody,
  createSessionBody,
  discQuestions,
  discResultSchema,
  question,
  questionDrafts,
  questionSources,
  quizAttempt,
  quizDetail,
  quizResults,
  quizSummary,
  sessionDetail,
  sessionPlaybook,
  sessionSummary,
  signInCode,
  signInResult,
  TrainingRecord,
} from "../../domain/training/schema.ts";
import type { MaterialKind } from "../../domain/training/vocabulary.ts";
import { apiGet, apiSend } from "../api/client.ts";
import { uploadFile } from "../api/upload.ts";
import { incidentsKey } from "../incidents/api.ts";

export type SessionSummary = z.infer<typeof sessionSummary>;
export type SessionDetail = z.infer<typeof sessionDetail>;
export type Question = z.infer<typeof question>;
export type QuestionDraft = z.infer<typeof questionDrafts>["items"][number];
export type QuizSummary = z.infer<typeof quizSummary>;
export type QuizDetail = z.infer<typeof quizDetail>;
export type QuizAttempt = z.infer<typeof quizAttempt>;
export type QuizResults = z.infer<typeof quizResults>;
export type { TrainingRecord };

const key = ["training"] as const;

export const useSessions = () =>
  useQuery({
    queryKey: [...key, "sessions"],
    queryFn: async () => (await apiGet<{ items: SessionSummary[] }>("/api/training/sessions")).items,
  });

/** A session, refreshed while its page is open so that sign-ins appear as people scan. */
export const useSession = (id: number) =>
  useQuery({
    queryKey: [...key, "session", id],
    queryFn: () => apiGet<SessionDetail>(`/api/training/sessions/${id}`),
    refetchInterval: 10_000,
  });

/** The QR token, fetched again a minute before it runs out. */
export const useSignInCode = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: [...key, "code", id],
    queryFn: () => apiGet<z.infer<typeof signInCode>>(`/api/training/sessions/${id}/sign-in-code`),
    enabled,
    refetchInterval: 4 * 60_000,
  });

export const useQuestions = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, "questions"],
    queryFn: async () => (await apiGet<{ items: Question[] }>("/api/training/questions")).items,
    enabled,
  });

/** What can be drafted from or linked, as it applies at `orgUnitId` (a session's unit; the caller's when left out). */
export const useQuestionSources = (kind: MaterialKind, orgUnitId?: number) =>
  useQuery({
    queryKey: [...key, "question-sources", kind, orgUnitId],
    queryFn: async () =>
      (await apiGet<z.infer<typeof questionSources>>("/api/training/question-sources", { kind, orgUnitId }))
        .items,
  });

/** A playbook the session links, in the version it keeps; fetched when the reader opens it. */
export const useSessionPlaybook = (sessionId: number, versionId: number | undefined) =>
  useQuery({
    queryKey: [...key, "session-playbook", sessionId, versionId],
    queryFn: () =>
      apiGet<z.infer<typeof sessionPlaybook>>(`/api/training/sessions/${sessionId}/playbooks/${versionId}`),
    enabled: versionId !== undefined,
  });

export const useQuestionDrafts = (kind: MaterialKind, ref: string | undefined) =>
  useQuery({
    queryKey: [...key, "question-drafts", kind, ref],
    queryFn: () => apiGet<z.infer<typeof questionDrafts>>("/api/training/question-drafts", { kind, ref }),
    enabled: ref !== undefined,
  });

export const useQuizzes = () =>
  useQuery({
    queryKey: [...key, "quizzes"],
    queryFn: async () => (await apiGet<{ items: QuizSummary[] }>("/api/training/quizzes")).items,
  });

export const useQuiz = (id: number) =>
  useQuery({
    queryKey: [...key, "quiz", id],
    queryFn: () => apiGet<QuizDetail>(`/api/training/quizzes/${id}`),
  });

export const useQuizResults = (id: number | null) =>
  useQuery({
    queryKey: [...key, "results", id],
    queryFn: () => apiGet<QuizResults>(`/api/training/quizzes/${id}/results`),
    enabled: id !== null,
  });

export const useRecord = (userId: number, year: number) =>
  useQuery({
    queryKey: [...key, "record", userId, year],
    queryFn: () => apiGet<TrainingRecord>(`/api/training/records/${userId}`, { year }),
  });

function useTrainingMutation<B, R>(send: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const useCreateSession = () =>
  useTrainingMutation((body: z.input<typeof createSessionBody>) =>
    apiSend<SessionDetail>("POST", "/api/training/sessions", body),
  );
export const useSignIn = () =>
  useTrainingMutation((token: string) =>
    apiSend<z.infer<typeof signInResult>>("POST", "/api/training/sign-in", { token }),
  );
export const sessionFileUrl = (id: number, fileId: number) => `/api/training/sessions/${id}/files/${fileId}`;
export const useUploadSessionFile = (id: number, language: string) =>
  useTrainingMutation((file: File) => uploadFile(`/api/training/sessions/${id}/files`, file, language));
export const useRemoveSessionFile = (id: number) =>
  useTrainingMutation((fileId: number) => apiSend("DELETE", sessionFileUrl(id, fileId)));
export const useCreateQuestion = () =>
  useTrainingMutation((body: z.input<typeof createQuestionBody>) =>
    apiSend<Question>("POST", "/api/training/questions", body),
  );
export const useCreateQuiz = () =>
  useTrainingMutation((body: z.input<typeof createQuizBody>) =>
    apiSend<QuizDetail>("POST", "/api/training/quizzes", body),
  );
export const useSubmitQuiz = (id: number) =>
  useTrainingMutation((answers: Record<string, number[]>) =>
    apiSend<QuizAttempt>("POST", `/api/training/quizzes/${id}/attempts`, { answers }),
  );

/** Evaluating a drill changes the drill calendar, which the incidents pages hold. */
export function useEvaluateDrill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof evaluateDrillBody>) =>
      apiSend("POST", "/api/training/drill-evaluations", body),
    onSuccess: () => client.invalidateQueries({ queryKey: incidentsKey }),
  });
}

type MyDisc = { result: z.infer<typeof discResultSchema> | null };

export const useDiscQuestions = () =>
  useQuery({
    queryKey: [...key, "disc", "questions"],
    queryFn: () => apiGet<z.infer<typeof discQuestions>>("/api/training/disc/questions"),
  });

export const useMyDisc = () =>
  useQuery({ queryKey: [...key, "disc", "me"], queryFn: () => apiGet<MyDisc>("/api/training/disc/me") });

export const useSubmitDisc = () =>
  useTrainingMutation((answers: Record<string, DiscStyle>) =>
    apiSend("POST", "/api/training/disc", { answers }),
  );

export const useShareDisc = () =>
  useTrainingMutation((shared: boolean) => apiSend<MyDisc>("PUT", "/api/training/disc/me/share", { shared }));
