/**
 * The two languages of a case state the same facts, section by section: the
 * same sources cited, the same years and version numbers, the same figures
 * (10 and above; 2.5 万 and 25,000 are the same number) and the same names
 * written in Latin letters (products, companies, APIs). A fact told in one
 * language and missing from the other is reported on the file that lacks it,
 * naming the section and the other language's section that has it.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { citationPattern, citedKeys } from '../citations';
import { LANGUAGES, type Lang } from '../languages';
import type { Problem } from './problem';

export interface ArticleText {
  file: string;
  lang: Lang;
  tree: Root;
  body: string;
}

interface Section {
  heading: string;
  line: number | undefined;
  /** The section's Markdown as written, for its citations. */
  text: string;
  /** What a reader sees of it: text and inline code, without link targets or citation marks. */
  prose: string;
}

const LANGUAGE_NAME = (lang: Lang) => LANGUAGES[lang].name;

/** Headings are left out: a subsection's title is a translation, not a fact. */
const visible = (node: Nodes): string =>
  node.type === 'heading'
    ? ' '
    : node.type === 'text' || node.type === 'inlineCode' || node.type === 'code'
      ? ` ${node.value} `
      : 'children' in node
        ? (node.children as Nodes[]).map(visible).join('')
        : ' ';

/** The article split at its second-level headings; an article without any (a brief) is one section. */
function sectionsOf(article: ArticleText): Section[] {
  const nodes = article.tree.children as RootContent[];
  const heads = nodes.filter((n) => n.type === 'heading' && n.depth === 2);
  const slice = (from: number | undefined, to: number | undefined) => article.body.slice(from ?? 0, to);
  const proseOf = (part: RootContent[]) => part.map(visible).join(' ').replace(citationPattern(), ' ');
  if (heads.length === 0) {
    return [{ heading: '(body)', line: 1, text: article.body, prose: proseOf(nodes) }];
  }
  return heads.map((head, i) => {
    const start = nodes.indexOf(head);
    const next = heads[i + 1];
    const end = next ? nodes.indexOf(next) : nodes.length;
    return {
      heading: slice(head.position?.start.offset, head.position?.end.offset).replace(/^##\s*/, ''),
      line: head.position?.start.line,
      text: slice(head.position?.end.offset, next?.position?.start.offset ?? article.body.length),
      prose: proseOf(nodes.slice(start + 1, end)),
    };
  });
}

/**
 * Years (1990–2029) and version numbers (x.y.z, or x.y after a product name),
 * which both languages write the same way.
 */
const yearsAndVersions = (text: string) =>
  [
    ...new Set([
      // A full stop may end the sentence after a year or a version: "in 2019." and "Istio 1.4." still count.
      ...(text.match(/(?<![\d.])(?:199\d|20[0-2]\d)(?!\d|\.\d)/g) ?? []),
      ...(text.match(/\b\d+\.\d+\.\d+\b/g) ?? []),
      ...[...text.matchAll(/(?:Istio|MOSN|SOFAMesh|Kubernetes|Envoy)\s*(\d+\.\d+)(?!\d|\.\d)/g)].map(
        (m) => m[1] as string,
      ),
    ]),
  ].sort();

/** Multipliers the languages write after a number: 2.5 万, 1.5 million, $2B. */
const SCALE: Record<string, number> = {
  百: 1e2,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  b: 1e9,
  trillion: 1e12,
  t: 1e12,
};

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "31 July" and "July 31": a day of the month, which Chinese writes as 7 月 31 日. */
const DAY_BEFORE_MONTH = new RegExp(`^\\s*${MONTH}`);
const MONTH_BEFORE_DAY = new RegExp(`${MONTH}\\s+$`);

/**
 * The figures of a text as numbers, 10 and above, without its years and
 * versions (compared on their own): `2.5 万` and `25,000` are both 25000.
 * Smaller numbers are left out, since one language writes "three" where the
 * other writes 三 or 3.
 */
function figures(text: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万亿|千亿|百亿|十亿|千万|百万|十万|百|千|万|亿|hundred|thousand|million|billion|trillion|[kKmMbBtT](?![A-Za-z]))?/g;
  for (const match of text.matchAll(pattern)) {
    const [whole, int = '', frac = '', unit] = match;
    const after = text.slice((match.index ?? 0) + whole.length);
    const before = text.slice(0, match.index ?? 0);
    // x.y.z and years are versions and dates, compared by yearsAndVersions; days and months are dates too.
    if (/^\.\d/.test(after) || (!frac && !unit && /^(?:199\d|20[0-2]\d)$/.test(int))) continue;
    const isDay = /^\s*[月日号]/.test(after) || DAY_BEFORE_MONTH.test(after) || MONTH_BEFORE_DAY.test(before);
    if (!frac && !unit && isDay) continue;
    const value =
      Number(`${int.replaceAll(',', '')}${frac}`) * (unit ? (SCALE[unit.toLowerCase()] ?? SCALE[unit] ?? 1) : 1);
    if (value >= 10) found.add(String(Math.round(value * 1000) / 1000));
  }
  return [...found].sort((a, b) => Number(a) - Number(b));
}

/** Words of the English text that a Chinese section never needs to repeat. */
const ENGLISH_ONLY = new Set(
  'A An And As At But By For From He How In Is It Its Of On Or She So That The Their Then There These They This To We What When Where Which While Who Why With Yet'.split(
    ' ',
  ),
);

/**
 * Names the Chinese text writes in Chinese: an English section naming one is
 * matched by either form in the Chinese section.
 */
const WRITTEN_IN_CHINESE: Readonly<Record<string, readonly string[]>> = {
  US: ['美国', '美元'],
  USA: ['美国'],
  UK: ['英国'],
  TV: ['电视'],
  HR: ['人力资源'],
  CTO: ['首席技术官', 'CTO'],
  CEO: ['首席执行官', 'CEO'],
  IoT: ['物联网'],
  VM: ['虚拟机'],
  VMs: ['虚拟机'],
  Ant: ['蚂蚁'],
  Alibaba: ['阿里巴巴'],
  Google: ['谷歌', 'Google'],
};

/**
 * Words in Latin letters: names, products, APIs (`Envoy`, `mTLS`, `ServiceEntry`, `k8s`), hyphenated
 * compounds split (`CPU-based` is CPU), without the English glosses Chinese puts after a term (`边车（sidecar）`).
 */
const latinWords = (text: string) =>
  (text.replace(/（[a-z][a-z\s-]*）/g, ' ').match(/[A-Za-z][A-Za-z0-9]*(?:[+.#/][A-Za-z0-9]+)*/g) ?? []).filter(
    (word) => !/^(?:based|like|style|only|wide|level)$/i.test(word),
  );

/** A Latin word that is a name even mid-sentence in English: an acronym, CamelCase or letters with digits. */
const looksLikeName = (word: string) => /[A-Z].*[A-Z]|[a-z][A-Z]|\d/.test(word) && word.length > 1;

const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![A-Za-z0-9])${word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'i').test(text);

/**
 * The names a section of one language has and the other's lacks. In a Chinese
 * section every Latin word is a name; in an English one, a word is taken for a
 * name when it looks like one or when the Chinese article writes it anywhere.
 */
function missingNames(mine: Section, theirs: Section, theirLang: Lang, namesOfChinese: ReadonlySet<string>): string[] {
  const theirsIsChinese = theirLang === 'zh';
  const candidates = latinWords(theirs.prose).filter((word) =>
    theirsIsChinese
      ? word.length > 1
      : !ENGLISH_ONLY.has(word) &&
        word.length > 1 &&
        (looksLikeName(word) || (/^[A-Z]/.test(word) && namesOfChinese.has(word.toLowerCase()))),
  );
  const missing = new Set<string>();
  for (const word of candidates) {
    const singular = word.replace(/s$/, '');
    const forms = [word, ...(singular.length > 1 ? [singular] : []), ...(WRITTEN_IN_CHINESE[word] ?? [])];
    if (!forms.some((form) => (/^[A-Za-z]/.test(form) ? hasWord(mine.prose, form) : mine.prose.includes(form))))
      missing.add(word);
  }
  return [...missing];
}

/** Problems where one language's article lacks what the other's has. Articles must already have the same sections. */
export function parityProblems(a: ArticleText, b: ArticleText): Problem[] {
  const problems: Problem[] = [];
  const [sa, sb] = [sectionsOf(a), sectionsOf(b)];
  const chineseNames = (article: ArticleText, sections: Section[]) =>
    new Set(article.lang === 'zh' ? sections.flatMap((s) => latinWords(s.prose).map((w) => w.toLowerCase())) : []);
  const namesOfChinese = new Set([...chineseNames(a, sa), ...chineseNames(b, sb)]);
  const compare = (self: ArticleText, other: ArticleText, mine: Section[], theirs: Section[]) => {
    mine.forEach((section, i) => {
      const there = theirs[i];
      if (!there) return;
      const at = { file: self.file, line: section.line, field: `section "${section.heading}"` };
      const theirName = `the ${LANGUAGE_NAME(other.lang)} section "${there.heading}"`;
      const have = new Set(citedKeys(section.text));
      const missing = citedKeys(there.text).filter((k) => !have.has(k));
      if (missing.length) {
        problems.push({
          ...at,
          found: `no citation of ${missing.join(', ')}, which ${theirName} cites`,
          fix: `Cite ${missing.map((k) => `[${k}]`).join(', ')} here where the same fact is told, or drop ${missing.length > 1 ? 'them' : 'it'} from ${other.file}; both languages rest on the same sources.`,
        });
      }
      const lacking = (extract: (text: string) => string[]) => {
        const mineSet = new Set(extract(section.prose));
        return extract(there.prose).filter((n) => !mineSet.has(n));
      };
      const dates = lacking(yearsAndVersions);
      if (dates.length) {
        problems.push({
          ...at,
          found: `no mention of ${dates.join(', ')}, which ${theirName} mentions`,
          fix: `Give ${dates.join(', ')} here as ${other.file} does, or remove ${dates.length > 1 ? 'them' : 'it'} there; both languages give the same years and versions in the same section.`,
        });
      }
      const numbers = lacking(figures);
      if (numbers.length) {
        problems.push({
          ...at,
          found: `no figure ${numbers.join(', ')}, which ${theirName} gives`,
          fix: `State the same figure here (${self.lang === 'zh' ? 'for example 2.5 万 or 25,000' : 'for example 25,000 or 2.5 million'}), or remove it from ${other.file}; both languages give the same numbers of 10 and above.`,
        });
      }
      const names = missingNames(section, there, other.lang, namesOfChinese);
      if (names.length) {
        problems.push({
          ...at,
          found: `no mention of ${names.join(', ')}, which ${theirName} names`,
          fix: `Name ${names.join(', ')} here, spelled the same, or remove ${names.length > 1 ? 'them' : 'it'} from ${other.file}; both languages name the same products and companies in the same section.`,
        });
      }
    });
  };
  compare(a, b, sa, sb);
  compare(b, a, sb, sa);
  return problems;
}
