/**
 * How a KS demand starts. KS writes its demands as imperatives addressed to the Storting ("Styrke …",
 * "Sikre at …", "Unngå …"); a paragraph that starts with one of these verbs, or with "<actor> bør …",
 * is a demand heading. The list holds the verbs of the 2021 document plus common ones of the same genre,
 * so a second KS document of the same kind parses without a code change; a document may add its own verbs
 * in its metadata (`headingVerbs`).
 */
export const HEADING_VERBS: readonly string[] = [
  // Used in "Kommunesektorens forventninger til nytt Storting" (2021).
  'Arbeide',
  'Beskytte',
  'Bygge',
  'Flytte',
  'Forsterke',
  'Følge',
  'Få',
  'Gi',
  'Gjennomføre',
  'Gå',
  'Innrette',
  'Ivareta',
  'Legge',
  'Prioritere',
  'Ramme',
  'Redusere',
  'Sikre',
  'Stille',
  'Stimulere',
  'Styrke',
  'Styrket',
  'Støtte',
  'Sørge',
  'Ta',
  'Unngå',
  'Utnytte',
  'Utrede',
  'Utvikle',
  'Vektlegge',
  'Videreføre',
  'Videreutvikle',
  'Være',
  // Common in KS demands elsewhere.
  'Avvikle',
  'Beholde',
  'Bevare',
  'Bidra',
  'Desentralisere',
  'Endre',
  'Etablere',
  'Evaluere',
  'Fastsette',
  'Fjerne',
  'Forenkle',
  'Fullfinansiere',
  'Gjennomgå',
  'Hindre',
  'Innføre',
  'Kompensere',
  'Lovfeste',
  'Opprettholde',
  'Overføre',
  'Prøve',
  'Satse',
  'Sette',
  'Tilrettelegge',
  'Vurdere',
  'Øke',
];

/** Demands phrased as "<actor> bør …" ("Kommuner og fylkeskommuner bør i større grad få styre …"). */
const MODAL_DEMAND =
  /^(?:Kommuner|Kommunene|Fylkeskommuner|Fylkeskommunene|Kommunesektoren|Staten|Regjeringen|Stortinget)\b[^.]{0,60}\bbør\b/u;

export function firstWord(text: string): string {
  return /^[\p{L}]+/u.exec(text)?.[0] ?? '';
}

export function isDemandStart(text: string, verbs: ReadonlySet<string>): boolean {
  return verbs.has(firstWord(text)) || MODAL_DEMAND.test(text);
}

/**
 * A heading whose first letter was lost in the extraction ("egge til rette …" for "Legge til rette …"):
 * returns the repaired text, or null if the text does not start with a verb missing its first letter.
 */
export function restoreLostInitial(text: string, verbs: ReadonlySet<string>): string | null {
  const word = firstWord(text);
  if (!word || !/^\p{Ll}/u.test(word)) return null;
  for (const verb of verbs) {
    if (verb.length === word.length + 1 && verb.slice(1) === word) return verb[0] + text;
  }
  return null;
}
