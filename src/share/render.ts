/** Card → SVG (satori, text drawn as outlines from the bundled font) → PNG (sharp). */
import satori from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH, cardText, cardTree, PNG_ENCODING, type ShareCard } from './card';
import { fontsFor } from './fonts';

export async function renderCard(card: ShareCard): Promise<Buffer> {
  const { family, fonts } = fontsFor(cardText(card));
  // satori types its input as a React node; the plain element tree is what it reads.
  const svg = await satori(cardTree(card, family) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).png(PNG_ENCODING).toBuffer();
}
