import { expect } from 'chai';
import {
  expandPhrase,
  MAX_SAMPLE_LENGTH,
  modelProblems,
  searchedSlots,
  withPromptWords,
  readModels,
  staleFiles,
  takesAn,
  toAlexaModel,
  type AlexaLanguageModel,
  type LocaleModel,
} from '../../models/build';

describe('voice model build', () => {
  it('expands alternatives, with an empty one making a group optional', () => {
    expect(expandPhrase('(what are|) my top {count} (deals|opportunities)')).to.deep.equal([
      'what are my top {count} deals',
      'what are my top {count} opportunities',
      'my top {count} deals',
      'my top {count} opportunities',
    ]);
  });
  it('has written the generated files from the current models (run npm run build:models if this fails)', () => {
    expect(staleFiles()).to.deep.equal([]);
  });
});

/** A one-intent model: TestIntent with a custom slot {x} (type Thing), a number {n} and a free-text {q}. */
function tiny(samples: string[], more: Partial<AlexaLanguageModel> = {}, slotSamples: string[] = []): AlexaLanguageModel {
  return {
    intents: [
      {
        name: 'TestIntent',
        slots: [
          { name: 'x', type: 'Thing', samples: slotSamples },
          { name: 'n', type: 'AMAZON.NUMBER' },
          { name: 'q', type: 'AMAZON.SearchQuery' },
          { name: 'd', type: 'AMAZON.DATE' },
        ],
        samples,
      },
      ...(more.intents ?? []),
    ],
    types: more.types ?? [{ name: 'Thing', values: [{ name: { value: 'thing', synonyms: ['stuff'] } }] }],
  };
}

/** What the checks report, as "rule where: sample". */
const found = (model: AlexaLanguageModel) => modelProblems(model).map((p) => `${p.rule} ${p.where}: ${p.sample}`);

describe('voice model checks (a bad sample fails the build)', () => {
  describe('a or an', () => {
    it('goes by the sound of the next word, with the usual exceptions', () => {
      for (const word of ['opportunity', 'hour', 'honest', 'm', 'm.', 's', 'x', 'hr', 'sql', 'urgent', 'update', 'unusual', 'uninstalled', 'unimportant', 'eight', 'invoice']) {
        expect(takesAn(word), word).to.equal(true);
      }
      for (const word of ['deal', 'one', 'once', 'user', 'usual', 'unit', 'unique', 'utility', 'european', 'b', 'u', 'crm', 'house', 'year']) {
        expect(takesAn(word), word).to.equal(false);
      }
    });

    it('flags "an deal" and "a opportunity" in samples, slot samples and slot values', () => {
      const model = tiny(['add an deal', 'add a opportunity'], {
        types: [{ name: 'Thing', values: [{ name: { value: 'thing', synonyms: ['an bug'] } }] }],
      }, ['it is a error with {x}']);
      expect(found(model)).to.deep.equal([
        'article type Thing: an bug',
        'article TestIntent.x: it is a error with {x}',
        'article TestIntent: add an deal',
        'article TestIntent: add a opportunity',
      ]);
    });

    it('accepts "a one on one", "a user", "an hour", "an M", and leaves "a {slot}" alone', () => {
      expect(found(tiny(['book a one on one', 'add a user', 'wait an hour', 'grade an m', 'add a {x}', 'add an {x}', 'log a crm note']))).to.deep.equal([]);
    });
  });

  it('flags a word said twice, not the same word apart', () => {
    expect(found(tiny(['the the deals', 'top deals deals', 'deals and more deals', 'no no']))).to.deep.equal([
      'doubled-word TestIntent: the the deals',
      'doubled-word TestIntent: top deals deals',
    ]);
  });

  it('flags a sample ending on a preposition or an article, not a phrasal verb', () => {
    expect(found(tiny(['create a case for', 'add a', 'open the', 'deals for {x}', 'help me log in']))).to.deep.equal([
      'dangling TestIntent: create a case for',
      'dangling TestIntent: add a',
      'dangling TestIntent: open the',
    ]);
  });

  it('flags samples that differ only by case, within an intent, within a slot, and across intents', () => {
    const other = { name: 'OtherIntent', samples: ['Top Deals', 'other deals'] };
    expect(found(tiny(['top deals', 'Top deals', 'more deals'], { intents: [other] }, ['for {x}', 'For {x}']))).to.deep.equal([
      'duplicate TestIntent.x: For {x}',
      'duplicate TestIntent: Top deals',
      'duplicate OtherIntent: Top Deals',
    ]);
  });

  it('flags two slots without a word between them, unless a date or time that parses its own words follows', () => {
    expect(found(tiny(['top {n} {x}', 'top {n}{x}', 'top {n} deals {x}', 'for {x} top {n}', 'meet {x} {d}', 'meet on {d} {x}']))).to.deep.equal([
      'adjacent-slots TestIntent: top {n} {x}',
      'adjacent-slots TestIntent: top {n}{x}',
      'adjacent-slots TestIntent: meet on {d} {x}',
    ]);
  });

  it('flags a generic carrier with only a phrase-catching slot, not a carrier with content or a number', () => {
    expect(found(tiny(["what's {x}", 'what is the {x}', 'tell me {x}', '{x}', 'which deals are {x}', "what's {n}", "what's {x} for {n} deals"]))).to.deep.equal([
      "catch-all TestIntent: what's {x}",
      'catch-all TestIntent: what is the {x}',
      'catch-all TestIntent: tell me {x}',
      'catch-all TestIntent: {x}',
    ]);
    // A slot's own samples answer a question Alexa asked: "{x}" alone is the usual answer.
    expect(found(tiny(['which deals are {x}'], {}, ['{x}']))).to.deep.equal([]);
    // A slot whose handler searches for what it caught and says when nothing matches may follow a carrier.
    expect(modelProblems(tiny(["what's {x}", 'tell me {x}']), new Set(['TestIntent.x']))).to.deep.equal([]);
  });

  it('flags an AMAZON.SearchQuery sample without a carrier phrase, or sharing the sample with another slot', () => {
    expect(found(tiny(['{q}', 'report on {q}', 'report on {q} for {x}']))).to.deep.equal([
      'search-query TestIntent: {q}',
      'catch-all TestIntent: {q}',
      'search-query TestIntent: report on {q} for {x}',
    ]);
  });

  it(`flags a sample longer than ${MAX_SAMPLE_LENGTH} characters`, () => {
    const at = (length: number) => `deals ${'x'.repeat(length - 'deals '.length)}`;
    expect(found(tiny([at(MAX_SAMPLE_LENGTH), at(MAX_SAMPLE_LENGTH + 1)]))).to.deep.equal([`length TestIntent: ${at(MAX_SAMPLE_LENGTH + 1)}`]);
  });

  it('flags a slot used twice in one sample', () => {
    expect(found(tiny(['from {x} to {x}', 'from {x} to {n}']))).to.deep.equal(['slot-twice TestIntent: from {x} to {x}']);
  });

  it('flags names Alexa refuses, an undeclared slot type and a custom type with no values', () => {
    const model: AlexaLanguageModel = {
      intents: [
        { name: 'Bad-Intent', samples: ['bad deals'] },
        { name: 'AMAZON.HelpIntent', samples: [] },
        { name: 'GoodIntent', slots: [{ name: 'close date', type: 'Empty' }, { name: 'x', type: 'Missing' }, { name: 'd', type: 'AMAZON.DATE' }] },
      ],
      types: [{ name: 'Empty', values: [] }, { name: 'Bad-Type', values: [{ name: { value: 'v', synonyms: ['w'] } }] }],
    };
    expect(found(model)).to.deep.equal([
      'slot-type Empty: ',
      'name Bad-Type: ',
      'name Bad-Intent: ',
      'name GoodIntent.close date: ',
      'slot-type GoodIntent.x: ',
    ]);
  });

  it('stops the build, naming the phrase a bad sample came from', () => {
    const model: LocaleModel = {
      invocation: 'sales assistant',
      intents: { AddIntent: { phrases: ['(add|create) (an|a) (opportunity|deal)'] } },
      entityTypes: {},
    };
    expect(() => toAlexaModel(model)).to.throw(
      /\[article\] AddIntent: "add an deal" in "\(add\|create\) \(an\|a\) \(opportunity\|deal\)": "an deal" should be "a deal" \(and 1 more samples of that phrase\)/,
    );
  });

  for (const [locale, model] of Object.entries(readModels())) {
    it(`finds nothing in the ${locale} model`, () => {
      const alexa = toAlexaModel(model, locale) as { interactionModel: { languageModel: AlexaLanguageModel } };
      expect(modelProblems(alexa.interactionModel.languageModel, searchedSlots(model), locale)).to.deep.equal([]);
    });
  }
});

describe('dialog prompts, written once in the words', () => {
  const model = (entity: object) => ({ invocation: 'x', intents: { AskIntent: { phrases: ['ask {thing}'], entities: { thing: { type: 'Thing', phrases: ['{thing}'], ...entity } } } }, entityTypes: {} });
  const words = { things: { ask: 'Which thing?' } };

  it('takes a prompt’s text from its words key', () => {
    const m = model({ prompt: 'things.ask' });
    withPromptWords(m, words, 'en-US');
    expect(m.intents.AskIntent.entities.thing).to.deep.include({ prompts: ['Which thing?'] });
  });

  it('refuses a prompt written as text, and a key with no words', () => {
    expect(() => withPromptWords(model({ prompts: ['Which thing?'] }), words, 'en-US')).to.throw(/write the prompt as a words key/);
    expect(() => withPromptWords(model({ prompt: 'things.missing' }), words, 'en-US')).to.throw(/no words for the prompt key things\.missing/);
  });
});
