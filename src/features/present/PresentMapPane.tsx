/** The household view's map: made once per mount, given a new scene when the plot changes. */
import { useEffect, useRef } from 'react';
import { PresentMap, type PresentSceneData } from '../../map/present-map';
import { useTranslation } from '../../i18n/use-translation';

export function PresentMapPane({ scene }: { scene: PresentSceneData }) {
  const { t, language } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<PresentMap | null>(null);

  useEffect(() => {
    if (!containerRef.current) return;
    const map = new PresentMap({
      container: containerRef.current,
      labels: { northArrow: t('map.northArrow'), northLetter: language === 'vi' ? 'B' : 'N' },
      numberLocale: language === 'vi' ? 'vi-VN' : 'en-US',
    });
    mapRef.current = map;
    const observer = new ResizeObserver(() => map.resize());
    observer.observe(containerRef.current);
    return () => {
      observer.disconnect();
      map.destroy();
      mapRef.current = null;
    };
    // The map is made once; labels follow the scene, which carries the language's words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => { mapRef.current?.setScene(scene); }, [scene]);

  return <div ref={containerRef} className="present-map" data-testid="map" role="img" aria-label={t('present.map.label', { code: scene.code })} />;
}
