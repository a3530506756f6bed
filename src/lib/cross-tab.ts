/** Counts of items by two keys (a row and a column), with totals: the data of a report table. */
export interface CrossTab {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** `counts[row][column]`, in the order of `rows` and `columns`. */
  readonly counts: readonly (readonly number[])[];
  readonly rowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly total: number;
}

/**
 * Counts items by row and column key. Rows and columns come in the order given, with zeros where
 * nothing was counted; an item whose key is in neither list is left out of every count and total.
 */
export function crossTab<T>(
  items: readonly T[],
  rowOf: (item: T) => string,
  columnOf: (item: T) => string,
  rows: readonly string[],
  columns: readonly string[],
): CrossTab {
  const counts = rows.map(() => columns.map(() => 0));
  for (const item of items) {
    const row = rows.indexOf(rowOf(item));
    const column = columns.indexOf(columnOf(item));
    if (row >= 0 && column >= 0) counts[row]![column]! += 1;
  }
  const rowTotals = counts.map((line) => line.reduce((sum, count) => sum + count, 0));
  const columnTotals = columns.map((_, column) => counts.reduce((sum, line) => sum + line[column]!, 0));
  return { rows, columns, counts, rowTotals, columnTotals, total: rowTotals.reduce((sum, count) => sum + count, 0) };
}
