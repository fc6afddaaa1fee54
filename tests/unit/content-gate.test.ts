/**
 * The hostile-input catalogue: each test breaks one thing in a copy of a real
 * case and asserts the gate's report names the file, the field or line, what
 * was found and the fix, and reports nothing else. Build-environment inputs
 * (BASE_PATH, SITE_URL) are in build-env.test.ts; one real build per way of
 * failing is in tests/e2e/bad-content.test.ts.
 */
import { symlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content.config';
import { REQUIRED_HEADINGS } from '../../src/lib/content/headings';
import { fieldSchema, inlineShape } from '../../src/lib/content/shape';
import { CAPABILITIES, INDUSTRIES } from '../../src/lib/vocabulary';
import { ContentError, formatProblems } from '../../src/lib/content/problem';
import { ARTICLE, FACTS, SLUG, expectProblems, fixture, type Fixture } from './content-gate/fixture';

let f: Fixture;
beforeEach(() => {
  f = fixture();
});
afterEach(() => f.remove());

/** The sections of a full case, per language, as the gate requires them. */
const SECTIONS = REQUIRED_HEADINGS.full;

describe('the fixture', () => {
  it('passes the gate untouched, so every problem below comes from the one thing broken', () => {
    expect(f.problems()).toEqual([]);
  });
});

describe('raw files are reported by their path', () => {
  it('an empty facts file', () => {
    f.write('cases/empty.yaml', '');
    expectProblems(f, { file: 'cases/empty.yaml', whole: true, found: 'an empty file', fix: 'Write its content' });
  });
  it('a facts file holding only comments', () => {
    f.write('cases/draft.yaml', '# TODO: write the facts\n\n# later\n');
    expectProblems(f, {
      file: 'cases/draft.yaml',
      whole: true,
      found: 'only comments',
      fix: 'Write the facts under the comments',
    });
  });
  it('a binary file named like a case', () => {
    f.write('cases/logo.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expectProblems(f, { file: 'cases/logo.yaml', whole: true, found: 'binary data', fix: 'Save it as UTF-8 text' });
  });
  it('text that is not valid UTF-8', () => {
    f.write(ARTICLE('en'), Buffer.concat([Buffer.from(f.read(ARTICLE('en'))), Buffer.from([0xc3, 0x28])]));
    expectProblems(
      f,
      { file: ARTICLE('en'), whole: true, found: 'binary data, not UTF-8 text', fix: 'Save it as UTF-8 text' },
      // The article is unreadable, so it is not joined; no second message about a missing article.
    );
  });
  it('a symbolic link pointing outside the repository', () => {
    symlinkSync('/etc/hostname', f.path('cases/host.yaml'));
    expectProblems(f, {
      file: 'cases/host.yaml',
      whole: true,
      found: 'a symbolic link to /etc/hostname, outside the repository',
      fix: 'Replace the link with a regular file',
    });
  });
  it('a symbolic link to a folder', () => {
    symlinkSync('/tmp', f.path('articles/fr'));
    expectProblems(f, {
      file: 'articles/fr',
      whole: true,
      found: 'a symbolic link to /tmp',
      fix: 'links are never followed',
    });
  });
  it('a symbolic link whose target does not exist', () => {
    symlinkSync('nowhere.yaml', f.path('cases/gone.yaml'));
    expectProblems(f, { file: 'cases/gone.yaml', whole: true, found: 'which does not exist', fix: 'Replace the link' });
  });
  it('a file named with an emoji', () => {
    f.write('cases/🚀.yaml', f.read(FACTS));
    expectProblems(f, { file: 'cases/🚀.yaml', whole: true, found: 'not a slug', fix: 'Rename it to case-name.yaml' });
  });
  it('a file named with capitals and spaces', () => {
    f.write('cases/Auto Trader UK.yaml', f.read(FACTS));
    expectProblems(f, {
      file: 'cases/Auto Trader UK.yaml',
      whole: true,
      found: 'not a slug',
      fix: 'Rename it to auto-trader-uk.yaml',
    });
  });
  it('a facts file with the .yml extension', () => {
    f.write('cases/extra.yml', f.read(FACTS));
    expectProblems(f, {
      file: 'cases/extra.yml',
      whole: true,
      found: 'a file the site does not read',
      fix: 'rename it to extra.yaml',
    });
  });
  it('an article in a language the site does not have', () => {
    f.write(`articles/fr/${SLUG}.mdx`, f.read(ARTICLE('en')));
    expectProblems(f, {
      file: 'articles/fr/',
      whole: true,
      found: 'a folder the site does not read',
      fix: 'articles/<zh|en>/<slug>.mdx',
    });
  });
  it('a stray file at the top of the content folder', () => {
    f.write('notes.txt', 'remember to check the dates');
    expectProblems(f, {
      file: 'notes.txt',
      whole: true,
      found: 'a file the site does not read',
      fix: 'Move or remove it',
    });
  });
  it('a hidden file left by an editor', () => {
    f.write('cases/.DS_Store', 'x');
    expectProblems(f, { file: 'cases/.DS_Store', whole: true, found: 'a hidden file', fix: 'Remove it' });
  });
  it('a file too large to be content', () => {
    f.write('cases/huge.yaml', `company:\n  zh: "${'长'.repeat(100_000)}"\n`);
    expectProblems(f, { file: 'cases/huge.yaml', whole: true, found: /a file of \d+ KB/, fix: 'Keep it under 256 KB' });
  });
  it('an article with no facts file', () => {
    f.write('articles/en/ghost.mdx', f.read(ARTICLE('en')));
    expectProblems(f, { file: 'articles/en/ghost.mdx', whole: true, found: 'no facts file', fix: 'Create ' });
  });
  it('a case missing its English article', () => {
    f.write(ARTICLE('en'), '');
    expectProblems(f, { file: ARTICLE('en'), whole: true, found: 'an empty file', fix: 'Write its content' });
  });
});

describe('facts must be true to the calendar, the web and the reader', () => {
  it('a javascript: source URL', () => {
    f.setFacts((doc) => doc.setIn(['sources', 0, 'url'], 'javascript:alert(1)'));
    expectProblems(f, {
      file: FACTS,
      field: 'sources.0.url',
      line: true,
      found: '"javascript:alert(1)"',
      fix: 'starting with https:// or http://',
    });
  });
  it('a data: source URL', () => {
    f.setFacts((doc) => doc.setIn(['sources', 0, 'url'], 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='));
    expectProblems(f, {
      file: FACTS,
      field: 'sources.0.url',
      line: true,
      found: '"data:text/html',
      fix: 'starting with https:// or http://',
    });
  });
  it('an ftp: source URL', () => {
    f.setFacts((doc) => doc.setIn(['sources', 0, 'url'], 'ftp://example.com/paper.pdf'));
    expectProblems(f, {
      file: FACTS,
      field: 'sources.0.url',
      line: true,
      found: '"ftp://example.com/paper.pdf"',
      fix: 'starting with https:// or http://',
    });
  });
  it('a day that does not exist, 2018-02-30', () => {
    f.setFacts((doc) => doc.setIn(['sinceThen', 0, 'date'], '2018-02-30'));
    expectProblems(f, {
      file: FACTS,
      field: 'sinceThen.0.date',
      line: true,
      found: '"2018-02-30"',
      fix: 'does not exist in the calendar',
    });
  });
  it('facts checked in the future, asOf 2099-12-31', () => {
    f.edit(FACTS, /^asOf: .*$/m, "asOf: '2099-12-31'");
    expectProblems(f, { file: FACTS, field: 'asOf', line: true, found: '"2099-12-31"', fix: 'after today' });
  });
  it('a source dated next year, even as a bare year', () => {
    const next = String(new Date().getUTCFullYear() + 1);
    f.setFacts((doc) => doc.setIn(['sources', 0, 'date'], next));
    expectProblems(f, { file: FACTS, field: 'sources.0.date', line: true, found: `"${next}"`, fix: 'after today' });
  });
  it('an unquoted date, which YAML reads as a date', () => {
    f.edit(FACTS, /^asOf: .*$/m, 'asOf: 2024-05-01');
    expectProblems(f, {
      file: FACTS,
      field: 'asOf',
      line: true,
      found: 'the date 2024-05-01, unquoted',
      fix: "quote it: asOf: '2024-05-01'",
    });
  });
  it('an unquoted Istio version, which YAML reads as a number', () => {
    f.edit(FACTS, /^istioVersions: .*$/m, 'istioVersions: [1.10]');
    expectProblems(f, { file: FACTS, field: 'istioVersions.0', line: true, found: '1.1', fix: "quote it: 0: '1.10'" });
  });
  it('the same Istio version twice', () => {
    f.edit(FACTS, /^istioVersions: .*$/m, "istioVersions: ['1.0', '1.1', '1.0']");
    expectProblems(f, {
      file: FACTS,
      field: 'istioVersions.2',
      line: true,
      found: '"1.0"',
      fix: 'listed twice; delete the repeat',
    });
  });
  it('a 10,000-character company name', () => {
    f.setFacts((doc) => doc.setIn(['company', 'en'], 'A'.repeat(10_000)));
    expectProblems(f, {
      file: FACTS,
      field: 'company.en',
      line: true,
      found: '(10000 characters)',
      fix: 'at most 120 characters',
    });
  });
  it('a caveat longer than a short paragraph', () => {
    f.setFacts((doc) => doc.setIn(['sinceThen', 0, 'text', 'zh'], '很长的说明。'.repeat(200)));
    expectProblems(f, {
      file: FACTS,
      field: 'sinceThen.0.text.zh',
      line: true,
      found: '(1200 characters)',
      fix: 'at most 800 characters',
    });
  });
  it('a source title longer than two lines', () => {
    f.setFacts((doc) => doc.setIn(['sources', 0, 'title'], 'T'.repeat(301)));
    expectProblems(f, {
      file: FACTS,
      field: 'sources.0.title',
      line: true,
      found: '(301 characters)',
      fix: 'at most 300 characters',
    });
  });
  it('an unknown key, listed with the allowed ones', () => {
    f.edit(FACTS, /^asOf:/m, 'headquaters: Leeds\nasOf:');
    expectProblems(f, {
      file: FACTS,
      field: 'headquaters',
      line: true,
      found: 'an unknown key "headquaters"',
      fix: /keys allowed here are: kind, company, industry, headquarters, .*asOf/,
    });
  });
  it('a missing required field', () => {
    f.edit(FACTS, /^asOf: .*\n?/m, '');
    expectProblems(f, { file: FACTS, field: 'asOf', found: 'nothing', fix: 'Add `asOf`; it is required' });
  });
  it('a value outside its list, with how to add a new one to the vocabulary', () => {
    f.setFacts((doc) => doc.setIn(['industry'], 'housing'));
    expectProblems(f, {
      file: FACTS,
      field: 'industry',
      line: true,
      found: '"housing"',
      fix: `Use one of the industry values: ${INDUSTRIES.join(', ')}. A new one takes one line under industries: in src/content/vocabulary.yaml, the key with its labels: housing: { zh: …, en: … }.`,
    });
  });
  it('a platform outside its list, likewise', () => {
    f.setFacts((doc) => doc.setIn(['platform', 'kind'], 'mainframe'));
    expectProblems(f, {
      file: FACTS,
      field: 'platform.kind',
      line: true,
      found: '"mainframe"',
      fix: 'A new one takes one line under platforms: in src/content/vocabulary.yaml, the key with its labels: mainframe:',
    });
  });
  it('a capability the vocabulary does not have, likewise', () => {
    const [first = ''] = CAPABILITIES;
    f.setFacts((doc) => doc.setIn(['capabilities', 'teleportation'], doc.getIn(['capabilities', first])));
    expectProblems(f, {
      file: FACTS,
      field: 'capabilities.teleportation',
      line: true,
      found: 'an unknown key "teleportation"',
      fix: 'A new one takes one line under capabilities: in src/content/vocabulary.yaml, the key with its labels: teleportation:',
    });
  });
  it('a missing group of fields, with the shape it takes', () => {
    f.setFacts((doc) => doc.deleteIn(['period']));
    expectProblems(f, {
      file: FACTS,
      field: 'period',
      found: 'nothing',
      fix: `Add \`period\`; it is required here, in this shape: period: ${inlineShape(fieldSchema(caseSchema, ['period']))}.`,
    });
    expect(f.problems()[0]?.fix).toMatch(/period: \{ start: …, text: \{ zh: …, en: … \}, sources: \[…\] \}/);
  });
  it('a key written twice in the YAML', () => {
    f.edit(FACTS, /^asOf: .*$/m, (m) => `${m}\n${m}`);
    expectProblems(f, {
      file: FACTS,
      line: true,
      found: 'invalid YAML: Map keys must be unique',
      fix: 'Keep one of the two entries',
    });
  });
  it('YAML that is a list, not a set of fields', () => {
    f.write(FACTS, '- company: x\n- industry: fintech\n');
    expectProblems(f, {
      file: FACTS,
      line: 1,
      found: 'YAML that is not a set of fields',
      fix: 'Write the facts as fields',
    });
  });
  it('a fact citing a source the case does not list', () => {
    f.setFacts((doc) => doc.setIn(['period', 'sources'], doc.createNode(['Z9'])));
    expectProblems(f, {
      file: FACTS,
      field: 'period.sources.0',
      line: true,
      found: '"Z9"',
      fix: 'Source key Z9 is not in this case',
    });
  });
  it('the same source key on two sources', () => {
    f.setFacts((doc) => doc.addIn(['sources'], doc.getIn(['sources', 0])));
    expectProblems(f, {
      file: FACTS,
      field: /^sources\.\d+\.key$/,
      line: true,
      found: `"${f.key}"`,
      fix: 'listed twice; give each source its own key',
    });
  });
  it("an article's description that is too short, at its front-matter line", () => {
    f.edit(ARTICLE('en'), /^description: .*$/m, 'description: Short.');
    expectProblems(f, {
      file: ARTICLE('en'),
      field: 'description',
      line: 3,
      found: '"Short."',
      fix: 'at least 20 characters',
    });
  });
  it('an unknown front-matter key', () => {
    f.edit(ARTICLE('zh'), /^title:/m, 'draft: true\ntitle:');
    expectProblems(f, {
      file: ARTICLE('zh'),
      field: 'draft',
      line: 2,
      found: 'an unknown key "draft"',
      fix: 'keys allowed here are: title, description',
    });
  });
});

describe('articles are Markdown and GFM, nothing that runs', () => {
  it('an import from node:fs', () => {
    f.append('en', "import { readFileSync } from 'node:fs'");
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: "code: import { readFileSync } from 'node:fs'",
      fix: 'cannot import or export code',
    });
  });
  it('an export', () => {
    f.append('zh', 'export const secret = process.env');
    expectProblems(f, {
      file: ARTICLE('zh'),
      line: true,
      found: 'code: export const secret',
      fix: 'cannot import or export code',
    });
  });
  it('an expression reading the build environment', () => {
    f.append('en', 'Built by {process.env.HOME}.');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an expression {process.env.HOME}',
      fix: 'escape it as \\{',
    });
  });
  it('an expression on a line of its own', () => {
    f.append('en', "{require('child_process').execSync('id').toString()}");
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an expression {require(',
      fix: 'Write the text itself',
    });
  });
  it('a <script> element', () => {
    f.append('en', '<script>alert(1)</script>');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an element <script>',
      fix: 'articles run no scripts',
    });
  });
  it('an <iframe>', () => {
    f.append('en', '<iframe src="https://example.com/"></iframe>');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an element <iframe>',
      fix: 'link to the page instead',
    });
  });
  it('an <object> and an <embed>', () => {
    f.append('en', '<object data="https://example.com/x.swf"></object>\n\n<embed src="https://example.com/x.swf" />');
    expectProblems(
      f,
      { file: ARTICLE('en'), line: true, found: 'an element <object>', fix: 'link to the file instead' },
      { file: ARTICLE('en'), line: true, found: 'an element <embed>', fix: 'link to the file instead' },
    );
  });
  it('a <style> element', () => {
    f.append('zh', '<style>{`body { display: none }`}</style>');
    expectProblems(
      f,
      { file: ARTICLE('zh'), line: true, found: 'an element <style>', fix: 'styles belong in the site stylesheet' },
      { file: ARTICLE('zh'), line: true, found: 'an expression {`body', fix: 'Write the text itself' },
    );
  });
  it('an event-handler attribute', () => {
    f.append('en', '<img src="/favicon.svg" alt="Logo" onError="alert(1)" />');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an event handler onError on <img>',
      fix: 'articles run no scripts',
    });
  });
  it('an element outside the dialect', () => {
    f.append('en', '<div class="note">Hidden</div>');
    expectProblems(f, { file: ARTICLE('en'), line: true, found: 'an element <div>', fix: 'Write Markdown instead' });
  });
  it('an attribute computed by an expression', () => {
    f.append('en', '<a href={process.env.SECRET}>x</a>');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an expression href={process.env.SECRET}',
      fix: 'Write the value in quotes',
    });
  });
  it('a spread attribute', () => {
    f.append('en', '<a {...props}>x</a>');
    expectProblems(f, { file: ARTICLE('en'), line: true, found: 'a spread attribute {...props}', fix: 'name="value"' });
  });
  it('an HTML comment, reported without hiding other problems', () => {
    f.append('en', '<!-- draft -->\n\nSee {x}.');
    expectProblems(
      f,
      { file: ARTICLE('en'), line: true, found: 'an HTML comment', fix: 'Delete the comment' },
      { file: ARTICLE('en'), line: true, found: 'an expression {x}', fix: 'escape it as \\{' },
    );
  });
  it('MDX that does not parse', () => {
    f.append('en', 'An <unclosed tag.');
    expectProblems(f, { file: ARTICLE('en'), line: true, found: 'MDX that does not parse', fix: 'close every tag' });
  });
  it('sections missing or out of order', () => {
    const [first, second] = SECTIONS.en;
    f.edit(ARTICLE('en'), `## ${second}`, '## Prehistory');
    expectProblems(f, {
      file: ARTICLE('en'),
      field: 'sections',
      line: true,
      found: '"Prehistory"',
      fix: `Use exactly these, in this order: ## ${first}, ## ${second}`,
    });
  });
  it('a required section left empty', () => {
    const [first = ''] = SECTIONS.en;
    f.edit(ARTICLE('en'), `## ${first}\n\nText [${f.key}].\n`, `## ${first}\n`);
    expectProblems(f, {
      file: ARTICLE('en'),
      field: `section "${first}"`,
      line: true,
      found: 'an empty section',
      fix: 'Write the section under its heading',
    });
  });
  it('a citation of a source the case does not list', () => {
    f.append('zh', '这句话引用了一个不存在的来源 [Q7]。');
    f.append('en', 'This cites a source that does not exist [Q7].');
    expectProblems(
      f,
      { file: ARTICLE('zh'), line: true, found: 'a citation of [Q7]', fix: `Add a source with key Q7 to` },
      { file: ARTICLE('en'), line: true, found: 'a citation of [Q7]', fix: `or cite one of: ${f.key}` },
    );
  });
  it('an empty body under the front matter', () => {
    f.write(ARTICLE('en'), /^---\n[\s\S]*?\n---\n/.exec(f.read(ARTICLE('en')))?.[0] ?? '');
    expectProblems(f, {
      file: ARTICLE('en'),
      whole: true,
      found: 'an empty body',
      fix: 'Write the text under the front matter',
    });
  });
});

describe('links go to the web, the site or the page, and images say what they show', () => {
  it('a Markdown javascript: link', () => {
    f.append('en', '[click](javascript:alert(document.cookie))');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'a javascript: link',
      fix: 'Link only to https:// or http:// addresses',
    });
  });
  it('a javascript: link hidden by a character reference', () => {
    f.append('en', '[click](jav&#x61;script:alert(1))');
    expectProblems(f, { file: ARTICLE('en'), line: true, found: 'a javascript: link', fix: 'never reaches a reader' });
  });
  it('a JSX <a> with a javascript: href split by a tab', () => {
    f.append('en', '<a href="java\tscript:alert(1)">click</a>');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'a javascript: link',
      fix: 'Link only to https:// or http://',
    });
  });
  it('a data: link in a reference definition', () => {
    f.append('en', '[click][x]\n\n[x]: data:text/html;base64,PHNjcmlwdD4=');
    expectProblems(
      f,
      { file: ARTICLE('en'), line: true, found: 'a data: link', fix: 'Link only to' },
      { file: ARTICLE('en'), line: true, found: 'a data: image', fix: 'Link only to' },
    );
  });
  it('a vbscript: link', () => {
    f.append('zh', '[点击](vbscript:msgbox)');
    expectProblems(f, { file: ARTICLE('zh'), line: true, found: 'a vbscript: link', fix: 'Link only to' });
  });
  it('a mailto: address written as a GFM autolink', () => {
    f.append('en', 'Write to someone@example.com.');
    expectProblems(f, { file: ARTICLE('en'), line: true, found: 'a mailto: link', fix: 'Link only to' });
  });
  it('a scheme-less //host link', () => {
    f.append('en', '[x](//evil.example/)');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'the scheme-less address "//evil.example/"',
      fix: 'starting with https://',
    });
  });
  it('a relative link', () => {
    f.append('en', '[x](../namely/)');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'the relative link "../namely/"',
      fix: 'site path starting with /',
    });
  });
  it('an internal link to a page that does not exist', () => {
    f.append('en', 'See [a case](/cases/no-such-case/).');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'a link to "/cases/no-such-case/", which is no page',
      fix: `/cases/${SLUG}/`,
    });
  });
  it('an internal link through JSX <a>, checked the same way', () => {
    f.append('en', '<a href="/en/cases/missing/">x</a>');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'a link to "/en/cases/missing/"',
      fix: 'language-neutral path',
    });
  });
  it('a Markdown image without alternative text', () => {
    f.append('en', '![](/favicon.svg)');
    expectProblems(f, {
      file: ARTICLE('en'),
      line: true,
      found: 'an image without alternative text',
      fix: 'Write what it shows',
    });
  });
  it('a JSX <img> without alt and with a javascript: src', () => {
    f.append('zh', '<img src="javascript:alert(1)" />');
    expectProblems(
      f,
      { file: ARTICLE('zh'), line: true, found: 'a javascript: image', fix: 'Link only to' },
      { file: ARTICLE('zh'), line: true, found: 'an image without alternative text', fix: 'Add alt="…"' },
    );
  });
  it('allowed links pass: https, http, site paths, anchors, and JSX <a> and <img> that follow the rules', () => {
    f.append(
      'en',
      `[a](https://istio.io/) [b](http://example.com/) [c](/cases/${SLUG}/) [d](#sources-heading) <a href="/compare/">e</a> <img src="/favicon.svg" alt="The site's icon" />`,
    );
    expectProblems(f);
  });
});

describe('content edge cases', () => {
  const windows = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
  it('a case file and its articles saved by a Windows editor (byte-order mark, CRLF) are read as their text', () => {
    for (const rel of [FACTS, ARTICLE('zh'), ARTICLE('en')]) f.write(rel, windows(f.read(rel)));
    expectProblems(f);
  });
  it('a problem in such a file is still named at its line', () => {
    f.edit(ARTICLE('en'), /^description: .*$/m, 'description: Short.');
    f.write(ARTICLE('en'), windows(f.read(ARTICLE('en'))));
    expectProblems(f, { file: ARTICLE('en'), field: 'description', line: 3, found: '"Short."', fix: 'at least 20' });
  });
  it('an image from another host, in Markdown, as a reference and as JSX <img>', () => {
    f.append(
      'en',
      '![A diagram](https://example.com/p.png)\n\n![Another][d]\n\n<img src="http://example.com/q.png" alt="A photo" />\n\n[d]: https://example.com/r.png',
    );
    const fix = /Put the image in the repository \(for example public\/images\/\w\.png\)/;
    expectProblems(
      f,
      { file: ARTICLE('en'), line: true, found: 'an image from another host, "https://example.com/p.png"', fix },
      { file: ARTICLE('en'), line: true, found: 'an image from another host, "https://example.com/r.png"', fix },
      { file: ARTICLE('en'), line: true, found: 'an image from another host, "http://example.com/q.png"', fix },
    );
  });
  it('a link to a fragment another page does not have, with the fragments it has', () => {
    f.append('en', `See [a case](/cases/${SLUG}/#nope) and [the page](/istio-today/#no-such-section).`);
    const heading = REQUIRED_HEADINGS.full.en[0] ?? '';
    const id = heading.toLowerCase().replaceAll(' ', '-');
    expectProblems(
      f,
      {
        file: ARTICLE('en'),
        line: true,
        found: `a link to "/cases/${SLUG}/#nope", whose page has no element #nope`,
        fix: new RegExp(`Link to one of its fragments: .*\\b${id}\\b.*\\bsources-heading\\b`),
      },
      { file: ARTICLE('en'), line: true, found: '"/istio-today/#no-such-section"', fix: /\bmixer\b/ },
    );
  });
  it('a fragment on the page itself is checked the same way, Markdown and JSX alike', () => {
    f.append('zh', '[来源](#nope) <a href="#nope-either">x</a>');
    expectProblems(
      f,
      { file: ARTICLE('zh'), line: true, found: 'a link to "#nope", whose page has no element #nope', fix: 'Link to' },
      { file: ARTICLE('zh'), line: true, found: 'a link to "#nope-either"', fix: 'Link to' },
    );
  });
  it('links to fragments that exist pass: a heading of an article, a section of the case page, a source, the Istio-today page', () => {
    const heading = REQUIRED_HEADINGS.full.en.at(-1) ?? '';
    const id = heading.toLowerCase().replaceAll(' ', '-');
    f.append(
      'en',
      `[a](/cases/${SLUG}/#${id}) [b](/cases/${SLUG}/#capabilities-heading) [c](#${f.key}) [d](/istio-today/#mixer) <a href="#${id}">e</a>`,
    );
    expectProblems(f);
  });
});

describe('both languages tell the same story', () => {
  it('a section citing a source in one language only', () => {
    const other = /^\s+- key: (\S+)/gm;
    const keys = [...f.read(FACTS).matchAll(other)].map((m) => m[1]);
    const second = keys.find((k) => k !== f.key) ?? f.key;
    const [zh, en] = [SECTIONS.zh.at(-1), SECTIONS.en.at(-1)];
    f.edit(ARTICLE('en'), `## ${en}\n\nText [${f.key}].`, `## ${en}\n\nText [${f.key}, ${second}].`);
    expectProblems(f, {
      file: ARTICLE('zh'),
      field: `section "${zh}"`,
      line: true,
      found: `no citation of ${second}, which the English section "${en}" cites`,
      fix: `Cite [${second}] here where the same fact is told`,
    });
  });
  const [zhFirst, enFirst] = [SECTIONS.zh[0], SECTIONS.en[0]];
  it('a year or a version given in one language only, section by section', () => {
    f.edit(ARTICLE('zh'), `## ${zhFirst}\n\nText`, `## ${zhFirst}\n\n2019 年升级到 Istio 1.4，Text`);
    f.edit(ARTICLE('en'), `## ${SECTIONS.en[1]}\n\nText`, `## ${SECTIONS.en[1]}\n\nIn 2019, Istio 1.4. Text`);
    // Told in the first section in Chinese and in the second in English: each language lacks it where the other has it.
    expectProblems(
      f,
      {
        file: ARTICLE('en'),
        field: `section "${enFirst}"`,
        found: `no mention of 1.4, 2019, which the Chinese section "${zhFirst}" mentions`,
        fix: 'both languages give the same years and versions in the same section',
      },
      {
        file: ARTICLE('zh'),
        field: `section "${SECTIONS.zh[1]}"`,
        found: `no mention of 1.4, 2019, which the English section "${SECTIONS.en[1]}" mentions`,
        fix: 'both languages give the same years and versions in the same section',
      },
      {
        file: ARTICLE('zh'),
        field: `section "${SECTIONS.zh[1]}"`,
        found: `no mention of Istio, which the English section "${SECTIONS.en[1]}" names`,
        fix: 'Name Istio here',
      },
      {
        file: ARTICLE('en'),
        field: `section "${enFirst}"`,
        found: `no mention of Istio, which the Chinese section "${zhFirst}" names`,
        fix: 'Name Istio here',
      },
    );
  });
  it('a figure given in one language only, however each writes it', () => {
    f.edit(
      ARTICLE('zh'),
      `## ${zhFirst}\n\nText`,
      `## ${zhFirst}\n\n每天 2.5 万次部署，1,500 个服务，7 月 31 日，Text`,
    );
    f.edit(ARTICLE('en'), `## ${enFirst}\n\nText`, `## ${enFirst}\n\n25,000 deployments a day on 31 July. Text`);
    expectProblems(f, {
      file: ARTICLE('en'),
      field: `section "${enFirst}"`,
      found: `no figure 1500, which the Chinese section "${zhFirst}" gives`,
      fix: 'both languages give the same numbers of 10 and above',
    });
    expect(f.problems()).toHaveLength(1);
  });
  it('a product named in one language only', () => {
    f.edit(ARTICLE('zh'), `## ${zhFirst}\n\nText`, `## ${zhFirst}\n\n边车（sidecar）用 Envoy 和 Kiali，Text`);
    f.edit(ARTICLE('en'), `## ${enFirst}\n\nText`, `## ${enFirst}\n\nThe sidecar is Envoy, on GKE. Text`);
    expectProblems(
      f,
      {
        file: ARTICLE('en'),
        field: `section "${enFirst}"`,
        found: `no mention of Kiali, which the Chinese section "${zhFirst}" names`,
        fix: 'both languages name the same products and companies in the same section',
      },
      {
        file: ARTICLE('zh'),
        field: `section "${zhFirst}"`,
        found: `no mention of GKE, which the English section "${enFirst}" names`,
        fix: 'Name GKE here, spelled the same',
      },
    );
    expect(f.problems()).toHaveLength(2);
  });
});

describe('the Istio-today page meets the same rules', () => {
  const SECTION = 'istio-today/en/mixer.mdx';
  const SOURCES = 'istio-today/sources.yaml';
  const source = (url: string) =>
    `sources:\n  - key: Z1\n    title: A post\n    venue: istio.io\n    url: ${url}\n    kind: blog\n    scope: general\n    lang: en\n`;
  it('a section with an expression and a citation of an unknown key', () => {
    f.write(SOURCES, source('https://istio.io/'));
    f.write(SECTION, '---\ntitle: Mixer\n---\n\nIt ran {process.env.USER} [Z1, Q9].\n');
    expectProblems(
      f,
      { file: SECTION, line: 5, found: 'an expression {process.env.USER}', fix: 'Write the text itself' },
      {
        file: SECTION,
        line: 5,
        found: 'a citation of [Q9]',
        fix: 'sources.yaml (or, for a release, ',
      },
    );
  });
  it('a javascript: URL among its sources', () => {
    f.write(SOURCES, source('"javascript:alert(1)"'));
    expectProblems(f, {
      file: SOURCES,
      field: 'sources.0.url',
      line: 5,
      found: '"javascript:alert(1)"',
      fix: 'https:// or http://',
    });
  });
  it('a release list that cites a source it does not list, or is out of order', () => {
    const RELEASES = 'istio-today/releases.yaml';
    const release = (version: string, date: string, key: string) =>
      `  - version: '${version}'\n    date: '${date}'\n    source: ${key}\n`;
    f.write(
      RELEASES,
      `${source('https://istio.io/').replace('Z1', 'Y1')}releases:\n${release('1.1', '2019-03-19', 'Y1')}${release('1.0', '2019-04-01', 'Q9')}`,
    );
    expectProblems(
      f,
      { file: RELEASES, field: 'releases.1.source', line: 15, found: '"Q9"', fix: "Q9 is not in this file's sources" },
      {
        file: RELEASES,
        field: 'releases.1.version',
        line: 13,
        found: '"1.0"',
        fix: 'oldest first: 1.0 comes after 1.1',
      },
    );
  });
  it('a page source whose key the release list already gives', () => {
    f.write(
      'istio-today/releases.yaml',
      `${source('https://istio.io/')}releases:\n  - version: '1.1'\n    date: '2019-03-19'\n    source: Z1\n`,
    );
    f.write(SOURCES, source('https://istio.io/'));
    expectProblems(f, { file: SOURCES, line: 1, found: 'source key Z1 used by both', fix: 'its own key' });
  });
  it('a section file with a name that is not a slug', () => {
    f.write(SOURCES, source('https://istio.io/'));
    f.write('istio-today/en/Mixer Notes.mdx', '---\ntitle: Mixer\n---\n\nText [Z1].\n');
    expectProblems(f, {
      file: 'istio-today/en/Mixer Notes.mdx',
      whole: true,
      found: 'not a slug',
      fix: 'mixer-notes.mdx',
    });
  });
});

describe('the spacing rule and the glossary hold at the source', () => {
  it('Chinese text without a space between Han and Latin, or with half-width brackets, at its line', () => {
    f.append('zh', '在2个集群使用 Envoy，全部案例 (共 3 个)。');
    // The English says the same, so the two languages agree and only the spacing is wrong.
    f.append('en', 'Envoy runs in 2 clusters, in all cases (3 of them).');
    const at = { file: ARTICLE('zh'), line: true } as const;
    expectProblems(
      f,
      {
        ...at,
        found: 'where "在2" breaks the spacing rule',
        fix: 'Put a space between Han characters and Latin letters or digits: "在 2"',
      },
      { ...at, found: 'where "2个" breaks the spacing rule', fix: '"2 个"' },
      { ...at, found: 'where "例 (" breaks the spacing rule', fix: 'full-width brackets, with no space: "例（"' },
      { ...at, found: 'where "(共" breaks the spacing rule', fix: '"（共"' },
      { ...at, found: 'where "个)" breaks the spacing rule', fix: '"个）"' },
    );
  });
  it('a forbidden variant in an article, at its line, with the agreed form', () => {
    f.append('en', 'Each pod has an authorization policy.');
    expectProblems(
      f,
      { file: ARTICLE('en'), line: true, found: '"pod" (Pod)', fix: 'Write "Pod".' },
      { file: ARTICLE('en'), line: true, found: '"authorization" (authorisation)', fix: 'Write "authorisation".' },
    );
  });
  it('both rules in the facts, at the field and line of the text', () => {
    f.setFacts((doc) => doc.setIn(['keyFigures', 0, 'label', 'zh'], '控制面的2个组件'));
    expectProblems(
      f,
      {
        file: FACTS,
        field: 'keyFigures.0.label.zh',
        line: true,
        found: '"控制面" (control plane)',
        fix: 'Write "控制平面"',
      },
      { file: FACTS, field: 'keyFigures.0.label.zh', line: true, found: 'where "的2"', fix: '"的 2"' },
      { file: FACTS, field: 'keyFigures.0.label.zh', line: true, found: 'where "2个"', fix: '"2 个"' },
    );
  });
  it('quotations, code and source titles keep their own spelling', () => {
    f.append('en', 'The log said "each pod restarted", and `kubectl get pods` lists them.');
    f.setFacts((doc) => doc.setIn(['sources', 0, 'title'], 'How we authorized every pod'));
    expectProblems(f);
  });
});

describe('the about page meets the same rules', () => {
  it('an expression, named at its line', () => {
    f.write('about/en.mdx', '## About\n\nHome is {process.env.HOME}.\n');
    expectProblems(f, {
      file: 'about/en.mdx',
      line: 3,
      found: 'an expression {process.env.HOME}',
      fix: 'Write the text itself',
    });
  });
});

describe('the report', () => {
  const problem = { file: 'src/content/about/en.mdx', line: 3, found: 'an expression {x}', fix: 'Write the text.' };
  it('names where, what was found and the fix, one problem after another', () => {
    expect(formatProblems([problem])).toBe(
      'Content check found one problem:\n\n✗ src/content/about/en.mdx:3\n    found: an expression {x}\n    fix:   Write the text.\n',
    );
  });
  it('ends the build with a summary line that agrees with its count', () => {
    expect(new ContentError([problem]).message).toBe(
      'One content problem stops the build; it is listed above with its fix.',
    );
    expect(new ContentError([problem, problem]).message).toBe(
      '2 content problems stop the build; each is listed above with its fix.',
    );
  });
});
