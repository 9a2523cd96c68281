/** React's handle on the allocation map: mounts it once, feeds it the layout with statuses and the selection. */
import { useEffect, useMemo, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { LayoutResult } from '../../../geo/layout';
import type { ZoneSite } from '../../../domain/site';
import type { PlanLayoutData } from '../../../map/plan-map-adapter';
import { PlotStatusMap } from '../../../map/plot-status-map';
import { layoutMapData } from '../../plan';
import { polygonBoundsWgs84, zoneToMapData } from '../../site/site-map-data';
import type { SiteMapData } from '../../site/use-site-map-data';
import type { PlotState } from './use-allocation-data';

export interface PlotStatusMapPaneProps {
  readonly layout: LayoutResult;
  readonly site: ZoneSite;
  readonly backdrop: SiteMapData | null;
  readonly plotStates: ReadonlyMap<string, PlotState>;
  readonly selected: readonly string[];
  readonly onPlotClick: (code: string | null) => void;
  readonly label: string;
  readonly northArrow: string;
  readonly northLetter: string;
  readonly numberLocale: string;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function PlotStatusMapPane(props: PlotStatusMapPaneProps) {
  const { layout, site, backdrop, plotStates, selected, onPlotClick, label, northArrow, northLetter, numberLocale } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<PlotStatusMap | null>(null);
  const clickRef = useRef(onPlotClick);
  useEffect(() => { clickRef.current = onPlotClick; });

  useEffect(() => {
    const map = new PlotStatusMap({ container: containerRef.current!, labels: { northArrow, northLetter }, numberLocale });
    mapRef.current = map;
    const off = map.onPlotClick((code) => clickRef.current(code));
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(containerRef.current!);
    return () => { observer.disconnect(); off(); map.destroy(); mapRef.current = null; };
  }, [northArrow, northLetter, numberLocale]);

  const base = useMemo(() => layoutMapData(layout, []), [layout]);
  const data = useMemo<PlanLayoutData>(() => ({
    labels: base.labels,
    features: {
      type: 'FeatureCollection',
      features: base.features.features.map((f) => (f.properties?.kind === 'plot'
        ? { ...f, properties: { ...f.properties, status: plotStates.get(String(f.properties.code))?.status ?? 'free' } }
        : f)),
    },
  }), [base, plotStates]);
  const zone = useMemo(() => zoneToMapData(site), [site]);
  const bounds = useMemo(() => polygonBoundsWgs84(site.zone, site.crs), [site]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.setSite({ parcels: backdrop?.parcels ?? EMPTY, zone, context: backdrop?.context ?? EMPTY });
  }, [backdrop, zone, numberLocale]);
  useEffect(() => { mapRef.current?.fitBounds(bounds); }, [bounds, numberLocale]);
  useEffect(() => { mapRef.current?.setLayout(data); }, [data, numberLocale]);
  useEffect(() => { mapRef.current?.setSelection(selected); }, [selected, numberLocale]);

  return <div ref={containerRef} className="map allocation-map" data-testid="allocation-map" role="region" aria-label={label} />;
}
