import { Card, Title } from '@mantine/core';
import type { DocumentSourceKind } from '../../../../shared/contract/documents';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { IssuedDocumentsTable } from './IssuedDocumentsTable';

type PapersOf = { caseId: number } | { source: { kind: DocumentSourceKind; id: number } };

/**
 * The documents issued for one case (on the case's page), or made from one record — a transfer we
 * received may have no case of ours. Issuing or voiding a paper anywhere reloads it (invalidation.ts).
 */
export function CaseDocumentsPanel(props: PapersOf) {
  const documents = useApiQuery(
    'documents.list',
    'caseId' in props ? { caseId: props.caseId } : { source: props.source },
  );
  return (
    <Card withBorder>
      <Title order={3} fz={16} mb="sm">
        文书
      </Title>
      <LoadState loading={documents.loading && !documents.data} error={documents.error} onRetry={documents.reload}>
        <IssuedDocumentsTable documents={documents.data ?? []} />
      </LoadState>
    </Card>
  );
}
