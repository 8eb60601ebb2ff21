// A React 19 page with three of the widgets, each imported by its own subpath (only what it
// renders), typed by vrop-widgets/jsx/react: attributes, their values and events.
import { useState } from 'react';
import type { ContactFields, DataErrorDetail } from 'vrop-widgets';
import 'vrop-widgets/contact';
import 'vrop-widgets/district-list';
import 'vrop-widgets/jsx/react';
import 'vrop-widgets/stats';

export function App() {
  const [sent, setSent] = useState<ContactFields>();
  const [dataError, setDataError] = useState<DataErrorDetail>();
  return (
    <main>
      <h1>Sanger Unified and Valley ROP</h1>
      <vrop-stats items="students budget" layout="grid" heading-level={2} />
      <vrop-district-list current="sanger" layout="inline" onvrop-data-error={(event) => setDataError(event.detail)} />
      <vrop-contact layout="card" form-action="https://example.org/contact" onvrop-contact-sent={(event) => setSent(event.detail)} />
      {sent && <p role="status">Thank you, {sent.name}: we will answer at {sent.email}.</p>}
      {dataError && <p role="alert">The data file could not be used ({dataError.reason}).</p>}
    </main>
  );
}
