import { Route, Routes } from 'react-router';
import { ReviewQueuePage } from './ReviewQueuePage';
import { OpinionPage, PointStepperPage, RoundPage } from './RoundPages';

/** Everything under #/review. */
export function ReviewSection() {
  return (
    <Routes>
      <Route index element={<ReviewQueuePage />} />
      <Route path="rounds/:roundId" element={<RoundPage />} />
      <Route path="rounds/:roundId/points/:point" element={<PointStepperPage />} />
      <Route path="rounds/:roundId/opinion" element={<OpinionPage />} />
    </Routes>
  );
}
