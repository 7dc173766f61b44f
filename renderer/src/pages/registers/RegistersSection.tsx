import { Route, Routes } from 'react-router';
import { AssistanceFormPage } from './AssistanceForm';
import { AssistanceListPage } from './AssistanceListPage';
import { AssistancePage } from './AssistancePage';

/** Everything under #/registers: the township desk's other registers (issue #19). */
export function RegistersSection() {
  return (
    <Routes>
      <Route index element={<AssistanceListPage />} />
      <Route path="assistance" element={<AssistanceListPage />} />
      <Route path="assistance/new" element={<AssistanceFormPage />} />
      <Route path="assistance/:id" element={<AssistancePage />} />
    </Routes>
  );
}
