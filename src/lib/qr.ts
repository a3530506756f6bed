import { create } from 'qrcode';

/** A QR code as one SVG path of dark modules, in module units. */
export interface QrShape {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** The dark modules, one horizontal run at a time: `M x y h n v 1 h -n z`. */
  readonly path: string;
}

/** Light modules a scanner needs around the code (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

/**
 * The QR code for `text`, drawn from the matrix of the `qrcode` library. Level M survives a
 * smudged print or a dim phone screen and keeps page URLs at a small version.
 */
export function qrShape(text: string): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && Boolean(modules.get(row, col));
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
        start = -1;
      }
    }
  }
  return { size: modules.size, path: runs.join('') };
}
