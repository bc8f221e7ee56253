/** Texts of our own in the admin, for the Payload config's `i18n.translations`, and their keys. */
export const adminTranslations = {
  sv: { kmpp: { published: 'Publicerades', untitled: 'Utan rubrik' } },
  en: { kmpp: { published: 'Published', untitled: 'Untitled' } },
}

export const PUBLISHED = 'kmpp:published'
export const UNTITLED = 'kmpp:untitled'
