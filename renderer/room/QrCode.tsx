import { useEffect, useState } from 'react';

interface Props {
  text: string;
  /** The accessible name: what the code is for. */
  label: string;
  className?: string;
}

interface Matrix {
  size: number;
  dark: (row: number, column: number) => boolean;
}

/** The quiet zone around the code, in modules: the standard's four, so every phone camera reads it. */
const QUIET = 4;

/** A QR code drawn as one SVG path, crisp at any size (the projector's join slide too). */
export function QrCode({ text, label, className }: Props) {
  const [matrix, setMatrix] = useState<{ text: string; matrix: Matrix } | null>(null);
  useEffect(() => {
    let current = true;
    // The QR library loads only when a room is open; it is not in the start-up bundle.
    void import('qrcode').then(({ default: QRCode }) => {
      const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
      if (current) setMatrix({ text, matrix: { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) } });
    });
    return () => {
      current = false;
    };
  }, [text]);

  const shown = matrix?.text === text ? matrix.matrix : null;
  const extent = (shown?.size ?? 21) + QUIET * 2;
  let path = '';
  if (shown) {
    for (let row = 0; row < shown.size; row++) {
      for (let column = 0; column < shown.size; column++) {
        if (shown.dark(row, column)) path += `M${column + QUIET} ${row + QUIET}h1v1h-1z`;
      }
    }
  }
  return (
    <svg
      className={className}
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      aria-busy={shown ? undefined : true}
      shapeRendering="crispEdges"
      data-ready={shown ? true : undefined}
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      {shown && <path d={path} fill="#000000" />}
    </svg>
  );
}
