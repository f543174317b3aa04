/**
 * The web faces on screen from a reader's second visit (styles/fonts.css explains why not the first).
 * A page shows `optional` faces only if they are there at its first layout, which from the cache
 * takes a preload: Chromium holds the first paint briefly for preloaded `optional` fonts. So the
 * inline head script, once a visit has cached the faces, marks <html data-faces="web"> and preloads
 * the four that body text, headings and labels use (the Latin Extended ones load on demand).
 */
export const FACES_KEY = 'fragile-truce:faces';

/** The inline script, for ReportLayout's <head> (the build adds its hash to the CSP). */
export function facesScript(preloads: readonly string[]): string {
  return `try{if(localStorage.getItem(${JSON.stringify(FACES_KEY)})==='web'){document.documentElement.dataset.faces='web';`
    + `for(const h of ${JSON.stringify(preloads)}){const l=document.createElement('link');l.rel='preload';l.as='font';l.type='font/woff2';l.crossOrigin='';l.href=h;document.head.append(l)}}}catch(e){}`;
}
