import { render } from 'preact';
import { portals } from '../content/portals/index';
import { App } from './App';
import { builtInHosts } from './built-in-hosts';

render(<App builtIn={builtInHosts(portals)} />, document.getElementById('app')!);
