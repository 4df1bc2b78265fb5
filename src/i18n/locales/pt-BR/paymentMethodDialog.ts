import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Adicionar uma nova forma de pagamento',
  'paymentMethodDialog.addHint': 'Você vai inserir os dados na página segura do nosso provedor de pagamentos e depois voltar para cá.',
  'paymentMethodDialog.flag.default': 'Padrão',
  'paymentMethodDialog.usedBy': (names) => `Usada para ${names}`,
  'paymentMethodDialog.dialog.title': 'Suas formas de pagamento',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Forma de pagamento de ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Sua assinatura ${name} está suspensa porque um pagamento falhou. Escolha uma forma de pagamento: o valor em aberto será cobrado nela e a assinatura será reativada.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Um pagamento da sua assinatura ${name} falhou. Escolha uma forma de pagamento: o valor em aberto será cobrado nela.`,
  'paymentMethodDialog.dialog.outstanding': 'Valor em aberto',
  'paymentMethodDialog.dialog.saved': 'Formas de pagamento salvas',
  'paymentMethodDialog.makeDefault': 'Definir como padrão',
  'paymentMethodDialog.saving': 'Salvando…',
  'paymentMethodDialog.alreadyDefault': 'Esta é sua forma de pagamento padrão.',
  'paymentMethodDialog.defaultDone': (name) => `${name} agora é sua forma de pagamento padrão.`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} já usa esta forma de pagamento.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} agora é paga com ${method}.`,
  'paymentMethodDialog.paying': 'Pagando…',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} foi pago e sua assinatura ${name} está ativa novamente.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Ela renova em ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} pago. Sua assinatura ${name} está ativa novamente.`,
  'paymentMethodDialog.declined.title': 'O pagamento não foi aprovado.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Sua assinatura ${name} continua ${onHold ? 'suspensa' : 'em atraso'}. Escolha outra forma de pagamento ou adicione uma nova e tente novamente.`,
  'paymentMethodDialog.conflict': 'Esta assinatura mudou nesse meio-tempo. Confira os dados e tente novamente.',
  'paymentMethodDialog.remove.moves': (names) => `Para ${names}, será usada sua forma de pagamento padrão.`,
  'paymentMethodDialog.removing': 'Removendo…',
  'paymentMethodDialog.remove.lastNeeded':
    'É sua única forma de pagamento e suas assinaturas precisam de uma, por isso ela não pode ser removida. Adicione outra forma de pagamento primeiro.',
  'paymentMethodDialog.remove.refused': (message) => `Ela não foi removida. ${message}`,
  'paymentMethodDialog.addedPayNext': (name, amount) => `${name} foi adicionado. Clique em “Pagar ${amount} e reativar” para pagar com ele.`,
};

export default strings;
