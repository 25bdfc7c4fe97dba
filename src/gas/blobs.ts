/** Blobs as the Drive and Mail services take and give them. */

/** Whether a service answered with a Blob (the advanced service's export returns one only with `alt: 'media'`). */
export function isBlob(value: unknown): value is GoogleAppsScript.Base.Blob {
  return typeof value === 'object' && value !== null && typeof (value as { getBytes?: unknown }).getBytes === 'function';
}

/** A Blob of unsigned bytes: Apps Script's Blobs hold Java's signed bytes. */
export function blobOf(bytes: ArrayLike<number>, contentType: string, name: string): GoogleAppsScript.Base.Blob {
  return Utilities.newBlob(Array.from(bytes, (b) => (b << 24) >> 24), contentType, name);
}
