// English messages: publications imported from OpenAlex and the partners the institution publishes with (docs/research.md). zh/research.ts has the same keys (its type says so).
const research = {
  research: {
    title: 'Co-publications',
    intro:
      'The institutions our researchers publish with, counted from the publications imported from OpenAlex. A sustained partner abroad has three or more co-publications in the five years to the last year chosen (QS International Research Network).',
    years: 'Years of publication',
    from: 'From',
    to: 'To',
    loading: 'Loading co-publications…',
    error: 'The co-publications could not be loaded.',
    invalidYears: 'These years cannot be reported: choose a first year no later than the last.',
    empty: 'No publications are imported yet, or none of them has a partner in these years.',
    emptyImport: 'Import the institution’s works from OpenAlex below (a JSON Lines extract, one work a line).',
    emptyOffice: 'The international office imports the institution’s publications from OpenAlex.',
    summary: '{partners} partners · {sustained} sustained partners abroad, in {countries} countries',
    colPartner: 'Partner',
    colCountry: 'Country',
    colTotal: 'Co-publications',
    colSustained: 'Partnership',
    sustained: 'Sustained partner abroad',
    home: 'In the home country',
    import: {
      title: 'Import publications',
      hint: 'An OpenAlex works extract: JSON Lines (.jsonl), one Work object a line. “Check” reads the file and writes nothing; a work already recorded is replaced.',
      file: 'Extract file',
      check: 'Check',
      checking: 'Checking…',
      run: 'Import',
      running: 'Importing…',
      checked: 'The file holds {rows} works: {added} new, {updated} already recorded (replaced).',
      imported: 'Imported {rows} works: {added} new, {updated} replaced.',
      invalid: 'The file has bad lines; nothing was imported. Correct them and check again.',
      failed: 'The publications could not be imported.',
      colLine: 'Line',
      colField: 'Field',
      colMessage: 'Problem (as the server says it)',
    },
  },
}

export type ResearchMessages = typeof research
export default research
