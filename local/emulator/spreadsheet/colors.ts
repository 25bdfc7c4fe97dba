/** Colours as Sheets returns them: lowercase `#rrggbb`; CSS names and `#rgb` accepted on input. */
const NAMED: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', gray: '#808080', grey: '#808080', purple: '#800080', pink: '#ffc0cb', brown: '#a52a2a',
  cyan: '#00ffff', magenta: '#ff00ff', lime: '#00ff00', navy: '#000080', teal: '#008080', silver: '#c0c0c0',
  maroon: '#800000', olive: '#808000', aqua: '#00ffff', fuchsia: '#ff00ff', lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3', darkgray: '#a9a9a9', gold: '#ffd700', transparent: '#ffffff',
};

/** Normalised colour, or undefined for null/'' (the default). Unknown strings are kept as given. */
export function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined) return undefined;
  const s = String(color).trim().toLowerCase();
  if (s === '') return undefined;
  const named = NAMED[s];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}

/** `#rrggbb` → exceljs ARGB `FFRRGGBB`. */
export function argb(color: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  return m ? `FF${(m[1] ?? '000000').toUpperCase()}` : 'FF000000';
}
