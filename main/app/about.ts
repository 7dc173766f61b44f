// 帮助 › 关于法审工作台: the version, what it runs on, and the licences of what ships inside it.
// The full licence texts are files in the install folder (resources/licenses, written at build
// time by build/scripts/third-party-notices.mjs, and Electron's own next to the program); the
// dialog names them and opens that folder. about.test.ts checks the list against node_modules.

import { existsSync } from 'node:fs';
import type { Dialog, Shell } from './electron-api';
import type { Logger } from './log';

export interface BundledComponent {
  name: string;
  /** SPDX identifier, or a short Chinese description where there is none. */
  licence: string;
  /** The npm packages it comes from, for the drift test; empty for what is not an npm package. */
  packages: readonly string[];
}

export const BUNDLED_FONT: BundledComponent = {
  name: '思源宋体（Noto Serif SC，公文 PDF 使用的字体）',
  licence: 'SIL 开放字体许可证 1.1（OFL-1.1）',
  packages: ['@expo-google-fonts/noto-serif-sc'],
};

export const MAIN_LIBRARIES: readonly BundledComponent[] = [
  { name: 'Electron', licence: 'MIT', packages: [] },
  { name: 'Chromium', licence: 'BSD-3-Clause 等多种开源许可证', packages: [] },
  { name: 'Node.js', licence: 'MIT', packages: [] },
  { name: 'SQLite', licence: '公有领域（Public Domain）', packages: [] },
  { name: 'better-sqlite3', licence: 'MIT', packages: ['better-sqlite3'] },
  { name: 'React', licence: 'MIT', packages: ['react', 'react-dom', 'react-router'] },
  {
    name: 'Mantine',
    licence: 'MIT',
    packages: ['@mantine/core', '@mantine/hooks', '@mantine/form', '@mantine/dates', '@mantine/notifications'],
  },
  { name: 'Tabler Icons', licence: 'MIT', packages: ['@tabler/icons-react'] },
  { name: 'docx', licence: 'MIT', packages: ['docx'] },
  { name: 'PDFKit', licence: 'MIT', packages: ['pdfkit'] },
  { name: 'Zod', licence: 'MIT', packages: ['zod'] },
  { name: 'Day.js', licence: 'MIT', packages: ['dayjs'] },
  { name: 'chinese-days', licence: 'MIT', packages: ['chinese-days'] },
  { name: 'yaml', licence: 'ISC', packages: ['yaml'] },
];

export interface RuntimeVersions {
  electron?: string | undefined;
  chrome?: string | undefined;
  node?: string | undefined;
}

export function aboutDetail(version: string, dataDir: string, runtime: RuntimeVersions = {}): string {
  const platform = [
    runtime.electron ? `Electron ${runtime.electron}` : undefined,
    runtime.chrome ? `Chromium ${runtime.chrome}` : undefined,
    runtime.node ? `Node.js ${runtime.node}` : undefined,
  ].filter((part) => part !== undefined);
  return [
    `版本：${version}`,
    ...(platform.length > 0 ? [`运行环境：${platform.join('，')}`] : []),
    `数据文件夹：${dataDir}`,
    '',
    '随程序附带的字体',
    `  ${BUNDLED_FONT.name}：${BUNDLED_FONT.licence}（SIL Open Font License 1.1）`,
    '',
    '使用的主要开源软件及其许可证',
    ...MAIN_LIBRARIES.map((library) => `  ${library.name}：${library.licence}`),
    '',
    '各许可证全文随安装包一同提供（安装目录下的 resources/licenses 文件夹，以及 LICENSE.electron.txt、LICENSES.chromium.html）。',
  ].join('\n');
}

export interface AboutOptions {
  dialog: Dialog;
  shell: Shell;
  version: string;
  dataDir: string;
  runtime: RuntimeVersions;
  /** resources/licenses in an installed app; undefined when running from source. */
  licensesDir: string | undefined;
  logger: Logger;
}

export function showAbout(options: AboutOptions): void {
  const { dialog, logger } = options;
  const licensesDir =
    options.licensesDir !== undefined && existsSync(options.licensesDir) ? options.licensesDir : undefined;
  dialog
    .showMessageBox({
      type: 'info',
      title: '关于法审工作台',
      message: '法审工作台',
      detail: aboutDetail(options.version, options.dataDir, options.runtime),
      buttons: licensesDir ? ['确定', '查看许可证全文'] : ['确定'],
      defaultId: 0,
      noLink: true,
    })
    .then(async ({ response }) => {
      if (response !== 1 || !licensesDir) return;
      const failure = await options.shell.openPath(licensesDir);
      if (failure !== '') {
        logger.log('warn', `openPath ${licensesDir} failed: ${failure}`);
        dialog.showErrorBox('无法打开许可证文件夹', `请手动打开这个文件夹：\n${licensesDir}`);
      }
    })
    .catch((error: unknown) => logger.log('error', 'about dialog failed', error));
}
