// The office's own copy of a template, edited as YAML: 检查并预览 runs the same check a save does and
// shows the template filled with its sample data; 保存 is allowed only for the text that passed.

import { useEffect, useState } from 'react';
import { Alert, Button, Code, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { DocumentTemplateId, TemplateInfo, TemplateText } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiMutation } from '../../api/useApi';
import { DraftBanner } from '../../components/DraftBanner';
import { clearDraft, loadDraft, saveDraft } from '../../lib/drafts';
import { DocumentPreview } from './DocumentPreview';

export interface EditedTemplate {
  id: DocumentTemplateId;
  name: string;
}

type Check = { text: string; ok: true; html: string; version: number } | { text: string; ok: false; message: string };

const VERSION_LINE = /^version[ \t]*:[ \t]*(\d+)/m;

function withVersion(text: string, version: number): string {
  return text.replace(VERSION_LINE, `version: ${version}`);
}

/** Mounted while a template is being edited; the modal and its state go away on close. */
export function TemplateEditorModal({
  template,
  onClose,
  onSaved,
}: {
  template: EditedTemplate | null;
  onClose: () => void;
  onSaved: (info: TemplateInfo) => void;
}) {
  return template && <Editor key={template.id} template={template} onClose={onClose} onSaved={onSaved} />;
}

function Editor({
  template,
  onClose,
  onSaved,
}: {
  template: EditedTemplate;
  onClose: () => void;
  onSaved: (info: TemplateInfo) => void;
}) {
  const [loaded, setLoaded] = useState<TemplateText | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // A refusal is shown in the editor, next to the text it is about, rather than as a notice.
  const saving = useApiMutation('documents.saveTemplate', {
    success: { title: '已保存', message: () => `此后出具的${template.name}使用本单位模板（版本 ${version}）` },
    failure: false,
  });
  const busy = checking ? 'check' : saving.pending ? 'save' : null;
  const saveError = saving.error ?? null;
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [restored, setRestored] = useState(false);
  // Like every form, the editor keeps what is typed as a draft until it is saved or thrown away.
  const draftKey = `template-${template.id}`;

  useEffect(() => {
    api('documents.templateText', { templateId: template.id }).then(
      (value) => {
        setLoaded(value);
        const draft = loadDraft<string>(draftKey);
        const useDraft = typeof draft === 'string' && draft !== value.text;
        setText(useDraft ? draft : value.text);
        setRestored(useDraft);
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    );
  }, [template.id, draftKey]);

  function edit(next: string) {
    setText(next);
    saveDraft(draftKey, next);
  }

  function discard() {
    clearDraft(draftKey);
    onClose();
  }

  const dirty = loaded !== null && text !== loaded.text;
  const current = check?.text === text ? check : null;
  const version = Number(VERSION_LINE.exec(text)?.[1] ?? NaN);
  const title = loaded?.officeCopy ? `编辑本单位模板：${template.name}` : `复制为本单位模板：${template.name}`;

  function requestClose() {
    if (dirty && busy !== 'save') setConfirmDiscard(true);
    else onClose();
  }

  async function runCheck() {
    setChecking(true);
    saving.reset();
    try {
      const result = await api('documents.checkTemplate', { templateId: template.id, text });
      setCheck({ text, ...result });
      if (result.ok) setPreview(result.html);
    } catch (error) {
      setCheck({ text, ok: false, message: errorMessage(error) });
    } finally {
      setChecking(false);
    }
  }

  async function save() {
    saving.reset();
    const info = await saving.run({ templateId: template.id, text });
    if (!info) return;
    clearDraft(draftKey);
    onSaved(info);
  }

  return (
    <>
      <Modal
        opened
        onClose={requestClose}
        closeOnEscape={preview === null}
        title={title}
        size="80rem"
        centered
        closeButtonProps={{ 'aria-label': '关闭' }}
      >
        {loadError && (
          <Alert color="red" title="无法读取模板">
            {loadError}
          </Alert>
        )}
        {!loaded && !loadError && <Loader size="sm" aria-label="正在加载" />}
        {loaded && (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              保存在数据文件夹的 <Code>templates/{template.id}.yaml</Code>，此后出具的{template.name}
              使用它；已出具的文书不变。原有的本单位模板移到
              <Code>templates/replaced/</Code>保存，不会删除。
            </Text>
            <DraftBanner
              visible={restored}
              onDiscard={() => {
                clearDraft(draftKey);
                setText(loaded.text);
                setRestored(false);
              }}
            />
            {loaded.overrideProblem && (
              <Alert color="yellow" title="本单位模板有误，目前使用内置模板">
                {loaded.overrideProblem}
              </Alert>
            )}
            <Textarea
              label="模板内容（YAML）"
              value={text}
              onChange={(event) => edit(event.currentTarget.value)}
              spellCheck={false}
              autoComplete="off"
              data-autofocus
              styles={{
                input: {
                  fontFamily: 'ui-monospace, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
                  fontSize: 13,
                  lineHeight: 1.5,
                  height: 'max(240px, calc(100vh - 420px))',
                  whiteSpace: 'pre',
                  overflowX: 'auto',
                },
              }}
            />
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                每次保存都要提高版本号 version（本次至少为 {loaded.minVersion}
                ），已出具文书记录的版本号才能对应到所用的模板。
              </Text>
              {Number.isInteger(version) && version < loaded.minVersion && (
                <Button size="compact-xs" variant="light" onClick={() => edit(withVersion(text, loaded.minVersion))}>
                  把 version 改为 {loaded.minVersion}
                </Button>
              )}
            </Group>
            {current && !current.ok && (
              <Alert color="red" p="xs" role="alert">
                <Text size="sm">检查未通过：{current.message}</Text>
              </Alert>
            )}
            {current?.ok && (
              <Alert color="green" p="xs">
                <Group gap="xs">
                  <Text size="sm">检查通过，可以保存（版本 {current.version}）。</Text>
                  <Button size="compact-xs" variant="subtle" color="green" onClick={() => setPreview(current.html)}>
                    再看预览
                  </Button>
                </Group>
              </Alert>
            )}
            {saveError && (
              <Alert color="red" p="xs" role="alert">
                <Text size="sm">未能保存：{saveError}</Text>
              </Alert>
            )}
            {confirmDiscard ? (
              <Alert color="yellow" p="xs">
                <Group justify="space-between">
                  <Text size="sm">有未保存的修改，关闭后将丢失。</Text>
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => setConfirmDiscard(false)}>
                      继续编辑
                    </Button>
                    <Button size="xs" color="red" onClick={discard}>
                      放弃修改
                    </Button>
                  </Group>
                </Group>
              </Alert>
            ) : (
              <Group justify="space-between">
                <Button
                  variant="default"
                  onClick={() => void runCheck()}
                  loading={busy === 'check'}
                  disabled={busy !== null || text.trim() === ''}
                >
                  检查并预览
                </Button>
                <Group gap="xs">
                  <Button variant="default" onClick={requestClose}>
                    取消
                  </Button>
                  <Button
                    onClick={() => void save()}
                    loading={busy === 'save'}
                    disabled={!current?.ok || busy !== null}
                    title={current?.ok ? undefined : '请先检查当前内容'}
                  >
                    保存
                  </Button>
                </Group>
              </Group>
            )}
          </Stack>
        )}
      </Modal>
      <DocumentPreview title={`${template.name}（本单位模板预览）`} html={preview} onClose={() => setPreview(null)} />
    </>
  );
}
