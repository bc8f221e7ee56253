export const ROLES = ['admin', 'strategist', 'communicator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { sv: string; en: string }> = {
  admin: { sv: 'Administratör', en: 'Administrator' },
  strategist: { sv: 'Klimatstrateg', en: 'Climate strategist' },
  communicator: { sv: 'Kommunikatör', en: 'Communicator' },
}
