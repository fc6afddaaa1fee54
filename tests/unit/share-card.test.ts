/**
 * The share-image font: the right subsets are chosen for a text, a character the
 * font lacks stops the build by name, and Chinese really is drawn: each Han
 * character comes out as its own shape, not as the same empty box (tofu).
 */
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/share/render';
import { fontsFor, parseUnicodeRange, subsetsFor, uncovered } from '../../src/share/fonts';

/** One character drawn alone at 120 px, as raw greyscale pixels. */
async function glyph(char: string, fonts: ReturnType<typeof fontsFor>) {
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: { display: 'flex', fontSize: 120, fontFamily: fonts.family, background: '#fff' },
        children: char,
      },
    } as unknown as Parameters<typeof satori>[0],
    { width: 160, height: 160, fonts: fonts.fonts },
  );
  return sharp(Buffer.from(svg)).flatten({ background: '#fff' }).greyscale().raw().toBuffer();
}

describe('share-image font', () => {
  it('parses CSS unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00ff, U+2019,U+4e00-4e3f')).toEqual([
      [0, 0xff],
      [0x2019, 0x2019],
      [0x4e00, 0x4e3f],
    ]);
  });

  it('takes Latin from the Latin subset and Han characters from the CJK slices', () => {
    expect(subsetsFor('Istio').map((s) => s.key)).toEqual(['latin']);
    const keys = subsetsFor('Istio 生产案例').map((s) => s.key);
    expect(keys[0]).toBe('latin');
    expect(keys.slice(1).every((k) => /^\d+$/.test(k))).toBe(true);
  });

  it('names every character it cannot draw', () => {
    expect(uncovered('生产案例：“数千万”，1000万+ · é')).toEqual([]);
    expect(uncovered('A𓀀B')).toEqual(['𓀀']);
    expect(() => subsetsFor('Istio 𓀀')).toThrow(/"𓀀" \(U\+13000\)/);
  });

  it('draws each Han character as its own shape, where a Latin-only font draws the same box', async () => {
    const han = ['生', '产', '案'];
    const latinOnly = fontsFor('Istio');
    const tofu = await Promise.all(han.map((c) => glyph(c, latinOnly)));
    // Without a CJK font every character is the same missing-glyph box…
    expect(tofu[1]?.equals(tofu[0] as Buffer)).toBe(true);
    // …with the fonts chosen for a whole mixed title (Latin first, then several CJK slices)
    // each one differs from the box and from the others.
    const title = fontsFor('Istio 生产案例：“数千万”用户');
    expect(title.fonts.length).toBeGreaterThan(4);
    const drawn = await Promise.all(han.map((c) => glyph(c, title)));
    drawn.forEach((pixels, i) => {
      expect(pixels.equals(tofu[i] as Buffer)).toBe(false);
      drawn.slice(i + 1).forEach((other) => expect(pixels.equals(other)).toBe(false));
    });
  });

  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const card = { lang: 'zh' as const, site: 'Istio 生产案例', title: '测试：标题', topic: '房地产' };
    const [a, b] = [await renderCard(card), await renderCard(card)];
    expect(a.equals(b)).toBe(true);
    expect(await sharp(a).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });
});
