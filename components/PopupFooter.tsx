interface Props {
  engineVersion: string;
  catalogueVersion?: string;
}

export function PopupFooter({ engineVersion, catalogueVersion }: Props) {
  return (
    <footer class="footer">
      <p class="footer-local">Runs locally: nothing leaves your browser</p>
      <p class="footer-versions">
        Engine {engineVersion}
        {catalogueVersion && <> · Catalogue {catalogueVersion}</>}
      </p>
    </footer>
  );
}
