/** The product's catalogue, compiled once per process (content script, popup, background, command line). */
import { criteria } from '../criteria/catalogue/index';
import { pillarDeclarations } from '../criteria/declarations';
import { productGroups } from '../criteria/product-groups';
import { CATALOGUE_VERSION } from '../criteria/version';
import { compileCatalogue } from './engine';

export const defaultCatalogue = compileCatalogue(criteria, productGroups, CATALOGUE_VERSION, pillarDeclarations);
