import { CaseQueue } from '../../components/CaseQueue';

export function ReviewQueuePage() {
  return <CaseQueue title="法制审核" description="已送审、等待法制审核的案件。" status="submitted" />;
}
