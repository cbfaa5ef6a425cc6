import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LanguageModelSchema } from '../../simulator/model/schema';
import { defaultModelFiles, formatReport, lintFile } from '../../tools/model-lint/lint-files';
import { KNOWN_OVERLAP_PAIRS, lintModel } from '../../tools/model-lint/lint-model';
import { checkInvocationName } from '../../tools/model-lint/rules/invocation-name';
import {
  findOverlaps,
  type OverlapPair,
  staleKnownOverlaps,
} from '../../tools/model-lint/rules/overlap';
import { checkPhraseSlotSamples } from '../../tools/model-lint/rules/samples';

const fixture = (name: string): string => join('tests/model-lint/fixtures', name);
const errorsOf = (file: string) =>
  lintFile(file).problems.filter((problem) => problem.severity === 'error');

describe('model linter', () => {
  it('passes every real model, and lints all of them but the manifest by default', () => {
    const files = defaultModelFiles();
    expect(files).toContain(join('interaction-model', 'en-US.json'));
    expect(files.some((file) => file.endsWith('skill.json'))).toBe(false);
    for (const file of files) expect(lintFile(file).problems).toEqual([]);
  });

  it('refuses a phrase slot without a carrier phrase, or beside another slot', () => {
    const problems = checkPhraseSlotSamples(
      LanguageModelSchema.parse({
        invocationName: 'soreness coach',
        intents: [
          {
            name: 'DescribeIntent',
            slots: [
              { name: 'description', type: 'AMAZON.SearchQuery', samples: ['{description}'] },
              { name: 'area', type: 'SorenessArea' },
            ],
            samples: ['my {description}', '{description}', 'my {area} is {description}'],
          },
        ],
      }),
    ).map((problem) => problem.message);
    expect(problems).toEqual([
      '"{description}": a phrase slot needs a carrier phrase',
      '"my {area} is {description}": a phrase slot stands alone in its sample',
    ]);
  });

  it('refuses a model longer than Alexa accepts (1,000,000 characters of compact JSON)', () => {
    const valid = JSON.parse(readFileSync(fixture('valid-minimal.json'), 'utf8'));
    const intents = valid.interactionModel.languageModel.intents;
    const feel = intents.find((intent: { name: string }) => intent.name === 'FeelIntent');
    feel.samples = Array.from({ length: 40_000 }, (_, index) =>
      `it feels {feel} number ${'x'.repeat(index % 7)}${index}`.replace(/\d/g, ''),
    );
    const problems = lintModel(valid).filter((problem) => problem.message.includes('1000000'));
    expect(problems).toHaveLength(1);
    expect(lintModel(JSON.parse(readFileSync(fixture('valid-minimal.json'), 'utf8')))).toEqual([]);
  });

  it('refuses a slot sample that does not name its slot, or names one undeclared', () => {
    const model = JSON.parse(readFileSync(fixture('valid-minimal.json'), 'utf8'));
    const feel = model.interactionModel.languageModel.intents.find(
      (intent: { name: string }) => intent.name === 'FeelIntent',
    );
    feel.slots[0].samples = ['more of a {feel}', 'it is kind of sharp', 'a {feel} {nope}'];
    const messages = lintModel(model).map((problem) => `${problem.path}: ${problem.message}`);
    expect(messages).toEqual([
      '$.interactionModel.languageModel.intents[1].slots[0].samples[1]: slot sample "it is kind of sharp" does not name {feel}',
      '$.interactionModel.languageModel.intents[1].slots[0].samples[2]: slot {nope} is not declared on intent FeelIntent',
    ]);
  });

  it('refuses name-free phrases with slots, unknown intents, built-ins, or more than five', () => {
    const model = JSON.parse(readFileSync(fixture('valid-minimal.json'), 'utf8'));
    const launch = (value: string) => ({ type: 'LAUNCH', format: 'RAW_TEXT', value });
    model.interactionModel._nameFreeInteraction = {
      ingressPoints: [
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((word) => launch(`should I train ${word}`)),
        launch('my {feel} legs'),
        { type: 'INTENT', name: 'NoSuchIntent', format: 'RAW_TEXT', value: 'check me in' },
        { type: 'INTENT', name: 'AMAZON.HelpIntent', format: 'RAW_TEXT', value: 'help me out' },
        { type: 'INTENT', name: 'FeelIntent', format: 'RAW_TEXT', value: 'it feels dull' },
      ],
    };
    const messages = lintModel(model).map((problem) => `${problem.path}: ${problem.message}`);
    const at = (index: number) => `$.interactionModel._nameFreeInteraction.ingressPoints[${index}]`;
    expect(messages).toEqual([
      `${at(5)}: more than 5 phrases for LAUNCH`,
      `${at(6)}.value: a launch phrase has no slots`,
      `${at(7)}.name: NoSuchIntent is not a custom intent of the model`,
      `${at(8)}.name: AMAZON.HelpIntent is not a custom intent of the model`,
    ]);
  });

  it('passes the minimal valid fixture the broken ones derive from', () => {
    expect(lintFile(fixture('valid-minimal.json')).problems).toEqual([]);
  });

  it('refuses a sample with an undeclared slot, naming file, path and intent', () => {
    const lines = formatReport(lintFile(fixture('undeclared-slot.json')));
    expect(lines).toEqual([
      'tests/model-lint/fixtures/undeclared-slot.json: $.interactionModel.languageModel.intents[1].samples[1]: error: slot {foo} is not declared on intent FeelIntent',
    ]);
  });

  it('refuses a sample repeated across intents, ignoring case and spacing', () => {
    const [problem] = errorsOf(fixture('duplicate-sample-across-intents.json'));
    expect(problem?.path).toBe('$.interactionModel.languageModel.intents[1].samples[1]');
    expect(problem?.message).toContain('also a sample of CheckInIntent');
  });

  it('only warns on a sample repeated within one intent', () => {
    const problems = lintModel({
      interactionModel: {
        languageModel: {
          invocationName: 'soreness coach',
          intents: [
            { name: 'SkipIntent', samples: ['skip', 'Skip'] },
            ...['Help', 'Stop', 'Cancel', 'NavigateHome', 'Fallback'].map((name) => ({
              name: `AMAZON.${name}Intent`,
            })),
          ],
        },
      },
    });
    expect(problems).toEqual([
      {
        severity: 'warning',
        path: '$.interactionModel.languageModel.intents[0].samples[1]',
        message: 'sample "Skip" is repeated in SkipIntent',
      },
    ]);
  });

  it('refuses a bad invocation name', () => {
    const messages = errorsOf(fixture('bad-invocation.json')).map((problem) => problem.message);
    expect(messages.join('\n')).toMatch(/only lower-case letters/);
    expect(messages.join('\n')).toMatch(/launch or wake word "open"/);
  });

  it('refuses legacy {value|slot} syntax', () => {
    const [problem] = errorsOf(fixture('legacy-syntax.json'));
    expect(problem?.message).toMatch(/legacy \{value\|slot\} syntax/);
  });

  it('refuses a value id used twice in one slot type', () => {
    const [problem] = errorsOf(fixture('duplicate-value-id.json'));
    expect(problem?.path).toBe('$.interactionModel.languageModel.types[0].values[1].id');
  });

  it('refuses a model without a built-in intent certification needs', () => {
    const [problem] = errorsOf(fixture('missing-builtin.json'));
    expect(problem?.message).toBe('required built-in intent AMAZON.NavigateHomeIntent is missing');
  });

  it('warns, without failing, on digits in a sample', () => {
    const { problems } = lintFile(fixture('digits-in-sample.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('warning');
    expect(problems[0]?.path).toBe('$.interactionModel.languageModel.intents[0].samples[2]');
  });

  it('refuses unknown validation rules and prompts that do not exist', () => {
    const paths = errorsOf(fixture('bad-dialog.json')).map((problem) => problem.path);
    expect(paths).toEqual([
      '$.interactionModel.dialog.intents[0].slots[0].validations[0].type',
      '$.interactionModel.dialog.intents[0].slots[0].validations[0].prompt',
    ]);
  });

  it('refuses undefined slot types, synonyms shared by two values, bad names', () => {
    const problems = lintModel({
      interactionModel: {
        languageModel: {
          invocationName: 'soreness coach',
          intents: [
            {
              name: 'Check-In',
              slots: [
                { name: 'area', type: 'Nowhere' },
                { name: 'area', type: 'AMAZON.NUMBER' },
              ],
              samples: ['my {area} hurts!'],
            },
            { name: 'AmazonHelp' },
          ],
          types: [
            {
              name: 'Feel',
              values: [
                { id: 'dull', name: { value: 'dull', synonyms: ['sore'] } },
                { id: 'sharp', name: { value: 'sharp', synonyms: ['Sore'] } },
              ],
            },
          ],
        },
      },
    }).map((problem) => `${problem.severity} ${problem.path} ${problem.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/intents\[0\]\.name intent name "Check-In"/),
        expect.stringMatching(/slots\[1\]\.name slot area is declared twice/),
        expect.stringMatching(/AMAZON namespace/),
        expect.stringMatching(/required built-in intent AMAZON.HelpIntent is missing/),
        expect.stringMatching(/samples\[0\] characters not allowed in a sample: !/),
        expect.stringMatching(/slots\[0\]\.type slot type Nowhere/),
        expect.stringMatching(/values\[1\]\.name\.synonyms\[0\] "Sore" already names values\[0\]/),
      ]),
    );
  });

  it('reports a file that is not an interaction model by its JSON path', () => {
    expect(lintModel({ interactionModel: { languageModel: { intents: [] } } })).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '$.interactionModel.languageModel.invocationName',
      }),
    ]);
    expect(lintFile(fixture('no-such-file.json')).problems[0]?.message).toBe(
      'cannot read the file',
    );
  });

  it('exits 1 on errors and 0 on warnings only (CLI)', () => {
    const run = (file: string) =>
      spawnSync('npx', ['tsx', 'tools/model-lint/main.ts', fixture(file)], { encoding: 'utf8' });
    const broken = run('undeclared-slot.json');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('1 error(s), 0 warning(s)');
    expect(run('digits-in-sample.json').status).toBe(0);
  });
});

describe('sample hygiene rules', () => {
  const messagesOf = (file: string) =>
    errorsOf(fixture(file)).map((problem) => `${problem.path}: ${problem.message}`);
  const at = (intent: number, sample: number) =>
    `$.interactionModel.languageModel.intents[${intent}].samples[${sample}]`;

  it('refuses a word starting with an apostrophe ("I \'ve")', () => {
    expect(messagesOf('apostrophe-token.json')).toEqual([
      `${at(4, 0)}: "'ve" starts with an apostrophe: join it to its word`,
    ]);
  });

  it('refuses a word said twice in a row, but not "bye bye"', () => {
    expect(messagesOf('repeated-word.json')).toEqual([`${at(0, 2)}: "my my": a word twice`]);
  });

  it('refuses the invocation name inside a sample', () => {
    expect(messagesOf('invocation-in-sample.json')).toEqual([
      `${at(2, 0)}: the invocation name "soreness coach" inside a sample`,
    ]);
  });

  it('refuses a declared slot that no sample names', () => {
    expect(messagesOf('unused-slot.json')).toEqual([
      '$.interactionModel.languageModel.intents[1].slots[1]: slot otherFeel of FeelIntent is in no sample',
    ]);
  });

  it('refuses a name-free intent phrase that no sample of the intent matches', () => {
    expect(messagesOf('name-free-unmatched.json')).toEqual([
      '$.interactionModel._nameFreeInteraction.ingressPoints[2].value: "my muscles are sore can I train" matches no sample of CheckInIntent',
    ]);
  });
});

describe('cross-intent overlap', () => {
  const pairOf = (a: string, b: string): OverlapPair => [a, b];

  it('refuses the same words once a slot is filled with a value of its type', () => {
    expect(messagesOfFixture('cross-intent-overlap.json')).toEqual([
      "$.interactionModel.languageModel.intents[0].samples[2]: said in the same words as another intent's sample: CheckInIntent: it feels achy | FeelIntent: it feels {feel}",
    ]);
  });

  it('refuses the same carrier with slot types that share a value', () => {
    const model = JSON.parse(readFileSync(fixture('valid-minimal.json'), 'utf8'));
    const { languageModel } = model.interactionModel;
    languageModel.intents[0].slots.push({ name: 'feel', type: 'PainFeel' });
    languageModel.intents[0].samples.push('my {area} is {feel}');
    languageModel.intents[1].slots.push({ name: 'where', type: 'Place' });
    languageModel.intents[1].samples.push('my {where} is {feel}');
    languageModel.types.push({ name: 'Place', values: [{ id: 'leg', name: { value: 'legs' } }] });
    expect(findOverlaps(LanguageModelSchema.parse(languageModel)).map(({ pair }) => pair)).toEqual([
      pairOf('CheckInIntent: my {area} is {feel}', 'FeelIntent: my {where} is {feel}'),
    ]);
  });

  it('passes a pair in the known list, and the list names no pair that has gone', () => {
    const known = [pairOf('CheckInIntent: it feels achy', 'FeelIntent: it feels {feel}')];
    const model = JSON.parse(readFileSync(fixture('cross-intent-overlap.json'), 'utf8'));
    expect(lintModel(model, known)).toEqual([]);
    const valid = LanguageModelSchema.parse(
      JSON.parse(readFileSync(fixture('valid-minimal.json'), 'utf8')).interactionModel
        .languageModel,
    );
    expect(staleKnownOverlaps(known, [valid])).toEqual(known);
  });

  it("lists only pairs today's five models still have: the list can only shrink", () => {
    const models = defaultModelFiles().map((file) =>
      LanguageModelSchema.parse(
        JSON.parse(readFileSync(file, 'utf8')).interactionModel.languageModel,
      ),
    );
    expect(KNOWN_OVERLAP_PAIRS.length).toBeGreaterThan(0);
    expect(staleKnownOverlaps(KNOWN_OVERLAP_PAIRS, models)).toEqual([]);
  });
});

const messagesOfFixture = (file: string) =>
  errorsOf(fixture(file)).map((problem) => `${problem.path}: ${problem.message}`);

describe('invocation name rules', () => {
  it.each([
    ['soreness coach', 0],
    ["jane's coach", 0],
    ['coach', 1],
    ['alexa coach', 1],
    ['the coach', 1],
    ['coach for you', 0],
    ['soreness coach two', 0],
    ['Soreness Coach', 1],
    ['soreness-coach', 2],
    ['start my coach', 1],
  ])('"%s" has %i problem(s)', (name, count) => {
    expect(checkInvocationName(name)).toHaveLength(count);
  });
});
