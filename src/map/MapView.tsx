/** React's handle on the ParcelMap: mounts it once and passes plain data and events through. */
import { useEffect, useRef } from 'react';
import type { FeatureCollection } from 'geojson';
import 'maplibre-gl/dist/maplibre-gl.css';
import { ParcelMap } from './parcel-map';
import { takeEarlyParcelMap } from './parcel-map-early';

export interface MapViewProps {
  parcels: FeatureCollection;
  zone: FeatureCollection;
  context: FeatureCollection;
  selectedParcelId: string | null;
  /** WGS84 bounds to show first, and again whenever `fitRequest` changes. */
  initialBounds: [[number, number], [number, number]] | null;
  fitRequest: number;
  focusBounds: [[number, number], [number, number]] | null;
  basemapEnabled: boolean;
  labels: { map: string; northArrow: string; northLetter: string };
  numberLocale: string;
  onParcelClick: (parcelId: string | null) => void;
  onBasemapError: () => void;
}

export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<ParcelMap | null>(null);
  const callbacks = useRef({ onParcelClick: props.onParcelClick, onBasemapError: props.onBasemapError });
  callbacks.current = { onParcelClick: props.onParcelClick, onBasemapError: props.onBasemapError };

  useEffect(() => {
    const texts = { labels: { northArrow: props.labels.northArrow, northLetter: props.labels.northLetter }, numberLocale: props.numberLocale };
    const events = {
      onParcelClick: (id: string | null) => callbacks.current.onParcelClick(id),
      onBasemapError: () => callbacks.current.onBasemapError(),
    };
    // The map main.tsx started before React, when it writes the same texts (parcel-map-early.ts).
    const map = takeEarlyParcelMap(texts, containerRef.current!, events)
      ?? new ParcelMap({ container: containerRef.current!, ...texts, initialBounds: props.initialBounds, ...events });
    mapRef.current = map;
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(containerRef.current!);
    return () => {
      observer.disconnect();
      map.destroy();
      mapRef.current = null;
    };
    // The map is created once; labels are fixed for its lifetime (the language switch remounts it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The view first, then the data: the first tiles the worker cuts are then those on screen.
  useEffect(() => {
    if (props.initialBounds) mapRef.current?.fitBounds(props.initialBounds, { animate: props.fitRequest > 0 });
  }, [props.initialBounds, props.fitRequest]);
  useEffect(() => { mapRef.current?.setParcels(props.parcels); }, [props.parcels]);
  useEffect(() => { mapRef.current?.setZone(props.zone); }, [props.zone]);
  useEffect(() => { mapRef.current?.setContext(props.context); }, [props.context]);
  useEffect(() => { mapRef.current?.setSelectedParcel(props.selectedParcelId); }, [props.selectedParcelId]);
  useEffect(() => { mapRef.current?.setBasemap(props.basemapEnabled); }, [props.basemapEnabled]);
  useEffect(() => {
    if (props.focusBounds) mapRef.current?.fitBounds(props.focusBounds, { animate: true, padding: 160, maxZoom: 18 });
  }, [props.focusBounds]);

  return <div ref={containerRef} className="map" data-testid="map" role="region" aria-label={props.labels.map} />;
}
