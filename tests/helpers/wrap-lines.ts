/**
 * What a conversion from a paged original (a PDF) gives: each paragraph indented by two ideographic
 * spaces and broken every `n` characters, one line after another.
 */
export function wrapLines(paragraphs: string[], n: number): string {
  return paragraphs
    .map((p) => {
      const text = '\u3000\u3000' + p;
      const lines: string[] = [];
      for (let i = 0; i < text.length; i += n) lines.push(text.slice(i, i + n));
      return lines.join('\n');
    })
    .join('\n');
}
