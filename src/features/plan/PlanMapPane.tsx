/** React's handle on the planner's map: mounts the MapLibre adapter once and attaches it to the workspace. */
import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibrePlanMap } from '../../map/plan-map';
import type { PlanMapTools } from '../../map/plan-map-tools-adapter';
import type { PlanEditor } from './plan-editor';
import type { PlanWorkspace } from './plan-workspace';

export interface PlanMapPaneProps {
  readonly workspace: PlanWorkspace;
  /** The hand-edit editor: it draws the dividing line of two selected plots and takes its drag. */
  readonly editor?: PlanEditor | null;
  readonly label: string;
  readonly northArrow: string;
  readonly northLetter: string;
  readonly numberLocale: string;
  /** The map's drawing, edge and difference tools while it is mounted (null once it is gone). */
  readonly onTools?: (tools: PlanMapTools | null) => void;
}

export function PlanMapPane({ workspace, editor, label, northArrow, northLetter, numberLocale, onTools }: PlanMapPaneProps) {
  const onToolsRef = useRef(onTools);
  useEffect(() => { onToolsRef.current = onTools; });
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibrePlanMap | null>(null);
  useEffect(() => {
    const map = new MapLibrePlanMap({ container: containerRef.current!, labels: { northArrow, northLetter }, numberLocale });
    const detach = workspace.attachMap(map);
    // The map is an external system made here; the editor attaches to it below.
    // oxlint-disable-next-line react/set-state-in-effect
    setMap(map);
    onToolsRef.current?.(map.tools);
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(containerRef.current!);
    return () => {
      observer.disconnect();
      detach();
      onToolsRef.current?.(null);
      map.destroy();
    };
  }, [workspace, northArrow, northLetter, numberLocale]);
  useEffect(() => (editor && map ? editor.attachMap(map) : undefined), [editor, map]);
  return <div ref={containerRef} className="map" data-testid="map" role="region" aria-label={label} />;
}
