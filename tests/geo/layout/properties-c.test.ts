/** Property test, part c of three: 56 seeds of each shape below (504 seeds over the three parts). */
import { propertySuite } from './property-suite';

propertySuite(['U', 'T', 'jogged-polygon'], 56);
