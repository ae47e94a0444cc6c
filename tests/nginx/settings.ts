/** The build settings the nginx suite is built with (tests/nginx/build.ts) and then expects to see. */
export const FILING_ENV = {
  VITE_ICP_NUMBER: '新ICP备2026000001号-1',
  VITE_PSB_NUMBER: '新公网安备65010202000001号',
}
