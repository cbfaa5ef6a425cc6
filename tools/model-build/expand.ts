/**
 * Expands a sample template into the samples it stands for. `(a|b|)` is a choice (an empty
 * choice makes the group optional); `$name` is a named choice from `macros`. Samples are
 * written once here instead of hundreds of times in the model, so a new carrier phrase reaches
 * every intent that uses it.
 */
export type Macros = Readonly<Record<string, string>>;

const GROUP = /\(([^()]*)\)/;

function substituteMacros(template: string, macros: Macros): string {
  return template.replace(/\$([a-zA-Z]+)/g, (whole, name: string) => {
    const body = macros[name];
    if (body === undefined) throw new Error(`unknown macro ${whole} in "${template}"`);
    return substituteMacros(body, macros);
  });
}

export function expandTemplate(template: string, macros: Macros = {}): string[] {
  const pending = [substituteMacros(template, macros)];
  const done = new Set<string>();
  while (pending.length > 0) {
    const text = pending.pop() as string;
    const group = GROUP.exec(text);
    if (!group) {
      const sample = text.replace(/\s+/g, ' ').trim();
      if (sample !== '') done.add(sample);
      continue;
    }
    const before = text.slice(0, group.index);
    const after = text.slice(group.index + group[0].length);
    for (const choice of (group[1] ?? '').split('|')) pending.push(`${before}${choice}${after}`);
  }
  return [...done].sort();
}

/** The sample of each group's first choice: the plainest way the template's author wrote it. */
export function firstChoiceOf(template: string, macros: Macros = {}): string {
  let text = substituteMacros(template, macros);
  for (let group = GROUP.exec(text); group; group = GROUP.exec(text)) {
    const [first = ''] = (group[1] ?? '').split('|');
    text = `${text.slice(0, group.index)}${first}${text.slice(group.index + group[0].length)}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}
