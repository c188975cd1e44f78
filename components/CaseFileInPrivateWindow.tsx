/**
 * The case-file page opened in a private window (Firefox lets an add-on's page load there). Private
 * windows keep nothing, so the case file is neither read nor written in one: the page says so and
 * offers to open it in a normal window.
 */
export function CaseFileInPrivateWindow({ onOpenNormal }: { onOpenNormal: () => void }) {
  return (
    <main class="research">
      <header class="research-head">
        <h1><span class="logo">#</span> Case file</h1>
      </header>
      <p class="empty" role="status">
        This is a private window. Your case file is kept in normal windows only, so nothing is shown or stored here.
      </p>
      <button type="button" onClick={onOpenNormal}>Open the case file in a normal window</button>
    </main>
  );
}
