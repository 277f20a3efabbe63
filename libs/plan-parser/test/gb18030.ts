let table: Map<string, number[]> | null = null;

/**
 * GB18030 bytes of a text (Node's TextEncoder writes only UTF-8): each character's two-byte code, found by
 * decoding every two-byte sequence once. Test fixtures only; their characters all have two-byte codes.
 */
export function encodeGb18030(text: string): Buffer {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = table.get(char);
      if (!encoded) throw new Error(`no GB18030 two-byte code for ${char} (U+${code.toString(16)})`);
      bytes.push(...encoded);
    }
  }
  return Buffer.from(bytes);
}
