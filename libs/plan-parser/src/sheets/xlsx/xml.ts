/** Attribute values and text of spreadsheet XML, decoded. */

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** An attribute's decoded value, or undefined. Names match without their namespace prefix. */
export function attribute(attributes: string, name: string): string | undefined {
  // The common spelling first (` r="A1"`): worksheets have one such lookup per cell and attribute.
  const plain = attributes.indexOf(` ${name}="`);
  if (plain >= 0) {
    const start = plain + name.length + 3;
    const end = attributes.indexOf('"', start);
    const value = attributes.slice(start, end);
    return value.indexOf('&') < 0 ? value : decodeXmlText(value);
  }
  // Only single quotes or a namespace prefix can hide the attribute from that search.
  if (attributes.indexOf("'") < 0 && attributes.indexOf(':') < 0) return undefined;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
    if (localName(match[1]) === name) return decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return undefined;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities, and the _xHHHH_ escapes with which Excel writes control characters (_x000D_ for CR). */
export function decodeXmlText(raw: string): string {
  let text = raw.indexOf('&') < 0 ? raw : raw.replace(ENTITY, (_, named: string, dec: string, hex: string) => {
    if (named) return NAMED[named];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
  if (text.indexOf('_x') >= 0) {
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return text;
}
