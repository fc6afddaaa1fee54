/**
 * What a share image shows, and how it is laid out: a satori element tree in
 * the site's light look (white page, dark text, the accent blue).
 */
import type { Lang } from '../lib/languages';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * Opaque RGB at zlib level 6: about 45 KiB a card. A palette PNG is half that, but
 * quantising cost ten times the drawing on a cold cache (measured), and previews do not need it.
 */
export const PNG_ENCODING = { compressionLevel: 6 } as const;

export interface ShareCard {
  lang: Lang;
  /** The site's name, over the title. */
  site: string;
  /** The page title. */
  title: string;
  /** A label above the figure, e.g. the case's industry. */
  topic?: string;
  /** The case's key figure, already formatted for the language. */
  figure?: { value: string; label: string };
  /** Shown under the title where there is no figure. */
  description?: string;
}

/** Every character the card draws, for the font's coverage. */
export const cardText = (card: ShareCard) =>
  [card.site, card.title, card.topic, card.figure?.value, card.figure?.label, card.description]
    .filter(Boolean)
    .join('\n');

type Style = Record<string, string | number>;
type Children = (Node | string)[] | Node | string;

interface Node {
  type: string;
  props: { style: Style; children?: Children };
}

const box = (style: Style, children?: Children): Node => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

const COLOURS = {
  bg: '#ffffff',
  fg: '#1b1f27',
  soft: '#4a5160',
  accent: '#1f4fa3',
  accentSoft: '#e5ecf8',
  line: '#d5dae3',
};

export function cardTree(card: ShareCard, fontFamily: string): Node {
  const foot: Node[] = [];
  if (card.topic) {
    foot.push(
      box(
        {
          display: 'flex',
          alignSelf: 'flex-start',
          fontSize: 28,
          fontWeight: 700,
          color: COLOURS.accent,
          background: COLOURS.accentSoft,
          borderRadius: 999,
          padding: '6px 22px',
          marginBottom: 20,
        },
        card.topic,
      ),
    );
  }
  if (card.figure) {
    foot.push(
      box({ display: 'flex', alignItems: 'baseline' }, [
        box(
          { fontSize: 64, fontWeight: 700, color: COLOURS.accent, marginRight: 24, flexShrink: 0 },
          card.figure.value,
        ),
        box({ fontSize: 30, color: COLOURS.soft, lineClamp: 2, lineHeight: 1.35 }, card.figure.label),
      ]),
    );
  } else if (card.description) {
    foot.push(box({ fontSize: 32, color: COLOURS.soft, lineClamp: 3, lineHeight: 1.45 }, card.description));
  }
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      background: COLOURS.bg,
      fontFamily,
      color: COLOURS.fg,
    },
    [
      box({ width: 20, height: CARD_HEIGHT, background: COLOURS.accent }),
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 56px 64px' }, [
        // The home page's title is the site's name: say it once.
        ...(card.site === card.title
          ? []
          : [box({ display: 'flex', fontSize: 30, fontWeight: 700, color: COLOURS.accent }, card.site)]),
        box(
          { display: 'flex', fontSize: 60, fontWeight: 700, lineHeight: 1.25, marginTop: 36, lineClamp: 3 },
          card.title,
        ),
        box({ display: 'flex', flexGrow: 1 }),
        box({ display: 'flex', flexDirection: 'column', borderTop: `2px solid ${COLOURS.line}`, paddingTop: 28 }, foot),
      ]),
    ],
  );
}

/** Part of every image's cache key: a change to the layout, the colours or the encoding redraws every card. */
export const CARD_DESIGN = `${JSON.stringify([COLOURS, PNG_ENCODING])}${cardTree.toString()}`;
