/**
 * The household view's and the plot sheets' words, added to the catalogue when their chunk loads
 * (the household view, or the planner's plot list that links to it): imported for its effect.
 */
import { addMessages } from './catalogue';
import { presentMessages } from './messages/present';

addMessages(presentMessages);
