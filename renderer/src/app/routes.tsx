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
        <Route path="settings/*" element={<SettingsPage />} />
        <Route path="setup" element={<SetupWizard />} />
        <Route path="*" element={<HomePage />} />
      </Route>
    </Routes>
  );
}
