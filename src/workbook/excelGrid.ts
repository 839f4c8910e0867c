/**
 * Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD), Excel's "specifications and limits". Every
 * reader bounds its positions by it: a cell beyond it is not Excel's, whatever a file says.
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
