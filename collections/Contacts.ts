import type { CollectionConfig } from 'payload'

import { isEditor, publicKeptBy } from './access'
import { label } from './fields/label'

export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: { singular: label('Kontaktperson', 'Contact'), plural: label('Kontaktpersoner', 'Contacts') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'role', 'email'], group: label('Nyheter', 'News') },
  access: publicKeptBy(isEditor),
  fields: [
    { name: 'name', type: 'text', label: label('Namn', 'Name'), required: true },
    { name: 'role', type: 'text', label: label('Befattning', 'Role'), localized: true },
    {
      name: 'phone',
      type: 'text',
      label: label('Telefon', 'Phone'),
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^\+?[0-9 ()-]{5,20}$/.test(value))
          ? true
          : 'Ange telefonnumret med siffror, till exempel 08-606 70 00.',
    },
    { name: 'email', type: 'email', label: label('E-post', 'E-mail') },
  ],
}
