/**
 * What ask-cli uploads (skill-package/) and the account linking template, checked offline: structurally against
 * the SMAPI schemas in ask-smapi-model's spec.json, then against the rules Alexa applies on import and
 * certification (invocation name, sample utterances, example phrases, icons) and against the code (handlers).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HANDLED_INTENTS } from '../../lambda/src/conversations/index';
import { modelProblems, readLocales, readModels, searchedSlots, staleFiles } from '../../models/build';

const root = join(__dirname, '../..');
const skillPackage = join(root, 'skill-package');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

// ---- SMAPI schemas ----

type Schema = { [key: string]: unknown };

/** Swagger 2.0's `discriminator` is a property name, which ajv would read as OpenAPI 3's keyword: drop it. */
function withoutDiscriminators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDiscriminators);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'discriminator').map(([k, v]) => [k, withoutDiscriminators(v)]));
}

/**
 * The spec leaves objects open, so a misspelt key ("distributionCountry") would pass. Closing every object that lists
 * its properties (and is not a composition) makes an unknown key an error, which SMAPI would ignore or reject.
 */
function closed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closed);
  if (value === null || typeof value !== 'object') return value;
  const out: Schema = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([name, s]) => [name, closed(s)])) : closed(v);
  }
  if (out.properties && !('additionalProperties' in out) && !out.allOf) out.additionalProperties = false;
  return out;
}

const spec = readJson(join(root, 'node_modules/ask-smapi-model/spec.json'));
const definitions = withoutDiscriminators(spec.definitions);
// Formats the spec names but ajv does not know; "uri" is checked, the descriptive ones accepted as they are.
const ajv = new Ajv({
  strict: false,
  allErrors: true,
  formats: { uri: (s: string) => URL.canParse(s), 'ISO 4217 format': true, 'ISO_8601#Durations format': true },
});
ajv.addSchema({ $id: 'smapi', definitions: closed(definitions) });

function validator(definition: string): ValidateFunction {
  const validate = ajv.getSchema(`smapi#/definitions/${definition}`);
  if (!validate) throw new Error(`${definition} is not in ask-smapi-model's spec.json`);
  return validate;
}

function expectValid(validate: ValidateFunction, data: unknown, what: string) {
  const ok = validate(data);
  expect(ok, `${what}: ${JSON.stringify(validate.errors, null, 1)}`).to.equal(true);
}

// ---- the files ----

interface Slot {
  name: string;
  type: string;
  samples?: string[];
}
interface Intent {
  name: string;
  slots?: Slot[];
  samples?: string[];
}
interface SlotType {
  name: string;
  values: { name: { value: string; synonyms?: string[] } }[];
}
interface LanguageModel {
  invocationName: string;
  intents: Intent[];
  types?: SlotType[];
}

const manifest = readJson(join(skillPackage, 'skill.json')).manifest;
// Not part of the skill package (ask-cli uploads skill-package/ whole): the body `ask smapi update-account-linking-info` sends.
const accountLinkingFile = join(root, 'accountLinking.json');
const accountLinking = readJson(accountLinkingFile);
const modelDir = join(skillPackage, 'interactionModels/custom');
const models: Record<string, { interactionModel: { languageModel: LanguageModel } }> = Object.fromEntries(
  readdirSync(modelDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), readJson(join(modelDir, f))]),
);
const locales = Object.keys(models);

// ---- voice rules ----

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million';

/** What a user may say for a slot in an example phrase: a number in words, a listed value or synonym, or anything. */
function slotPattern(type: string, types: SlotType[]): string {
  if (type === 'AMAZON.NUMBER') return `(?:${NUMBER_WORD})(?:[ -](?:and )?(?:${NUMBER_WORD}))*`;
  const custom = types.find((t) => t.name === type);
  if (custom) return custom.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]).map(escapeRegExp).join('|');
  return '.+';
}

function sampleMatcher(sample: string, intent: Intent, types: SlotType[]): RegExp {
  const source = sample
    .split(/(\{\w+\})/)
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!slot) return escapeRegExp(part);
      const type = intent.slots?.find((s) => s.name === slot)?.type;
      return type ? `(?:${slotPattern(type, types)})` : '(?!)';
    })
    .join('');
  return new RegExp(`^${source}$`, 'i');
}

/**
 * Amazon's phrases for opening a skill and asking it, and the words that may join "ask <invocation>" to an
 * utterance, by language (https://developer.amazon.com/docs/custom-skills/understanding-how-users-invoke-custom-skills.html;
 * [unconfirmed] the German, French and Spanish forms, which that page gives in English only).
 */
const INVOKING: Record<string, { open: string[]; ask: string[]; connectors: string[] }> = {
  en: { open: ['open', 'launch', 'start', 'begin', 'load', 'run', 'use'], ask: ['ask', 'tell'], connectors: ['to', 'for', 'about', 'if', 'whether', 'that', 'and', 'from'] },
  de: { open: ['öffne', 'starte', 'benutze'], ask: ['frag', 'frage', 'sag', 'sage'], connectors: ['nach', 'ob', 'dass', 'und'] },
  fr: { open: ['ouvre', 'lance', 'démarre'], ask: ['demande à', 'dis à'], connectors: ['de', 'si', 'pour', 'que'] },
  es: { open: ['abre', 'inicia'], ask: ['pide a', 'pregunta a', 'dile a'], connectors: ['que', 'si', 'por'] },
};
const invokingIn = (locale: string) => INVOKING[locale.split('-')[0]!]!;

/** The utterance an example phrase hands the skill: null for a plain launch, undefined when it is malformed. */
function utteranceOf(phrase: string, invocation: string, locale: string): string | null | undefined {
  const text = phrase.replace(/[.?!]$/, '').toLowerCase();
  const inv = escapeRegExp(invocation);
  const { open, ask } = invokingIn(locale);
  if (new RegExp(`^alexa, (?:${open.join('|')}) ${inv}$`).test(text)) return null;
  return new RegExp(`^alexa, (?:${ask.join('|')}) ${inv},? (.+)$`).exec(text)?.[1];
}

function matchesASample(utterance: string, model: LanguageModel, locale: string): boolean {
  const types = model.types ?? [];
  const candidates = [utterance, ...invokingIn(locale).connectors.filter((c) => utterance.startsWith(`${c} `)).map((c) => utterance.slice(c.length + 1))];
  // A sample's own words must all be in the utterance before its slots' patterns are worth building: with some
  // thirteen thousand samples, building every pattern made this check take most of the test's time.
  const hasWordsOf = (sample: string, c: string) => sample.split(/\{\w+\}/).every((part) => c.toLowerCase().includes(part.trim().toLowerCase()));
  return model.intents.some((intent) =>
    (intent.samples ?? []).some((sample) => candidates.some((c) => hasWordsOf(sample, c) && sampleMatcher(sample, intent, types).test(c))),
  );
}

// Amazon's invocation name requirements: words a name must not contain.
const FORBIDDEN_IN_INVOCATION = [
  ...['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'],
  ...['ask', 'tell', 'open', 'launch', 'load', 'begin', 'enable', 'start', 'play', 'resume', 'run', 'use'],
  ...['to', 'from', 'by', 'if', 'and', 'whether'],
];

/** Letters, spaces, possessive apostrophes, periods of abbreviations, hyphens, and {slot} references. */
const UTTERANCE_CHARACTERS = /^[\p{L} '.\-{}]+$/u;

function samplesOf(intent: Intent): string[] {
  return [...(intent.samples ?? []), ...(intent.slots ?? []).flatMap((s) => s.samples ?? [])];
}

// ---- tests ----

describe('skill-package: SMAPI schemas (ask-smapi-model spec.json)', () => {
  it('skill.json is a v1.skill.Manifest.SkillManifestEnvelope with no unknown keys', () => {
    expectValid(validator('v1.skill.Manifest.SkillManifestEnvelope'), readJson(join(skillPackage, 'skill.json')), 'skill.json');
  });

  for (const locale of locales) {
    it(`interactionModels/custom/${locale}.json is a v1.skill.interactionModel.InteractionModelData`, () => {
      expectValid(validator('v1.skill.interactionModel.InteractionModelData'), models[locale], locale);
    });
  }

  it('holds only what the skill package format has: skill.json, interaction models and assets', () => {
    expect(readdirSync(skillPackage).sort()).to.deep.equal(['assets', 'interactionModels', 'skill.json']);
  });

  it('accountLinking.json is the v1.skill.accountLinking.AccountLinkingRequest body update-account-linking-info sends', () => {
    expectValid(validator('v1.skill.accountLinking.AccountLinkingRequest'), accountLinking, 'accountLinking.json');
    expect(Object.keys(accountLinking)).to.deep.equal(['accountLinkingRequest']);
  });

  it('catches a misspelt key (the schemas are closed, so the checks above are not vacuous)', () => {
    const typo = structuredClone(readJson(join(skillPackage, 'skill.json')));
    typo.manifest.publishingInformation.distributionCountry = ['US'];
    expect(validator('v1.skill.Manifest.SkillManifestEnvelope')(typo)).to.equal(false);
  });
});

describe('skill-package: skill.json', () => {
  const publishing = manifest.publishingInformation;

  it('is a private business skill for the countries of its locales', () => {
    expect(publishing.distributionMode).to.equal('PRIVATE');
    expect(publishing.isAvailableWorldwide).to.equal(false);
    const countries = [...new Set(locales.map((l) => l.split('-')[1]))].sort();
    expect([...publishing.distributionCountries].sort()).to.deep.equal(countries);
    expect(publishing.category).to.equal('BUSINESS_AND_FINANCE');
    expect(manifest.manifestVersion).to.equal('1.0');
  });

  it('publishes, and states privacy terms for, exactly the locales that have an interaction model', () => {
    expect(Object.keys(publishing.locales).sort()).to.deep.equal([...locales].sort());
    const published = Object.entries(readLocales()).filter(([, def]) => def.published).map(([l]) => l);
    expect([...locales].sort(), 'the published locales of models/locales.json').to.deep.equal(published.sort());
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).to.deep.equal([...locales].sort());
  });

  it('declares the personal data it handles, and no purchases, ads or children', () => {
    expect(manifest.privacyAndCompliance).to.include({
      usesPersonalInfo: true,
      allowsPurchases: false,
      isExportCompliant: true,
      containsAds: false,
      isChildDirected: false,
    });
    for (const urls of Object.values(manifest.privacyAndCompliance.locales) as Record<string, string>[]) {
      for (const url of Object.values(urls)) expect(new URL(url).protocol).to.equal('https:');
    }
  });

  it('has only the custom API, which `ask dialog` requires, with an endpoint ask-cli fills in or none yet', () => {
    expect(Object.keys(manifest.apis)).to.deep.equal(['custom']);
    const uri = manifest.apis.custom.endpoint?.uri;
    if (uri !== undefined) expect(uri).to.match(/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:/);
  });

  for (const locale of locales) {
    const info = publishing.locales[locale];
    const model = models[locale]!.interactionModel.languageModel;

    it(`${locale}: names the skill and keeps the summary within 160 characters`, () => {
      expect(info.name).to.equal('Sales Assistant');
      expect(info.summary.length).to.be.within(1, 160);
      expect(info.description.length).to.be.within(1, 4000);
      expect(info.keywords).to.not.have.length(0);
    });

    it(`${locale}: example phrases open the skill first, then say real samples of the model`, () => {
      const phrases: string[] = info.examplePhrases;
      expect(phrases).to.have.length.within(1, 3);
      expect(utteranceOf(phrases[0]!, model.invocationName, locale), phrases[0]).to.equal(null);
      for (const phrase of phrases.slice(1)) {
        const utterance = utteranceOf(phrase, model.invocationName, locale);
        expect(utterance, `"${phrase}" is not "Alexa, ask ${model.invocationName} …"`).to.be.a('string');
        expect(matchesASample(utterance!, model, locale), `"${phrase}" matches no sample utterance`).to.equal(true);
      }
    });

    it(`${locale}: the example phrase check rejects a phrase that is no sample`, () => {
      // Not "for …": "for {duration}" (a meeting's correction, "for an hour") is a sample, and this check lets any words fill a built-in slot.
      expect(matchesASample('my top five cats', model, locale)).to.equal(false);
      expect(matchesASample('my top 5 opportunities', model, locale)).to.equal(false);
      expect(matchesASample('meine top katzen', model, locale)).to.equal(false);
    });

    it(`${locale}: icons are PNGs in the package, 108 and 512 pixels square`, () => {
      for (const [key, size] of [['smallIconUri', 108], ['largeIconUri', 512]] as const) {
        const uri: string = info[key];
        expect(uri, key).to.match(/^file:\/\/assets\/images\/[\w.-]+\.png$/);
        const png = readFileSync(join(skillPackage, uri.slice('file://'.length)));
        expect(png.subarray(0, 8).toString('hex'), key).to.equal('89504e470d0a1a0a');
        expect(png.subarray(12, 16).toString('ascii'), key).to.equal('IHDR');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], key).to.deep.equal([size, size]);
      }
    });
  }
});

describe('skill-package: interaction models', () => {
  it('are what models/build.ts generates from models/ (run npm run build:models if this fails)', () => {
    expect(staleFiles()).to.deep.equal([]);
  });

  for (const locale of locales) {
    const model = models[locale]!.interactionModel.languageModel;

    it(`${locale}: the invocation name is two or more lowercase words with no launch, wake or connecting word`, () => {
      const name = model.invocationName;
      expect(name).to.match(/^[a-z][a-z' .]*[a-z.]$/);
      const words = name.split(' ');
      expect(words.length).to.be.at.least(2);
      expect(words.filter((w) => FORBIDDEN_IN_INVOCATION.includes(w))).to.deep.equal([]);
    });

    it(`${locale}: samples use words only (numbers spelled out), single spaces and declared slots`, () => {
      const bad: string[] = [];
      for (const intent of model.intents) {
        const slots = new Set((intent.slots ?? []).map((s) => s.name));
        for (const sample of samplesOf(intent)) {
          const where = `${intent.name}: "${sample}"`;
          if (/\d/.test(sample)) bad.push(`${where} has digits`);
          if (!UTTERANCE_CHARACTERS.test(sample)) bad.push(`${where} has punctuation Alexa rejects`);
          if (sample !== sample.trim() || / {2}/.test(sample)) bad.push(`${where} has stray spaces`);
          for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) if (!slots.has(slot!)) bad.push(`${where} uses undeclared {${slot}}`);
          if (/\{(?!\w+\})|(?<!\{\w+)\}/.test(sample)) bad.push(`${where} has an unbalanced brace`);
        }
      }
      expect(bad).to.deep.equal([]);
    });

    // A slot's answers ("{account}") may repeat in another intent's slot: Alexa routes them by the dialog in progress
    // (developer.amazon.com/docs/alexa/custom-skills/use-a-dialog-model-to-manage-ambiguous-responses.html).
    it(`${locale}: no intent sample appears twice, within or across intents, nor within one slot's samples`, () => {
      const owner = new Map<string, string>();
      const duplicates: string[] = [];
      const claim = (key: string, where: string) => {
        if (owner.has(key)) duplicates.push(`"${key}" in ${owner.get(key)} and ${where}`);
        else owner.set(key, where);
      };
      for (const intent of model.intents) {
        for (const sample of intent.samples ?? []) claim(sample.toLowerCase(), intent.name);
        for (const slot of intent.slots ?? []) {
          for (const sample of slot.samples ?? []) claim(`${intent.name}.${slot.name}: ${sample.toLowerCase()}`, 'the same slot');
        }
      }
      expect(duplicates).to.deep.equal([]);
    });

    // The build's own checks (models/build.ts modelProblems: a/an, doubled words, dangling prepositions, duplicates,
    // adjacent slots, catch-all carriers, AMAZON.SearchQuery carriers, names, lengths) on the file ask-cli uploads,
    // so a hand edit of the generated model cannot ship what the build would refuse.
    it(`${locale}: passes the build's sample checks as uploaded`, () => {
      expect(modelProblems(model, searchedSlots(readModels()[locale]!), locale).map((p) => `[${p.rule}] ${p.where}: "${p.sample}" ${p.message}`)).to.deep.equal([]);
    });

    it(`${locale}: every intent has a handler and every handled intent is in the model`, () => {
      const modelIntents = model.intents.map((i) => i.name);
      const handled = new Set<string>(HANDLED_INTENTS);
      expect(modelIntents.filter((i) => !handled.has(i)), 'intents without a handler').to.deep.equal([]);
      expect([...handled].filter((i) => !modelIntents.includes(i)), 'handlers for intents the model lacks').to.deep.equal([]);
    });
  }
});

describe('accountLinking.json (Salesforce OAuth 2.0 web server flow)', () => {
  const request = accountLinking.accountLinkingRequest;

  it('uses the authorization code grant against one Salesforce login host', () => {
    expect(request.type).to.equal('AUTH_CODE');
    const authorize = new URL(request.authorizationUrl);
    const token = new URL(request.accessTokenUrl);
    expect([authorize.protocol, authorize.pathname]).to.deep.equal(['https:', '/services/oauth2/authorize']);
    expect([token.protocol, token.pathname]).to.deep.equal(['https:', '/services/oauth2/token']);
    expect(token.host).to.equal(authorize.host);
    expect(authorize.host).to.equal('login.salesforce.com');
  });

  it('sends the client credentials in the body, asks for api, refresh_token and id, and requires linking on enable', () => {
    expect(request.accessTokenScheme).to.equal('REQUEST_BODY_CREDENTIALS');
    // id: the skill's first call on a new token is userinfo, an identity service (test/org/oauth.test.ts enforces it).
    expect(request.scopes).to.deep.equal(['api', 'refresh_token', 'id']);
    expect(request.skipOnEnablement).to.equal(false);
  });

  it('assumes an hour per access token, since Salesforce sends no expires_in', () => {
    expect(request.defaultTokenExpirationInSeconds).to.equal(3600);
  });

  it('lists domains covering the login host', () => {
    const host = new URL(request.authorizationUrl).host;
    expect((request.domains as string[]).some((d) => host === d || host.endsWith(`.${d}`))).to.equal(true);
  });

  it('holds placeholders, never a consumer key or secret', () => {
    expect(request.clientId).to.match(/^<[A-Z_]+>$/);
    expect(request.clientSecret).to.match(/^<[A-Z_]+>$/);
    const text = readFileSync(accountLinkingFile, 'utf8');
    // Salesforce consumer keys start with 3MVG; secrets are long hex strings.
    expect(text).to.not.match(/3MVG[\w.]{20,}/);
    expect(text).to.not.match(/\b[0-9A-Fa-f]{40,}\b/);
  });
});
