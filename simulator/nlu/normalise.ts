// The simulator hears words as the skill reads them: one normaliser for both.
export { normalisePhrase, normaliseWords } from '../../lambda/skill/understanding/normalise';
