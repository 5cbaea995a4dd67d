// Pairs of reports the comparison tests paste, as a user would bring them.

/** One story told twice: the prosecutors' demand in words that reconcile
 * ("as much as 30 months", "at least 22 months"), the same sum, a count of
 * nurses that differs, a figure only each gives, and one sentence both
 * carry word for word. */
export const SENTENCING = {
  a: {
    title: 'Union treasurer faces prison',
    text:
      "Prosecutors sought as much as 30 months in prison for Dana Whitfield, the court heard on Monday. " +
      "Whitfield, a former treasurer of the Harlow Nurses Union, admitted taking 120,000 dollars from the union's strike fund. " +
      'The union said 40 nurses had lost their strike pay because of the theft. ' +
      'The union has about 2,300 members in Essex. ' +
      'Judge Maria Okafor will sentence Whitfield at Leeds Crown Court on March 14. ' +
      "The union's chair, Peter Lang, said members felt betrayed. " +
      'Whitfield did not speak during the hearing. ' +
      "Whitfield's lawyer told the court she had been struggling with gambling debts.",
  },
  b: {
    title: 'Whitfield awaits sentence',
    text:
      'Prosecutors asked for at least 22 months in prison for Dana Whitfield on Monday. ' +
      'Whitfield, who was treasurer of the Harlow Nurses Union, has admitted taking 120,000 dollars from its strike fund. ' +
      'The union said 45 nurses had lost their strike pay as a result. ' +
      'Judge Maria Okafor is due to sentence her at Leeds Crown Court on March 14. ' +
      'The sentencing hearing is expected to last two days. ' +
      'Whitfield did not speak during the hearing. ' +
      'Defence lawyers said Whitfield had repaid part of the money. ' +
      'The case has prompted calls for tighter checks on union accounts.',
  },
};

/** Two reports of different stories: an earthquake and a football transfer. */
export const UNRELATED = {
  a: {
    title: 'Earthquake shakes Sumatra',
    text:
      'A strong earthquake shook the western coast of Sumatra early on Tuesday, damaging hundreds of homes and forcing thousands of residents to flee to higher ground. ' +
      'The tremor struck about 80 kilometres off the coast at a depth of 10 kilometres, the national geophysics agency said. ' +
      'Rescue workers were searching collapsed buildings in Padang for survivors. ' +
      'No tsunami warning was issued.',
  },
  b: {
    title: 'Rovers sign Mendes',
    text:
      'Northbridge Rovers have signed the Portuguese winger Tiago Mendes from Vitoria on a four-year contract. ' +
      'The club did not disclose the fee, but local media put it at 18 million euros. ' +
      'Mendes scored nine goals in the league last season. ' +
      'Manager Ellen Hartley said she had followed the player for two years.',
  },
};

/** The sentences of a report as these texts are written: one per full stop. */
export function sentences(text) {
  return text.split(/(?<=\.)\s+/);
}
