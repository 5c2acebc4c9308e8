import type ExcelJSModule from 'exceljs';
import exceljsUrl from 'exceljs/dist/exceljs.min.js?url';

type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

/**
 * ExcelJS (0.9 MB), fetched the first time a workbook is made. It is loaded as
 * its own prebuilt browser script rather than import()ed: bundled, its
 * CommonJS wrapper made the bundler split a shared runtime chunk out of the
 * entry, one more request on every first screen.
 */
export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= new Promise<ExcelJS>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = exceljsUrl;
    script.async = true;
    script.onload = () => {
      const loaded = (window as unknown as { ExcelJS?: ExcelJS }).ExcelJS;
      if (loaded) resolve(loaded);
      else reject(new Error('ExcelJS did not load'));
    };
    script.onerror = () => {
      loading = undefined;
      script.remove();
      reject(new Error('ExcelJS could not be fetched'));
    };
    document.head.append(script);
  });
  return loading;
}
