import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'licenseKeys'> = {
  'licenseKeys.loading': 'Carregando chaves de licença…',
  'licenseKeys.signedOut': 'Faça login para ver suas chaves de licença.',
  'licenseKeys.empty': 'Você não tem chaves de licença.',
  'licenseKeys.copyFailed': 'Não foi possível copiar a chave. Ela está visível agora: selecione e copie manualmente.',
  'licenseKeys.activationsOf': (used, limit) => `${used} de ${limit} usadas`,
  'licenseKeys.activationsUnlimited': (used) => `${used} usadas, sem limite`,
};

export default strings;
