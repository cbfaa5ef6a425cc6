// Numbers are read by the skill's own reader; the simulator reads them the same way.
export { mayBePartOfNumber, parseNumber } from '../../lambda/skill/understanding/numbers';
