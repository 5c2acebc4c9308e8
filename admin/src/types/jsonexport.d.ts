declare module 'jsonexport/dist' {
  function jsonExport(rows: object[], callback: (error: Error | null, csv: string) => void): void;
  export default jsonExport;
}
