/** One line of a corpus, judged: by the model alone, and as the skill reads the request. */
export interface Judged {
  heldOut: boolean;
  batch?: string;
  byModel: boolean;
  bySkill: boolean;
}

export interface Share {
  right: number;
  total: number;
}

/** The parts the offline figures are given for (docs/conversation.md): all, held out, blind. */
export interface Figures {
  all: Share;
  heldOut: Share;
  blind: Record<string, Share>;
}

const share = (lines: readonly Judged[], right: (line: Judged) => boolean): Share => ({
  right: lines.filter(right).length,
  total: lines.length,
});

export function figuresOf(lines: readonly Judged[], reading: 'byModel' | 'bySkill'): Figures {
  const right = (line: Judged) => line[reading];
  const batches = [...new Set(lines.flatMap((line) => (line.batch ? [line.batch] : [])))].sort();
  return {
    all: share(lines, right),
    heldOut: share(
      lines.filter((line) => line.heldOut),
      right,
    ),
    blind: Object.fromEntries(
      batches.map((batch) => [
        batch,
        share(
          lines.filter((line) => line.batch === batch),
          right,
        ),
      ]),
    ),
  };
}

export const percent = ({ right, total }: Share): string =>
  total === 0 ? '–' : `${((100 * right) / total).toFixed(1)}% (${right}/${total})`;

export interface LocaleReport {
  locale: string;
  alexa: { byModel: Figures; bySkill: Figures; safety: Share };
  offline: { byModel: Figures; bySkill: Figures; safety: Share };
}

/** A Markdown table a locale, Alexa's figures beside the simulator's for the same lines. */
export function formatReport(reports: readonly LocaleReport[]): string {
  const lines = ['# Utterance Profiler against the offline figures', ''];
  for (const { locale, alexa, offline } of reports) {
    lines.push(
      `## ${locale}`,
      '',
      '| part | Alexa, model alone | offline, model alone | Alexa, as the skill reads it | offline, as the skill reads it |',
      '| --- | --- | --- | --- | --- |',
    );
    const row = (label: string, pick: (figures: Figures) => Share | undefined) => {
      const cells = [alexa.byModel, offline.byModel, alexa.bySkill, offline.bySkill].map(
        (figures) => {
          const picked = pick(figures);
          return picked ? percent(picked) : '–';
        },
      );
      lines.push(`| ${label} | ${cells.join(' | ')} |`);
    };
    row('understood (all)', (figures) => figures.all);
    row('held out', (figures) => figures.heldOut);
    for (const batch of Object.keys(offline.byModel.blind)) {
      row(`blind: ${batch}`, (figures) => figures.blind[batch]);
    }
    lines.push(
      '',
      `Warning signs resolved by the model: Alexa ${percent(alexa.safety)}, offline ${percent(offline.safety)}.`,
      '',
    );
  }
  return lines.join('\n');
}
