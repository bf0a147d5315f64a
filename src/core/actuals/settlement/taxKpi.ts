/** The KPI id of tax revenue collected in a town (SPEC §2 KPIs): confidential at town level (SPEC §12). */
export const TAX_KPI = 'tax';
