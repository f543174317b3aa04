// subset-font ships no types; this is the one call the build makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; variationAxes?: Record<string, number | { min: number; max: number; default?: number }> },
  ): Promise<Buffer>;
}

// fontverter (used by subset-font) ships no types; the dist tests use it to read woff2 files.
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer | Uint8Array, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Buffer> };
  export default fontverter;
}
