import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  // A widget's stories are titled after their file (vrop-mission.stories.ts: Widgets/vrop-mission),
  // so a story file names its widget once, in widgetMeta().
  stories: ['../stories/**/*.mdx', { directory: '../stories', files: '*.stories.ts', titlePrefix: 'Widgets' }],
  addons: [
    // GitHub-flavoured Markdown, so the docs pages' tables render as tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  // Example data files, served beside the stories at ./data/.
  staticDirs: [{ from: '../stories/data', to: '/data' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Relative asset paths, so the built Storybook works from any folder.
  viteFinal: async (vite) => ({ ...vite, base: './' }),
};

export default config;
