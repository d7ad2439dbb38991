import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { PlateView } from './PlateView';
import { WorkshopLayout } from './WorkshopLayout';

// The other tabs are loaded when first opened: the plate is what must come fast.
const ActionListView = lazy(() => import('../actions/ActionListView').then(({ ActionListView }) => ({ default: ActionListView })));
const CompareView = lazy(() => import('../compare/CompareView').then(({ CompareView }) => ({ default: CompareView })));
const ProgressView = lazy(() => import('../progress/ProgressView').then(({ ProgressView }) => ({ default: ProgressView })));
const SetupView = lazy(() => import('../setup/SetupView').then(({ SetupView }) => ({ default: SetupView })));

/**
 * An open workshop's screens under `/workshop/:workshopId`: one chunk with the layout and the plate, so that
 * the heading and the plate appear together.
 */
export function WorkshopRoutes() {
  return (
    <Routes>
      <Route element={<WorkshopLayout />}>
        <Route index element={<PlateView />} />
        <Route path="actions" element={<ActionListView />} />
        <Route path="compare" element={<CompareView />} />
        <Route path="progress" element={<ProgressView />} />
        <Route path="setup" element={<SetupView />} />
      </Route>
    </Routes>
  );
}
