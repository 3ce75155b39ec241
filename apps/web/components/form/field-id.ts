/** The DOM id of a form's field: stable, unique per form, safe in a "#fragment". */
export const fieldId = (formId: string, name: string): string => `${formId}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
