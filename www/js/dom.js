// Making elements. Text only ever goes in as text: a string child becomes a Text node
// (append), never HTML, so nothing a user typed or opened can become markup.

const SVG = 'http://www.w3.org/2000/svg';

function zetAttributen(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined || v === null) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
}

/** An HTML element with attributes (true: present, false/null/undefined: left out) and children. */
export function element(doc, tag, attrs = {}, ...kinderen) {
  const e = doc.createElement(tag);
  zetAttributen(e, attrs);
  for (const k of kinderen) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}

/** An SVG element, the same way. */
export function svgElement(doc, tag, attrs = {}, ...kinderen) {
  const e = doc.createElementNS(SVG, tag);
  zetAttributen(e, attrs);
  for (const k of kinderen) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}
