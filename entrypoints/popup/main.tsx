import { render } from 'preact';
import { criteria } from '../../criteria/catalogue/index';
import { CATALOGUE_VERSION } from '../../criteria/version';
import { portals } from '../content/portals/index';
import { App } from './App';
import { supportedPortals } from './supported-portals';

render(
  <App catalogue={criteria} catalogueVersion={CATALOGUE_VERSION} portals={supportedPortals(portals)} />,
  document.getElementById('app')!,
);
