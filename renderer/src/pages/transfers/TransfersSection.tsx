import { Route, Routes } from 'react-router';
import { CriminalReportFormPage } from '../criminal-transfers/CriminalReportForm';
import { CriminalTransferPage } from '../criminal-transfers/CriminalTransferPage';
import { TransferInFormPage } from './TransferInForm';
import { TransferInPage } from './TransferInPage';
import { TransferOutFormPage } from './TransferOutForm';
import { TransferOutPage } from './TransferOutPage';
import { TransfersPage } from './TransfersPage';

/** Everything under #/transfers. */
export function TransfersSection() {
  return (
    <Routes>
      <Route index element={<TransfersPage />} />
      <Route path="out/new/:caseId" element={<TransferOutFormPage />} />
      <Route path="out/:id" element={<TransferOutPage />} />
      <Route path="out/:id/edit" element={<TransferOutFormPage />} />
      <Route path="criminal/new/:caseId" element={<CriminalReportFormPage />} />
      <Route path="criminal/:id" element={<CriminalTransferPage />} />
      <Route path="in/new" element={<TransferInFormPage />} />
      <Route path="in/:id" element={<TransferInPage />} />
    </Routes>
  );
}
