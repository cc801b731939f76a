/**
 * The languages the glossary gives terms in: those of the webinar's countries besides English, and Finnish, where
 * Open Dialogue began. Plain constants, so browser code can use them without zod.
 */
export const GLOSSARY_LANGUAGES = ['cs', 'nl', 'et', 'fi'] as const;
export type GlossaryLanguage = (typeof GLOSSARY_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<GlossaryLanguage, string> = {
  cs: 'Czech',
  nl: 'Dutch',
  et: 'Estonian',
  fi: 'Finnish',
};
