/**
 * Which release of Keihi this build is. Release 2 (`vite build --mode next`) is the same product
 * a few sprints later, the way a guide authored today meets it: an Approvals page in the menu,
 * Settings moved down, a toolbar around the dashboard's main action, test ids renamed by a test
 * refactor, reworded labels and one KPI card gone.
 */
export const RELEASE: 1 | 2 = import.meta.env.VITE_DEMO_RELEASE === '2' ? 2 : 1;
