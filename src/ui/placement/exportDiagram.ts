import { downloadBlob } from '../export/exportText';

/** The diagram as a stand-alone SVG file (its colours and fonts are attributes, so it needs no stylesheet). */
export function diagramSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.removeAttribute('class');
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadDiagramSvg(svg: SVGSVGElement, fileName: string): void {
  downloadBlob(fileName, new Blob([diagramSvgText(svg)], { type: 'image/svg+xml' }));
}

/** Renders the SVG onto a canvas at twice its size and saves a PNG; everything stays on this page. */
export async function downloadDiagramPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const box = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([diagramSvgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = box.width * 2;
    canvas.height = box.height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, box.width, box.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the browser could not make a PNG');
    downloadBlob(fileName, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
