import { CaseQueue } from '../../components/CaseQueue';

export function TransfersPage() {
  return <CaseQueue title="案件移送" description="审核意见为移送、待办理移送的案件。" status="to-transfer" />;
}
