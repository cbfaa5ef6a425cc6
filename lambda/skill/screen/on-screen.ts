/**
 * What only a device with a screen needs, loaded as one: the screen for each turn, and taps on
 * its choices read as the answers they stand for (build-skill.ts, verified-skill.ts).
 */
export { screenRenderer } from './render-screen';
export { touchAsSpoken } from './touch';
