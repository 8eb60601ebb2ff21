/** @jsxImportSource preact */
// Type test of the JSX types for Preact (`vrop-widgets/jsx/preact`): compiled, never run.
import 'vrop-widgets/jsx/preact';

export const Page = () => (
  <div>
    <vrop-stats items="students budget" layout="row" />
    <vrop-district-list layout="grid" current="selma" />
    <vrop-contact layout="banner" onvrop-contact-error={(event) => void event.detail.reason} />
    {/* @ts-expect-error: not a layout of <vrop-district-list> */}
    <vrop-district-list layout="cards" />
    {/* @ts-expect-error: not a theme */}
    <vrop-stats theme="sepia" />
  </div>
);
