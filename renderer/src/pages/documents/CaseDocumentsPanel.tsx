import { Card, Title } from '@mantine/core';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { IssuedDocumentsTable } from './IssuedDocumentsTable';

/** The documents issued for one case, on the case's page. */
/** Remount it (change its key) to refresh after something issued a document. */
export function CaseDocumentsPanel({ caseId }: { caseId: number }) {
  const documents = useApiQuery('documents.list', { caseId });
  return (
    <Card withBorder>
      <Title order={3} fz={16} mb="sm">
        文书
      </Title>
      <LoadState loading={documents.loading && !documents.data} error={documents.error} onRetry={documents.reload}>
        <IssuedDocumentsTable documents={documents.data ?? []} onChanged={documents.reload} />
      </LoadState>
    </Card>
  );
}
