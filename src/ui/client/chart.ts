import type { RatingChart } from '../../app/sidebar/ratingChart';
import { el, svg, uid } from './dom';
import { T } from './text';

/** One colour per period, distinguishable without colour vision (blue / orange / green / purple). */
export const PERIOD_COLOURS = ['#1a73e8', '#e8710a', '#188038', '#9334e6'];

const WIDTH = 276;
const HEIGHT = 168;
const TOP = 16;
const BOTTOM = 32;
const SIDE = 4;

/** Two lines at most under a group: "Trung bình" → "Trung" / "bình". */
export function labelLines(label: string): string[] {
  const words = label.split(' ');
  if (label.length <= 8 || words.length < 2) return [label];
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const gap = Math.abs(words.slice(0, i).join(' ').length - words.slice(i).join(' ').length);
    if (gap < Math.abs(words.slice(0, best).join(' ').length - words.slice(best).join(' ').length)) best = i;
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/**
 * Grouped bars: one group per rating (best first), one bar per period, the count written over
 * each bar; chapters not rated yet are a line of text under it (they would dwarf the bars). The SVG has a <title> and a <desc> listing every number, and the legend
 * is plain HTML so it wraps at 300 px.
 */
export function ratingChartView(chart: RatingChart): HTMLElement {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const max = Math.max(0, ...chart.periods.flatMap((period) => period.counts));
  const groups = chart.levels.length;
  const groupWidth = (WIDTH - SIDE * 2) / Math.max(1, groups);
  const bars = Math.max(1, chart.periods.length);
  const barWidth = Math.min(18, (groupWidth - 8) / bars);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const description = chart.periods
    .map((period) => `${period.short}: ${chart.levels.map((level, i) => `${level.label} ${period.counts[i] ?? 0}`).join(', ')}; ${T.unrated} ${period.unrated}`)
    .join('. ');

  const shapes: SVGElement[] = [];
  chart.levels.forEach((level, g) => {
    const groupLeft = SIDE + g * groupWidth;
    const barsLeft = groupLeft + (groupWidth - barWidth * bars) / 2;
    chart.periods.forEach((period, p) => {
      const count = period.counts[g] ?? 0;
      const height = max === 0 ? 0 : Math.round((count / max) * plotHeight);
      const x = barsLeft + p * barWidth;
      shapes.push(
        svg(
          'rect',
          { x: x.toFixed(1), y: String(baseline - height), width: (barWidth - 1).toFixed(1), height: String(height), fill: PERIOD_COLOURS[p % PERIOD_COLOURS.length] },
          svg('title', {}, T.chartCount(level.label, period.short, count)),
        ),
        svg('text', { x: (x + (barWidth - 1) / 2).toFixed(1), y: String(baseline - height - 3), 'text-anchor': 'middle', class: 'chart-value' }, String(count)),
      );
    });
    const lines = labelLines(level.short);
    shapes.push(
      svg(
        'text',
        { x: (groupLeft + groupWidth / 2).toFixed(1), y: String(baseline + 13), 'text-anchor': 'middle', class: 'chart-label' },
        ...lines.map((line, i) => svg('tspan', { x: (groupLeft + groupWidth / 2).toFixed(1), dy: i === 0 ? '0' : '12' }, line)),
        svg('title', {}, level.label),
      ),
    );
  });

  const figure = svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: String(WIDTH), height: String(HEIGHT), role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'chart' },
    svg('title', { id: titleId }, T.chartTitle(chart.periods.map((period) => period.short))),
    svg('desc', { id: descId }, description),
    svg('line', { x1: String(SIDE), x2: String(WIDTH - SIDE), y1: String(baseline + 0.5), y2: String(baseline + 0.5), class: 'chart-axis' }),
    ...shapes,
  );
  const legend = el(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...chart.periods.map((period, p) =>
      el('li', {}, svg('svg', { width: '10', height: '10', 'aria-hidden': 'true' }, svg('rect', { width: '10', height: '10', fill: PERIOD_COLOURS[p % PERIOD_COLOURS.length] })), ` ${period.short}`),
    ),
  );
  const unrated = chart.periods.filter((period) => period.unrated > 0);
  return el(
    'figure',
    { class: 'chart-figure' },
    figure,
    legend,
    max === 0 ? el('p', { class: 'gray' }, T.chartEmpty) : null,
    unrated.length ? el('figcaption', { class: 'secondary' }, T.unratedNote(unrated.map((period) => ({ period: period.short, count: period.unrated })))) : null,
  );
}
