import { describe, expect, it } from 'vitest';
import { withApostropheSAsIs, withoutHesitations } from '../../simulator/nlu/discourse';
import { normaliseWords } from '../../simulator/nlu/normalise';
import { parseNumber } from '../../simulator/nlu/numbers';
import { ssmlToText } from '../../simulator/speech-text';

const words = (text: string) => text.split(' ');

describe('normalising what users type', () => {
  it.each([
    ["I'm not sore", 'i am not sore'],
    ["I can't move it, it's stiff", 'i can not move it it is stiff'],
    ['I cannot bear weight', 'i can not bear weight'],
    ["I don't know, I've no idea", 'i do not know i have no idea'],
    ["I'd say I won't, I didn't", 'i would say i will not i did not'],
    ['It’s my knee’s fault', "it is my knee's fault"],
    ['twenty-one!', 'twenty one'],
    ['I slept 7.5 hours.', 'i slept 7.5 hours'],
  ])('"%s" → "%s"', (input, expected) => {
    expect(normaliseWords(input).join(' ')).toBe(expected);
  });
});

describe('speech the recogniser smooths', () => {
  it.each([
    ['um my knee uh hurts', 'my knee hurts'],
    ['uh huh', 'uh huh'],
    ['mm hmm yeah', 'mm hmm yeah'],
    ['uh uh', 'uh uh'],
    ['uh hmm', ''],
  ])('hesitations: "%s" → "%s"', (input, expected) => {
    expect(withoutHesitations(words(input)).join(' ')).toBe(expected);
  });

  it.each([
    ["my knee's swollen", 'my knee is swollen'],
    ["my hip's been sore", 'my hip has been sore'],
    ["my whole body's achy after yesterday's game", "my whole body is achy after yesterday's game"],
    ["since saturday's run", undefined],
  ])('"\'s": "%s" → %s', (input, expected) => {
    expect(withApostropheSAsIs(words(input))?.join(' ')).toBe(expected);
  });
});

describe('AMAZON.NUMBER from words or digits', () => {
  it.each([
    ['four', 4],
    ['twenty one', 21],
    ['a hundred', 100],
    ['a hundred and five', 105],
    ['one hundred twenty three', 123],
    ['two thousand and twenty', 2020],
    ['twelve hundred', 1200],
    ['minus three', -3],
    ['zero', 0],
    ['a two', 2],
    ['42', 42],
    ['6.5', 6.5],
  ])('"%s" → %d', (spoken, value) => {
    expect(parseNumber(words(spoken))).toBe(value);
  });

  it.each([
    'lots',
    'one two',
    'twenty thirty',
    'ten one',
    'and five',
    'five and',
    'hundred',
    'minus',
    'a',
    'four hours',
  ])('"%s" is not a number', (spoken) => {
    expect(parseNumber(words(spoken))).toBeUndefined();
  });
});

describe('SSML as plain text', () => {
  it('drops tags, decodes entities and tidies spacing', () => {
    expect(
      ssmlToText(
        '<speak>Rest today &amp; walk <break time="300ms"/> . <say-as interpret-as="cardinal">2</say-as> km&#46; &#x263A; &nbsp;&bogus;</speak>',
      ),
    ).toBe('Rest today & walk. 2 km. ☺ &bogus;');
  });
});
