/**
 * A link that opens a position in the phone's map application on Android and iPhone alike. A `geo:`
 * URI does nothing on an iPhone; the https "Maps URLs" form of Google Maps opens the Google Maps app
 * on Android, and Google Maps (app or browser) on iOS, with a pin at the position. Pure.
 */

/** Degrees to 7 decimals: about 1 cm, more than a phone's GPS tells. */
const degrees = (value: number): string => value.toFixed(7);

/** `https://www.google.com/maps/search/?api=1&query=<lat>,<lon>`. */
export function mapLinkUrl(latDeg: number, lonDeg: number): string {
  return `https://www.google.com/maps/search/?api=1&query=${degrees(latDeg)},${degrees(lonDeg)}`;
}

/** The position as printed beside the code: "20.8479845 N, 106.3931924 E" (WGS84 degrees). */
export function latLonText(latDeg: number, lonDeg: number): string {
  return `${degrees(Math.abs(latDeg))} ${latDeg >= 0 ? 'N' : 'S'}, ${degrees(Math.abs(lonDeg))} ${lonDeg >= 0 ? 'E' : 'W'}`;
}
