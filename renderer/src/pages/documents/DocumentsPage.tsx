import { useState } from 'react';
import { Badge, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { DocumentPreview } from './DocumentPreview';
import { IssuedDocumentsTable } from './IssuedDocumentsTable';

export function DocumentsPage() {
  const templates = useApiQuery('documents.templates', {});
  const issued = useApiQuery('documents.list', {});
  const [preview, setPreview] = useState<{ title: string; html: string } | null>(null);

  async function showSample(id: (typeof templates.data & object)[number]['id'], name: string) {
    try {
      setPreview({ title: `${name}（示例）`, html: (await api('documents.previewSample', { templateId: id })).html });
    } catch (error) {
      notifications.show({ color: 'red', title: '无法预览', message: errorMessage(error) });
    }
  }

  return (
    <>
      <PageHeader title="文书" description="按 GB/T 9704-2012 版式生成 DOCX 与 PDF。文书从案件、审核和移送记录生成，出具后不可修改，只能作废重出。" />
      <Stack gap="lg">
        <Card withBorder>
          <Title order={3} fz={16} mb="sm">
            已出具的文书
          </Title>
          <LoadState loading={issued.loading && !issued.data} error={issued.error} onRetry={issued.reload}>
            <IssuedDocumentsTable documents={issued.data ?? []} onChanged={issued.reload} />
          </LoadState>
        </Card>
        <div>
          <Title order={3} fz={16} mb="sm">
            文书模板
          </Title>
          <LoadState loading={templates.loading} error={templates.error}>
            <SimpleGrid cols={3}>
              {(templates.data ?? []).map((template) => (
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
                  <Button mt="sm" size="xs" variant="light" onClick={() => void showSample(template.id, template.name)}>
                    预览示例
                  </Button>
                </Card>
              ))}
            </SimpleGrid>
          </LoadState>
        </div>
      </Stack>
      <DocumentPreview title={preview?.title ?? ''} html={preview?.html ?? null} onClose={() => setPreview(null)} />
    </>
  );
}
