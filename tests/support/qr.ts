import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Reads a QR code as a phone's camera would: from the pixels on screen (a screenshot of the element),
 * decoded with a QR library, not from the page's markup.
 */
export async function decodeQrOnScreen(element: Locator): Promise<string> {
  const image = PNG.sync.read(await element.screenshot({ animations: 'disabled' }));
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height);
  if (!found) throw new Error('No QR code could be read from the screenshot');
  return found.data;
}
