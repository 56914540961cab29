/**
 * Les affaires gagnées et perdues sur une période : nombres et montants, taux de réussite, la plus grosse gagnée et
 * perdue. "gagnées, … ; perdues, aucune" se dit quel que soit le nombre, là où "a gagné … et perdu" voudrait une
 * négation ("n'a rien perdu") selon les chiffres.
 */
export const words = {
  winsLosses: {
    // La portée en contexte i18next : "Vos affaires" pour MINE, "Votre équipe", "Lena Fischer" pour les autres.
    summary: '{{- subject}}, {{- period}} : gagnées, {{- won}} ; perdues, {{- lost}}. Taux de réussite : {{rate}} pour cent.',
    summary_MINE: 'Vos affaires {{- period}} : gagnées, {{- won}} ; perdues, {{- lost}}. Taux de réussite : {{rate}} pour cent.',
    onlyLost: '{{- subject}}, {{- period}} : perdues, {{- deals}}.',
    onlyLost_MINE: 'Vos affaires {{- period}} : perdues, {{- deals}}.',
    onlyWon: '{{- subject}}, {{- period}} : gagnées, {{- deals}}.',
    onlyWon_MINE: 'Vos affaires {{- period}} : gagnées, {{- deals}}.',
    fromReport: "D'après votre rapport {{report}} : gagnées, {{- won}} ; perdues, {{- lost}}. Taux de réussite : {{rate}} pour cent.",
    deals_one: '{{count}} affaire pour {{- amount}}',
    deals_many: '{{count}} affaires pour {{- amount}}',
    deals_other: '{{count}} affaires pour {{- amount}}',
    noDeals: 'aucune',
    biggestWin: 'Plus grosse affaire gagnée : {{name}}{{- account}}{{- amount}}{{- owner}}.',
    biggestLoss: 'Plus grosse affaire perdue : {{name}}{{- account}}{{- amount}}{{- owner}}.',
    amount: ', {{- amount}}',
    by: ', par {{owner}}',
    none: {
      MINE: "Vous n'avez aucune affaire clôturée {{- period}}.",
      TEAM: "Votre équipe n'a aucune affaire clôturée {{- period}}.",
      ALL: "Il n'y a aucune affaire clôturée {{- period}}.",
      PERSON: "{{name}} n'a aucune affaire clôturée {{- period}}.",
    },
    over: 'En comptant les affaires de plus de {{- amount}} :',
    reportNone: "Votre rapport {{report}} n'a aucune affaire clôturée.",
    cardTitle: 'Gagnées et perdues, {{period}}',
    screen: {
      won: 'Gagnées',
      lost: 'Perdues',
      bar: '{{amount}} · {{deals}}',
      rate: 'Taux de réussite {{rate}} %',
      biggestWin: 'Plus grosse gagnée',
      biggestLoss: 'Plus grosse perdue',
      deal: '{{name}} · {{amount}}',
    },
    reportCardTitle: 'Gagnées et perdues : {{report}}',
    card: 'Gagnées : {{won}} ({{wonAmount}})\nPerdues : {{lost}} ({{lostAmount}})\nTaux de réussite : {{rate}}\nPlus grosse gagnée : {{biggestWin}}\nPlus grosse perdue : {{biggestLoss}}',
  },
};
