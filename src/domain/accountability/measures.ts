import { MEASURES, type Measure, type RecordKind } from "./vocabulary.ts";

/** Whether a measure belongs to the kind of record: no "bonus" on an accountability record. */
export const measureFits = (kind: RecordKind, measure: Measure) =>
  (MEASURES[kind] as readonly string[]).includes(measure);
