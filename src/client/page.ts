// The page's small behaviours in one module, so they cost one request and no bytes in the HTML:
// the contents' current chapter, link marks and Cite panels, print expansion, offline reading, and
// caching the web faces for the next visit.
// The charts and the timeline load their own modules, from their components.
import './toc-spy';
import './copy-link';
import './print-expand';
import './offline';
import './web-faces';
