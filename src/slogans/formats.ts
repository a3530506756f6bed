/** PostScript points in a centimetre: banner layouts are drawn at their true size. */
export const POINTS_PER_CM = 72 / 2.54;

export const BANNER_KINDS = ['banner-1x5', 'banner-1x10'] as const;
export type BannerKind = (typeof BANNER_KINDS)[number];

/** A standard 横幅 a print shop makes: its proportion and the true size the PDF is drawn at. */
export interface BannerFormat {
  /** Width over height: 5 for 1:5. */
  readonly ratio: number;
  readonly widthCm: number;
  readonly heightCm: number;
  /** `1:5` */
  readonly proportion: string;
  /** `3 米 × 0.6 米` */
  readonly size: string;
  /** Where it is used, for the download list. */
  readonly use: string;
}

/**
 * The two banner proportions print shops stock: 1:5 (3 m × 0.6 m, a gate or a notice wall) and
 * 1:10 (5 m × 0.5 m, a street or a building front). Both fit the 200-inch limit of a PDF page.
 */
export const BANNER_FORMATS: Readonly<Record<BannerKind, BannerFormat>> = {
  'banner-1x5': {
    ratio: 5,
    widthCm: 300,
    heightCm: 60,
    proportion: '1:5',
    size: '3 米 × 0.6 米',
    use: '适合小区门口、村委会、宣传栏',
  },
  'banner-1x10': {
    ratio: 10,
    widthCm: 500,
    heightCm: 50,
    proportion: '1:10',
    size: '5 米 × 0.5 米',
    use: '适合街道、楼体、校门',
  },
};

/** A banner's page in points. */
export const bannerPage = (kind: BannerKind) => ({
  width: BANNER_FORMATS[kind].widthCm * POINTS_PER_CM,
  height: BANNER_FORMATS[kind].heightCm * POINTS_PER_CM,
});

/** The wall-slogan sheets: A3 landscape, in points (ISO 216), two characters a sheet. */
export const WALL_SHEET = { width: 1190.55, height: 841.89 } as const;
export const WALL_CHARACTERS_PER_SHEET = 2;
