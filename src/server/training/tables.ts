import type { Generated } from "kysely";
import type { DiscStyle } from "../../domain/training/disc.ts";
import type { QuestionKind, SessionKind } from "../../domain/training/vocabulary.ts";

type Timestamp = string;

/** 晨会, 夕会 … held for the staff of `org_unit_id`'s subtree; `materials_json` is [{kind, ref}]. */
export interface TrainingSessionTable {
  id: Generated<number>;
  ref: string;
  org_unit_id: number;
  kind: SessionKind;
  topic: string;
  trainer_id: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  notes: string;
  materials_json: string;
  /** Signs the session's sign-in tokens; never sent to a browser. */
  sign_in_key: string;
  created_by: number;
  created_at: Timestamp;
}

/** A file uploaded to a session; its type is read from its bytes when uploaded. */
export interface TrainingSessionFileTable {
  id: Generated<number>;
  session_id: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface TrainingAttendanceTable {
  session_id: number;
  user_id: number;
  signed_at: Timestamp;
}

export interface QuizQuestionTable {
  id: Generated<number>;
  org_unit_id: number;
  kind: QuestionKind;
  text: string;
  options_json: string;
  correct_json: string;
  explanation: string;
  created_by: number;
  created_at: Timestamp;
}

export interface QuizTable {
  id: Generated<number>;
  org_unit_id: number;
  title: string;
  session_id: number | null;
  roles_json: string;
  due_at: Timestamp | null;
  question_ids_json: string;
  created_by: number;
  created_at: Timestamp;
}

/** One attempt per person and quiz, graded when submitted. */
export interface QuizAttemptTable {
  quiz_id: number;
  user_id: number;
  answers_json: string;
  results_json: string;
  score: number;
  right_count: number;
  total: number;
  submitted_at: Timestamp;
}

/** The evaluation that closes a drill (演练讲评). */
export interface DrillEvaluationTable {
  incident_id: number;
  step_scores_json: string;
  score: number;
  ack_minutes: number | null;
  stabilise_minutes: number | null;
  ack_target_minutes: number;
  stabilise_target_minutes: number;
  went_wrong: string;
  participants_json: string;
  evaluated_by: number;
  evaluated_at: Timestamp;
}

/** A person's latest DISC self-test (知己); `shared` 1 lets their managers read it. */
export interface DiscResultTable {
  user_id: number;
  answers_json: string;
  scores_json: string;
  style: DiscStyle;
  shared: number;
  taken_at: Timestamp;
}

export interface TrainingTables {
  training_sessions: TrainingSessionTable;
  training_attendance: TrainingAttendanceTable;
  training_session_files: TrainingSessionFileTable;
  quiz_questions: QuizQuestionTable;
  quizzes: QuizTable;
  quiz_attempts: QuizAttemptTable;
  drill_evaluations: DrillEvaluationTable;
  disc_results: DiscResultTable;
}
