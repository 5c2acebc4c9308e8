import { PDFParse } from 'pdf-parse';

/**
 * The text of a PDF, as pdf.js reads it, with all white space taken out:
 * Chromium may place each Chinese character, or a line's pieces, apart.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, '');
  } finally {
    await parser.destroy();
  }
}
