import { Navigate, Route, Routes } from 'react-router';
import { AnnualReportPage } from './AnnualReportPage';

/** #/reports/* — 统计: the annual report (the statistics page lives beside it, in pages/stats). */
export function ReportsSection() {
  return (
    <Routes>
      <Route path="annual" element={<AnnualReportPage />} />
      <Route index element={<Navigate to="annual" replace />} />
    </Routes>
  );
}
