import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { ReviewRound } from '../../../../shared/contract';
import { useApiQuery } from '../../api/useApi';
import { LoadState } from '../../components/LoadState';
import { PageHeader } from '../../components/PageHeader';
import { RoundStateBadge } from './badges';
import { OpinionPanel } from './OpinionPanel';
import { PointStepper } from './PointStepper';
import { RoundRecord } from './RoundRecord';

/** Loads the round named in the address and frames it with the case it belongs to. */
function RoundFrame({ heading, children }: { heading: string; children: (round: ReviewRound) => ReactNode }) {
  const id = Number(useParams()['roundId']);
  const round = useApiQuery('review.round', { id });
  const data = round.data;
  return (
    <LoadState loading={round.loading && !data} error={round.error} onRetry={round.reload}>
      {data && (
        <>
          <PageHeader
            title={`${heading} · ${data.decision.caseNumber}`}
            description={`第${data.roundNo}轮法制审核 · ${data.decision.cause} · 当事人 ${data.decision.party.name}`}
            actions={
              <>
                <RoundStateBadge state={data.state} />
                <Button component={Link} to={`/cases/${data.caseId}`} variant="default">
                  返回案件
                </Button>
              </>
            }
          />
          {children(data)}
        </>
      )}
    </LoadState>
  );
}

export function PointStepperPage() {
  const point = Math.min(9, Math.max(1, Number(useParams()['point']) || 1));
  return (
    <RoundFrame heading="逐项审核">
      {(round) => <PointStepper key={`${round.id}-${point}`} round={round} point={point} />}
    </RoundFrame>
  );
}

export function OpinionPage() {
  return <RoundFrame heading="审核意见">{(round) => <OpinionPanel round={round} />}</RoundFrame>;
}

export function RoundPage() {
  return <RoundFrame heading="审核记录">{(round) => <RoundRecord round={round} />}</RoundFrame>;
}
