/**
 * What the benchmark installs in and does to a page: readiness, commit, keystroke and "shown" probes
 * (in the page's own clock), and seeding a workshop straight into IndexedDB.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { WorkshopData } from '../../shared/model/workshopData';

export const CLICKS_PER_RUN = 30;
/** A person picks another score at most about three times a second. */
export const CLICK_GAP_MS = 350;
/** 40 characters, typed at a fast typist's pace with a pause now and then (long enough for the 300 ms commit). */
const TYPED = ' en het rooster met de OR afstemmen, ok.';
const keyGap = (i: number) => (i % 8 === 7 ? 340 : 60 + ((i * 37) % 90));

/** A page that is nearly nothing: a textarea to type in and a button that writes one record, as a score does. */
export const BLANK_HTML = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>blank</title></head>
<body><main id="blank"><textarea id="text" rows="2" cols="40"></textarea><button id="commit" type="button">Opslaan</button></main>
<script>
  let database;
  let count = 0;
  const request = indexedDB.open('bench-blank', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('scores');
  request.onsuccess = () => {
    database = request.result;
    document.body.dataset.ready = 'true';
  };
  document.getElementById('commit').addEventListener('click', () => {
    count += 1;
    database.transaction('scores', 'readwrite').objectStore('scores').put({ maturity: count }, 'score');
  });
</script></body></html>`;

/** What a page counts as ready: `count` matches of `selector`, `busy` no longer busy, `card` showing `text`. */
export interface ProbeConfig {
  ready: { selector: string; count: number; busy?: string; card?: { title: string; text: string } };
  /** The database and store whose committed writes a click is timed to. */
  database: string;
  store: string;
}
export interface Snapshot {
  /** ms since navigation start: `shown`, `ready` (DOM complete), `interactive` (after the next paint), navigation timing. */
  marks: Record<string, number>;
  /** The last armed click → its value committed, and click → the read-write transaction that stores it opened, ms. */
  commit: { total: number; opened: number } | undefined;
  /** Per keystroke, keydown's time stamp → after the next paint, ms. */
  keys: number[];
  /** The last armed click (or the moment of arming) → the awaited element drawn, after the next paint, ms. */
  shown: number | undefined;
  /** Event Timing entries of ≥ 16 ms (the smallest threshold the API allows), by phase. */
  events: { phase: string; name: string; duration: number; interactionId: number }[];
  eventTiming: boolean;
}
interface Probes {
  snapshot(): Snapshot;
  /** The next click or change (a select's pick) starts the clock; the value read back from the store stops it. */
  armCommit(key: IDBValidKey, field: string, value: unknown, store?: string): void;
  armKeys(): void;
  /** The next click (or, with `now`, this moment) starts the clock; `selector` matching and painted stops it. */
  armShown(selector: string, now: boolean): void;
}
export type BenchWindow = Window & { __bench: Probes };

/**
 * Installed in every page before its own scripts (so it is serialised: it may use nothing from
 * outside). Times readiness with a MutationObserver, commits by the `complete` event of the
 * read-write transaction that touches the store (confirmed by reading the value back with the raw
 * IndexedDB API), and keystrokes with a capture-phase keydown listener.
 */
function installProbes(config: ProbeConfig): void {
  const marks: Record<string, number> = {};
  const keys: number[] = [];
  const events: Snapshot['events'] = [];
  const phases: [start: number, phase: string][] = [[0, 'other']];
  const phaseAt = (time: number) => phases.reduce((found, [start, phase]) => (start <= time ? phase : found), 'other');
  let typing = false;
  let commit: Snapshot['commit'];
  let pending: { key: IDBValidKey; field: string; value: unknown; store: string; clickAt?: number; openedAt?: number } | undefined;
  let reader: Promise<IDBDatabase> | undefined;
  let shown: number | undefined;
  let awaited: { selector: string; start?: number; observer?: MutationObserver } | undefined;
  const watchShown = () => {
    const wanted = awaited;
    if (wanted?.start === undefined || wanted.observer) return;
    const check = () => {
      if (awaited !== wanted || !document.querySelector(wanted.selector)) return;
      wanted.observer?.disconnect();
      awaited = undefined;
      requestAnimationFrame(() => setTimeout(() => (shown = performance.now() - wanted.start!), 0));
    };
    wanted.observer = new MutationObserver(check);
    wanted.observer.observe(document, { childList: true, subtree: true, attributes: true });
    check();
  };

  const observer = new MutationObserver(() => {
    const { selector, count, busy, card } = config.ready;
    const matches = document.querySelectorAll(selector);
    if (marks['ready'] !== undefined || matches.length < count) return;
    marks['shown'] ??= performance.now();
    if (busy && document.querySelector(busy)?.getAttribute('aria-busy') !== 'false') return;
    if (card) {
      // Titles carry soft hyphens (the plate hyphenates at render time).
      const button = Array.from(matches).find((candidate) => candidate.textContent?.replaceAll('\u00ad', '') === card.title);
      if (!button?.closest('article')?.textContent?.includes(card.text)) return;
    }
    marks['ready'] = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        if (navigation?.domContentLoadedEventEnd) marks['domContentLoaded'] = navigation.domContentLoadedEventEnd;
        marks['interactive'] = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });

  const openReader = () =>
    (reader ??= new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(config.database);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    }));
  const confirm = async (committedAt: number) => {
    const wanted = pending;
    if (wanted?.clickAt === undefined) return;
    const database = await openReader();
    const row = await new Promise<Record<string, unknown> | undefined>((done, fail) => {
      const request = database.transaction(wanted.store).objectStore(wanted.store).get(wanted.key);
      request.onsuccess = () => done(request.result as Record<string, unknown> | undefined);
      request.onerror = () => fail(request.error);
    });
    if (pending === wanted && row?.[wanted.field] === wanted.value) {
      commit = { total: committedAt - wanted.clickAt, opened: (wanted.openedAt ?? committedAt) - wanted.clickAt };
      phases.push([performance.now(), 'other']);
      pending = undefined;
    }
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const opened = transaction.apply(this, args);
    const [stores, mode] = args;
    const watched = pending?.store ?? config.store;
    if (mode === 'readwrite' && (typeof stores === 'string' ? [stores] : Array.from(stores)).includes(watched)) {
      if (pending?.clickAt !== undefined) pending.openedAt ??= performance.now();
      opened.addEventListener('complete', () => void confirm(performance.now()));
    }
    return opened;
  };

  const startClocks = (event: Event) => {
    if (pending && pending.clickAt === undefined) pending.clickAt = event.timeStamp;
    if (awaited && awaited.start === undefined && event.type === 'click') {
      awaited.start = event.timeStamp;
      watchShown();
    }
  };
  addEventListener('click', startClocks, true);
  // A select's pick fires no click: its change starts the commit clock.
  addEventListener('change', startClocks, true);
  addEventListener(
    'keydown',
    (event) => {
      if (!typing) return;
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => keys.push(performance.now() - start), 0));
    },
    true,
  );

  const eventTiming = PerformanceObserver.supportedEntryTypes.includes('event');
  if (eventTiming) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        const interactionId = (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0;
        events.push({ phase: phaseAt(entry.startTime), name: entry.name, duration: entry.duration, interactionId });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  }

  (window as unknown as BenchWindow).__bench = {
    snapshot: () => ({ marks: { ...marks }, commit, keys: [...keys], shown, events: [...events], eventTiming }),
    armCommit(key, field, value, store) {
      phases.push([performance.now(), 'click']);
      commit = undefined;
      pending = { key, field, value, store: store ?? config.store };
      void openReader();
    },
    armKeys() {
      phases.push([performance.now(), 'typing']);
      typing = true;
    },
    armShown(selector, now) {
      awaited?.observer?.disconnect();
      shown = undefined;
      awaited = { selector, ...(now ? { start: performance.now() } : {}) };
      watchShown();
    },
  };
}

export interface Focus {
  workshopId: string;
  teamId: string;
  elementId: string;
  title: string;
  maturity: number;
}

/** The first team's busiest element that is scored: the card to wait for, the panel to score and type in. */
export function chooseFocus(data: WorkshopData): Focus {
  const team = data.teams[0]!;
  const noteCount = (elementId: string) => data.notes.filter((note) => note.teamId === team.id && note.elementId === elementId).length;
  const scored = data.assessments.filter((a) => a.teamId === team.id && a.maturity !== null && !a.notApplicable);
  const best = scored.reduce((a, b) => (noteCount(b.elementId) > noteCount(a.elementId) ? b : a));
  const element = data.template.themes.flatMap((theme) => theme.elements).find((candidate) => candidate.id === best.elementId)!;
  return { workshopId: data.workshop.id, teamId: team.id, elementId: element.id, title: element.title.nl, maturity: best.maturity! };
}

// tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`: give pages a no-op one.
export async function probedPage(context: BrowserContext, config: ProbeConfig): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: `var __name = (f) => f;\n(${installProbes.toString()})(${JSON.stringify(config)});` });
  page.on('pageerror', (error) => console.error(`page error on ${page.url()}: ${error.message}`));
  return page;
}

export const probes = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__bench.snapshot());

/** Navigation start → ready, plus the next paint, in the page's own clock. */
export async function openAndMeasure(page: Page, url: string): Promise<Record<string, number>> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.snapshot().marks['interactive'] !== undefined, undefined, {
    polling: 50,
  });
  return (await probes(page)).marks;
}

/**
 * A click as a person's: the mouse pressed and released at the element's centre, through the browser's
 * input (CDP), without the checks a locator's click runs in the page around the event (its hit-target
 * interception), so that no test-driver work sits in the figure. (Measured: it made no visible difference.)
 */
export async function clickCentre(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('clickCentre: the element is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Clicks that each change one stored value; click → the transaction that stores it has committed. */
export async function measureCommits(
  page: Page,
  click: (i: number) => Promise<unknown>,
  key: string | string[],
  values: (i: number) => string | number,
  { field = 'maturity', count = CLICKS_PER_RUN, store }: { field?: string; count?: number; store?: string } = {},
) {
  const samples: { total: number; opened: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = values(i);
    await page.evaluate(({ k, f, v, s }) => (window as unknown as BenchWindow).__bench.armCommit(k, f, v, s), {
      k: key,
      f: field,
      v: value,
      s: store,
    });
    await click(i);
    const handle = await page.waitForFunction(
      () => {
        const { commit } = (window as unknown as BenchWindow).__bench.snapshot();
        return commit === undefined ? false : { commit };
      },
      undefined,
      { polling: 10 },
    );
    samples.push(((await handle.jsonValue()) as { commit: { total: number; opened: number } }).commit);
    await page.waitForTimeout(CLICK_GAP_MS);
  }
  return samples;
}

/** Does `act`, a click, and times it in the page: click → `selector` matches and the next frame is painted. */
export async function measureShown(page: Page, selector: string, act: () => Promise<unknown>): Promise<number> {
  await page.evaluate((s) => (window as unknown as BenchWindow).__bench.armShown(s, false), selector);
  await act();
  return waitShown(page);
}

/** The time of the last armed `armShown`, once it has stopped. */
export async function waitShown(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.snapshot().shown ?? false, undefined, {
    polling: 10,
    timeout: 60_000,
  });
  return (await handle.jsonValue()) as number;
}

/** Types one key at a time; per key: keydown's time stamp → after the next paint (every key typed in the page so far). */
export async function measureKeystrokes(page: Page): Promise<number[]> {
  const before = (await probes(page)).keys.length;
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.armKeys());
  for (const [i, character] of [...TYPED].entries()) {
    await page.keyboard.type(character);
    await page.waitForTimeout(keyGap(i));
  }
  await page.waitForFunction((n) => (window as unknown as BenchWindow).__bench.snapshot().keys.length >= n, before + TYPED.length, {
    polling: 50,
  });
  return (await probes(page)).keys;
}
