import { findPersonalData } from "../../src/domain/reports/privacy";
import { readFixture } from "./fixtures";

/** tests/fixtures/privacy: texts that must be flagged and texts that must not, one a line (# starts a comment). */
export function privacyCorpus(): { flagged: string[]; clean: string[] } {
  const lines = (name: string) => readFixture("privacy", name).split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  return { flagged: lines("flagged.txt"), clean: lines("clean.txt") };
}

/** The detector on the corpus: the texts it misses and the clean texts it flags, with recall and false-positive rate. */
export function privacyScore(): { flagged: number; clean: number; missed: string[]; falseAlarms: string[]; recall: number; falsePositiveRate: number } {
  const { flagged, clean } = privacyCorpus();
  const missed = flagged.filter((t) => findPersonalData(t).length === 0);
  const falseAlarms = clean.filter((t) => findPersonalData(t).length > 0);
  return {
    flagged: flagged.length,
    clean: clean.length,
    missed,
    falseAlarms,
    recall: (flagged.length - missed.length) / flagged.length,
    falsePositiveRate: falseAlarms.length / clean.length,
  };
}
