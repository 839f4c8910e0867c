/** How numbers show, wherever they show (task pane, report sheet, KPI sheet, summary, letters). */
export { currencyDecimals, DEFAULT_CURRENCY_DECIMALS } from "./currencyDecimals";
export { fractionDigits, fractionDigitsOf, QUANTITY_DECIMALS, DAY_DECIMALS } from "./fractionDigits";
