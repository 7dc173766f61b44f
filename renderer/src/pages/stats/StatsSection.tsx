import { Tabs } from '@mantine/core';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { EvaluationPage } from '../evaluation/EvaluationPage';
import { PublicityPage } from '../publicity/PublicityPage';
import { TrainingPage } from '../training/TrainingPage';
import { StatsPage } from './StatsPage';

const TABS = [
  { value: 'stats', label: '执法统计' },
  { value: 'publicity', label: '执法公示' },
  { value: 'evaluation', label: '案卷评查' },
  { value: 'training', label: '培训学时' },
] as const;

/** Everything under #/stats (issue #20), loaded only when opened: the charts are heavy. */
export function StatsSection() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname.replace(/^\/stats\/?/, '').split('/')[0] || 'stats';
  return (
    <>
      <Tabs
        value={current}
        onChange={(value) => void navigate(value && value !== 'stats' ? `/stats/${value}` : '/stats')}
        mb="md"
      >
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<StatsPage />} />
        <Route path="publicity" element={<PublicityPage />} />
        <Route path="evaluation" element={<EvaluationPage />} />
        <Route path="training" element={<TrainingPage />} />
      </Routes>
    </>
  );
}
