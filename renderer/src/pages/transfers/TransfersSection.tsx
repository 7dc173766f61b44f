import { Route, Routes } from 'react-router';
import { TransfersPage } from './TransfersPage';

/** Everything under #/transfers. */
export function TransfersSection() {
  return (
    <Routes>
      <Route index element={<TransfersPage />} />
    </Routes>
  );
}
