export const ROLES = ['admin', 'strategist', 'communicator', 'reporter'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  admin: { sv: 'Administratör', en: 'Administrator' },
  strategist: { sv: 'Klimatstrateg', en: 'Climate strategist' },
  communicator: { sv: 'Kommunikatör', en: 'Communicator' },
  // Reports, in the yearly follow-up round, for the goals and actions their organisation answers for.
  reporter: { sv: 'Rapportör', en: 'Reporter' },
}
