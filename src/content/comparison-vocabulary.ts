/**
 * The comparison explorer's vocabulary as plain constants, importable by browser code without zod.
 * `comparison-schema.ts` builds on these.
 */

/**
 * How sure a value is. `documented`: a study, registry or the organisation's own page says it.
 * `reported`: only a speaker's introduction on the webinar page says it. `not-documented`: the sources read do
 * not say it, shown as such and never filled with a guess.
 */
export const CONFIDENCES = ['documented', 'reported', 'not-documented'] as const;

/** The research team's label for a documented value (primary source read, secondary only, unclear). */
export const STRENGTHS = ['high', 'medium', 'low'] as const;

/** What a dated milestone marks; each type is drawn with its own shape on the timeline. */
export const MILESTONE_TYPES = ['event', 'training', 'team', 'research', 'network', 'policy', 'publication'] as const;

/** The four countries of the webinar, in the order the explorer shows them by default; each is a card id. */
export const COUNTRY_IDS = ['united-kingdom', 'czech-republic', 'netherlands', 'estonia'] as const;

/**
 * The reference column: Western Lapland in Finland, where Open Dialogue was developed. Off by default; shown beside
 * the four so a reader sees what each kept and changed. Its file is named after its card (an organisation card).
 */
export const REFERENCE_ID = 'western-lapland';
