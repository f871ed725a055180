// Any chart downloads as SVG and PNG: the chart's SVG serialised as it is drawn, and rasterised at 2x.

function svgOf(element: Element | null): SVGSVGElement | null {
  if (!element) return null;
  if (element instanceof SVGSVGElement) return element;
  return element.querySelector('svg');
}

export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.querySelectorAll('.brush rect:not(.selection)').forEach((el) => el.remove());
  const box = svg.getBoundingClientRect();
  if (!copy.getAttribute('width')) copy.setAttribute('width', String(Math.round(box.width)));
  if (!copy.getAttribute('height')) copy.setAttribute('height', String(Math.round(box.height)));
  // a white ground, so the PNG is not transparent in viewers with dark backgrounds
  const ground = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', 'white');
  copy.insertBefore(ground, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  save(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const text = serializeSvg(svg);
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * 2);
  canvas.height = Math.round(height * 2);
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, `${name}.png`);
}

/** SVG and PNG download buttons for the chart `chart()` returns at click time. */
export function ChartDownloads({ chart, name }: { chart: () => Element | null; name: string }) {
  return (
    <span class="downloads">
      <button type="button" class="small" onClick={() => { const svg = svgOf(chart()); if (svg) downloadSvg(svg, name); }}>SVG</button>
      <button type="button" class="small" onClick={() => { const svg = svgOf(chart()); if (svg) void downloadPng(svg, name); }}>PNG</button>
    </span>
  );
}
