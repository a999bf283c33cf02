// The picker's language: one @lit/localize runtime for the page (its locale follows the `lang` of the
// picker last connected or changed), translations loaded lazily, and integrators' string overrides.
import { configureLocalization, LOCALE_STATUS_EVENT, str, type LocaleModule, type StrResult } from '@lit/localize';
// Deliberately internal: setStrings() keys overrides by English source text, and msg() looks translations up by the
// id @lit/localize derives from that text. The package exports no way to compute that id (its public API is msg, str,
// configureLocalization, localized and the status event; an id is only public when written as msg(…, { id })).
// @lit/localize has no `exports` map, so this path is reachable; it is pinned to one minor by ^0.12, and
// test/locales/localization.test.ts (setStrings overrides) fails if the id scheme changes.
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { targetLocales } from './generated/locale-codes.js';

/** The locales the picker ships, besides English. */
export type DamLocale = 'en' | (typeof targetLocales)[number];
/** English source text (placeholders `{0}`, `{1}`, … in the order of the source) → the text to show. */
export type DamStrings = Record<string, string>;

type Templates = Record<string, string | StrResult>;

// The script tag's build (vite --mode iife defines __DAM_IIFE__) carries English only and loads a language from
// `locales/<lang>.js` beside the script (its chunks are in `cdn/`, next to `locales/`); the ES build imports each
// language as a chunk of its own.
declare const __DAM_IIFE__: boolean | undefined;
const IIFE = typeof __DAM_IIFE__ !== 'undefined' && __DAM_IIFE__;

function fromScriptFolder(locale: string): Promise<LocaleModule> {
  // Concatenated, not a template literal: Vite leaves `new URL(<not one literal>, import.meta.url)` alone.
  return import(/* @vite-ignore */ new URL('../locales/' + locale + '.js', import.meta.url).href) as Promise<LocaleModule>;
}

const loaders: Record<Exclude<DamLocale, 'en'>, () => Promise<LocaleModule>> = IIFE
  ? {
      ar: () => fromScriptFolder('ar'),
      de: () => fromScriptFolder('de'),
      es: () => fromScriptFolder('es'),
      fr: () => fromScriptFolder('fr'),
      nl: () => fromScriptFolder('nl'),
    }
  : {
      ar: () => import('./generated/ar.js'),
      de: () => import('./generated/de.js'),
      es: () => import('./generated/es.js'),
      fr: () => import('./generated/fr.js'),
      nl: () => import('./generated/nl.js'),
    };

/** Languages written right to left (of the ones shipped, and the common ones an override may add). */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

const overrides = new Map<DamLocale, Templates>();
/** What msg() reads for the active locale: the translations with the overrides on top (mutated by setStrings). */
let active: { locale: DamLocale; templates: Templates } | undefined;

// 'x-source' is the untouched English of the source; 'en' is English with the integrator's overrides.
let runtime: ReturnType<typeof configureLocalization> | null | undefined;
function localization(): ReturnType<typeof configureLocalization> | null {
  if (runtime !== undefined) return runtime;
  try {
    runtime = configureLocalization({
      sourceLocale: 'x-source',
      targetLocales: ['en', ...targetLocales],
      loadLocale: async (locale) => {
        const translated = locale === 'en' ? {} : ((await loaders[locale as Exclude<DamLocale, 'en'>]()).templates as Templates);
        const templates = { ...translated, ...overrides.get(locale as DamLocale) };
        active = { locale: locale as DamLocale, templates };
        return { templates };
      },
    });
  } catch (error) {
    // The page configured @lit/localize itself (one runtime per page): the picker then follows the page's locale.
    console.warn('[dam-picker] @lit/localize is already configured on this page; the picker uses its locale.', error);
    runtime = null;
  }
  return runtime;
}

/** The shipped locale for a BCP 47 tag: `de-CH` → `de`; anything unknown → `en`. */
export function resolveLocale(tag: string): DamLocale {
  const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return (targetLocales as readonly string[]).includes(language) ? (language as DamLocale) : 'en';
}

/** The `lang` of the element, else the nearest one around it (across shadow roots), else the document's, else `en`. */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return document.documentElement.lang || 'en';
}

/** `rtl` for right-to-left languages. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.has(tag.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/** The language each connected picker asks for: the runtime shows one per page, so a mix is worth a warning. */
const requested = new Map<object, DamLocale>();
let warnedMixed = false;

/** A picker asks for its language (`owner` is the picker); resolves when components can render in it. */
export function requestPickerLocale(owner: object, tag: string): Promise<void> {
  requested.set(owner, resolveLocale(tag));
  const languages = new Set(requested.values());
  if (languages.size > 1 && !warnedMixed) {
    warnedMixed = true;
    console.warn(
      `[dam-picker] pickers on this page ask for different languages (${[...languages].join(', ')}); ` +
        `@lit/localize shows one language per page, so all of them show the one set last ("${resolveLocale(tag)}").`,
    );
  }
  return setPickerLocale(tag);
}

/** A picker left the page: its language no longer counts. */
export function releasePickerLocale(owner: object): void {
  requested.delete(owner);
}

/** Switches the page's picker language (loads it first); resolves when components can render in it. */
export async function setPickerLocale(tag: string): Promise<void> {
  const runtime = localization();
  if (!runtime) return;
  await runtime.setLocale(resolveLocale(tag));
}

/**
 * Overrides individual strings of one locale, keyed by the English source text, e.g.
 * `setStrings('de', { Insert: 'Übernehmen', '{0} results': '{0} Treffer' })`. Later calls add to earlier ones.
 */
export function setStrings(locale: DamLocale, strings: DamStrings): void {
  const templates = overrides.get(locale) ?? {};
  for (const [source, text] of Object.entries(strings)) {
    const sourceParts = source.split(/\{\d+\}/);
    const id = generateMsgId(sourceParts.length > 1 ? sourceParts : source, false);
    templates[id] = sourceParts.length > 1 ? strTemplate(text) : text;
  }
  overrides.set(locale, templates);
  if (active?.locale === locale) {
    Object.assign(active.templates, templates);
    window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }));
  }
}

/** `'{1} von {0}'` → the runtime's str result whose values are the source's expression indices. */
function strTemplate(text: string): StrResult {
  const strings = text.split(/\{\d+\}/);
  const indices = [...text.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
  return str(Object.assign(strings, { raw: strings }), ...indices);
}
