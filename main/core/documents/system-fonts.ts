// Finds the official faces already installed on the machine, one per role of a paper: 仿宋 for the
// body, 小标宋 (else 黑体) for the title, 黑体 for headings, 楷体 for level-2 headings. Every Windows PC
// has simfang.ttf, simhei.ttf and simkai.ttf in C:\Windows\Fonts; domestic Linux desktops and
// distributions ship their own (方正 fonts, Noto CJK, LXGW WenKai, AR PL KaiTi), found in the usual
// font folders and through fontconfig. A found file must pass the same check as an office's own
// font (office-fonts.ts) before it is used; the folders are scanned once per process.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

/** The roles of a paper's typefaces, as an office can set them (PdfFontOptions). */
export type FontRole = 'body' | 'title' | 'heading' | 'kai';

export const FONT_ROLES: readonly FontRole[] = ['body', 'title', 'heading', 'kai'];

/**
 * Candidate files for each role, best first, by file name (compared in lower case). A collection
 * (.ttc) is followed by nothing: its simplified-Chinese face is chosen by the check.
 */
export const SYSTEM_FONT_CANDIDATES: Readonly<Record<FontRole, readonly string[]>> = {
  body: [
    'fzfsk.ttf', // 方正仿宋_GBK
    'fzfsjw.ttf', // 方正仿宋简体
    'fangsong_gb2312.ttf',
    '仿宋_gb2312.ttf',
    'simfang.ttf', // 仿宋 (Windows)
    'stfangso.ttf', // 华文仿宋
    '仿宋.ttf',
  ],
  title: [
    'fzxbsjw.ttf', // 方正小标宋简体
    'fzxbsjw--gb1-0.ttf',
    'fzxbsk.ttf', // 方正小标宋_GBK
    '方正小标宋简体.ttf',
    'simhei.ttf', // 黑体: the usual stand-in where 小标宋 is not installed
    'notoserifcjk-bold.ttc',
    'notoserifcjksc-bold.otf',
    'sourcehanserifsc-bold.otf',
    'sourcehanserif-bold.ttc',
  ],
  heading: [
    'simhei.ttf', // 黑体 (Windows)
    'fzhtk.ttf', // 方正黑体_GBK
    'fzhtjw.ttf', // 方正黑体简体
    'stheiti.ttf',
    'notosanscjk-medium.ttc',
    'notosanscjksc-medium.otf',
    'notosanscjk-regular.ttc',
    'notosanscjksc-regular.otf',
    'sourcehansanssc-medium.otf',
    'sourcehansanssc-regular.otf',
    'wqy-zenhei.ttc',
    'wqy-microhei.ttc',
  ],
  kai: [
    'kaiti_gb2312.ttf',
    '楷体_gb2312.ttf',
    'simkai.ttf', // 楷体 (Windows)
    'fzktk.ttf', // 方正楷体_GBK
    'fzktjw.ttf', // 方正楷体简体
    'stkaiti.ttf', // 华文楷体
    'lxgwwenkai-regular.ttf', // 霞鹜文楷 (fonts-lxgw-wenkai)
    'gkai00mp.ttf', // AR PL KaitiM GB
    'ukai.ttc', // AR PL UKai
  ],
};

/** Folders where fonts are installed, for this platform and user. */
export function systemFontFolders(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string[] {
  const home = (() => {
    try {
      return homedir();
    } catch {
      return '';
    }
  })();
  if (platform === 'win32') {
    const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows';
    const local = env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : '';
    return [join(windir, 'Fonts'), local].filter((dir) => dir !== '');
  }
  if (platform === 'darwin') {
    return ['/System/Library/Fonts', '/Library/Fonts', home ? join(home, 'Library', 'Fonts') : ''].filter(Boolean);
  }
  const dataHome = env.XDG_DATA_HOME ?? (home ? join(home, '.local', 'share') : '');
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    dataHome ? join(dataHome, 'fonts') : '',
    home ? join(home, '.fonts') : '',
  ].filter(Boolean);
}

const FONT_FILE = /\.(ttf|otf|ttc)$/i;
/** Deep enough for /usr/share/fonts/opentype/noto/…, shallow enough not to wander. */
const MAX_DEPTH = 4;
/** A folder of more files than this is not a font folder. */
const MAX_FILES = 20000;

function scanFolder(dir: string, depth: number, found: Map<string, string>, budget: { left: number }): void {
  if (depth > MAX_DEPTH || budget.left <= 0) return;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    budget.left -= 1;
    if (budget.left <= 0) return;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) scanFolder(path, depth + 1, found, budget);
    else if (FONT_FILE.test(entry.name)) {
      const key = entry.name.toLowerCase();
      if (!found.has(key)) found.set(key, path);
    }
  }
}

/** Font files fontconfig knows of (Linux desktops that keep fonts elsewhere); none where it is absent. */
function fontconfigFiles(): string[] {
  if (process.platform === 'win32') return [];
  try {
    const result = spawnSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8', timeout: 3000 });
    if (result.status !== 0 || typeof result.stdout !== 'string') return [];
    return result.stdout
      .split('\n')
      .map((line) => line.replace(/:\s*$/, '').trim())
      .filter((line) => FONT_FILE.test(line));
  } catch {
    return [];
  }
}

let index: ReadonlyMap<string, string> | null = null;

/** Installed font files by lower-case file name (the first found wins), scanned once per process. */
export function installedFontFiles(): ReadonlyMap<string, string> {
  if (index) return index;
  const found = new Map<string, string>();
  const budget = { left: MAX_FILES };
  for (const dir of systemFontFolders()) if (existsSync(dir)) scanFolder(dir, 0, found, budget);
  for (const path of fontconfigFiles()) {
    const key = basename(path).toLowerCase();
    if (!found.has(key)) found.set(key, path);
  }
  index = found;
  return found;
}

/** Forgets the scan (tests; a font installed while the app runs is seen after this). */
export function forgetInstalledFonts(): void {
  index = null;
}

/** Installed files for a role, best first. */
export function systemFontCandidates(role: FontRole, files = installedFontFiles()): string[] {
  return SYSTEM_FONT_CANDIDATES[role].map((name) => files.get(name)).filter((path): path is string => !!path);
}

/** Whether PDFs look for installed fonts: on unless FASHEN_SYSTEM_FONTS=0 (tests that want the bundled faces). */
export function systemFontsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.FASHEN_SYSTEM_FONTS?.trim().toLowerCase();
  return !(value === '0' || value === 'off' || value === 'false' || value === 'no');
}
