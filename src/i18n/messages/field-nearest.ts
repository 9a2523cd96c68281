/**
 * Field mode's words for a position outside every plot: the layout's land under it (road, green,
 * facility lot) or "outside the zone", and the nearest plot with its distance and grid direction.
 * Added with the field chunk (FieldPage.tsx).
 */
export const fieldNearestMessages = {
  vi: {
    'field.plot.none': 'Không thuộc lô nào',
    'field.area.road': 'Trên đường nội bộ của khu',
    'field.area.green': 'Trong đất cây xanh của khu',
    'field.area.facility': 'Trong khu đất hạ tầng kỹ thuật',
    'field.nearest': 'Lô gần nhất',
    'field.nearest.value': '{code} — cách {distance}, hướng {direction} ({bearing}°)',
    'field.direction.0': 'Bắc',
    'field.direction.1': 'Đông Bắc',
    'field.direction.2': 'Đông',
    'field.direction.3': 'Đông Nam',
    'field.direction.4': 'Nam',
    'field.direction.5': 'Tây Nam',
    'field.direction.6': 'Tây',
    'field.direction.7': 'Tây Bắc',
  },
  en: {
    'field.plot.none': 'In no plot',
    'field.area.road': 'On a road of the zone',
    'field.area.green': 'In the zone’s green land',
    'field.area.facility': 'On a facility lot of the zone',
    'field.nearest': 'Nearest plot',
    'field.nearest.value': '{code} — {distance} to the {direction} ({bearing}°)',
    'field.direction.0': 'north',
    'field.direction.1': 'north-east',
    'field.direction.2': 'east',
    'field.direction.3': 'south-east',
    'field.direction.4': 'south',
    'field.direction.5': 'south-west',
    'field.direction.6': 'west',
    'field.direction.7': 'north-west',
  },
} as const;
