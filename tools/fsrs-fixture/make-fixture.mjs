// Writes review sequences and the states the reference FSRS scheduler (ts-fsrs) gives them, for
// tests/test_fsrs.c to match. Run `npm ci && npm run fixture` here; the build never runs this.
// ts-fsrs is set up the way the game schedules: FSRS-6 default weights, whole days (no
// learning steps, no short-term stability), no fuzz, a desired retention per sequence.
import { writeFileSync } from 'node:fs';
import {
  createEmptyCard, default_w, fsrs, FSRSVersion, generatorParameters, Rating, State,
} from 'ts-fsrs';

// FSRSVersion reads "v5.4.2 using FSRS-6.0": the package's version and the algorithm's.
const tsFsrsVersion = FSRSVersion.replace(/^v/, '');
const DAY_MS = 24 * 60 * 60 * 1000;

// mulberry32: a small seeded generator, so the same script always writes the same fixture.
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayOf = (date) => Math.round(date.getTime() / DAY_MS);
const dateOfDay = (day) => new Date(day * DAY_MS); // UTC midnight: whole days, no time zone
const isoDay = (day) => dateOfDay(day).toISOString().slice(0, 10);
const dayFromIso = (iso) => dayOf(new Date(`${iso}T00:00:00Z`));

// Reviews start next to month and year ends, leap days and the 2038 32-bit time limit.
const STARTS = ['1970-01-01', '1999-12-31', '2000-02-28', '2023-02-28', '2023-12-31',
  '2024-01-31', '2024-02-28', '2024-02-29', '2024-04-30', '2024-12-30', '2025-06-30',
  '2038-01-18', '2099-12-31'].map(dayFromIso);
const RETENTIONS = [0.9, 0.9, 0.9, 0.8, 0.85, 0.95];
const AGAIN_CHANCES = [0, 0.1, 0.25, 0.5, 1];
const SEQUENCES = 160;

const schedulers = new Map();
function schedulerFor(retention) {
  if (!schedulers.has(retention)) {
    const params = generatorParameters({
      w: default_w,
      request_retention: retention,
      enable_short_term: false,
      enable_fuzz: false,
    });
    schedulers.set(retention, fsrs(params));
  }
  return schedulers.get(retention);
}

// The day of the next review: on the due day, early (even the same day) or late.
function nextDay(random, card, lastDay) {
  const dueDay = dayOf(card.due);
  const interval = dueDay - lastDay;
  const pick = random();
  if (pick < 0.5) return dueDay;
  if (pick < 0.65) return lastDay + Math.floor(random() * interval); // early, maybe same day
  if (pick < 0.7) return lastDay;
  return dueDay + 1 + Math.floor(random() * (interval * 2 + 30)); // late
}

const random = seeded(20250601);
const lines = [
  `# FSRS-6 reference states from ts-fsrs ${tsFsrsVersion} (tools/fsrs-fixture/make-fixture.mjs)`,
  '# default w, enable_short_term false, enable_fuzz false, maximum_interval 36500',
  '# Each line is one review of sequence SEQ, in order; a sequence starts from a new card.',
  '# Days are days since 1970-01-01 and the same day as YYYY-MM-DD (UTC).',
  '# seq retention day date rating difficulty stability last_day due_day due_date reps lapses state',
];
for (let seq = 1; seq <= SEQUENCES; seq++) {
  const retention = RETENTIONS[Math.floor(random() * RETENTIONS.length)];
  const againChance = AGAIN_CHANCES[Math.floor(random() * AGAIN_CHANCES.length)];
  const steps = 1 + Math.floor(random() * 20);
  const scheduler = schedulerFor(retention);
  let day = STARTS[Math.floor(random() * STARTS.length)];
  let card = createEmptyCard(dateOfDay(day));
  for (let step = 0; step < steps; step++) {
    if (step > 0) day = nextDay(random, card, dayOf(card.last_review));
    const rating = random() < againChance ? Rating.Again : Rating.Good;
    card = scheduler.next(card, dateOfDay(day), rating).card;
    const dueDay = dayOf(card.due);
    lines.push([seq, retention, day, isoDay(day), rating === Rating.Again ? 'again' : 'good',
      card.difficulty, card.stability, dayOf(card.last_review), dueDay, isoDay(dueDay),
      card.reps, card.lapses, card.state === State.Review ? 'review' : State[card.state]]
      .join('\t'));
  }
}
const out = process.argv[2] ?? 'fixture.txt';
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${out}: ${lines.length - 5} reviews in ${SEQUENCES} sequences (ts-fsrs ${tsFsrsVersion})`);
