/** The admin's "Mina etappmål" view, below the admin route: a reporter's home. */
export const MY_GOALS_PATH = '/mina-etappmal'

/** The admin's "Importera värden" view: a spreadsheet of indicator values, previewed and then imported. */
export const IMPORT_VALUES_PATH = '/importera-varden'
