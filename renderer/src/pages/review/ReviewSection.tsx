import { Route, Routes } from 'react-router';
import { ReviewQueuePage } from './ReviewQueuePage';

/** Everything under #/review. */
export function ReviewSection() {
  return (
    <Routes>
      <Route index element={<ReviewQueuePage />} />
    </Routes>
  );
}
