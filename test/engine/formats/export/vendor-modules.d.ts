// Minimal types for the i18next authors' exchange libraries, used by the tests as a second,
// independent reader of our XLIFF/TMX output. They ship no types; only what the tests call.
declare module 'xliff' {
  interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function xliff12ToJs(xml: string): Promise<XliffJs>;
  export function xliff2js(xml: string): Promise<XliffJs>;
  export function js2xliff(js: XliffJs): Promise<string>;
  export function jsToXliff12(js: XliffJs): Promise<string>;
}

declare module 'tmexchange' {
  export interface TmxJs {
    sourceLanguage: string;
    resources: Record<string, Record<string, string>>;
  }
  export function tmx2js(xml: string): Promise<TmxJs>;
  export function js2tmx(js: TmxJs): Promise<string>;
}
