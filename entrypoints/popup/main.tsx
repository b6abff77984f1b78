import { render } from 'preact';
import { loadSettings } from '../../utils/library/settings';
import { criteria } from '../../criteria/catalogue/index';
import { CATALOGUE_VERSION } from '../../criteria/version';
import { portals } from '../content/portals/index';
import { App } from './App';
import { HistoryReport, historyIdFromSearch } from './HistoryReport';
import './tools.css';
import { supportedPortals } from './supported-portals';

// popup.html?history=<key>: a past audit from the options page's history; otherwise the tab's report.
const historyId = historyIdFromSearch(location.search);

// The settings first (a few bytes of storage.local): the popup opens in the language the user chose.
loadSettings()
  .catch(() => undefined)
  .then((settings) =>
    render(
      historyId !== null ? (
        <HistoryReport id={historyId} catalogue={criteria} initialSettings={settings} />
      ) : (
        <App catalogue={criteria} catalogueVersion={CATALOGUE_VERSION} portals={supportedPortals(portals)} initialSettings={settings} />
      ),
      document.getElementById('app')!,
    ),
  );
