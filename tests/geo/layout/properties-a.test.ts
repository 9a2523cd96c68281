/** Property test, part a of three: 56 seeds of each shape below (504 seeds over the three parts). */
import { propertySuite } from './property-suite';

propertySuite(['rectangle', 'trapezoid', 'triangle'], 56);
