// Type test of the JSX types for React 19 (`vrop-widgets/jsx/react`): compiled, never run.
import 'vrop-widgets/jsx/react';
import type { ContactFields } from 'vrop-widgets';

export const Page = () => (
  <>
    <vrop-stats items="students budget" layout="grid" theme="dark" no-animation heading-level={3} />
    <vrop-mission sections="mission history" more-href="https://valleyrop.net/" lang="es" />
    <vrop-district-list current="sanger" layout="inline" details />
    <vrop-contact
      layout="card"
      form-action="/contact"
      onvrop-contact-sent={(event) => {
        const fields: ContactFields = event.detail;
        void fields;
      }}
      onvrop-data-error={(event) => void event.detail.reason}
    />
    {/* @ts-expect-error: not a layout of <vrop-stats> */}
    <vrop-stats layout="diagonal" />
    {/* @ts-expect-error: not a layout of <vrop-contact> */}
    <vrop-contact layout="grid" />
    {/* @ts-expect-error: not a theme */}
    <vrop-mission theme="sepia" />
    {/* @ts-expect-error: not an element of the package */}
    <vrop-statistics />
    <vrop-contact
      // @ts-expect-error: vrop-contact-error's detail has no fields
      onvrop-contact-error={(event) => void event.detail.email}
    />
  </>
);
