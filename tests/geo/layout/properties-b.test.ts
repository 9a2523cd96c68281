/** Property test, part b of three: 56 seeds of each shape below (504 seeds over the three parts). */
import { propertySuite } from './property-suite';

propertySuite(['strip-side', 'strip-end', 'L'], 56);
