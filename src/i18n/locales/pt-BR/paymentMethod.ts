import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.title': 'Forma de pagamento',
  'paymentMethod.signedOut': 'Faça login para ver sua forma de pagamento.',
  'paymentMethod.loading': 'Carregando formas de pagamento…',
  'paymentMethod.subscriptionNotFound': 'Esta assinatura não está na sua conta.',
  'paymentMethod.editDefault': 'Editar a forma de pagamento padrão',
  'paymentMethod.editFor': (name) => `Editar a forma de pagamento de ${name}`,
  'paymentMethod.noneForSubscription': (name) => `${name} não tem forma de pagamento definida.`,
  'paymentMethod.noDefault': 'Nenhuma forma de pagamento padrão definida.',
  'paymentMethod.onHold': (name, amount) =>
    `Sua assinatura ${name} está suspensa: ${amount} em aberto. Pague com uma forma de pagamento válida para reativá-la.`,
  'paymentMethod.pastDue': (name, amount) => `Sua assinatura ${name} está em atraso: ${amount} em aberto.`,
  'paymentMethod.empty': 'Você não tem nenhuma forma de pagamento salva.',
  'paymentMethod.addFirst': 'Adicionar uma forma de pagamento',
  'paymentMethod.opening': 'Abrindo a página segura…',
  'paymentMethod.leaving': 'Abrindo a página segura do nosso provedor de pagamentos…',
  'paymentMethod.endingIn': (name, last4) => `${name} com final ${last4}`,
  'paymentMethod.expires': (expiry) => `Vence em ${expiry}`,
  'paymentMethod.expiredOn': (expiry) => `Venceu em ${expiry}`,
  'paymentMethod.expiredNote': 'Este cartão está vencido. Escolha ou adicione outra forma de pagamento.',
  'paymentMethod.expiresSoonNote': 'Este cartão vence em menos de 30 dias. Adicione um novo cartão antes disso.',
  'paymentMethod.taxId': (last4) => `CPF/CNPJ com final ${last4}`,
  'paymentMethod.flag.expired': 'Vencido',
  'paymentMethod.flag.expiresSoon': 'Vence em breve',
  'paymentMethod.addedMissing': 'Não encontramos a forma de pagamento adicionada. Recarregue a página ou adicione-a novamente.',
};

export default strings;
