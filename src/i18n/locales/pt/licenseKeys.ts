import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Chaves de licença',
  'licenseKeys.loading': 'A carregar chaves de licença…',
  'licenseKeys.signedOut': 'Inicie sessão para ver as suas chaves de licença.',
  'licenseKeys.empty': 'Não tem chaves de licença.',
  'licenseKeys.disabled': 'As chaves de licença não estão disponíveis aqui.',
  'licenseKeys.status.active': 'Ativa',
  'licenseKeys.status.disabled': 'Desativada',
  'licenseKeys.status.expired': 'Expirada',
  'licenseKeys.key': 'Chave',
  'licenseKeys.masked': (last4) => `Oculta, termina em ${last4}`,
  'licenseKeys.show': 'Mostrar chave',
  'licenseKeys.copy': 'Copiar',
  'licenseKeys.copied': (product) => `Chave de licença de ${product} copiada.`,
  'licenseKeys.copyFailed': 'Não foi possível copiar a chave. Está agora visível: selecione-a e copie-a manualmente.',
  'licenseKeys.activations': 'Ativações',
  'licenseKeys.activationsOf': (used, limit) => `${used} de ${limit} utilizadas`,
  'licenseKeys.activationsUnlimited': (used) => `${used} utilizadas, sem limite`,
  'licenseKeys.expires': 'Expira',
  'licenseKeys.expired': 'Expirou',
  'licenseKeys.never': 'Nunca',
};

export default strings;
