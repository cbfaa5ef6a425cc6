export type Severity = 'error' | 'warning';

/** One finding, located by a JSONPath into the model file. */
export interface Problem {
  severity: Severity;
  path: string;
  message: string;
}

export const error = (path: string, message: string): Problem => ({
  severity: 'error',
  path,
  message,
});

export const warning = (path: string, message: string): Problem => ({
  severity: 'warning',
  path,
  message,
});

export const LANGUAGE_MODEL_PATH = '$.interactionModel.languageModel';
export const intentPath = (index: number): string => `${LANGUAGE_MODEL_PATH}.intents[${index}]`;
export const typePath = (index: number): string => `${LANGUAGE_MODEL_PATH}.types[${index}]`;
