import DataObjectIcon from '@mui/icons-material/DataObject';
import GridOnIcon from '@mui/icons-material/GridOn';
import { Button, useNotify } from 'react-admin';
import { downloadWithToken } from '../common/download';
import type { ShownReturn } from './return-steps';

const formats = [
  { extension: 'json', label: 'bianzhi.annualReport.exportJson', icon: <DataObjectIcon /> },
  { extension: 'xlsx', label: 'bianzhi.annualReport.exportXlsx', icon: <GridOnIcon /> },
] as const;

/** An accepted return for the central office (JSON) and for people (XLSX), as the server exports it. */
export function ExportButtons({ annualReturn }: { annualReturn: ShownReturn }) {
  const notify = useNotify();
  const { year, bureau } = annualReturn;
  return (
    <>
      {formats.map(({ extension, label, icon }) => (
        <Button
          key={extension}
          label={label}
          data-testid={`export-${extension}`}
          onClick={() =>
            downloadWithToken(`/exports/annual-returns/${year}/${bureau.code}.${extension}`, `annual-return-${year}-${bureau.code}.${extension}`).catch((error: Error) =>
              notify(error.message, { type: 'error' }),
            )
          }
        >
          {icon}
        </Button>
      ))}
    </>
  );
}
