import { useState } from 'react';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TemplateInfo } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { DocumentPreview } from './DocumentPreview';
import { IssuedDocumentsTable } from './IssuedDocumentsTable';
import { PdfFontsCard } from './PdfFontsCard';
import { AdminSection } from '../../components/AdminSection';
import { TemplateEditorModal, type EditedTemplate } from './TemplateEditorModal';
import { ExportLedgerButton } from '../ledgers/ExportLedgerButton';
import { GatedButton } from '../../components/GatedButton';
import { useAdminReason } from '../../app/operatorStore';

export function DocumentsPage() {
  const adminReason = useAdminReason();
  const templates = useApiQuery('documents.templates', {});
  const issued = useApiQuery('documents.list', {});
  const [preview, setPreview] = useState<{ title: string; html: string } | null>(null);
  const [editing, setEditing] = useState<EditedTemplate | null>(null);
  const [resetting, setResetting] = useState<TemplateInfo | null>(null);
  const reset = useApiMutation('documents.resetTemplate', {
    success: {
      title: '已恢复内置模板',
      message: (info) => `此后出具的${info.name}使用内置模板；本单位模板已移到 templates/replaced/ 保存`,
    },
    failure: { title: '无法恢复' },
  });

  async function showSample(id: (typeof templates.data & object)[number]['id'], name: string) {
    try {
      setPreview({ title: `${name}（示例）`, html: (await api('documents.previewSample', { templateId: id })).html });
    } catch (error) {
      notifications.show({ color: 'red', title: '无法预览', message: errorMessage(error) });
    }
  }

  async function resetTemplate(template: TemplateInfo) {
    if (await reset.run({ templateId: template.id })) setResetting(null);
  }

  return (
    <>
      <PageHeader
        title="文书"
        description="按 GB/T 9704-2012 版式生成 DOCX 与 PDF。文书从案件、审核和移送记录生成，出具后不可修改，只能作废重出。"
        actions={<ExportLedgerButton what="papers" />}
      />
      <Stack gap="lg">
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            已出具的文书
          </Title>
          <LoadState loading={issued.loading && !issued.data} error={issued.error} onRetry={issued.reload}>
            <IssuedDocumentsTable documents={issued.data ?? []} showCase />
          </LoadState>
        </Card>
        <div>
          <Title order={3} fz={16} mb="sm">
            文书模板
          </Title>
          <LoadState loading={templates.loading} error={templates.error}>
            <SimpleGrid cols={3}>
              {(templates.data ?? []).map((template) => {
                // An office copy exists when it is in use, or when it is there but failed its check.
                const officeCopy = template.source === 'override' || template.overrideProblem !== null;
                return (
                  <Card withBorder key={template.id}>
                    <Text fw={600}>{template.name}</Text>
                    <Text size="sm" c="dimmed" mt={4} mih={44}>
                      {template.description}
                    </Text>
                    {template.source === 'override' && (
                      <Badge mt="xs" variant="light">
                        本单位模板
                      </Badge>
                    )}
                    {template.overrideProblem && (
                      <Text size="xs" c="red" mt="xs">
                        本单位模板有误，已改用内置模板：{template.overrideProblem}
                      </Text>
                    )}
                    <Group gap="xs" mt="sm">
                      <Button size="xs" variant="light" onClick={() => void showSample(template.id, template.name)}>
                        预览示例
                      </Button>
                      <GatedButton
                        reason={adminReason}
                        size="xs"
                        variant="default"
                        onClick={() => setEditing({ id: template.id, name: template.name })}
                      >
                        {officeCopy ? '编辑本单位模板' : '复制为本单位模板'}
                      </GatedButton>
                      {officeCopy && (
                        <GatedButton
                          reason={adminReason}
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setResetting(template)}
                        >
                          恢复内置模板
                        </GatedButton>
                      )}
                    </Group>
                  </Card>
                );
              })}
            </SimpleGrid>
          </LoadState>
        </div>
        <AdminSection what="PDF 字体">
          <PdfFontsCard />
        </AdminSection>
      </Stack>
      <DocumentPreview title={preview?.title ?? ''} html={preview?.html ?? null} onClose={() => setPreview(null)} />
      <TemplateEditorModal template={editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />
      <Modal opened={resetting !== null} onClose={() => setResetting(null)} title="恢复内置模板" centered>
        <Text size="sm">
          此后出具的{resetting?.name}将使用软件内置的模板。本单位模板移到数据文件夹的 templates/replaced/
          中保存，不会删除；已出具的文书不受影响。
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setResetting(null)}>
            取消
          </Button>
          <Button color="red" loading={reset.pending} onClick={() => resetting && void resetTemplate(resetting)}>
            确认恢复
          </Button>
        </Group>
      </Modal>
    </>
  );
}
