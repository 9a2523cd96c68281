/**
 * The real parts behind `phanlo layout`: src/io/layers reads the zone file, src/geo/layout validates
 * the parameters and lays the zone out.
 */
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, validateLayoutParameters, type LayoutParameters } from '../geo/layout';
import { readGeoJsonCrs, readZoneSite } from '../io/layers';
import type { LayoutEnginePort } from './layout-engine';

export const realLayoutEngine: LayoutEnginePort = {
  defaultParameters: DEFAULT_LAYOUT_PARAMETERS as unknown as Readonly<Record<string, unknown>>,
  validateParameters: validateLayoutParameters,
  zoneFileCrs: (json) => {
    const crs = readGeoJsonCrs(json);
    return crs.ok ? crs.value : null;
  },
  readZoneSite,
  // The parameters reaching here passed validateParameters, which returned them typed.
  generateLayout: (site, parameters, options) => generateLayout(site, parameters as LayoutParameters, {
    ...options, givenParameters: options.givenParameters as (keyof LayoutParameters)[] | undefined,
  }),
};
