import type { VizPageData } from '../vizGraph.js';
import { startViz } from './app.js';
import { embeddedSource } from './embeddedSource.js';
import { liveSource } from './liveSource.js';
import { serverGraphSource } from './serverGraphSource.js';
import { wireLiveView } from './liveView.js';

// The browser side of `kg viz`: the graph is the JSON embedded in the page (positions computed
// in Node), read through the same GraphSource interface a live view can answer from a server.
const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as VizPageData & {
  live?: boolean;
};
// kg viz --serve: search and neighbours from the database, and the live view's evidence, article and
// query buttons (liveView.ts); a static page has no `live` flag and never fetches
const live = liveSource(data);
const embedded = embeddedSource(data);
void startViz(live ? serverGraphSource(embedded, live) : embedded, (page) =>
  wireLiveView({ ...page, live: data.live }),
);
