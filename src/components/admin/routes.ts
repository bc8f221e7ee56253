/** The admin's "Mina etappmål" view, below the admin route: a reporter's home. */
export const MY_GOALS_PATH = '/mina-etappmal'
