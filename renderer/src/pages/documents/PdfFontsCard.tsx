import { useEffect, useState } from 'react';
import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { PdfFontRole, PdfFontSettings } from '../../../../shared/contract';
import { PDF_FONT_ROLE_EXAMPLES, PDF_FONT_ROLES } from '../../../../shared/contract/documents';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PathInput } from '../settings/PathInput';

type Paths = Record<PdfFontRole, string>;

/** Where the face in use came from, as the card says it. */
const FONT_SOURCE_LABELS = {
  office: '本单位指定的字体文件',
  system: '本机已安装的字体',
  bundled: '随软件附带的字体',
} as const;

const EMPTY: Paths = { body: '', title: '', heading: '', kai: '' };

function pathsOf(settings: PdfFontSettings): Paths {
  const paths = { ...EMPTY };
  for (const font of settings.fonts) paths[font.role] = font.path ?? '';
  return paths;
}

/**
 * 文书 › PDF 字体: which installed font files the PDFs embed instead of the bundled Noto Serif SC
 * (仿宋 simfang.ttf, 黑体 simhei.ttf …). Each file is checked when saved; a refusal shows under its
 * field and nothing is saved. The DOCX is not affected: it names the fonts and Word uses its own.
 */
export function PdfFontsCard() {
  const settings = useApiQuery('documents.pdfFonts', {});
  const [paths, setPaths] = useState<Paths>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<PdfFontRole, string>>>({});
  const saveFonts = useApiMutation('documents.savePdfFonts', {
    success: { title: '已保存 PDF 字体', message: '此后出具的文书 PDF 使用这些字体；已出具的文书不变。' },
    failure: { title: '无法保存' },
    // A font file that cannot be used is said under its own field, and nothing else.
    onFieldError: (field, message) => {
      if (!(PDF_FONT_ROLES as readonly string[]).includes(field)) return false;
      setErrors({ [field]: message });
      return true;
    },
  });
  const resetFonts = useApiMutation('documents.resetPdfFonts', {
    success: { title: '已恢复默认', message: (saved) => `此后出具的文书 PDF 使用${saved.builtinName}。` },
    failure: { title: '无法恢复' },
  });
  const busy = saveFonts.pending || resetFonts.pending;
  const [confirmReset, setConfirmReset] = useState(false);

  useEffect(() => {
    if (settings.data) setPaths(pathsOf(settings.data));
  }, [settings.data]);

  function change(role: PdfFontRole, value: string) {
    setPaths((previous) => ({ ...previous, [role]: value }));
    setErrors((previous) => ({ ...previous, [role]: undefined }));
  }

  async function save() {
    setErrors({});
    const saved = await saveFonts.run(paths);
    if (saved) setPaths(pathsOf(saved));
  }

  async function reset() {
    const saved = await resetFonts.run({});
    if (!saved) return;
    setPaths(pathsOf(saved));
    setErrors({});
    setConfirmReset(false);
  }

  const anySaved = settings.data?.fonts.some((font) => font.path !== null) ?? false;

  return (
    <Card withBorder data-testid="pdf-fonts">
      <Title order={3} fz={16}>
        PDF 字体
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="sm">
        每种字体不填时，PDF 使用本机已安装的公文字体（例如 Windows 的仿宋、黑体、楷体），本机没有的使用随软件附带的字体
        （{settings.data?.builtinName ?? '内置字体'}
        等）；下面逐项写明正在使用的字体和它的来源。如需指定，填写或选择字体文件（.ttf、.otf、.ttc）。DOCX 不受影响。
      </Text>
      <LoadState loading={settings.loading && !settings.data} error={settings.error} onRetry={settings.reload}>
        <Stack gap="sm">
          {(settings.data?.fonts ?? []).map((font) => (
            <div key={font.role}>
              <Text size="sm" fw={500} mb={4}>
                {font.label}
              </Text>
              <PathInput
                label={`${font.label}的字体文件`}
                placeholder={`不填则使用本机或内置字体；例如 ${PDF_FONT_ROLE_EXAMPLES[font.role]}`}
                purpose="font-file"
                value={paths[font.role]}
                onChange={(value) => change(font.role, value)}
                width={460}
                error={errors[font.role]}
              />
              {font.inUse && (
                <Text size="xs" c="dimmed" mt={2} data-testid={`font-in-use-${font.role}`}>
                  正在使用：{font.inUse.family}（{FONT_SOURCE_LABELS[font.inUse.source]}：{font.inUse.file}）
                </Text>
              )}
              {font.problem && (
                <Text size="xs" c="red" mt={2}>
                  已保存的字体用不了，出具文书会被拒绝：{font.problem}
                </Text>
              )}
            </div>
          ))}
          <Group gap="xs">
            <Button onClick={() => void save()} loading={busy}>
              保存字体设置
            </Button>
            {anySaved && (
              <Button variant="subtle" color="red" onClick={() => setConfirmReset(true)} disabled={busy}>
                恢复默认（内置字体）
              </Button>
            )}
          </Group>
        </Stack>
      </LoadState>
      <Modal opened={confirmReset} onClose={() => setConfirmReset(false)} title="恢复默认（内置字体）" centered>
        <Text size="sm">
          此后出具的文书 PDF 全部使用{settings.data?.builtinName ?? '内置字体'}。已出具的文书不受影响。
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmReset(false)}>
            取消
          </Button>
          <Button color="red" loading={busy} onClick={() => void reset()}>
            确认恢复
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
