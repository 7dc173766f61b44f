import { lazy, Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import { Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { HomePage } from '../pages/home/HomePage';
import { CaseListPage } from '../pages/cases/CaseListPage';
import { CaseFormPage } from '../pages/cases/CaseFormPage';
import { CaseDetailPage } from '../pages/cases/CaseDetailPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { ReviewSection } from '../pages/review/ReviewSection';
import { TransfersSection } from '../pages/transfers/TransfersSection';
import { DocumentsPage } from '../pages/documents/DocumentsPage';
import { SetupWizard } from '../pages/setup/SetupWizard';
import { RegistersSection } from '../pages/registers/RegistersSection';
import { ReportsSection } from '../pages/reports/ReportsSection';

// The statistics section carries the charts (recharts): loaded only when opened, so the first
// screen stays small.
const StatsSection = lazy(() => import('../pages/stats/StatsSection').then((m) => ({ default: m.StatsSection })));

function StatsRoute() {
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label="正在加载" />
        </Center>
      }
    >
      <StatsSection />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="cases" element={<CaseListPage />} />
        <Route path="cases/new" element={<CaseFormPage />} />
        <Route path="cases/:id" element={<CaseDetailPage />} />
        <Route path="cases/:id/edit" element={<CaseFormPage />} />
        <Route path="review/*" element={<ReviewSection />} />
        <Route path="transfers/*" element={<TransfersSection />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="registers/*" element={<RegistersSection />} />
        <Route path="reports/*" element={<ReportsSection />} />
        <Route path="stats/*" element={<StatsRoute />} />
        <Route path="settings/*" element={<SettingsPage />} />
        <Route path="setup" element={<SetupWizard />} />
        <Route path="*" element={<HomePage />} />
      </Route>
    </Routes>
  );
}
