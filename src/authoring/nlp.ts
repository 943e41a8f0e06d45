import nlp from 'compromise/two';

/**
 * The one door to compromise (part-of-speech tags, verb phrases, conjugation, names of people)
 * for the drafting modules, typed to what they use. compromise parses in the browser with no model
 * to download; it lives in the editor's bundle and the command line, never in the viewer's.
 */

/** One word as compromise read it, with its offsets in the text it came from. */
export interface Term {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Lower case, without accents: "tomás" → "tomas". */
  normal: string;
  /** Punctuation and space before and after the word ("“", ", "). */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Offset of the word in the text; `end` is exclusive. */
  start: number;
  end: number;
}

/** A verb phrase ("has completed", "would not wed", "was built") as term indices, with its grammar. */
export interface VerbPhrase {
  /** First and last term (inclusive) of the phrase. */
  first: number;
  last: number;
  /** The main verb's term index ("completed" in "has completed"). */
  root: number;
  /** "complete" for "has completed". */
  infinitive: string;
  auxiliary: string;
  negative: boolean;
  /** compromise's form: "simple-past", "present-perfect", "modal-infinitive", "gerund-phrase", "passive-past", … */
  form: string;
  passive: boolean;
}

export interface Parse {
  text: string;
  terms: Term[];
  verbs: VerbPhrase[];
}

interface RawTerm {
  text: string;
  normal?: string;
  pre: string;
  post: string;
  tags: Iterable<string>;
}

const plain = (word: string) => word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const cache = new Map<string, Parse>();

/** The terms and verb phrases of a text; parses are cached (one sentence is asked about for each of its dates). */
export function parse(text: string): Parse {
  const cached = cache.get(text);
  if (cached) return cached;
  return remember(text, termsOf(text));
}

/**
 * Parses many sentences in one call and keeps each one's parse: compromise tags a batch of
 * sentences in about half the time it takes to tag them one by one.
 */
export function parseSentences(sentences: readonly string[]): void {
  const missing = [...new Set(sentences.filter((s) => s && !cache.has(s)))];
  if (missing.length === 0) return;
  // A blank line keeps compromise from joining two sentences into one.
  const joined = missing.join('\n\n');
  const all = termsOf(joined);
  let at = 0;
  let k = 0;
  for (const sentence of missing) {
    const end = at + sentence.length;
    const terms: Term[] = [];
    for (; k < all.length && all[k].start < end; k++) {
      if (all[k].start >= at) terms.push({ ...all[k], start: all[k].start - at, end: all[k].end - at });
    }
    remember(sentence, terms);
    at = end + 2;
  }
}

/** compromise's words with their offsets, found in the text itself (its pre + text + post spelling). */
function termsOf(text: string): Term[] {
  const terms: Term[] = [];
  let at = 0;
  for (const sentence of nlp(text).docs as unknown as RawTerm[][]) {
    for (const t of sentence) {
      // compromise expands "3-1" into extra empty terms.
      if (!t.text) continue;
      const start = text.indexOf(t.text, at);
      if (start === -1) continue;
      at = start + t.text.length;
      terms.push({ text: t.text, normal: plain(t.normal ?? t.text), pre: t.pre, post: t.post, tags: new Set(t.tags), start, end: at });
    }
  }
  return terms;
}

/** Nouns that take a plural verb without a plural ending ("Police cut the power"). */
export const PLURAL_WITHOUT_S = new Set(['police', 'people', 'cattle', 'personnel', 'clergy', 'militia']);

function remember(text: string, terms: Term[]): Parse {
  nounsAndAdjectives(terms);
  const verbs = verbPhrases(terms);
  objectNouns(terms, verbs);
  // "Dock workers voted …", "Storm hits", "Work on the probe began …": a sentence-initial "imperative" is a noun
  // when a noun or a later verb follows.
  const opening = verbs[0]?.first === 0 ? verbs[0] : undefined;
  const laterTense = verbs.some((v) => v !== opening && carriesTense(v));
  // "State regulators closed …": a bare present before a noun and a later verb is that noun's modifier.
  const bareBeforeNoun = opening?.form === 'simple-present' && opening.last === 0 && terms[0].tags.has('Infinitive') && laterTense;
  const nounNext = terms[1]?.tags.has('Noun') && !terms[1].tags.has('Pronoun');
  if (opening && ((opening.form === 'imperative' && (nounNext || (terms[1]?.tags.has('Preposition') && laterTense))) || (bareBeforeNoun && nounNext))) {
    terms[0] = { ...terms[0], tags: new Set([...terms[0].tags].filter((x) => x !== 'Verb' && x !== 'Imperative').concat('Noun')) };
    verbs.shift();
  }
  if (!verbs.some((v) => carriesTense(v) && terms[v.first - 1]?.normal !== 'to')) rescueVerb(terms, verbs);
  addGerunds(terms, verbs);
  const result = { text, terms, verbs };
  if (cache.size > 2_000) cache.clear();
  cache.set(text, result);
  return result;
}

const retag = (t: Term, drop: string[], add: string[]): Term => ({ ...t, tags: new Set([...t.tags].filter((x) => !drop.includes(x)).concat(add)) });
const VERB_TAGS = ['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Participle', 'Gerund', 'Imperative', 'PhrasalVerb', 'Passive'];

/**
 * Words compromise tags as verbs that the words around make a noun or an adjective: after "a",
 * "the", "his" ("a 3-1 win", "his role"), and a participle between a determiner or number and a
 * noun ("eleven unbeaten games", "armed factions").
 */
function nounsAndAdjectives(terms: Term[]): void {
  const determiner = (t: Term | undefined) => t !== undefined && (t.tags.has('Determiner') || (t.tags.has('Possessive') && t.tags.has('Pronoun'))) && !['that', 'which', 'this', 'these', 'those'].includes(t.normal);
  // "a converted fishing trawler", "the rising prices": an "-ing" word inside a noun phrase, before its noun.
  for (let i = terms.length - 2; i >= 1; i--) {
    const t = terms[i];
    const before = terms[i - 1];
    const next = terms[i + 1];
    if (!t.tags.has('Gerund') || !next.tags.has('Noun') || next.tags.has('Pronoun') || /[,;:]/.test(before.post)) continue;
    if (determiner(before) || before.tags.has('Adjective') || before.tags.has('Participle') || (before.tags.has('PastTense') && determiner(terms[i - 2]))) terms[i] = retag(t, VERB_TAGS, ['Adjective']);
  }
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    if (!t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || /[,;:]/.test(terms[i - 1].post)) continue;
    const before = terms[i - 1];
    // Walk back over numbers and adjectives: "a 3-1 win", "eleven unbeaten games".
    let k = i - 1;
    let counted = false;
    while (k >= 0 && (terms[k].tags.has('Value') || terms[k].tags.has('Adjective')) && !/[,;:]/.test(terms[k].post)) {
      counted ||= terms[k].tags.has('Cardinal');
      k--;
    }
    // A count after a preposition or determiner ("of eleven unbeaten games"), not "Engineers first warned".
    const opensPhrase = k < 0 || terms[k].tags.has('Preposition') || determiner(terms[k]);
    const led = determiner(before) || (k < i - 1 && (determiner(terms[k]) || (counted && opensPhrase)));
    const next = terms[i + 1];
    const modifies = next !== undefined && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun') && !next.tags.has('Possessive');
    if ((t.tags.has('Participle') || t.tags.has('PastTense')) && modifies && (led || before.tags.has('Value'))) terms[i] = retag(t, VERB_TAGS, ['Adjective']);
    // "The firm lifted the rates": one "adjective" between "the" and a past with an object is the subject noun.
    else if (k === i - 2 && determiner(terms[k]) && before.tags.has('Adjective') && t.tags.has('PastTense') && determiner(next)) terms[i - 1] = retag(before, ['Adjective'], ['Noun', 'Singular']);
    else if (led && !t.tags.has('Gerund')) terms[i] = retag(t, VERB_TAGS, ['Noun']);
  }
  // "Mixed doubles team", "Rising prices hit": an "-s" word after the opening adjectives and before a noun is a plural noun, since an adjective alone is no subject.
  let k = 0;
  while (k < terms.length && terms[k].tags.has('Adjective') && !terms[k].tags.has('Verb') && !/[,;:]/.test(terms[k].post)) k++;
  const opening = terms[k];
  if (k > 0 && opening?.tags.has('PresentTense') && /s$/.test(opening.normal) && !opening.tags.has('Auxiliary') && !opening.tags.has('Copula') && terms[k + 1]?.tags.has('Noun') && !terms[k + 1].tags.has('Pronoun')) terms[k] = retag(opening, VERB_TAGS, ['Noun', 'Plural']);
  // "the tower block in … caught fire": a bare verb after "the" and a singular noun is a compound noun's last word when a verb follows.
  for (let i = 2; i < terms.length - 1; i++) {
    const t = terms[i];
    const before = terms[i - 1];
    const singularNoun = before.tags.has('Singular') && !before.tags.has('ProperNoun') && !before.tags.has('Pronoun') && !/[,;:]/.test(before.post);
    if (!t.tags.has('Infinitive') || isAuxiliaryTerm(t) || !singularNoun || !determiner(terms[i - 2]) || /[,;:]/.test(t.post) || !terms[i + 1].tags.has('Preposition') && !terms[i + 1].tags.has('Particle')) continue;
    if (terms.slice(i + 1).some((o) => o.tags.has('Verb') && o.tags.has('PastTense') && !o.tags.has('Participle'))) terms[i] = retag(t, VERB_TAGS, ['Noun', 'Singular']);
  }
  // "It last phoned home", "She first joined": a bare verb right before a past is an adverb, since two tensed verbs never stand side by side.
  for (let i = 1; i < terms.length - 1; i++) {
    const t = terms[i];
    const next = terms[i + 1];
    if (!t.tags.has('Infinitive') || !t.tags.has('PresentTense') || isAuxiliaryTerm(t) || /[,;:]/.test(t.post) || !(terms[i - 1].tags.has('Noun') || terms[i - 1].tags.has('Pronoun'))) continue;
    if (next.tags.has('PastTense') && !next.tags.has('Participle') && next.tags.has('Verb')) terms[i] = retag(t, VERB_TAGS, ['Adverb']);
  }
  gerundSubjects(terms);
  sameSpelledPasts(terms);
}

const isAuxiliaryTerm = (t: Term) => t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');

/** "flooding still raged", "Shopping grew": an "-ing" word before a finite verb, with no auxiliary before it, is its subject noun. */
function gerundSubjects(terms: Term[]): void {
  for (let i = 0; i < terms.length - 1; i++) {
    const t = terms[i];
    const before = terms[i - 1];
    if (!t.tags.has('Gerund') || /[,;:]/.test(t.post) || (before && (isVerbTerm(before) || before.tags.has('Preposition')))) continue;
    let k = i + 1;
    while (k < terms.length - 1 && terms[k].tags.has('Adverb') && !/[,;:]/.test(terms[k].post)) k++;
    const next = terms[k];
    const finite = next.tags.has('Verb') && (next.tags.has('PastTense') || next.tags.has('PresentTense')) && !next.tags.has('Gerund') && !next.tags.has('Participle') && !next.tags.has('Auxiliary') && !next.tags.has('Infinitive');
    if (finite) terms[i] = retag(t, VERB_TAGS, ['Noun', 'Singular']);
  }
}

/**
 * compromise reads a past spelled as its infinitive as a noun after a subject ("The ministry cut
 * fuel prices", "The tender cost the city"): it is the verb when no verb comes before it and an
 * object follows (a determiner, or nouns ending in a present "-s" word before a preposition).
 */
function sameSpelledPasts(terms: Term[]): void {
  for (let i = 1; i < terms.length - 1; i++) {
    const t = terms[i];
    const before = terms[i - 1];
    if (terms.slice(0, i).some(isVerbTerm)) return;
    if (!t.tags.has('Noun') || t.tags.has('Verb') || t.tags.has('Plural') || !/^\p{Ll}+$/u.test(t.text) || /[,;:]/.test(before.post) || !(before.tags.has('Noun') || before.tags.has('Adjective')) || before.tags.has('Pronoun')) continue;
    if (!pastIsInfinitive(t.normal)) continue;
    let k = i + 1;
    while (k < terms.length && k <= i + 3 && terms[k].tags.has('Noun') && !terms[k].tags.has('Verb')) k++;
    const after = terms[k + 1];
    const presentObject = k > i + 1 && terms[k]?.tags.has('PresentTense') && /s$/.test(terms[k].normal) && (after === undefined || after.tags.has('Preposition') || /[.,;]/.test(terms[k].post));
    if (!terms[i + 1].tags.has('Determiner') && !presentObject) continue;
    terms[i] = retag(t, ['Noun', 'Singular'], ['Verb', 'PastTense']);
    if (before.tags.has('Adjective') && !before.tags.has('Noun')) terms[i - 1] = retag(before, ['Adjective'], ['Noun', 'Singular']);
    return;
  }
}

// Verbs that take a clause ("said prices rise"), after which a present verb is a verb.
const CLAUSE_TAKING = new Set(['say', 'tell', 'think', 'believe', 'know', 'find', 'show', 'report', 'claim', 'feel', 'argue', 'warn', 'insist', 'expect', 'fear', 'hope', 'suggest', 'note', 'add', 'state', 'announce', 'confirm', 'reveal', 'estimate', 'predict', 'realize', 'realise', 'learn', 'hear', 'see', 'notice', 'admit', 'deny', 'assume', 'understand', 'ensure', 'mean', 'indicate', 'agree', 'decide', 'promise', 'write']);

/**
 * "raised interest rates by …": a present verb ending the object of a past verb is the object's
 * noun (a past story does not switch to the present), unless the verb before takes a clause.
 */
function objectNouns(terms: Term[], verbs: VerbPhrase[]): void {
  for (let n = verbs.length - 1; n >= 1; n--) {
    const v = verbs[n];
    const governing = verbs[n - 1];
    const root = terms[v.root];
    if (v.first !== v.last || v.form !== 'simple-present' || !root.tags.has('PresentTense') || !/s$/.test(root.normal)) continue;
    if (!['simple-past', 'perfect'].includes(governing.form) || governing.passive || CLAUSE_TAKING.has(governing.infinitive) || breaksAfter(terms[governing.last])) continue;
    const between = terms.slice(governing.last + 1, v.first);
    const last = between[between.length - 1];
    const inPhrase = (t: Term) => !breaksAfter(t) && !t.tags.has('Pronoun') && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || (t.tags.has('Determiner') && !['that', 'which', 'this', 'these', 'those'].includes(t.normal)));
    if (between.length === 0 || between.length > 4 || !between.every(inPhrase) || !last.tags.has('Noun') || !/^\p{Ll}/u.test(last.text)) continue;
    terms[v.root] = retag(root, VERB_TAGS, ['Noun', 'Plural']);
    verbs.splice(n, 1);
  }
}

const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const HAVE_FORMS = new Set(['has', 'have', 'had', 'having']);
const NEGATIVE = new Set(['not', "n't", 'never']);

const isVerbTerm = (t: Term) => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
const breaksAfter = (t: Term) => /[,;:()[\]—–"“”]|\s-\s/.test(t.post) || /[.!?]/.test(t.post);

/**
 * Verb phrases from compromise's part-of-speech tags: auxiliaries, "not" and adverbs, the main
 * verb and what follows it in a chain ("began taking apart"). compromise's own `verbs()` gives
 * the same phrases but costs several times a whole parse, so they are put together here.
 */
function verbPhrases(terms: Term[]): VerbPhrase[] {
  const out: VerbPhrase[] = [];
  let i = 0;
  while (i < terms.length) {
    if (!isVerbTerm(terms[i])) {
      i++;
      continue;
    }
    let last = i;
    for (let k = i + 1; k < terms.length && !breaksAfter(terms[k - 1]); k++) {
      const t = terms[k];
      if (isVerbTerm(t) || NEGATIVE.has(t.normal) || t.tags.has('Particle')) last = k;
      // Adverbs between an auxiliary and its verb: "was first announced", "has also said".
      else if ((t.tags.has('Adverb') || /^(first|last|once|twice)$/.test(t.normal)) && k + 1 < terms.length && (isVerbTerm(terms[k + 1]) || NEGATIVE.has(terms[k + 1].normal))) continue;
      else break;
      if (t.normal === 'to') break;
    }
    // "turn back in heavy seas": compromise tags a phrasal verb's particle as a verb, but a particle alone is no verb phrase.
    if (!terms.slice(i, last + 1).every((t) => t.tags.has('Particle'))) out.push(describe(terms, i, last));
    i = last + 1;
  }
  return out;
}

function describe(terms: Term[], first: number, last: number): VerbPhrase {
  const words = terms.slice(first, last + 1);
  // "had to", "used to": compromise tags the "to" as a verb, but it only links the verb to what follows.
  const verbAt = (k: number) => isVerbTerm(terms[k]) && !NEGATIVE.has(terms[k].normal) && terms[k].normal !== 'to';
  let root = -1;
  for (let k = first; k <= last; k++) {
    const followedByVerb = terms.slice(k + 1, last + 1).some((_, n) => verbAt(k + 1 + n));
    if (verbAt(k) && !(AUXILIARY.has(terms[k].normal) && followedByVerb)) {
      root = k;
      break;
    }
  }
  if (root === -1) for (let k = last; k >= first; k--) if (verbAt(k)) { root = k; break; }
  if (root === -1) root = first;
  const aux = terms.slice(first, root).filter((t) => AUXILIARY.has(t.normal));
  const r = terms[root];
  const beAux = aux.some((t) => BE_FORMS.has(t.normal));
  const passive = beAux && (r.tags.has('Passive') || r.tags.has('Participle') || r.tags.has('PastTense')) && !r.tags.has('Gerund');
  const modal = aux.some((t) => t.tags.has('Modal'));
  const form =
    aux.length === 0 && r.tags.has('Imperative') ? 'imperative'
    : aux.length === 0 && terms[first - 1]?.normal === 'to' ? 'infinitive'
    : aux.length === 0 && r.tags.has('Gerund') ? 'gerund-phrase'
    : passive ? 'passive'
    : modal ? 'modal-infinitive'
    : aux.some((t) => HAVE_FORMS.has(t.normal)) ? 'perfect'
    : beAux && r.tags.has('Gerund') ? 'progressive'
    : r.tags.has('PastTense') ? 'simple-past'
    : 'simple-present';
  return {
    first,
    last,
    root,
    infinitive: infinitiveOf(r),
    auxiliary: aux.map((t) => t.text).join(' '),
    negative: words.some((t) => NEGATIVE.has(t.normal)),
    form,
    passive,
  };
}

const infinitives = new Map<string, string>();

/** "married" → "marry", "began" → "begin", "seizing" → "seize", "was" → "be". */
function infinitiveOf(t: Term): string {
  if (BE_FORMS.has(t.normal)) return 'be';
  if (HAVE_FORMS.has(t.normal)) return 'have';
  const key = `${t.normal}|${t.tags.has('Gerund') ? 'g' : t.tags.has('PastTense') || t.tags.has('Participle') ? 'p' : 'n'}`;
  let found = infinitives.get(key);
  if (found === undefined) {
    const past = t.tags.has('PastTense') || t.tags.has('Participle');
    const tense = t.tags.has('Gerund') ? 'Gerund' : past ? 'PastTense' : t.tags.has('Infinitive') ? '' : 'PresentTense';
    found = (tense ? toInfinitive(t.normal, tense) : t.normal) || t.normal;
    // "used" in "used to" comes untagged for tense: an "-ed" word no tense changed is read as a past.
    if (tense === 'PresentTense' && found === t.normal && /ed$/.test(t.normal)) found = toInfinitive(t.normal, 'PastTense') || found;
    if (past) {
      // "risen", "begun": irregular participles are found by their participle, checked by conjugating back.
      const guesses = [found, toInfinitive(t.normal, 'Participle')].filter((g) => g && g !== t.normal);
      const backs = (g: string) => {
        const forms = conjugate(g);
        return forms.PastTense === t.normal || forms.Participle === t.normal;
      };
      // "shut", "put", "cost": a past spelled as its own infinitive is that infinitive (not "shud").
      found = (pastIsInfinitive(t.normal) ? t.normal : guesses.find(backs)) ?? guesses[0] ?? t.normal;
    }
    if (infinitives.size > 5_000) infinitives.clear();
    infinitives.set(key, found);
  }
  return found;
}

/** Whether a word is a verb whose past is spelled as its infinitive ("shut", "cost"); compromise conjugates any "-s" word to itself. */
function pastIsInfinitive(word: string): boolean {
  const forms = conjugate(word);
  if (forms.PastTense !== word || forms.PresentTense === word) return false;
  // conjugate("gone") answers "gone" too: a word that is another verb's participle or past is not an infinitive.
  const other = toInfinitive(word, 'Participle');
  const otherForms = other && other !== word && knownWord(other) ? conjugate(other) : {};
  return otherForms.Participle !== word && otherForms.PastTense !== word;
}

/** Whether a verb phrase can be a sentence's verb (not "to go", "going", an imperative). */
const carriesTense = (v: VerbPhrase) => !['infinitive', 'imperative', 'gerund-phrase'].includes(v.form);

/**
 * compromise sometimes reads the verb of a short sentence as a noun ("Turnout rose to 61 percent",
 * "Earthquake strikes"); when it found no verb, a lower-case word after a noun that is a verb's
 * past or present form is taken as the verb.
 */
function rescueVerb(terms: Term[], verbs: VerbPhrase[]): void {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    const previous = terms[i - 1];
    if (!t.tags.has('Noun') || t.tags.has('Verb') || !/^\p{Ll}+$/u.test(t.text) || !previous.tags.has('Noun') || /[,;:]/.test(previous.post)) continue;
    for (const tense of ['PastTense', 'PresentTense']) {
      // "shell" is no past of the modal "shall", which compromise conjugates like a verb.
      const found = toInfinitive(t.normal, tense);
      const infinitive = found && lexiconTag(found) !== 'Modal' ? found : '';
      const forms = infinitive ? conjugate(infinitive) : {};
      const next = terms[i + 1];
      // A plural subject takes the bare form ("Workers vote to end …"): only before "to", "a"/"the" or a preposition.
      const firstPreposition = terms.findIndex((x) => x.tags.has('Preposition'));
      const head = terms.slice(0, firstPreposition === -1 || firstPreposition > i ? i : firstPreposition).filter((x) => x.tags.has('Noun')).pop();
      const pluralHead = head !== undefined && (head.tags.has('Plural') || PLURAL_WITHOUT_S.has(head.normal) || (/^\p{Ll}+s$/u.test(head.normal) && singularOf(head.normal) !== head.normal));
      // "Riot police fire tear gas": after a plural head, a bare verb may take its object without an article.
      const objectNext = next !== undefined && (next.normal === 'to' || next.tags.has('Determiner') || (next.tags.has('Preposition') && next.normal !== 'of') || ((next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value')) && !next.tags.has('Pronoun')));
      const bare = tense === 'PresentTense' && infinitive === t.normal && pluralHead && objectNext;
      // "The fire spread to …": a past spelled as its infinitive, when an object or a phrase follows.
      const samePast = tense === 'PastTense' && infinitive === t.normal && pastIsInfinitive(t.normal) && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Preposition') || next.normal === 'to');
      const matches = ((infinitive !== t.normal || samePast) && forms[tense] === t.normal) || bare;
      if (!infinitive || !matches) continue;
      terms[i] = { ...t, tags: new Set([...t.tags].filter((x) => x !== 'Noun' && x !== 'Plural' && x !== 'Singular').concat('Verb', tense)) };
      verbs.push({ first: i, last: i, root: i, infinitive, auxiliary: '', negative: false, form: tense === 'PastTense' ? 'simple-past' : 'simple-present', passive: false });
      verbs.sort((a, b) => a.first - b.first);
      return;
    }
  }
}

// Nouns that end in "-ing" and are never gerunds here ("by Monday morning the river …").
const ING_NOUNS = new Set(['morning', 'evening', 'building', 'spring', 'king', 'thing', 'wedding', 'meeting', 'hearing', 'ceiling', 'funding', 'ring', 'string', 'wing']);

/**
 * "-ing" words compromise leaves out of its verb phrases ("after winning the league title") or
 * reads as nouns before an object ("in 2011 ending a career"): gerund phrases of their own.
 */
function addGerunds(terms: Term[], verbs: VerbPhrase[]): void {
  terms.forEach((t, i) => {
    if (!/ing$/.test(t.normal) || ING_NOUNS.has(t.normal) || verbs.some((v) => i >= v.first && i <= v.last)) return;
    const next = terms[i + 1];
    const gerund = (t.tags.has('Gerund') && t.tags.has('Verb')) || (t.tags.has('Noun') && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive')) && !terms[i - 1]?.tags.has('Determiner'));
    if (!gerund) return;
    const infinitive = toInfinitive(t.normal, 'Gerund') || t.normal;
    if (!t.tags.has('Verb')) terms[i] = { ...t, tags: new Set([...t.tags].filter((x) => x !== 'Noun' && x !== 'Singular').concat('Verb', 'Gerund')) };
    verbs.push({ first: i, last: i, root: i, infinitive, auxiliary: '', negative: false, form: 'gerund-phrase', passive: false });
  });
  verbs.sort((a, b) => a.first - b.first);
}

/** A plural noun's singular ("troops" → "troop"), or the noun itself when it is singular. */
export function singularOf(noun: string): string {
  nounMethods ??= nlp.methods() as NounMethods;
  model ??= nlp.model();
  return nounMethods.two.transform.noun.toSingular(noun, model);
}

interface NounMethods {
  two: { transform: { noun: { toSingular: (word: string, model: object) => string } } };
}

let nounMethods: NounMethods | null = null;

function toInfinitive(word: string, tense: string): string {
  verbMethods ??= nlp.methods() as VerbMethods;
  model ??= nlp.model();
  return verbMethods.two.transform.verb.toInfinitive(word, model, tense);
}

interface VerbMethods {
  two: {
    transform: {
      verb: {
        conjugate: (infinitive: string, model: object) => Record<string, string | undefined>;
        toInfinitive: (word: string, model: object, tense?: string) => string;
      };
    };
  };
}

let verbMethods: VerbMethods | null = null;
let model: object | null = null;

/** Whether compromise's lexicon has the word (it guesses "shud" as the infinitive of "shut"). */
function knownWord(word: string): boolean {
  return lexiconTag(word) !== undefined;
}

function lexiconTag(word: string): unknown {
  model ??= nlp.model();
  return (model as { one: { lexicon: Record<string, unknown> } }).one.lexicon[word];
}

/** A verb's forms: { Infinitive, PresentTense ("marries"), PastTense, Participle, Gerund }. */
export function conjugate(infinitive: string): Record<string, string | undefined> {
  verbMethods ??= nlp.methods() as VerbMethods;
  model ??= nlp.model();
  return verbMethods.two.transform.verb.conjugate(infinitive, model);
}

/** A person named in a text, with the gender compromise presumes from the first name. */
export interface Person {
  name: string;
  gender: 'male' | 'female' | null;
}

/** People named in a text, in order: runs of words compromise tags as names ("Ana Petrov", "Mrs May"), gender from the first name. */
export function peopleIn(text: string): Person[] {
  const terms = parse(text).terms;
  const found: Person[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!terms[i].tags.has('Person') || !/^\p{Lu}/u.test(terms[i].text)) continue;
    let j = i;
    while (j + 1 < terms.length && terms[j + 1].tags.has('Person') && /^\p{Lu}/u.test(terms[j + 1].text) && !/[,;:.]/.test(terms[j].post)) j++;
    const names = terms.slice(i, j + 1);
    const gender = names.some((t) => t.tags.has('MaleName')) ? 'male' : names.some((t) => t.tags.has('FemaleName')) ? 'female' : null;
    found.push({ name: names.filter((t) => !t.tags.has('Honorific')).map((t) => t.text.replace(/[’']s$/, '')).join(' ') || names[0].text, gender });
    i = j;
  }
  return found;
}

