// Types of the part of xml-writer (CommonJS, untyped) the GraphML writer uses.
declare module 'xml-writer' {
  class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, content: string | number): this;
    writeElement(name: string, content: string | number): this;
    text(content: string | number): this;
    toString(): string;
  }
  export = XMLWriter;
}
