/** Geometry of a horizontal stacked bar chart, drawn as SVG at build time (no JavaScript). */

export interface BarInput {
  readonly label: string;
  /** One value per series (per month, say), stacked left to right. */
  readonly values: readonly number[];
}

export interface BarSegment {
  /** Index of the series, for its colour and legend entry. */
  readonly series: number;
  readonly value: number;
  readonly x: number;
  readonly width: number;
}

export interface BarRow {
  readonly label: string;
  readonly total: number;
  /** Top of the row's bar. */
  readonly y: number;
  /** Empty segments are left out. */
  readonly segments: readonly BarSegment[];
  /** Right end of the bar, where the total is written. */
  readonly end: number;
}

export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  readonly barHeight: number;
  /** Where bars start; labels are right-aligned just before it. */
  readonly barStart: number;
  readonly rows: readonly BarRow[];
}

export interface BarChartOptions {
  readonly width?: number;
  readonly labelWidth?: number;
  /** Room kept after the longest bar for its total. */
  readonly valueWidth?: number;
  readonly rowHeight?: number;
  readonly barHeight?: number;
}

/** Lays out one bar per input; the longest bar fills the width left by the labels and totals. */
export function layoutStackedBars(inputs: readonly BarInput[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 360, labelWidth = 64, valueWidth = 32, rowHeight = 28, barHeight = 18 } = options;
  const totals = inputs.map((input) => input.values.reduce((sum, value) => sum + value, 0));
  const scale = (width - labelWidth - valueWidth) / Math.max(1, ...totals);
  const rows = inputs.map((input, index): BarRow => {
    let x = labelWidth;
    const segments: BarSegment[] = [];
    input.values.forEach((value, series) => {
      if (value <= 0) return;
      segments.push({ series, value, x, width: value * scale });
      x += value * scale;
    });
    return {
      label: input.label,
      total: totals[index]!,
      y: index * rowHeight + (rowHeight - barHeight) / 2,
      segments,
      end: x,
    };
  });
  return { width, height: inputs.length * rowHeight, barHeight, barStart: labelWidth, rows };
}
