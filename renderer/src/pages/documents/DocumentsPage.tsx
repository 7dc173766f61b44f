import { Alert } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';

export function DocumentsPage() {
  return (
    <>
      <PageHeader title="文书" description="法制审核意见书、补正材料通知书、案件移送函、送达回证等。" />
      <Alert color="gray" title="文书生成正在接入">
        文书模板与生成（DOCX、PDF）已在开发中，接入后将在这里列出各案件已出具的文书。
      </Alert>
    </>
  );
}
