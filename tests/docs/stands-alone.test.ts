import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { existsInRepository, ROOT, repositoryFiles, topLevelFolders } from './repository-files';

/*
 * The repository stands on its own: a newcomer who clones it finds every document and file
 * that its documentation links to and its code comments cite.
 */
const files = repositoryFiles();
const markdownFiles = files.filter((file) => file.endsWith('.md'));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

const withoutFences = (markdown: string) =>
  markdown.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, '');

/** Markdown without fenced code blocks and inline code, where links are not links. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** The anchors GitHub gives a document's headings. */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading = ''] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading
      .replace(/[`*_]|\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Inline links and images: `[text](target)`, `![alt](target "title")`. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(
    (match) => match[1] ?? '',
  );
}

/** What is wrong with one relative link from `file`, or undefined. */
function brokenLink(file: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#');
  const targetFile = path === '' ? file : join(dirname(file), decodeURI(path));
  if (path !== '' && !existsInRepository(decodeURI(path), file)) return 'no such file';
  if (path !== '' && !existsInRepository(targetFile, '')) return 'no such file';
  if (anchor && targetFile.endsWith('.md') && !headingAnchors(read(targetFile)).has(anchor)) {
    return `no heading #${anchor}`;
  }
  return undefined;
}

/** Paths a comment or a document cites: anything ending in a file extension of ours. */
const CITED_PATH =
  /(?<![\w@/.-])((?:\.{1,2}\/)*(?:[\w.-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:md|ts|mts|cts|js|mjs|cjs|json))(?![\w/-])/g;
const folders = topLevelFolders();

/**
 * Files the project writes and git ignores (bench/results.json): named in .gitignore, they exist
 * once their command has run, so a clean clone, where they do not yet, must not fail on them.
 */
const GENERATED = new Set(
  readFileSync(join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

/** Whether a cited path must be in the repository: any document, or a path in one of our folders. */
function mustExist(path: string): boolean {
  const normalised = path.replace(/^(\.\.?\/)+/, '');
  if (GENERATED.has(normalised)) return false;
  return path.endsWith('.md') || folders.has(normalised.split('/')[0] ?? '') || path !== normalised;
}

function missingCitations(text: string, file: string): string[] {
  const withoutUrls = text.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '');
  return [...withoutUrls.matchAll(CITED_PATH)]
    .map((match) => match[1] ?? '')
    .filter((path) => mustExist(path) && !existsInRepository(path, file))
    .map((path) => `${file}: ${path}`);
}

/** Every comment in a TypeScript or JavaScript file, found with TypeScript's own scanner. */
function commentsOf(source: string): string[] {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    source,
  );
  const comments: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (
      token === ts.SyntaxKind.SingleLineCommentTrivia ||
      token === ts.SyntaxKind.MultiLineCommentTrivia
    ) {
      comments.push(scanner.getTokenText());
    }
  }
  return comments;
}

const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const SHELL = ['.ci/run'];

describe('the repository stands on its own', () => {
  it('has documentation to check', () => {
    expect(markdownFiles).toContain('README.md');
    expect(markdownFiles.filter((file) => file.startsWith('docs/')).length).toBeGreaterThan(5);
  });

  it.each(markdownFiles)('every relative link in %s resolves', (file) => {
    const broken = linkTargets(read(file))
      .filter((target) => !EXTERNAL.test(target))
      .flatMap((target) => {
        const problem = brokenLink(file, target);
        return problem ? [`${target}: ${problem}`] : [];
      });
    expect(broken).toEqual([]);
  });

  it('cites in its documents only files that are in the repository', () => {
    const missing = markdownFiles.flatMap((file) => missingCitations(prose(read(file)), file));
    expect(missing).toEqual([]);
  });

  it('cites in its code comments only files that are in the repository', () => {
    const codeFiles = files.filter((file) => CODE.test(file));
    expect(codeFiles.length).toBeGreaterThan(50);
    const missing = [
      ...codeFiles.flatMap((file) =>
        commentsOf(read(file)).flatMap((comment) => missingCitations(comment, file)),
      ),
      ...SHELL.flatMap((file) =>
        read(file)
          .split('\n')
          .filter((line) => line.trimStart().startsWith('#'))
          .flatMap((line) => missingCitations(line, file)),
      ),
    ];
    expect(missing).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find a missing file, a missing heading and a cited document that is not there', () => {
    expect(brokenLink('README.md', 'docs/rules.md#severity')).toBeUndefined();
    expect(brokenLink('docs/conversation.md', 'rules.md#severity')).toBeUndefined();
    expect(brokenLink('docs/conversation.md', 'docs/rules.md')).toBe('no such file');
    expect(brokenLink('README.md', 'docs/rules.md#no-such-heading')).toBe(
      'no heading #no-such-heading',
    );
    expect(brokenLink('README.md', 'PRODUCT-BRIEF.md')).toBe('no such file');
    expect(missingCitations('// the rules (PRODUCT-BRIEF.md §4)', 'lambda/core/x.ts')).toEqual([
      'lambda/core/x.ts: PRODUCT-BRIEF.md',
    ]);
    expect(missingCitations('// see docs/rules.md and lambda/core/gone.ts', 'x.ts')).toEqual([
      'x.ts: lambda/core/gone.ts',
    ]);
    expect(missingCitations('// writes dist/lambda/index.js and skill.json', 'x.ts')).toEqual([]);
  });

  it('read comments, not strings, from code', () => {
    expect(commentsOf("const a = '// not a comment'; // a comment\n/* block */")).toEqual([
      '// a comment',
      '/* block */',
    ]);
  });

  it('find GitHub’s heading anchors, numbered when repeated', () => {
    expect([
      ...headingAnchors('# The `CheckIn`: input\n## Notes\n## Notes\n```\n# not\n```'),
    ]).toEqual(['the-checkin-input', 'notes', 'notes-1']);
  });
});
