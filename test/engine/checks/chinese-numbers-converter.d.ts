// The package ships no types; only what the numeral tests use.
declare module 'chinese-numbers-converter' {
  class ChineseNumber {
    constructor(text: string);
    toInteger(): number;
  }
  export = ChineseNumber;
}
