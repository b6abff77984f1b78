import { render } from 'preact';
import { loadSettings } from '../../utils/library/settings';
import { portals } from '../content/portals/index';
import { App } from './App';
import { builtInHosts } from './built-in-hosts';

// The settings first (a few bytes of storage.local): the page opens in the language the user chose.
loadSettings()
  .catch(() => undefined)
  .then((settings) => render(<App builtIn={builtInHosts(portals)} initialSettings={settings} />, document.getElementById('app')!));
