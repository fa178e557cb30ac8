/**
 * Turns the list of changes into what people read: one line per change, with where it happens
 * ("— `POST /v1/generate` answers 400, 401"), similar changes on one line, grouped by class.
 * The same lines go to the terminal, the changeset and so the CHANGELOG.
 */
import type { AcceptedBreak, ApiChange, ChangeClass } from "./types.ts";

export interface ChangeLine {
  class: ChangeClass;
  text: string;
  /** operation → parts ("request", "answer 400") */
  places: Map<string, Set<string>>;
  /** The single-change texts folded into this line (what an accepted-break entry names). */
  changes: string[];
  accepted?: AcceptedBreak;
  /** Why the class differs from api-smart-diff's verdict, when it does. */
  reclassified?: string;
}

export const classOrder: ChangeClass[] = ["breaking", "non-breaking", "annotation"];
export const classTitles: Record<ChangeClass, string> = {
  breaking: "Breaking",
  "non-breaking": "Non-breaking",
  annotation: "Annotation-only",
};

interface Draft extends Omit<ChangeLine, "text"> {
  owners: string[];
  words: string;
  values: string[];
}

const placesKey = (places: Map<string, Set<string>>) =>
  JSON.stringify([...places].map(([where, parts]) => [where, [...parts].sort()]).sort());

/** Merges drafts that agree on everything `key` looks at, with `fold` combining a draft into the first. */
function fold(drafts: Draft[], key: (draft: Draft) => string, combine: (into: Draft, draft: Draft) => void): Draft[] {
  const first = new Map<string, Draft>();
  const out: Draft[] = [];
  for (const draft of drafts) {
    const existing = first.get(key(draft));
    if (existing) {
      combine(existing, draft);
      existing.changes.push(...draft.changes.filter((change) => !existing.changes.includes(change)));
    } else {
      first.set(key(draft), draft);
      out.push(draft);
    }
  }
  return out;
}

const common = (draft: Draft) => `${draft.class}\u0000${placesKey(draft.places)}\u0000${draft.accepted?.reason ?? ""}\u0000${draft.reclassified ?? ""}`;
const valuesText = (draft: Draft) => (draft.values.length ? `${draft.words} ${draft.values.join(", ")}` : draft.words);

/**
 * One line per distinct change, then similar changes on one line: several values of one thing
 * ("accepts `a`, `b`"), then the same change in several alternatives ("… (model `a`; model `b`)").
 */
export function groupChanges(changes: ApiChange[], accepted: AcceptedBreak[] = []): ChangeLine[] {
  // 1. The same change in several places: one draft, with every place.
  const byText = new Map<string, Draft>();
  for (const change of changes) {
    const key = `${change.class}\u0000${change.text}`;
    let draft = byText.get(key);
    if (!draft) {
      const entry = change.class === "breaking" ? accepted.find((item) => item.change === change.text) : undefined;
      draft = {
        class: change.class,
        owners: change.owner ? [change.owner] : [],
        words: change.words,
        values: change.value ? [change.value] : [],
        places: new Map(),
        changes: [change.text],
        ...(entry ? { accepted: entry } : {}),
        ...(change.reclassified ? { reclassified: change.reclassified } : {}),
      };
      byText.set(key, draft);
    }
    if (change.where !== "components") {
      const parts = draft.places.get(change.where) ?? new Set<string>();
      if (change.part) parts.add(change.part);
      draft.places.set(change.where, parts);
    }
  }
  // 2. Values: "accepts `a`" + "accepts `b`" → "accepts `a`, `b`".
  const withValues = fold(
    [...byText.values()],
    (draft) => (draft.values.length ? `${common(draft)}\u0000${draft.owners.join()}\u0000${draft.words}` : `single\u0000${draft.changes[0]}`),
    (into, draft) => into.values.push(...draft.values),
  );
  // 3. Alternatives: the same change in several request shapes.
  const withOwners = fold(
    withValues,
    (draft) => (draft.owners.length ? `${common(draft)}\u0000${valuesText(draft)}` : `single\u0000${draft.changes.join()}`),
    (into, draft) => into.owners.push(...draft.owners.filter((owner) => !into.owners.includes(owner))),
  );
  return withOwners.map(({ owners, words: _words, values: _values, ...line }) => {
    const base = valuesText({ owners, words: _words, values: _values, ...line });
    const text = owners.length === 0 ? base : owners.length === 1 ? `${owners[0]}: ${base}` : `${base} (${owners.join("; ")})`;
    return { ...line, text };
  });
}

function formatParts(parts: Set<string>): string {
  const isAnswer = (part: string) => /^answer \d+$/.test(part);
  const answers = [...parts].filter(isAnswer).map((part) => part.slice("answer ".length)).sort();
  const others = [...parts].filter((part) => !isAnswer(part)).sort();
  const answerText = answers.length === 0 ? [] : [`${answers.length === 1 ? "answer" : "answers"} ${answers.join(", ")}`];
  return [...others, ...answerText].join(", ");
}

/** "— `POST /v1/generate` request; `GET /v1/user` answers 401, 429" */
export function formatPlaces(places: Map<string, Set<string>>): string {
  if (places.size === 0) return "";
  const text = [...places]
    .map(([where, parts]) => [where, formatParts(parts)].filter(Boolean).join(" "))
    .join("; ");
  return ` — ${text}`;
}

export const renderLine = (line: ChangeLine): string => `${line.text}${formatPlaces(line.places)}`;

/** For the terminal: the line, and why it is not in api-smart-diff's class when it is not. */
export const renderLineWithReason = (line: ChangeLine): string =>
  line.reclassified ? `${renderLine(line)}\n    (${line.reclassified})` : renderLine(line);

/** Markdown for a changeset body (and so the CHANGELOG): a list per class that has changes. */
export function renderMarkdown(lines: ChangeLine[], baseline: { name: string; version: string }): string {
  const list = (title: string, items: ChangeLine[], render: (line: ChangeLine) => string) =>
    items.length ? `${title}:\n\n${items.map((line) => `- ${render(line)}`).join("\n")}` : "";
  const open = (kind: ChangeClass) => lines.filter((line) => line.class === kind && !line.accepted);
  const sections = [
    list(classTitles.breaking, open("breaking"), renderLine),
    list(
      "Breaking, accepted",
      lines.filter((line) => line.accepted),
      (line) => `${renderLine(line)} (${line.accepted!.reason})`,
    ),
    list(classTitles["non-breaking"], open("non-breaking"), renderLine),
    list(classTitles.annotation, open("annotation"), renderLine),
  ].filter(Boolean);
  return [`API changes since \`${baseline.name}\` ${baseline.version}, from the contract diff:`, ...sections].join("\n\n");
}
