import type { ResponseEnvelope } from 'ask-sdk-model';

/** What a device's screen shows, from the datasource of the APL document the skill sent. */
export interface ShownScreen {
  token: string;
  headline: string;
  body: string;
  badge?: string;
  question?: string;
  choices: Array<{ label: string; answer: string }>;
  disclaimer: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The screen of a RenderDocument directive, or undefined when the response shows none. */
export function readScreen(envelope: ResponseEnvelope): ShownScreen | undefined {
  for (const directive of envelope.response.directives ?? []) {
    if (directive.type !== 'Alexa.Presentation.APL.RenderDocument') continue;
    const screen = (directive.datasources as { screen?: Record<string, unknown> } | undefined)
      ?.screen;
    if (!screen) return undefined;
    const badge = screen.badge as { icon?: unknown } | undefined;
    const choices = Array.isArray(screen.choices) ? screen.choices : [];
    return {
      token: directive.token ?? '',
      headline: text(screen.headline),
      body: text(screen.body),
      ...(badge ? { badge: text(badge.icon) } : {}),
      ...(typeof screen.question === 'string' ? { question: screen.question } : {}),
      choices: choices.map((choice: { label?: unknown; answer?: unknown }) => ({
        label: text(choice.label),
        answer: text(choice.answer),
      })),
      disclaimer: text(screen.disclaimer),
    };
  }
  return undefined;
}

/** The screen as lines of text, for the transcript. */
export function renderScreen(screen: ShownScreen): string[] {
  const lines = [`  [screen] ${screen.badge ? `[${screen.badge}] ` : ''}${screen.headline}`];
  for (const line of screen.body.split('<br>').filter(Boolean)) lines.push(`           ${line}`);
  if (screen.choices.length > 0) {
    lines.push(`           tap: ${screen.choices.map((choice) => choice.label).join(' | ')}`);
  }
  lines.push(`           (${screen.disclaimer})`);
  return lines;
}
