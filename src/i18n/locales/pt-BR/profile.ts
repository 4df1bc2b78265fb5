import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.title': 'Seus dados',
  'profile.loading': 'Carregando seus dados…',
  'profile.signedOut': 'Faça login para ver seus dados.',
  'profile.allReadOnly': 'Seus dados não podem ser alterados aqui. Entre em contato conosco para atualizá-los.',
  'profile.notProvided': 'Não informado',
  'profile.email': 'E-mail',
  'profile.billing': 'Endereço de cobrança',
  'profile.shipping': 'Endereço de entrega',
  'profile.saved': 'Salvo.',
};

export default strings;
