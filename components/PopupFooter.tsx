import { useI18n } from './i18n';

interface Props {
  engineVersion: string;
  catalogueVersion?: string;
}

export function PopupFooter({ engineVersion, catalogueVersion }: Props) {
  const { t } = useI18n();
  return (
    <footer class="footer">
      <p class="footer-local">{t('footer_local')}</p>
      <p class="footer-versions">
        {t('footer_engine', engineVersion)}
        {catalogueVersion && ` · ${t('footer_catalogue', catalogueVersion)}`}
      </p>
    </footer>
  );
}
