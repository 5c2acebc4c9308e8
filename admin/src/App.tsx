import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { accountsResource } from './accounts';
import { alertsResource } from './alerts';
import { AnnualReportProgress } from './annual-report-progress/AnnualReportProgress';
import { annualReturnsResource } from './annual-returns';
import { auditResource } from './audit';
import { authProvider } from './auth/auth-provider';
import { LoginPage } from './auth/LoginPage';
import { bureausResource } from './bureaus';
import { dataProvider } from './data-provider/data-provider';
import { institutionsResource } from './institutions';
import { InstitutionCertificatePrint } from './institutions/InstitutionCertificatePrint';
import { InstitutionTree } from './institutions/InstitutionTree';
import { i18nProvider } from './i18n/i18n-provider';
import { BianzhiLayout } from './layout/BianzhiLayout';
import { quotasResource } from './quotas';
import { RegisterImport } from './registers/RegisterImport';
import { reportingPeriodsResource } from './reporting-periods';
import { SearchPage } from './search/SearchPage';
import { staffResource } from './staff';
import { staffingUseApplicationsResource } from './staffing-use-applications';
import { staffingUseApprovalsResource } from './staffing-use-approvals';
import { StaffingUseNoticePrint } from './staffing-use-approvals/StaffingUseNoticePrint';
import { theme } from './theme';
import { unitsResource } from './units';
import { websitesResource } from './websites';

// The dashboard's charts (recharts) are loaded only when the dashboard is first shown, not with the login page.
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((module) => ({ default: module.Dashboard })));

export function App() {
  return (
    <Admin
      title="bianzhi.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={BianzhiLayout}
      theme={theme}
      loginPage={LoginPage}
      requireAuth
      disableTelemetry
    >
      <Resource name="bureaus" {...bureausResource} />
      <Resource name="institutions" {...institutionsResource} />
      <Resource name="units" {...unitsResource} />
      <Resource name="quotas" {...quotasResource} />
      <Resource name="staff" {...staffResource} />
      <Resource name="staffing-use-applications" {...staffingUseApplicationsResource} />
      <Resource name="staffing-use-approvals" {...staffingUseApprovalsResource} />
      <Resource name="annual-returns" {...annualReturnsResource} />
      <Resource name="reporting-periods" {...reportingPeriodsResource} />
      <Resource name="websites" {...websitesResource} />
      <Resource name="alerts" {...alertsResource} />
      <Resource name="audit" {...auditResource} />
      <Resource name="accounts" {...accountsResource} />
      <CustomRoutes>
        <Route path="/institution-tree" element={<InstitutionTree />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/annual-report-progress" element={<AnnualReportProgress />} />
        <Route path="/registers/import" element={<RegisterImport />} />
        <Route path="/print/staffing-use-notice/:id" element={<StaffingUseNoticePrint />} />
        <Route path="/print/institution-certificate/:id" element={<InstitutionCertificatePrint />} />
      </CustomRoutes>
    </Admin>
  );
}
