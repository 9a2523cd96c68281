/** The register's words, added to the catalogue when its chunk loads (imported for its effect by RegistryPage). */
import { addMessages } from './catalogue';
import { registryMessages } from './messages/registry';
import { registryTradesMessages } from './messages/registry-trades';
import { registryImportProgressMessages } from './messages/registry-import-progress';

addMessages(registryMessages);
addMessages(registryTradesMessages);
addMessages(registryImportProgressMessages);
