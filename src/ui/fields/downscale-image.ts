/** The longest image side Lotse keeps by default: sharp enough to read a document photo. */
export const DEFAULT_MAX_IMAGE_SIDE = 2000;

/** JPEG quality for downscaled photos: small files, text still crisp. */
const JPEG_QUALITY = 0.85;

/** A file ready to store: possibly a smaller re-encoded photo. */
export interface PreparedFile {
  /** The bytes to store. */
  blob: Blob;
  /** File name (extension ".jpg" when re-encoded). */
  name: string;
  /** Media type of the bytes. */
  type: string;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]+$/, '');
  return `${base || 'foto'}.jpg`;
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  const draw = (context: Canvas2D | null): void => {
    if (!context) throw new Error('2D canvas unavailable');
    // JPEG has no transparency: paint white first, else transparent areas turn black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
  };
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    draw(canvas.getContext('2d'));
    return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  draw(canvas.getContext('2d'));
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
      'image/jpeg',
      JPEG_QUALITY,
    );
  });
}

/**
 * Shrinks a photo so its longest side is at most `maxSide` and re-encodes it as JPEG; PDFs, other
 * files and images that already fit are returned as they are. When the browser cannot decode the
 * image (e.g. HEIC), the original is kept: losing a document is worse than storing a big one.
 */
export async function prepareFile(
  file: Blob,
  name: string,
  maxSide = DEFAULT_MAX_IMAGE_SIDE,
): Promise<PreparedFile> {
  const original = { blob: file, name, type: file.type };
  if (!file.type.startsWith('image/') || file.type === 'image/svg+xml') return original;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return original;
  }
  try {
    const longest = Math.max(bitmap.width, bitmap.height);
    if (longest <= maxSide) return original;
    const scale = maxSide / longest;
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const blob = await encodeJpeg(bitmap, width, height);
    return { blob, name: jpegName(name), type: blob.type || 'image/jpeg' };
  } catch {
    return original;
  } finally {
    bitmap.close();
  }
}
