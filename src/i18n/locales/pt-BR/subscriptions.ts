import type { PartialNamespaceStrings } from '../../locales.js';

const per = (every: string) => (/^\d/.test(every) ? `a cada ${every}` : `por ${every}`);

const strings: PartialNamespaceStrings<'subscriptions'> = {
  'subscriptions.title': 'Assinaturas',
  'subscriptions.loading': 'Carregando assinaturas…',
  'subscriptions.signedOut': 'Faça login para ver suas assinaturas.',
  'subscriptions.empty': 'Você não tem assinaturas.',
  'subscriptions.notFound': 'Assinatura não encontrada.',
  'subscriptions.status.paused': 'Pausada',
  'subscriptions.status.canceling': 'Será cancelada',
  'subscriptions.pricePerUnit': (a, e) => `${a} por usuário ${per(e)}`,
  'subscriptions.paymentMethod': 'Forma de pagamento',
  'subscriptions.pm.endingIn': (n, l) => `${n} com final ${l}`,
  'subscriptions.date.renews': (d) => `Renova em ${d}`,
  'subscriptions.date.trialEnds': (d) => `O período de teste termina em ${d}`,
  'subscriptions.date.cancels': (d) => `Termina em ${d}`,
  'subscriptions.date.pausedUntil': (d) => `Pausada até ${d}`,
  'subscriptions.date.pausedIndefinitely': 'Pausada até você retomar',
  'subscriptions.date.canceled': (d) => `Cancelada em ${d}`,
  'subscriptions.onHold': (a) => `O último pagamento falhou e a assinatura está suspensa. Atualize a forma de pagamento para pagar ${a}.`,
  'subscriptions.pastDue': (a) => `O último pagamento falhou. Atualize a forma de pagamento para pagar ${a}.`,
  'subscriptions.updatePaymentMethod': 'Atualizar forma de pagamento',
  'subscriptions.blocked.schedule': 'Com um cronograma de cobrança, aqui ela só pode ser cancelada.',
  'subscriptions.blocked.multiple_items': 'Com vários itens, aqui ela só pode ser cancelada.',
  'subscriptions.blocked.usage_based': 'Com cobrança por uso, aqui ela só pode ser cancelada.',
  'subscriptions.action.update': 'Mudar de plano',
  'subscriptions.resuming': 'Retomando…',
  'subscriptions.undone': (n, d) => `${n} não será mais cancelada e renova em ${d}.`,
  'subscriptions.resumed': (n) => `${n} está ativa novamente.`,
  'subscriptions.conflict': 'Ela mudou nesse meio-tempo. Confira e tente novamente.',
  'subscriptions.link.cannotCancel': (n) => `${n} não pode ser cancelada aqui no momento.`,
  'subscriptions.link.cannotChange': (n) => `O plano de ${n} não pode ser alterado aqui no momento.`,
};

export default strings;
