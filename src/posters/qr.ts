import QRCode from 'qrcode';

/** Modules of white border the QR standard asks for around the code. */
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
 * The QR code for a URL. Level M survives a smudge or a staple on a notice board and keeps the
 * modules large enough to scan from a printed A4 sheet.
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

/** SVG path data of the dark modules, one unit per module, quiet zone included in the offset. */
export function qrPathData(code: QrCode): string {
  return code.runs.map((run) => `M${run.column + QR_QUIET_ZONE} ${run.row + QR_QUIET_ZONE}h${run.length}v1h-${run.length}z`).join('');
}

/** A standalone SVG of the code, for HTML pages (scales with CSS; crisp at any size). */
export function qrSvg(url: string, label: string): string {
  const code = qrCode(url);
  const side = code.size + 2 * QR_QUIET_ZONE;
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${qrPathData(code)}"/></svg>`
  );
}
