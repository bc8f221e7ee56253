import type { CollectionConfig, Validate } from 'payload'

import { idOf } from '../../src/shared/ids'
import { isAdmin, isAdminOrSelf, mayChangeRole, refuseForbiddenChange } from '../access'
import { label } from '../fields/label'
import { ROLE_LABELS, ROLES } from '../roles'

const validateReporterOrganisation: Validate<unknown, { role?: string }> = (value, { siblingData }) =>
  siblingData?.role !== 'reporter' || idOf(value as Parameters<typeof idOf>[0]) ? true : 'Ange rapportörens organisation.'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Användare', 'User'), plural: label('Användare', 'Users') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: label('Administration', 'Administration') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeChange: [
      // The very first account (made in the admin's "create first user" form) is the administrator.
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        return totalDocs === 0 ? { ...data, role: 'admin' } : data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Namn', 'Name') },
    {
      name: 'role',
      type: 'select',
      label: label('Roll', 'Role'),
      required: true,
      defaultValue: 'communicator',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: mayChangeRole, update: mayChangeRole },
      hooks: { beforeValidate: [refuseForbiddenChange] },
      admin: {
        description: label('Bara en administratör ändrar roller, och ingen sin egen.', 'Only an admin sets roles, and nobody their own.'),
      },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: label('Organisation', 'Organisation'),
      // Access rules read a reporter's organisation from the session, not from the database.
      saveToJWT: true,
      validate: validateReporterOrganisation,
      access: { create: mayChangeRole, update: mayChangeRole },
      hooks: { beforeValidate: [refuseForbiddenChange] },
      admin: {
        condition: (data) => data?.role === 'reporter',
        description: label(
          'Förvaltningen eller bolaget som rapportören rapporterar för.',
          'The administration or company the reporter reports for.',
        ),
      },
    },
  ],
}
