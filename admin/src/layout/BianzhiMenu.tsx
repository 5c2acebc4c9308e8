import AccountTreeIcon from '@mui/icons-material/AccountTree';
import InsightsIcon from '@mui/icons-material/Insights';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useCanAccess } from 'react-admin';

export function BianzhiMenu() {
  const { canAccess: mayReadAudit } = useCanAccess({ resource: 'audit', action: 'list' });
  const { canAccess: mayImport } = useCanAccess({ resource: 'registers', action: 'import' });
  return (
    <Menu>
      <Menu.DashboardItem primaryText="menu.dashboard" />
      <Menu.ResourceItem name="bureaus" />
      <Menu.ResourceItem name="institutions" />
      <Menu.Item to="/institution-tree" primaryText="bianzhi.institutionTree.title" leftIcon={<AccountTreeIcon />} />
      <Menu.ResourceItem name="units" />
      <Menu.ResourceItem name="quotas" />
      <Menu.ResourceItem name="staff" />
      {mayImport ? <Menu.Item to="/registers/import" primaryText="bianzhi.registers.importTitle" leftIcon={<UploadFileIcon />} /> : null}
      <Menu.ResourceItem name="staffing-use-applications" />
      <Menu.ResourceItem name="staffing-use-approvals" />
      <Menu.ResourceItem name="annual-returns" />
      <Menu.Item to="/annual-report-progress" primaryText="bianzhi.annualReport.progressTitle" leftIcon={<InsightsIcon />} />
      <Menu.ResourceItem name="reporting-periods" />
      <Menu.ResourceItem name="websites" />
      <Menu.ResourceItem name="alerts" />
      {mayReadAudit ? <Menu.ResourceItem name="audit" /> : null}
      {mayReadAudit ? <Menu.ResourceItem name="accounts" /> : null}
    </Menu>
  );
}
