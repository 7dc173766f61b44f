import { Route, Routes } from 'react-router';
import { AssistanceFormPage } from '../assistance/AssistanceForm';
import { AssistanceListPage } from '../assistance/AssistanceListPage';
import { AssistancePage } from '../assistance/AssistancePage';
import { ComplaintFormPage, ComplaintListPage, ComplaintPage } from '../complaints/ComplaintPages';
import { SupervisionFormPage, SupervisionListPage, SupervisionPage } from '../supervision/SupervisionPages';
import { SharingFormPage, SharingListPage, SharingPage } from '../sharing/SharingPages';
import { DisputeFormPage, DisputeListPage, DisputePage } from '../disputes/DisputePages';

/** Everything under #/registers: the township desk's other registers (issue #19). */
export function RegistersSection() {
  return (
    <Routes>
      <Route index element={<AssistanceListPage />} />
      <Route path="assistance" element={<AssistanceListPage />} />
      <Route path="assistance/new" element={<AssistanceFormPage />} />
      <Route path="assistance/:id" element={<AssistancePage />} />
      <Route path="complaints" element={<ComplaintListPage />} />
      <Route path="complaints/new" element={<ComplaintFormPage />} />
      <Route path="complaints/:id" element={<ComplaintPage />} />
      <Route path="supervision" element={<SupervisionListPage />} />
      <Route path="supervision/new" element={<SupervisionFormPage />} />
      <Route path="supervision/:id" element={<SupervisionPage />} />
      <Route path="sharing" element={<SharingListPage />} />
      <Route path="sharing/new" element={<SharingFormPage />} />
      <Route path="sharing/:id" element={<SharingPage />} />
      <Route path="disputes" element={<DisputeListPage />} />
      <Route path="disputes/new" element={<DisputeFormPage />} />
      <Route path="disputes/:id" element={<DisputePage />} />
    </Routes>
  );
}
