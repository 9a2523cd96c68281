/**
 * Photos from the tablet camera, made small before they are stored: a 12-megapixel picture is 4–8 MB,
 * and a season of checks must fit in the browser's storage. The longest side goes to 1600 px, JPEG 0.82.
 */
export const PHOTO_MAX_SIDE_PX = 1600;

export interface ResizedPhoto { blob: Blob; width: number; height: number }

export async function resizePhoto(file: Blob, maxSidePx = PHOTO_MAX_SIDE_PX): Promise<ResizedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, maxSidePx / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((made) => (made ? resolve(made) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.82));
    return { blob, width, height };
  } finally {
    bitmap.close();
  }
}
