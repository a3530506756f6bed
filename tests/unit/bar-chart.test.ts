import { describe, expect, it } from 'vitest';
import { layoutStackedBars } from '../../src/lib/bar-chart';

describe('layoutStackedBars', () => {
  const layout = layoutStackedBars(
    [
      { label: '小店区', values: [2, 0, 2] },
      { label: '迎泽区', values: [0, 0, 0] },
      { label: '古交市', values: [0, 1, 0] },
    ],
    { width: 300, labelWidth: 60, valueWidth: 40, rowHeight: 30, barHeight: 20 },
  );

  it('gives the longest bar the whole width left by labels and totals', () => {
    const [longest] = layout.rows;
    expect(longest!.end).toBe(260);
    expect(longest!.segments.map((segment) => [segment.series, segment.x, segment.width])).toEqual([
      [0, 60, 100],
      [2, 160, 100],
    ]);
  });

  it('scales every bar alike and draws nothing for zero', () => {
    expect(layout.rows[1]).toMatchObject({ total: 0, segments: [], end: 60 });
    expect(layout.rows[2]!.segments).toEqual([{ series: 1, value: 1, x: 60, width: 50 }]);
  });

  it('stacks rows from the top, centring each bar in its row', () => {
    expect(layout.rows.map((row) => row.y)).toEqual([5, 35, 65]);
    expect(layout.height).toBe(90);
  });

  it('draws empty bars when every count is zero', () => {
    const empty = layoutStackedBars([{ label: '小店区', values: [0] }]);
    expect(empty.rows[0]!.segments).toEqual([]);
  });
});
