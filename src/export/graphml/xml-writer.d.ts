// Types of the part of xml-writer (CommonJS, untyped) the GraphML and GEXF writers use.
declare module 'xml-writer' {
  class XMLWriter {
    /** With `callback`, each piece of output goes to it as it is made instead of being gathered. */
    constructor(indent?: boolean | string, callback?: (text: string, encoding: string) => void);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    startElementNS(prefix: string, name: string, uri?: string): this;
    endElement(): this;
    writeAttribute(name: string, content: string | number): this;
    writeElement(name: string, content: string | number): this;
    text(content: string | number): this;
    toString(): string;
  }
  export = XMLWriter;
}
