import QRCode from 'qrcode';

/** Light modules a scanner needs around the code (ISO/IEC 18004 asks for four). */
export const QR_QUIET_ZONE = 4;

/** A horizontal run of dark modules: row, first column, length (in modules). */
export interface QrRun {
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  readonly runs: readonly QrRun[];
}

/**
 * The QR code for a URL, drawn from the matrix of the `qrcode` library. Level M survives a smudge
 * or a staple on a notice board or a dim phone screen, and keeps page URLs at a small version.
 */
export function qrCode(url: string): QrCode {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}

/** SVG path data of the dark modules, one unit per module, each moved by `offset` modules (the quiet zone, where the drawing starts at 0). */
export function qrPathData(code: QrCode, offset = 0): string {
  return code.runs.map((run) => `M${run.column + offset} ${run.row + offset}h${run.length}v1h-${run.length}z`).join('');
}
