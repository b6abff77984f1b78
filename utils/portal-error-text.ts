/**
 * Why a portal address was refused (utils/custom-portals.ts), in the UI's language. Apart from the parser, so
 * that the background, which imports the parser, does not carry the UI's messages.
 */
import type { PortalError } from './custom-portals';
import type { Translator } from './ui-i18n';

export function portalErrorText({ t }: Translator, error: PortalError): string {
  switch (error.code) {
    case 'empty':
      return t('portalError_empty');
    case 'not-https':
      return t('portalError_notHttps', error.params.scheme);
    case 'no-host':
      return t('portalError_noHost');
    case 'user-info':
      return t('portalError_userInfo');
    case 'port':
      return t('portalError_port');
    case 'bad-host':
      return t('portalError_badHost', error.params.host);
    case 'wildcard':
      return t('portalError_wildcard');
    case 'bad-path':
      return t('portalError_badPath');
    case 'built-in':
      return t('portalError_builtIn', error.params.name, error.params.host);
    case 'already-added':
      return t('portalError_alreadyAdded', error.params.pattern);
  }
}
